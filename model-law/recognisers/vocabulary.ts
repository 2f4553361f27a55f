/**
 * Wording shared by several elements, named once. Term syntax (matched after the normalisation in
 * core/text/normalize.ts):
 *   word     the word's stem: "licences" and "licence" match;
 *   word*    any word beginning so: "confiscat*" matches confiscate, confiscation; use it only where no common word
 *            starts the same way ("mark*" would catch "market", "authori*" "authority", "import*" "important");
 *   =word    that word only, unstemmed;
 * a phrase matches its words in order with at most two other words between them, stopwords ignored, so
 * "country of import" matches "countries of export, import and transit";
 *   ^phrase  its words next to each other (stopwords aside): "^import licence issued by". A phrase must keep two words after
 * stopwords are dropped (a test checks it): "purpose of this" would shrink to one generic word.
 */
import type { Concept, Localized3, Terms } from '../schema.js';

export const L = (en: string, fr: string, es: string): Localized3 => ({ en, fr, es });

/** "transit" and its verb forms, not "transitional" / "transitoire" / "transitorio" provisions. */
export const TRANSIT_WORDS = ['=transit', '=transits', '=transiting', '=transited', '=transiter', '=transitent', '=transitant', '=transitar', '=transiten'];

export const IMPORT_WORDS: Terms = {
  en: ['=import', '=imports', '=imported', '=importing', '=importation', 'importer*', 'bring* into', 'brought into'],
  fr: ['importation*', 'importat*', '=importer', '=importé', '=importée', '=importés', '=importées', '=importe', '=importent', 'introduction sur le territoire', 'introduire sur le territoire', 'introduit sur le territoire'],
  es: ['importaci*', 'importad*', '=importar', '=importare', '=importaren', '=importe', '=importen', 'internación', '=internar', '=internaren', 'ingreso al país', 'introduzc* al territorio', 'introduzc* al país', 'introduc* al territorio nacional'],
  ru: ['ввоз*', 'импорт*'],
  ar: ['استيراد', 'الاستيراد', 'باستيراد'],
  zh: ['进口'],
};

export const EXPORT_WORDS: Terms = {
  en: ['export*', 'take* out of the country', 'taken out of the country'],
  fr: ['export*', 'sortie du territoire'],
  // "Al que introduzca al territorio nacional o extraiga de él": taking out of the country.
  es: ['export*', 'extraig* de él', 'extraig* del territorio', 'extraig* del país', 'salida del país'],
  ru: ['вывоз*', 'экспорт*'],
  ar: ['تصدير', 'التصدير'],
  zh: ['出口'],
};

const merge = (...all: Terms[]): Terms => ({
  en: all.flatMap((t) => t.en),
  fr: all.flatMap((t) => t.fr),
  es: all.flatMap((t) => t.es),
  ru: all.flatMap((t) => t.ru ?? []),
  ar: all.flatMap((t) => t.ar ?? []),
  zh: all.flatMap((t) => t.zh ?? []),
});

export const TRANSIT: Terms = { en: [...TRANSIT_WORDS, 'trans-ship*', 'tranship*', 'transship*'], fr: [...TRANSIT_WORDS, 'transbord*'], es: ['tránsito', ...TRANSIT_WORDS, 'transbord*'], ru: ['транзит*'], ar: ['عبور', 'العبور'], zh: ['过境'] };

export const CROSS_BORDER: Concept = { id: 'cross-border', terms: merge(IMPORT_WORDS, EXPORT_WORDS, TRANSIT) };

/** A licence or authorisation, not "authority": the British and American spellings, not the prefix authori*. */
export const LICENCE: Concept = {
  id: 'licence',
  terms: {
    // The noun, not "shall be authorised to" (a power) or "authority".
    en: ['licen*', '=authorisation', '=authorisations', '=authorization', '=authorizations', 'permit', 'permits', 'letter* of conveyance', 'approval'],
    fr: ['licence*', 'autorisation*', 'agrément*', 'permis'],
    // "Certificado" is the import and export licence of the Inter-American Convention (CIFTA) and its laws.
    es: ['licencia*', 'autorizaci*', 'permiso*', '=certificado', '=certificados'],
    ru: ['лицензи*', 'разрешени*'],
    ar: ['ترخيص', 'رخصة', 'إذن', 'الترخيص'],
    zh: ['许可证', '许可', '批准'],
  },
};

export const RECORD: Concept = {
  id: 'record',
  terms: {
    en: ['record*', 'register*', 'registry', 'retain*', 'retention', 'kept', 'keep', 'archiv*', 'database*', 'information system*', 'true account'],
    fr: ['registre*', 'enregistr*', 'consign*', 'conserv*', 'fichier*', 'inscri*', 'base de données', 'archiv*', "système d'information", 'traitement automatisé'],
    es: ['registro*', 'registra*', 'conserv*', 'archiv*', 'base de datos', 'inscri*', 'asiento*', 'sistema de información'],
    ru: ['учет*', 'учёт*', 'реестр*', 'хранени*'],
    ar: ['سجل', 'سجلات', 'قيد'],
    zh: ['登记', '记录', '档案'],
  },
};

/** Marking words, exact forms: "mark*" would take "market", "marketing", "marksman". */
export const MARKING: Concept = {
  id: 'marking',
  terms: {
    en: ['=mark', '=marks', '=marked', '=marking', '=markings', 'serial number*', '=stamped', '=stamp', '=engraved', '=engrave', '=engraving', 'identification mark*', 'identifying mark*'],
    // Not "poinçon": a proof mark shows a test, not the identity of the firearm.
    fr: ['marquage*', '=marqué', '=marquée', '=marqués', '=marquées', '=marquer', '=marque', '=marques', 'numéro de série', 'numéros de série', '=gravé', '=gravée', '=gravés', 'gravure'],
    es: ['marcaje*', 'marcación', 'marcaci*', '=marca', '=marcas', '=marcado', '=marcada', '=marcados', '=marcadas', '=marcar', 'número de serie', 'números de serie', 'grabad*', 'troquelad*'],
    ru: ['маркир*', 'клейм*', 'серийн* номер*'],
    ar: ['وسم', 'علامة', 'الرقم التسلسلي', 'علامات'],
    zh: ['标记', '编号', '序列号', '枪号'],
  },
};

export const MANUFACTURE: Concept = {
  id: 'manufacture',
  terms: {
    en: ['manufactur*', '=assemble', '=assembles', '=assembled', '=assembling', '=assembly', 'produc* of firearm*', 'production of arms'],
    fr: ['fabriqu*', 'fabrication', '=assembler', '=assemblage', '=assemblé'],
    es: ['fabric*', 'fabriq*', 'ensambl*', 'elabor*'],
    ru: ['производ*', 'изготов*'],
    ar: ['صنع', 'تصنيع'],
    zh: ['制造', '生产'],
  },
};

/** Brokering: not the everyday French "par l'intermédiaire de" (through), nor "intermediate". */
export const BROKER: Concept = {
  id: 'broker',
  anchor: true,
  terms: {
    en: ['broker*', '=intermediary', '=intermediaries', '=intermediation'],
    fr: ['courti*', 'courtage', 'intermédiation', 'intermédiaire en armes', "activité* d'intermédiaire", "qualité d'intermédiaire", 'intermédiaires ou agents', 'activité de leurs intermédiaires'],
    es: ['corredor*', 'corretaje', 'intermediación', 'intermediario*'],
    ru: ['брокер*', 'посредни*'],
    ar: ['سمسار', 'وسيط', 'السمسرة', 'الوساطة'],
    zh: ['中介', '经纪'],
  },
};

export const INTERNATIONAL: Concept = {
  id: 'international',
  // "regional" is left out: in national law it mostly names a domestic region or office.
  terms: {
    en: ['bilateral*', 'international*', 'foreign State*', 'foreign government*', 'foreign authorit*', 'foreign law enforcement', 'another State', 'other States', 'other countries', 'Interpol', 'States Parties'],
    fr: ['bilatéra*', 'internationa*', 'autres États', 'États étrangers', 'autorités étrangères', 'Interpol', 'États parties'],
    es: ['bilateral*', 'internacional*', 'otros Estados', 'Estados extranjeros', 'autoridades extranjeras', 'Interpol', 'Estados Parte*'],
    ru: ['международн*', 'иностранн*'],
    ar: ['الدولي', 'الدول الأخرى'],
    zh: ['国际', '外国'],
  },
};

export const EXCHANGE: Concept = {
  id: 'exchange',
  terms: {
    en: ['exchang*', '=share', '=shares', '=shared', '=sharing', 'provid* information', 'communicat*', 'transmit*'],
    fr: ['échang*', 'communiqu*', 'partag*', 'transmet*', 'transmi*'],
    es: ['intercambi*', 'compart*', 'comunic*', 'proporcion*', 'transmit*'],
    ru: ['обмен*'],
    ar: ['تبادل'],
    zh: ['交换', '交流'],
  },
};

/** Conduct done without the law's permission, for the offences of article 5. */
export const UNLAWFUL: Concept = {
  id: 'unlawful',
  terms: {
    en: ['without', 'illicit*', 'unlicensed', 'unlawful*', 'illegal*', '=contrary', 'contravention', 'not authoris*', 'not authoriz*', 'unauthoris*', 'unauthoriz*', 'otherwise than', 'except under', 'except in accordance', 'not in accordance', '=breach'],
    fr: ['sans', 'illicite*', 'illégal*', 'clandestin*', '=violation', 'méconnaissance', 'frauduleu*', 'non autoris*'],
    es: ['sin', 'ilícit*', 'ilegal*', 'clandestin*', 'contraven*', 'no autoriz*'],
    ru: ['незаконн*', 'без лицензии', 'без разрешения'],
    ar: ['دون ترخيص', 'بدون ترخيص', 'غير مشروع', 'إلا بترخيص'],
    zh: ['非法', '未经许可', '私自', '违反'],
  },
};

/** Wording that takes an activity out of a rule rather than subjecting it to one. */
export const EXEMPTION: Terms = {
  en: ['shall not require', 'does not require', 'need not', 'not be required', 'exempt*', 'nothing in this Act', 'not be deemed', 'not deemed'],
  fr: ["n'est pas soumis*", "n'est pas requis*", 'dispens*', 'exempt*', 'exonér*'],
  es: ['no requerirá*', 'no requiere*', 'exent*', 'exceptúa*', 'no estará* sujet*'],
};

/**
 * The wording of a licensing requirement: the act is unlawful without the licence, or allowed only with it. The
 * clause that says so is the rule; the others issue, renew, withdraw or hear appeals against the licence.
 */
export const REQUIRES = {
  en: ['without a licen*', 'without a permit', 'without a valid', '=without authorisation', '=without authorization', 'without the authoris*', 'without the authoriz*', 'without the permission', 'without the prior', 'except under', 'except in accordance with', 'save under', 'save in pursuance of', 'merely upon', 'only upon', 'only under', 'subject to authoris*', 'subject to authoriz*', 'subject to a licen*', 'subject to a permit', 'subject to the authoris*', 'subject to the authoriz*', 'unless authoris*', 'unless authoriz*', 'unless he holds', 'unless the person holds', 'unless he is the holder', 'unless licensed', 'requires a licen*', 'require a licen*', 'requires a permit', 'require a permit', 'requires authoris*', 'requires authoriz*'],
  fr: ['sans autorisation', "sans l'autorisation", 'sans licence', 'sans déclaration', 'soumis* à autorisation', 'soumis* à licence', 'soumis* à déclaration', "soumis* à l'autorisation", 'subordonné* à autorisation', 'subordonné* à licence', 'autorisation préalable', "qu'après autorisation", "qu'avec l'autorisation"],
  es: ['sin autorización', 'sin la autorización', 'sin licencia', 'sin la licencia', 'sin permiso', 'sin el permiso', 'previa autorización', 'sujet* a autorización', 'sujet* a licencia', 'sujet* a permiso', 'solamente', 'únicamente', 'requiere* autorización', 'requiere* licencia', 'requiere* permiso', 'deberá* obtener'],
  ru: ['без лицензии', 'без разрешения', 'при наличии лицензии', 'при наличии разрешения'],
  ar: ['بدون ترخيص', 'دون ترخيص', 'إلا بترخيص', 'إلا بعد الحصول على ترخيص'],
  zh: ['未经许可', '未经批准', '经批准', '凭许可证'],
};
