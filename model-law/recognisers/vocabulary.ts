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
 *
 * Arabic, Russian and Chinese terms are ordinary legal usage written for lexgap and unverified against the Protocol's
 * official texts in those languages, except where a comment cites the Protocol (A/RES/55/255) or the Model Law. Arabic
 * terms are matched after light stemming (an article or a joined preposition comes off), Chinese terms as the words
 * the platform's segmenter cuts, written together.
 */
import type { Concept, Localized3, Terms } from '../schema.js';

export const L = (en: string, fr: string, es: string): Localized3 => ({ en, fr, es });

/** "transit" and its verb forms, not "transitional" / "transitoire" / "transitorio" provisions. */
export const TRANSIT_WORDS = ['=transit', '=transits', '=transiting', '=transited', '=transiter', '=transitent', '=transitant', '=transitar', '=transiten'];

export const IMPORT_WORDS: Terms = {
  en: ['=import', '=imports', '=imported', '=importing', '=importation', 'importer*', 'bring* into', 'brought into'],
  fr: ['importation*', 'importat*', '=importer', '=importé', '=importée', '=importés', '=importées', '=importe', '=importent', 'introduction sur le territoire', 'introduire sur le territoire', 'introduit sur le territoire'],
  // "importe" alone is also the amount of a fee or a fine ("el importe de la tasa"): the verb only after its subject,
  // the permit it lacks or the verb listed before it, or before the arms it takes ("quien importe", "sin autorización
  // importe", "fabrique, importe", "importe armas"). The French "n'importe quel" is kept whole by core/text/normalize.ts.
  es: ['importaci*', 'importad*', '=importar', '=importare', '=importaren', '=importen', '^quien =importe', '^autorizaci* =importe', '^permiso =importe', '^fabriq* =importe', '^=adquiera =importe', '^=importe arma*', 'internación', '=internar', '=internaren', 'ingreso al país', 'introduzc* al territorio', 'introduzc* al país', 'introduc* al territorio nacional'],
  ru: ['ввоз*', 'ввезен*', 'ввезти', 'импорт*'],
  // Arabic words are stemmed (core/text/arabic.ts): "استيراد" also matches "الاستيراد", "باستيراد", "واستيرادها".
  // Not "إدخال" alone: "إدخال تعديل" is making a modification.
  ar: ['استيراد', 'يستورد', 'مستورد', 'إدخال الأسلحة', 'إدخال السلاح', 'جلب'],
  // Chinese laws speak of firearms carried into the country (入境) as often as of imports (进口).
  zh: ['进口', '输入', '入境', '携带入境', '带入'],
};

export const EXPORT_WORDS: Terms = {
  en: ['export*', 'take* out of the country', 'taken out of the country'],
  fr: ['export*', 'sortie du territoire'],
  // "Al que introduzca al territorio nacional o extraiga de él": taking out of the country.
  es: ['export*', 'extraig* de él', 'extraig* del territorio', 'extraig* del país', 'salida del país'],
  ru: ['вывоз*', 'вывезен*', 'вывезти', 'экспорт*'],
  // Taking a firearm out of the country: "travelling with it out of the Kingdom" (السفر به إلى خارج المملكة).
  ar: ['تصدير', 'مصدر الأسلحة', 'إعادة التصدير', 'إخراج', 'إلى خارج المملكة', 'إلى خارج البلاد', 'إلى خارج الدولة'],
  zh: ['出口', '输出', '出境', '携带出境', '带出'],
};

const merge = (...all: Terms[]): Terms => ({
  en: all.flatMap((t) => t.en),
  fr: all.flatMap((t) => t.fr),
  es: all.flatMap((t) => t.es),
  ru: all.flatMap((t) => t.ru ?? []),
  ar: all.flatMap((t) => t.ar ?? []),
  zh: all.flatMap((t) => t.zh ?? []),
});

export const TRANSIT: Terms = {
  en: [...TRANSIT_WORDS, 'trans-ship*', 'tranship*', 'transship*'],
  fr: [...TRANSIT_WORDS, 'transbord*'],
  es: ['tránsito', ...TRANSIT_WORDS, 'transbord*'],
  ru: ['транзит*', 'перевалк*'],
  ar: ['عبور', 'ترانزيت', 'المرور العابر', 'المرور عبر'],
  zh: ['过境', '转运'],
};

export const CROSS_BORDER: Concept = { id: 'cross-border', terms: merge(IMPORT_WORDS, EXPORT_WORDS, TRANSIT) };

const without = (terms: string[], drop: string[], add: string[] = []) => [...terms.filter((t) => !drop.includes(t)), ...add];

/**
 * The movements themselves, not the traders named after them: a rule on who may sell a handgun names "any licensed
 * importer" without licensing an import ("l'importateur", "el importador" likewise).
 */
export const MOVEMENT: Concept = {
  id: 'movement',
  terms: merge(
    {
      en: without(IMPORT_WORDS.en, ['importer*']),
      fr: without(IMPORT_WORDS.fr, ['importat*']),
      es: without(IMPORT_WORDS.es, ['importad*'], ['=importado', '=importada', '=importados', '=importadas']),
      ru: IMPORT_WORDS.ru ?? [],
      ar: IMPORT_WORDS.ar ?? [],
      zh: IMPORT_WORDS.zh ?? [],
    },
    {
      en: without(EXPORT_WORDS.en, ['export*'], ['=export', '=exports', '=exported', '=exporting', '=exportation']),
      fr: without(EXPORT_WORDS.fr, ['export*'], ['exportation*', '=exporter', '=exporté', '=exportée', '=exportés', '=exportées', '=exporte', '=exportent']),
      es: without(EXPORT_WORDS.es, ['export*'], ['exportaci*', '=exportar', '=exportare', '=exportaren', '=exporte', '=exporten', '=exportado', '=exportada', '=exportados', '=exportadas']),
      ru: EXPORT_WORDS.ru ?? [],
      ar: EXPORT_WORDS.ar ?? [],
      zh: EXPORT_WORDS.zh ?? [],
    },
    TRANSIT,
  ),
};

/**
 * A trade the law reserves to the State ("Solamente el Gobierno Nacional podrá importar y exportar armas"): nobody
 * else may import or export, which controls those movements as a licence does. The State's own name, not "the
 * State" alone: "el Estado" is in every law.
 */
export const STATE_MONOPOLY: Terms = {
  en: ['only the Government may', 'only the State may', 'exclusively by the Government', 'exclusively by the State', 'reserved to the State', 'reserved to the Government', 'State monopoly', 'monopoly of the State', 'Government monopoly'],
  fr: ["monopole de l'État", "monopole d'État", "réservé* à l'État", "seul l'État peut", "exclusivement par l'État"],
  es: ['solamente el Gobierno', 'sólo el Gobierno', 'únicamente el Gobierno', 'solamente el Estado', 'sólo el Estado', 'únicamente el Estado', 'exclusivamente el Estado', 'exclusivamente el Gobierno', 'monopolio del Estado', 'monopolio estatal', 'reservad* al Estado'],
};

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
    ar: ['ترخيص', 'رخصة', 'رخص', 'تصريح', 'إذن', 'مرخص'],
    // "许可" also stands in "许可证件" (a permit), which the segmenter cuts as 许可 + 证件.
    zh: ['许可', '许可证*', '批准', '持枪证*', '执照'],
  },
};

export const RECORD: Concept = {
  id: 'record',
  terms: {
    en: ['record*', 'register*', 'registry', 'retain*', 'retention', 'kept', 'keep', 'archiv*', 'database*', 'information system*', 'true account'],
    fr: ['registre*', 'enregistr*', 'consign*', 'conserv*', 'fichier*', 'inscri*', 'base de données', 'archiv*', "système d'information", 'traitement automatisé'],
    es: ['registro*', 'registra*', 'conserv*', 'archiv*', 'base de datos', 'inscri*', 'asiento*', 'sistema de información'],
    // Not "хранение": in a weapons law it is the keeping of the weapons themselves.
    ru: ['учет*', 'учёт*', 'реестр*', 'журнал*', 'регистрац*', 'баз* данных', 'книг* учета'],
    ar: ['سجل', 'سجلات', 'قيد', 'يقيد', 'تسجيل', 'دفتر', 'دفاتر', 'قاعدة بيانات', 'الاحتفاظ'],
    zh: ['登记', '记录', '档案', '帐册', '账册', '账簿', '台账', '备查'],
  },
};

/** Marking words, exact forms: "mark*" would take "market", "marketing", "marksman". */
export const MARKING: Concept = {
  id: 'marking',
  terms: {
    en: ['=mark', '=marks', '=marked', '=marking', '=markings', 'serial number*', '=stamped', '=stamp', '=engraved', '=engrave', '=engraving', 'identification mark*', 'identifying mark*'],
    // Not "poinçon": a proof mark shows a test, not the identity of the firearm.
    fr: ['marquage*', '=marqué', '=marquée', '=marqués', '=marquées', '=marquer', '=marque', '=marques', 'numéro de série', 'numéros de série', '=gravé', '=gravée', '=gravés', 'gravure'],
    // "las características que identifiquen las armas" (Peru, Ley 30299, art 37(b)). Not "número de identificación":
    // a person's too.
    es: ['marcaje*', 'marcación', 'marcaci*', '=marca', '=marcas', '=marcado', '=marcada', '=marcados', '=marcadas', '=marcar', 'número de serie', 'números de serie', 'grabad*', 'troquelad*', 'identifiquen arma*'],
    // "Каждая единица ... оружия должна иметь индивидуальный номер" (Kazakhstan, 1998 law, art 21).
    ru: ['маркир*', 'клейм*', 'серийн* номер*', 'заводск* номер*', 'идентификационн* номер*', 'индивидуальн* номер*'],
    ar: ['وسم', 'يوسم', 'توسم', 'موسوم', 'علامة', 'علامات', 'الرقم التسلسلي', 'الرقم المتسلسل', 'رقم تسلسلي', 'دمغة'],
    // A firearm's number spoken of as such: "无号、重号、假号的枪支" (without a number, with a repeated or a false one).
    zh: ['标记', '标识', '编号', '序列号', '序号', '枪号', '铸印', '刻印', '打印', '无号', '重号', '假号'],
  },
};

export const MANUFACTURE: Concept = {
  id: 'manufacture',
  terms: {
    en: ['manufactur*', '=assemble', '=assembles', '=assembled', '=assembling', '=assembly', 'produc* of firearm*', 'production of arms'],
    fr: ['fabriqu*', 'fabrication', '=assembler', '=assemblage', '=assemblé'],
    es: ['fabric*', 'fabriq*', 'ensambl*', 'elabor*'],
    // Not "производ*": "производится" (is carried out), "производство выстрела" (firing a shot).
    ru: ['производств*', 'производител*', 'изготов*', 'сборк*'],
    ar: ['صنع', 'يصنع', 'تصنيع', 'صناعة', 'الصانع', 'إنتاج', 'تجميع'],
    zh: ['制造', '生产', '装配', '组装'],
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
    // Not "وساطة" alone ("في" after it is no help: the tokenizer drops it): "بوساطة" is "by means of".
    ar: ['سمسار', 'سماسرة', 'وسيط', 'وسطاء', 'السمسرة', 'أعمال الوساطة', 'ممارسة الوساطة', 'نشاط الوساطة'],
    zh: ['中介', '经纪', '经纪人', '居间'],
  },
};

export const INTERNATIONAL: Concept = {
  id: 'international',
  // "regional" is left out: in national law it mostly names a domestic region or office.
  terms: {
    en: ['bilateral*', 'international*', 'foreign State*', 'foreign government*', 'foreign authorit*', 'foreign law enforcement', 'another State', 'other States', 'other countries', 'Interpol', 'States Parties'],
    fr: ['bilatéra*', 'internationa*', 'autres États', 'États étrangers', 'autorités étrangères', 'Interpol', 'États parties'],
    es: ['bilateral*', 'internacional*', 'otros Estados', 'Estados extranjeros', 'autoridades extranjeras', 'Interpol', 'Estados Parte*'],
    ru: ['международн*', 'иностранн*', 'других государств', 'другими государствами', 'Интерпол*'],
    // Not "الدولي" alone: light stemming makes it "دول", the stem of "الدولة" (the State).
    ar: ['التعاون الدولي', 'المنظمات الدولية', 'الدول الأخرى', 'دول أخرى', 'دولة أجنبية', 'الدول الأجنبية', 'أجنبية', 'الإنتربول'],
    zh: ['国际', '外国', '境外', '其他国家', '国际刑警'],
  },
};

export const EXCHANGE: Concept = {
  id: 'exchange',
  terms: {
    en: ['exchang*', '=share', '=shares', '=shared', '=sharing', 'provid* information', 'communicat*', 'transmit*'],
    fr: ['échang*', 'communiqu*', 'partag*', 'transmet*', 'transmi*'],
    es: ['intercambi*', 'compart*', 'comunic*', 'proporcion*', 'transmit*'],
    ru: ['обмен*', 'предостав* информаци*', 'передач* информаци*', 'переда* сведени*'],
    ar: ['تبادل', 'تقاسم', 'تزويد'],
    zh: ['交换', '交流', '通报', '提供'],
  },
};

/** Conduct done without the law's permission, for the offences of article 5. */
export const UNLAWFUL: Concept = {
  id: 'unlawful',
  terms: {
    en: ['without', 'illicit*', 'unlicensed', 'unlawful*', 'illegal*', '=contrary', 'contravention', 'not authoris*', 'not authoriz*', 'unauthoris*', 'unauthoriz*', 'otherwise than', 'except under', 'except in accordance', 'not in accordance', '=breach'],
    fr: ['sans', 'illicite*', 'illégal*', 'clandestin*', '=violation', 'méconnaissance', 'frauduleu*', 'non autoris*'],
    es: ['sin', 'ilícit*', 'ilegal*', 'clandestin*', 'contraven*', 'no autoriz*'],
    ru: ['незаконн*', 'нелегальн*', 'контрабанд*', 'без лицензии', 'без разрешения', 'в нарушение установленн*', 'нарушени* правил'],
    ar: ['دون ترخيص', 'بدون ترخيص', 'غير مرخص', 'غير مشروع', 'غير مشروعة', 'إلا بترخيص', 'تهريب', 'مخالفة'],
    zh: ['非法', '未经许可', '未经批准', '私自', '擅自', '违反', '走私'],
  },
};

/** Wording that takes an activity out of a rule rather than subjecting it to one. */
export const EXEMPTION: Terms = {
  en: ['shall not require', 'does not require', 'need not', 'not be required', 'exempt*', 'nothing in this Act', 'not be deemed', 'not deemed'],
  fr: ["n'est pas soumis*", "n'est pas requis*", 'dispens*', 'exempt*', 'exonér*'],
  es: ['no requerirá*', 'no requiere*', 'exent*', 'exceptúa*', 'no estará* sujet*'],
  ru: ['не требуется', 'освобожда*', 'не распространя*'],
  ar: ['لا يشترط', 'يستثنى', 'يعفى', 'لا تسري'],
  zh: ['不需要', '免予', '豁免', '不适用'],
};

/**
 * The wording of a licensing requirement: the act is unlawful without the licence, or allowed only with it. The
 * clause that says so is the rule; the others issue, renew, withdraw or hear appeals against the licence.
 */
export const REQUIRES = {
  en: ['without a licen*', 'without a permit', 'without a valid', '=without authorisation', '=without authorization', 'without the authoris*', 'without the authoriz*', 'without the permission', 'without the prior', 'except under', 'except in accordance with', 'save under', 'save in pursuance of', 'merely upon', 'only upon', 'only under', 'subject to authoris*', 'subject to authoriz*', 'subject to a licen*', 'subject to a permit', 'subject to the authoris*', 'subject to the authoriz*', 'unless authoris*', 'unless authoriz*', 'unless he holds', 'unless the person holds', 'unless he is the holder', 'unless licensed', 'requires a licen*', 'require a licen*', 'requires a permit', 'require a permit', 'requires authoris*', 'requires authoriz*'],
  fr: ['sans autorisation', "sans l'autorisation", 'sans licence', 'sans déclaration', 'soumis* à autorisation', 'soumis* à licence', 'soumis* à déclaration', "soumis* à l'autorisation", 'subordonné* à autorisation', 'subordonné* à licence', 'autorisation préalable', "qu'après autorisation", "qu'avec l'autorisation"],
  es: ['sin autorización', 'sin la autorización', 'sin licencia', 'sin la licencia', 'sin permiso', 'sin el permiso', 'previa autorización', 'sujet* a autorización', 'sujet* a licencia', 'sujet* a permiso', 'solamente', 'únicamente', 'requiere* autorización', 'requiere* licencia', 'requiere* permiso', 'deberá* obtener'],
  ru: ['без лицензии', 'без разрешения', 'при наличии лицензии', 'при наличии разрешения', 'подлежит лицензированию'],
  ar: ['بدون ترخيص', 'دون ترخيص', 'إلا بترخيص', 'إلا بعد الحصول على ترخيص', 'دون إذن', 'إلا بإذن'],
  zh: ['未经许可', '未经批准', '经批准', '须经', '应当经', '必须经', '凭许可证*'],
};

/**
 * A matter the law sends to other legislation, which is then not regulated by the text in the file: "Los productos en
 * tránsito internacional se regulan por las normas de la materia", "l'exportation et le transit sont réglés par la
 * législation sur le matériel de guerre".
 */
export const REFERRED_ELSEWHERE: Terms = {
  en: ['governed by the legislation', 'legislation on war material*', 'governed by other legislation', 'governed by special legislation'],
  fr: ['législation sur le matériel de guerre', 'législation sur le contrôle des biens', 'régis par une législation', 'législation spéciale'],
  es: ['normas de la materia', 'legislación de la materia', 'legislación especial', 'leyes especiales'],
};
