/**
 * How each Protocol element shows in a national law: the concepts a clause must express (every concept, each
 * by any of its terms), supporting and excluding terms, the items of list-like obligations and numeric checks.
 *
 * Term syntax (matched after the normalisation in core/text/normalize.ts):
 *   word     the word's stem: "licences" and "licence" match;
 *   word*    any word beginning so: "reactiv*" matches reactivate, reactivation, reactivación, réactivation;
 *   =word    that word only, unstemmed;
 * a phrase matches its words in order with at most two other words between them, stopwords ignored, so
 * "country of import" matches "countries of export, import and transit".
 * Keywords come from ../shared/reference/instruments-notes.md (section 3) and common national drafting.
 */
import type { Concept, Facet, Localized3, Recogniser, Terms } from './schema.js';

type Words = string[];
interface More {
  ar?: Words;
  ru?: Words;
  zh?: Words;
}

const terms = (en: Words, fr: Words, es: Words, more: More = {}): Terms => ({ en, fr, es, ...more });
const concept = (id: string, en: Words, fr: Words, es: Words, more: More = {}): Concept => ({ id, terms: terms(en, fr, es, more) });
const facet = (id: string, label: Localized3, en: Words, fr: Words, es: Words, more: More & { ownCountry?: boolean } = {}): Facet => {
  const { ownCountry, ...langs } = more;
  return { id, label, terms: terms(en, fr, es, langs), ...(ownCountry ? { ownCountry } : {}) };
};

// "transit" and its verb forms, not "transitional" / "transitoire" / "transitorio" provisions.
const TRANSIT = ['=transit', '=transits', '=transiting', '=transited', '=transiter', '=transitent', '=transitant', '=transitar', '=transiten'];

// Concepts shared by several elements.
const LICENCE = concept(
  'licence',
  ['licen*', 'authori*', 'permit', 'permits', 'approval', 'certificate*'],
  ['licence*', 'autoris*', 'permis', 'agrément*', 'certificat*'],
  ['licencia*', 'autoriz*', 'permiso*', 'certificado*'],
  { ru: ['лицензи*', 'разрешени*'], ar: ['ترخيص', 'رخصة', 'إذن'], zh: ['许可证', '许可'] },
);
const IMPORT_EXPORT = concept(
  'cross-border',
  ['import*', 'export*', ...TRANSIT],
  ['import*', 'export*', ...TRANSIT],
  ['import*', 'export*', 'tránsito*', ...TRANSIT],
  { ru: ['ввоз*', 'вывоз*', 'импорт*', 'экспорт*', 'транзит*'], ar: ['استيراد', 'تصدير', 'عبور'], zh: ['进口', '出口', '过境'] },
);
const RECORD = concept(
  'record',
  ['record*', 'register*', 'registry', 'retain*', 'retention', 'kept', 'keep', 'archiv*', 'database*', 'data filing'],
  ['registre*', 'enregistr*', 'consign*', 'conserv*', 'fichier*', 'inscri*', 'base de données', 'archiv*'],
  ['registro*', 'registra*', 'conserv*', 'archiv*', 'base de datos', 'inscri*', 'asiento*'],
  { ru: ['учет*', 'учёт*', 'реестр*', 'хранени*'], ar: ['سجل', 'سجلات', 'قيد'], zh: ['登记', '记录', '档案'] },
);
const MARKING = concept(
  'marking',
  ['mark*', 'serial number*', 'stamp*', 'engrav*'],
  ['marqu*', 'numéro de série', 'poinçon*', 'grav*'],
  ['marca*', 'marcaj*', 'marcación', 'número de serie', 'grabad*', 'troquel*'],
  { ru: ['маркир*', 'клейм*', 'серийн* номер*'], ar: ['وسم', 'علامة', 'الرقم التسلسلي'], zh: ['标记', '编号', '序列号'] },
);
const MANUFACTURE = concept(
  'manufacture',
  ['manufactur*', 'assembl*'],
  ['fabriqu*', 'fabrication', 'assembl*'],
  ['fabric*', 'fabriq*', 'ensambl*'],
  { ru: ['производ*', 'изготов*'], ar: ['صنع', 'تصنيع'], zh: ['制造', '生产'] },
);
const DEACTIVATION = concept(
  'deactivation',
  ['deactivat*', 'de-activat*', 'inoperab*'],
  ['neutralis*', 'désactiv*'],
  ['desactiv*', 'inutiliz*'],
  { ru: ['деактив*', 'охолощ*'], ar: ['تعطيل', 'إبطال'], zh: ['去功能化', '失效'] },
);
const BROKER = concept(
  'broker',
  ['broker*', 'intermediar*'],
  ['courti*', 'courtage', 'intermédiair*'],
  ['corredor*', 'corretaje', 'intermedia*'],
  { ru: ['брокер*', 'посредни*'], ar: ['سمسار', 'وسيط', 'السمسرة'], zh: ['中介', '经纪'] },
);
const CROSS_BORDER_CONTEXT = concept(
  'international',
  // "regional" is left out: in national law it mostly names a domestic region or office.
  ['bilateral*', 'international*', 'foreign', 'another State', 'other countries', 'Interpol', 'States Parties'],
  ['bilatéra*', 'internationa*', 'autres États', 'étranger*', 'Interpol', 'États parties'],
  ['bilateral*', 'internacional*', 'otros Estados', 'extranjer*', 'Interpol', 'Estados Parte*'],
  { ru: ['международн*', 'иностранн*'], ar: ['الدولي', 'الدول الأخرى'], zh: ['国际', '外国'] },
);
const INFORMATION_EXCHANGE = concept(
  'exchange',
  ['exchang*', 'shar*', 'provid* information', 'communicat*', 'transmit*'],
  ['échang*', 'communiqu*', 'partag*', 'transmet*', 'transmi*'],
  ['intercambi*', 'compart*', 'comunic*', 'proporcion*', 'transmit*'],
  { ru: ['обмен*'], ar: ['تبادل'], zh: ['交换', '交流'] },
);

const L = (en: string, fr: string, es: string): Localized3 => ({ en, fr, es });

// An end-user certificate from the consignee is not the importing State's licence (Art. 10(2)(a)).
const END_USER = concept(
  'end-user',
  ['end-user certificate*', 'end user certificate*', 'end-use certificate*'],
  ["certificat d'utilisateur final", "certificat d'utilisation finale"],
  ['certificado de usuario final', 'certificado de uso final', 'certificado de destino final'],
);
const END_USER_SHORTFALL = L(
  'an end-user certificate is required, but not verification that the importing State has issued an import licence',
  'un certificat d’utilisateur final est exigé, mais non la vérification que l’État importateur a délivré une licence d’importation',
  'se exige un certificado de usuario final, pero no la verificación de que el Estado importador expidió una licencia de importación',
);
// Wording that takes an activity out of a rule rather than subjecting it to one.
const EXEMPTION = terms(
  ['shall not require', 'does not require', 'need not', 'not be required', 'exempt*', 'nothing in this'],
  ["n'est pas soumis*", "n'est pas requis*", 'dispens*', 'exempt*', 'exonér*'],
  ['no requerirá*', 'no requiere*', 'exent*', 'exceptúa*', 'no estará* sujet*'],
);

/** Items of an international transaction shared by the licence (10.3) and the record (7.b). */
const TRANSACTION_ITEMS: Facet[] = [
  facet('issue-date', L('date of issue', 'date de délivrance', 'fecha de expedición'), ['date of issue', 'issue date', 'date issued', 'issuance', 'date of grant'], ['date de délivrance', "date d'émission", 'date de la délivrance', 'délivr* date'], ['fecha de expedición', 'fecha de emisión', 'fecha de otorgamiento', 'expedición']),
  facet('expiry-date', L('date of expiry', "date d'expiration", 'fecha de vencimiento'), ['expir*', 'valid until', 'period of validity'], ['expiration', 'validité', 'date de fin'], ['vencimiento', 'expiración', 'caducidad', 'vigencia']),
  facet('export-country', L('country of export', "pays d'exportation", 'país de exportación'), ['country of export', 'exporting country', 'exporting State', 'country of origin'], ["pays d'exportation", 'État exportateur', 'pays exportateur', "pays d'origine"], ['país de exportación', 'país exportador', 'Estado exportador', 'país de origen']),
  facet('import-country', L('country of import', "pays d'importation", 'país de importación'), ['country of import', 'importing country', 'importing State', 'country of destination'], ["pays d'importation", 'État importateur', 'pays importateur', 'pays de destination', 'État destinataire'], ['país de importación', 'país importador', 'Estado importador', 'país de destino']),
  facet('transit-countries', L('countries of transit', 'pays de transit', 'países de tránsito'), ['country of transit', 'countries transit', 'transit country', 'transit State*', 'State* of transit'], ['pays de transit', 'États de transit', 'État de transit'], ['países de tránsito', 'país de tránsito', 'Estados de tránsito']),
  facet('final-recipient', L('final recipient', 'destinataire final', 'destinatario final'), ['final recipient', 'end user', 'end-user', 'ultimate consignee', 'consignee'], ['destinataire final', 'utilisateur final', 'destinataire ultime'], ['destinatario final', 'usuario final', 'consignatario']),
  facet('description', L('description of the items', 'description des articles', 'descripción de los artículos'), ['description', 'describ*', 'type', 'model', 'calibre', 'caliber'], ['description', 'désignation', 'type', 'modèle', 'calibre'], ['descripción', 'tipo', 'modelo', 'calibre']),
  facet('quantity', L('quantity', 'quantité', 'cantidad'), ['quantit*'], ['quantit*'], ['cantidad*']),
];
const byId = (ids: string[]) => TRANSACTION_ITEMS.filter((f) => ids.includes(f.id));

export const recognisers: Recogniser[] = [
  // ---- Article 3: definitions. The first concept names the defined term.
  {
    element: 'fp.3.a',
    concepts: [
      concept('term', ['firearm*', 'fire arm*'], ['arme* à feu'], ['arma* de fuego'], { ru: ['огнестрельн* оружи*'], ar: ['الأسلحة النارية', 'سلاح ناري'], zh: ['枪支', '火器'] }),
      concept('expel', ['projectile*', 'bullet*', 'shot', 'explosi*', 'barrel*', 'propellant'], ['projectile*', 'balle*', 'plomb*', 'explosi*', 'canon*'], ['proyectil*', 'bala*', 'balín', 'explosi*', 'cañón'], { ru: ['снаряд*', 'пул*'], ar: ['مقذوف', 'رصاصة'], zh: ['弹丸', '发射'] }),
    ],
    support: terms(['portable', 'readily converted', 'antique', '1899'], ['portative', 'aisément transformée', 'anciennes', '1899'], ['portátil', 'transformarse fácilmente', 'antiguas', '1899']),
    weaker: [
      {
        concepts: [concept('term', ['firearm*', 'fire arm*'], ['arme* à feu'], ['arma* de fuego'], { ru: ['огнестрельн* оружи*'], ar: ['الأسلحة النارية'], zh: ['枪支'] })],
        shortfall: L(
          'firearms are defined without the functional test (a portable barrelled weapon expelling a projectile by an explosive)',
          'les armes à feu sont définies sans le critère fonctionnel (arme à canon portative propulsant un projectile par l’action d’un explosif)',
          'las armas de fuego se definen sin el criterio funcional (arma portátil con cañón que lanza un proyectil por la acción de un explosivo)',
        ),
      },
    ],
  },
  {
    element: 'fp.3.b',
    concepts: [
      concept('term', ['parts and components', 'component part*', 'essential component*', 'essential parts', 'parts', 'components'], ['pièces et éléments', 'élément* essentiel*', 'parties essentielles', 'pièce*'], ['piezas y componentes', 'partes y componentes', 'pieza* fundamental*', 'pieza* esencial*', 'parte* esencial*', 'componente* esencial*', 'piezas', 'partes'], { ru: ['основн* част*', 'составн* част*'], ar: ['الأجزاء والمكونات'], zh: ['零部件', '主要部件'] }),
    ],
    facets: [
      facet('barrel', L('barrel', 'canon', 'cañón'), ['barrel*'], ['canon*'], ['cañón', 'cañones']),
      facet('frame-receiver', L('frame or receiver', 'carcasse ou boîte de culasse', 'armazón o cajón de mecanismos'), ['frame*', 'receiver*'], ['carcasse*', 'boîte de culasse'], ['armazón', 'cajón de mecanismos', 'receptor*']),
      facet('slide-cylinder', L('slide or cylinder', 'glissière ou barillet', 'corredera o tambor'), ['slide*', 'cylinder*'], ['glissière*', 'barillet*'], ['corredera*', 'tambor*', 'cilindro*']),
      facet('bolt-breech', L('bolt or breech block', 'culasse mobile ou bloc de culasse', 'cerrojo o bloque de cierre'), ['bolt*', 'breech*'], ['culasse mobile', 'bloc de culasse'], ['cerrojo*', 'bloque de cierre', 'recámara']),
      facet('silencer', L('silencer or sound moderator', 'silencieux', 'silenciador'), ['silencer*', 'suppressor*', 'moderator*', 'muffler*', 'diminish* noise', 'diminish* sound', 'reduc* noise', 'reduc* sound'], ['silencieux', 'atténuer bruit', 'modérateur* de son'], ['silenciador*', 'supresor*', 'reducir ruido', 'disminuir ruido']),
    ],
    facetsForPartial: 0,
  },
  {
    element: 'fp.3.c',
    concepts: [concept('term', ['ammunition', 'cartridge*'], ['munition*', 'cartouche*'], ['munici*', 'cartucho*'], { ru: ['боеприпас*', 'патрон*'], ar: ['الذخيرة'], zh: ['弹药'] })],
    facets: [
      facet('cases', L('cartridge cases', 'étuis', 'vainas'), ['cartridge case*', 'case*', 'casing*'], ['étui*', 'douille*'], ['vaina*', 'casquillo*']),
      facet('primers', L('primers', 'amorces', 'cebos o fulminantes'), ['primer*', 'cap*'], ['amorce*'], ['cebo*', 'fulminante*', 'iniciador*', 'pistón']),
      facet('propellant', L('propellant powder', 'poudre propulsive', 'pólvora propulsora'), ['propellant*', 'powder*', 'propulsi*'], ['poudre*', 'propuls*'], ['pólvora*', 'propuls*', 'carga propulsora']),
      facet('projectiles', L('bullets or projectiles', 'balles ou projectiles', 'balas o proyectiles'), ['bullet*', 'projectile*', 'shot'], ['balle*', 'projectile*', 'plomb*'], ['bala*', 'proyectil*', 'perdigon*']),
    ],
    facetsForCovered: 3,
    facetsForPartial: 0,
  },
  {
    element: 'fp.3.d',
    concepts: [concept('term', ['illicit manufactur*', 'illegal manufactur*', 'unlawful manufactur*'], ['fabrication illicite', 'fabrication illégale'], ['fabricación ilícita', 'fabricación ilegal'], { ru: ['незаконн* изготовлени*'], ar: ['الصنع غير المشروع'], zh: ['非法制造'] })],
    facets: [
      facet('trafficked-parts', L('from illicitly trafficked parts', 'à partir de pièces ayant fait l’objet d’un trafic illicite', 'a partir de piezas objeto de tráfico ilícito'), ['traffick*', 'illicitly obtained'], ['trafic*'], ['tráfico*', 'trafica*']),
      facet('unlicensed', L('without a licence or authorization', 'sans licence ou autorisation', 'sin licencia o autorización'), ['without licen*', 'without authori*', 'unlicensed', 'not licensed'], ['sans licence', 'sans autoris*'], ['sin licencia', 'sin autoriz*', 'sin permiso']),
      facet('unmarked', L('without marking at manufacture', 'sans marquage lors de la fabrication', 'sin marcación en la fabricación'), ['mark*'], ['marqu*'], ['marca*', 'marcaj*', 'marcación']),
    ],
    facetsForPartial: 0,
  },
  {
    element: 'fp.3.e',
    concepts: [concept('term', ['illicit traffic*', 'illegal traffic*', 'unlawful traffic*', 'trafficking'], ['trafic illicite', 'trafic'], ['tráfico ilícito', 'tráfico ilegal', 'tráfico'], { ru: ['незаконн* оборот*'], ar: ['الاتجار غير المشروع'], zh: ['非法贩运'] })],
    facets: [
      facet('across-borders', L('from or across the territory to another State', 'depuis ou à travers le territoire vers un autre État', 'desde o a través del territorio a otro Estado'), ['territor*', 'another State', 'across', 'cross-border', 'border*'], ['territoire*', 'autre État', 'frontière*'], ['territorio*', 'otro Estado', 'frontera*']),
      facet('unauthorised', L('not authorized by a State concerned', 'non autorisé par un État concerné', 'no autorizado por un Estado interesado'), ['not authori*', 'without authori*', 'does not authori*', 'unauthori*'], ['pas autoris*', 'sans autoris*', "n'autoris*", 'non autoris*'], ['no autoriz*', 'sin autoriz*', 'no lo autori*']),
      facet('unmarked', L('firearms not marked as Article 8 requires', 'armes non marquées comme l’exige l’article 8', 'armas no marcadas conforme al artículo 8'), ['mark*'], ['marqu*'], ['marca*', 'marcaj*', 'marcación']),
    ],
    facetsForCovered: 2,
    facetsForPartial: 0,
  },
  {
    element: 'fp.3.f',
    concepts: [concept('term', ['=tracing', '=trace', 'traceability'], ['traçage', 'traçabilité', 'traçag*'], ['localización', 'rastreo', 'trazabilidad'], { ru: ['отслеживани*'], ar: ['التعقب', 'تعقب'], zh: ['追查', '追踪'] })],
  },
  // ---- Article 4: scope.
  {
    element: 'fp.4.1',
    concepts: [
      concept('applies', ['applies to', 'apply to', 'scope', 'purpose of this', 'object of this', 'objects of this'], ["s'applique", "champ d'application", 'a pour objet', 'pour but'], ['se aplica', 'ámbito de aplicación', 'tiene por objeto', 'finalidad', 'objeto de la presente', 'objeto de este']),
      concept('subject', ['manufactur*', 'traffick*', 'import*', 'export*', 'transfer*'], ['fabrication', 'trafic*', 'import*', 'export*', 'transfert*'], ['fabricación', 'tráfico*', 'import*', 'export*', 'transferencia*']),
    ],
  },
  {
    element: 'fp.4.2',
    concepts: [
      concept('state-transfer', ['between States', 'inter-State transfer*', 'between Governments', 'State transfers', 'armed forces', 'defence forces', 'police forces'], ['entre États', 'entre gouvernements', 'forces armées', 'armée*'], ['entre Estados', 'entre gobiernos', 'fuerzas armadas', 'institucion* armada*']),
      concept('exempt', ['not apply', 'does not apply', 'exempt*', 'except*', 'exclud*'], ["ne s'applique pas", 'exempt*', 'exclu*', 'sauf', 'exception*'], ['no se aplica*', 'no será* aplicable*', 'exceptu*', 'exclu*', 'exent*']),
    ],
  },
  // ---- Article 5: offences. Only a penal clause proves them.
  {
    element: 'fp.5.1.a',
    concepts: [
      MANUFACTURE,
      concept('unlawful', ['without', 'illicit*', 'unlicensed', 'unlawful*', 'illegal*', 'contrary', 'contravention', 'not authori*', 'unmarked', 'otherwise than', 'except under'], ['sans', 'illicite*', 'illégal*', 'clandestin*', 'violation', 'infraction'], ['sin', 'ilícit*', 'ilegal*', 'clandestin*', 'contraven*', 'infracción'], { ru: ['незаконн*', 'без лицензии'], ar: ['دون ترخيص', 'غير مشروع'], zh: ['非法', '未经许可'] }),
    ],
    exclude: terms(['reactivat*'], ['réactiv*'], ['reactiv*']),
  },
  {
    element: 'fp.5.1.b',
    concepts: [
      concept('trafficking', ['traffick*', 'smuggl*', 'import*', 'export*', ...TRANSIT, 'transfer*'], ['trafic*', 'contrebande', 'import*', 'export*', ...TRANSIT, 'transf*'], ['tráfico*', 'trafica*', 'contrabando', 'import*', 'export*', 'introduz*', 'introduc*', 'tránsito'], { ru: ['контрабанд*', 'незаконн* перемещени*'], ar: ['الاتجار', 'تهريب'], zh: ['走私', '贩运'] }),
      concept('unlawful', ['without', 'illicit*', 'unlicensed', 'unlawful*', 'illegal*', 'contrary', 'contravention', 'not authori*', 'otherwise than', 'except under', 'not in accordance'], ['sans', 'illicite*', 'illégal*', 'violation', 'infraction', 'frauduleu*', 'en méconnaissance'], ['sin', 'ilícit*', 'ilegal*', 'clandestin*', 'contraven*', 'infracción'], { ru: ['незаконн*'], ar: ['غير مشروع'], zh: ['非法'] }),
    ],
  },
  {
    element: 'fp.5.1.c',
    concepts: [
      MARKING,
      concept('tamper', ['falsif*', 'obliterat*', 'remov*', 'alter*', 'defac*', 'tamper*', 'eras*', 'deface*', 'modif*'], ['falsifi*', 'effac*', 'enlev*', 'alter*', 'modifi*', 'supprim*', 'maquill*'], ['falsific*', 'falsifiq*', 'borr*', 'supri*', 'alter*', 'limad*', 'adulter*', 'modifiq*', 'elimin*'], 
          { ru: ['подделк*', 'уничтожени*', 'изменени*'], ar: ['تزوير', 'طمس', 'إزالة'], zh: ['伪造', '涂改', '磨损'] }),
    ],
    facets: [
      // Falsifying is the core of the offence; the other three acts may be worded in fewer verbs.
      { ...facet('falsify', L('falsifying', 'falsification', 'falsificación'), ['falsif*', 'forg*'], ['falsifi*', 'contrefa*'], ['falsific*', 'falsifiq*']), required: true },
      facet('obliterate', L('obliterating', 'effacement', 'borrado'), ['obliterat*', 'eras*', 'defac*', 'illegible'], ['effac*', 'oblitér*', 'illisible*'], ['borr*', 'limad*', 'oblitera*', 'ilegible*']),
      facet('remove', L('removing', 'enlèvement', 'supresión'), ['remov*'], ['enlev*', 'supprim*', 'suppression'], ['supri*', 'elimin*', 'quit*']),
      facet('alter', L('altering', 'altération', 'alteración'), ['alter*', 'modif*', 'tamper*'], ['alter*', 'modifi*', 'maquill*'], ['alter*', 'adulter*', 'modific*', 'modifiq*']),
    ],
    facetsForCovered: 3,
    downgrade: [
      {
        terms: terms(['possess*', 'carr*', 'transport*', 'receiv*'], ['détien*', 'détenir', 'porte*', 'transport*'], ['porte', 'porten', 'posea*', 'poseer', 'portación', 'tenencia']),
        shortfall: L(
          'only possessing or carrying a firearm with altered markings is an offence, not the tampering itself',
          'seule la détention ou le port d’une arme au marquage altéré est incriminée, non l’altération elle-même',
          'solo se sanciona la posesión o portación de un arma con marcas alteradas, no la alteración misma',
        ),
      },
    ],
  },
  {
    element: 'fp.5.2.a',
    facetsAcrossClauses: true,
    concepts: [concept('attempt', ['attempt*', 'accomplice*', 'complicit*', 'participat* as accomplice'], ['tentative', 'tenter', 'complic*', 'complice*'], ['tentativa', 'intent*', 'complic*', 'cómplice*'], { ru: ['покушени*', 'соучасти*'], ar: ['الشروع', 'الاشتراك'], zh: ['未遂', '共犯'] })],
    facets: [
      facet('attempt', L('attempt', 'tentative', 'tentativa'), ['attempt*'], ['tentative', 'tenter', 'tenté*'], ['tentativa', 'intent*']),
      facet('accomplice', L('participation as an accomplice', 'complicité', 'complicidad'), ['accomplice*', 'complicit*', 'participat*', 'secondary part*'], ['complic*', 'complice*'], ['complic*', 'cómplice*', 'partícipe*', 'participación']),
    ],
  },
  {
    element: 'fp.5.2.b',
    facetsAcrossClauses: true,
    concepts: [concept('organise', ['=organises', '=organizes', '=organising', '=organizing', '=organised', '=organized', '=directs', '=directing', '=directed', '=aids', '=aiding', '=aided', 'abet*', 'facilitat*', '=counsels', '=counselling', '=counseling', '=counselled', '=procures', '=procuring', 'incit*'], ['organis*', 'dirig*', 'aide*', 'facilit*', 'conseill*', 'incit*', 'provoqu*'], ['organiz*', 'organice*', 'dirij*', 'dirig*', 'ayud*', 'facilit*', 'asesor*', 'instig*', 'incit*'], { ru: ['организаци*', 'руководств*', 'пособничеств*'], ar: ['تنظيم', 'إدارة', 'المساعدة', 'التحريض'], zh: ['组织', '指挥', '协助', '教唆'] })],
    exclude: terms(['organised criminal group*', 'organized criminal group*', 'organised crime', 'organized crime'], ['groupe criminel organisé', 'bande organisée', 'criminalité organisée'], ['grupo delictivo organizado', 'delincuencia organizada', 'crimen organizado', 'banda organizada']),
    facets: [
      facet('organise', L('organizing', 'organiser', 'organizar'), ['=organises', '=organizes', '=organising', '=organizing', '=organised', '=organized'], ['=organise', '=organiser', '=organisé', '=organisent'], ['organiz*', 'organice*']),
      facet('direct', L('directing', 'diriger', 'dirigir'), ['=directs', '=directing', '=directed'], ['=dirige', '=diriger', '=dirigé'], ['dirij*', '=dirige', '=dirigir', '=dirigiere']),
      facet('aid-abet', L('aiding or abetting', 'aider ou assister', 'ayudar o instigar'), ['=aids', '=aiding', '=aided', 'abet*', 'procur*'], ['aide*', 'assist*', 'provoqu*', 'incit*'], ['ayud*', 'instig*', 'incit*', 'auxili*']),
      facet('facilitate', L('facilitating', 'faciliter', 'facilitar'), ['facilitat*'], ['facilit*'], ['facilit*']),
      facet('counsel', L('counselling', 'conseiller', 'asesorar'), ['=counsels', '=counselling', '=counseling', '=counselled'], ['conseill*'], ['asesor*', 'aconsej*']),
    ],
    facetsForCovered: 4,
  },
  // ---- Article 6: confiscation, seizure, disposal.
  {
    element: 'fp.6.1',
    concepts: [concept('confiscation', ['confiscat*', 'forfeit*'], ['confisc*', 'confisqu*'], ['decomis*', 'comiso', 'confisca*'], { ru: ['конфискаци*'], ar: ['مصادرة'], zh: ['没收'] })],
    weaker: [
      {
        concepts: [
          concept('seizure', ['seiz*', 'seized'], ['saisi*'], ['incaut*', 'secuestr*']),
          concept('final', ['destr*', 'dispos*'], ['détrui*', 'destruction'], ['destru*', 'destino final']),
        ],
        shortfall: L('seizure and destruction are provided for, but not confiscation', 'la saisie et la destruction sont prévues, mais non la confiscation', 'se prevén la incautación y la destrucción, pero no el decomiso'),
      },
    ],
  },
  {
    element: 'fp.6.2',
    concepts: [
      concept('seized', ['seiz*', 'confiscat*', 'forfeit*'], ['saisi*', 'confisqu*', 'confisc*'], ['incaut*', 'decomis*', 'secuestr*', '=comiso', '=comisadas', '=comisados', '=comisada', '=comisado'], { ru: ['изъят*', 'конфиск*'], ar: ['ضبط', 'مصادرة'], zh: ['扣押', '没收'] }),
      concept('destroyed', ['destr*', 'dispos*'], ['détrui*', 'destruction', 'aliénation'], ['destru*', 'destino final'], { ru: ['уничтож*'], ar: ['إتلاف'], zh: ['销毁'] }),
    ],
    weaker: [
      {
        concepts: [concept('seized', ['seiz*'], ['saisi*'], ['incaut*', 'secuestr*'], { ru: ['изъят*'], ar: ['ضبط'], zh: ['扣押'] })],
        shortfall: L(
          'seized items are held, but there is no rule on their destruction or on marking and recording any other disposal',
          'les biens saisis sont conservés, mais rien ne prévoit leur destruction ni le marquage et l’enregistrement d’une autre disposition',
          'los bienes incautados se conservan, pero nada prevé su destrucción ni el marcado y registro de otra disposición',
        ),
      },
    ],
  },
  // ---- Article 7: record-keeping.
  {
    element: 'fp.7',
    concepts: [RECORD, concept('period', ['year*', 'permanent*', 'indefinite*'], ['an', 'ans', 'année*', 'permanen*', 'indéfiniment', 'sans limit*'], ['año*', 'permanen*', 'indefinid*', 'sin límite'], { ru: ['лет', 'года', 'бессрочно'], ar: ['سنوات', 'سنة'], zh: ['年', '永久'] })],
    exclude: terms(['imprison*', 'sentence*'], ['emprisonnement', 'réclusion'], ['prisión', 'pena*']),
    checks: [{ kind: 'min-years', value: 10, label: L('records kept at least ten years', 'informations conservées au moins dix ans', 'registros conservados al menos diez años') }],
  },
  {
    element: 'fp.7.a',
    concepts: [RECORD, MARKING],
    exclude: terms(['tamper*', 'falsif*', 'obliterat*'], ['falsifi*', 'effac*'], ['falsific*', 'borr*']),
  },
  {
    element: 'fp.7.b',
    concepts: [RECORD, IMPORT_EXPORT],
    facets: TRANSACTION_ITEMS,
    facetsForCovered: 6,
    facetsForPartial: 2,
  },
  // ---- Article 8: marking.
  {
    element: 'fp.8.1.a',
    concepts: [MANUFACTURE, concept('marking', ['mark*', 'serial number*', 'stamp*', 'engrav*', 'name of manufacturer'], ['marqu*', 'numéro de série', 'poinçon*', 'nom du fabricant'], ['marca*', 'marcaj*', 'marcación', 'número de serie', 'nombre del fabricante'], { ru: ['маркир*'], ar: ['وسم'], zh: ['标记'] })],
    exclude: terms(['deactivat*', 'record*', 'register', 'registry', 'falsif*', 'obliterat*', 'tamper*'], ['neutralis*', 'registre*', 'enregistr*', 'falsifi*', 'effac*'], ['desactiv*', 'registro*', 'falsific*', 'borr*']),
    facets: [
      facet('manufacturer', L('name of the manufacturer', 'nom du fabricant', 'nombre del fabricante'), ['name of manufacturer', "manufacturer's name", 'manufacturer', 'maker', 'trade mark', 'trademark'], ['nom du fabricant', 'fabricant', 'marque du fabricant'], ['nombre del fabricante', 'fabricante', 'marca del fabricante']),
      facet('country', L('country or place of manufacture', 'pays ou lieu de fabrication', 'país o lugar de fabricación'), ['country of manufacture', 'place of manufacture', 'country of origin', 'country', 'place'], ['pays de fabrication', 'lieu de fabrication', "pays d'origine", 'pays', 'lieu'], ['país de fabricación', 'lugar de fabricación', 'país de origen', 'país', 'lugar'], { ownCountry: true }),
      facet('serial-number', L('serial number', 'numéro de série', 'número de serie'), ['serial number*', 'serial', 'identification number', 'unique number'], ['numéro de série', "numéro d'identification", 'numéro unique', 'numéro'], ['número de serie', 'número de identificación', 'número único', 'numeración']),
    ],
    facetsForCovered: 3,
  },
  {
    element: 'fp.8.1.b',
    concepts: [concept('import', ['import*'], ['import*'], ['import*', 'internad*', 'internación'], { ru: ['ввоз*', 'импорт*'], ar: ['استيراد'], zh: ['进口'] }), MARKING],
    exclude: terms(['record*', 'register', 'registry', 'remov*', 'obliterat*', 'alter*', 'falsif*'], ['registre*', 'effac*', 'falsifi*', 'alter*'], ['registro*', 'borr*', 'falsific*', 'alter*']),
    facets: [
      facet('import-country', L('country of import', "pays d'importation", 'país de importación'), ['country of import', 'importing country', 'country', 'letters', 'initials', 'code'], ["pays d'importation", 'pays importateur', 'pays', 'lettres', 'sigle*', 'code'], ['país de importación', 'país importador', 'país', 'letras', 'sigla*', 'código'], { ownCountry: true }),
      facet('import-year', L('year of import', "année d'importation", 'año de importación'), ['year'], ['année', 'millésime'], ['año']),
    ],
    facetsForCovered: 2,
  },
  {
    element: 'fp.8.1.c',
    concepts: [
      concept('civilian', ['civilian use', 'civil use', 'civilian*', 'private use'], ['usage civil', 'civil*', 'usage privé'], ['uso civil', 'civil*', 'uso particular'], { ru: ['гражданск*'], ar: ['الاستخدام المدني'], zh: ['民用'] }),
      concept('state-stocks', ['State stock*', 'government stock*', 'armed forces', 'police', 'military', 'State*', 'government*', 'Crown'], ["stocks de l'État", 'forces armées', 'police', 'armée*', 'État', 'militaire*'], ['existencias del Estado', 'fuerzas armadas', 'policía', 'institucion*', 'Estado', 'militar*'], { ru: ['государствен*'], ar: ['الدولة', 'القوات المسلحة'], zh: ['国家', '军队'] }),
      MARKING,
    ],
  },
  {
    element: 'fp.8.2',
    concepts: [
      concept('industry', ['industry', 'trade association*'], ['industrie', 'profession*'], ['industria', 'sector']),
      concept('encourage', ['encourag*', 'promot*', 'develop*'], ['encourag*', 'favoris*', 'développ*'], ['fomenta*', 'promov*', 'alent*', 'desarroll*']),
      MARKING,
    ],
  },
  // ---- Article 9: deactivation (where deactivated firearms are not firearms in law).
  {
    element: 'fp.9',
    acceptDefinitions: true,
    concepts: [concept('reactivation', ['reactivat*', 're-activat*'], ['réactiv*'], ['reactiv*'], { ru: ['реактив*', 'восстановлени*'], ar: ['إعادة تنشيط', 'إعادة التشغيل'], zh: ['恢复', '重新激活'] })],
  },
  {
    element: 'fp.9.a',
    concepts: [
      concept('permanent', ['permanent*', 'irreversib*', 'irretrievab*'], ['définitiv*', 'permanen*', 'irréversib*'], ['permanen*', 'definitiv*', 'irreversib*'], { ru: ['необратим*'], ar: ['دائم'], zh: ['永久'] }),
      concept('inoperable', ['inoperab*', 'inoperative', 'unusable', 'incapable', 'useless', 'unserviceable'], ['inutilisab*', 'inopérant*', 'impropre*', 'hors d’usage', 'hors usage'], ['inutilizab*', 'inservib*', 'imposib*', 'inoperant*'], { ru: ['непригодн*'], ar: ['غير صالح'], zh: ['无法使用'] }),
    ],
    acceptDefinitions: true,
    weaker: [
      {
        concepts: [DEACTIVATION, concept('unusable', ['incapable', 'inoperab*', 'unusable', 'unable to fire', 'unable to discharge'], ['inutilisab*', 'inapte*', 'hors d’état', 'impropre*'], ['inapt*', 'inutilizab*', 'inservib*', 'impid* disparo'])],
        shortfall: L(
          'deactivation is described, but essential parts are not required to be permanently inoperable and impossible to remove, replace or modify',
          'la neutralisation est décrite, mais il n’est pas exigé que les pièces essentielles soient définitivement inutilisables et impossibles à retirer, remplacer ou modifier',
          'se describe la desactivación, pero no se exige que las piezas esenciales queden permanentemente inutilizables e imposibles de retirar, sustituir o modificar',
        ),
      },
    ],
  },
  {
    element: 'fp.9.b',
    acceptDefinitions: true,
    concepts: [DEACTIVATION, concept('verified', ['verif*', 'inspect*', 'check*', 'examin*'], ['vérifi*', 'contrôl*', 'inspect*'], ['verific*', 'comprob*', 'inspeccion*'], { ru: ['провер*'], ar: ['التحقق'], zh: ['核查', '检验'] })],
    weaker: [
      {
        concepts: [DEACTIVATION, concept('certified', ['certifi*', 'approv*', 'proof house'], ['certifi*', 'agré*', 'constat*', "banc d'épreuve"], ['certific*', 'aprob*', 'banco de pruebas'])],
        shortfall: L(
          'deactivation is certified, but verification by a competent authority against a standard is not set out',
          'la neutralisation est certifiée, mais sa vérification par une autorité compétente selon une norme n’est pas prévue',
          'la desactivación se certifica, pero no se establece su verificación por una autoridad competente conforme a una norma',
        ),
      },
    ],
  },
  {
    element: 'fp.9.c',
    acceptDefinitions: true,
    concepts: [DEACTIVATION, concept('attested', ['certificate*', 'record*', 'register*', 'visible mark*', 'mark*', 'stamp*'], ['certificat*', 'attestation*', 'registre*', 'marque* visible*', 'poinçon*', 'marqu*'], ['certificado*', 'constancia*', 'registro*', 'marca* visible*', 'marca*'], { ru: ['сертификат*', 'клейм*'], ar: ['شهادة'], zh: ['证书', '标记'] })],
    weaker: [
      {
        concepts: [DEACTIVATION, concept('certified', ['certified'], ['certifié*'], ['certificad*'])],
        shortfall: L(
          'no certificate, record or visible mark attesting the deactivation is required',
          'aucun certificat, registre ou marque visible attestant la neutralisation n’est exigé',
          'no se exige certificado, registro ni marca visible que acredite la desactivación',
        ),
      },
    ],
  },
  // ---- Article 10: export, import and transit.
  {
    element: 'fp.10.1',
    facetsAcrossClauses: true,
    concepts: [LICENCE, IMPORT_EXPORT],
    exclude: terms(['temporar*', 'broker*'], ['temporair*', 'courti*', 'courtage'], ['temporal*', 'corredor*', 'corretaje']),
    facets: [
      facet('export', L('export', 'exportation', 'exportación'), ['export*'], ['export*'], ['export*'], { ru: ['вывоз*', 'экспорт*'], ar: ['تصدير'], zh: ['出口'] }),
      facet('import', L('import', 'importation', 'importación'), ['import*'], ['import*'], ['import*'], { ru: ['ввоз*', 'импорт*'], ar: ['استيراد'], zh: ['进口'] }),
      facet('transit', L('transit', 'transit', 'tránsito'), [...TRANSIT, 'trans-ship*', 'transship*'], [...TRANSIT, 'transbord*'], ['tránsito', ...TRANSIT, 'transbord*'], { ru: ['транзит*'], ar: ['عبور'], zh: ['过境'] }),
    ],
    facetsForCovered: 3,
  },
  {
    element: 'fp.10.2.a',
    concepts: [
      concept('export', ['export*'], ['export*'], ['export*']),
      concept('import-authorised', ['importing State', 'importing country', 'import licence', 'import license', 'import authorisation', 'import authorization', 'import permit', 'country of destination'], ['État destinataire', 'État importateur', 'pays importateur', 'autoris* importation', "licence d'importation", 'pays de destination'], ['Estado importador', 'país importador', 'licencia de importación', 'permiso de importación', 'autorización de importación', 'país de destino'], { ru: ['импортер*', 'разрешени* на ввоз'], zh: ['进口国'] }),
      concept('before', ['verif*', 'satisf*', 'ensur*', 'unless', 'before', 'until', 'confirm*', 'only if', 'only after', 'produc*', 'upon production'], ['vérifi*', 'après', 'avant', "s'assur*", 'sauf', 'présentation', 'produi*', 'justifi*'], ['verific*', 'comprob*', 'antes', 'previa*', 'cerciorar*', 'constat*', 'presentación', 'acredit*'], { ru: ['убед*', 'провер*'], zh: ['核实'] }),
    ],
    weaker: [
      {
        concepts: [concept('export', ['export*'], ['export*'], ['export*']), END_USER],
        shortfall: END_USER_SHORTFALL,
      },
    ],
    downgrade: [{ terms: END_USER.terms, shortfall: END_USER_SHORTFALL }],
  },
  {
    element: 'fp.10.2.b',
    concepts: [
      concept('transit', [...TRANSIT], [...TRANSIT], ['tránsito', ...TRANSIT], { ru: ['транзит*'], ar: ['عبور'], zh: ['过境'] }),
      concept('no-objection', ['object*', 'consent*', 'non-objection'], ['oppos*', 'objection*', 'consent*', 'accord'], ['objeción', 'objeta*', 'opon*', 'oposición', 'consentimiento', 'conformidad'], { ru: ['возражени*'], ar: ['اعتراض'], zh: ['异议'] }),
    ],
    weaker: [
      {
        concepts: [
          concept('export-licence', ['export licen*', 'export permit*', 'export authori*', 'licence for export', 'permit for export'], ["licence d'exportation", "autorisation d'exportation", "licences d'exportation"], ['licencia de exportación', 'permiso de exportación', 'autorización de exportación']),
          concept('transit', [...TRANSIT], [...TRANSIT], ['tránsito', ...TRANSIT]),
          concept('informed', ['inform*', 'notif*', 'notice'], ['inform*', 'notifi*', 'avis*'], ['inform*', 'notific*', 'aviso*', 'comunic*']),
        ],
        shortfall: L(
          'transit States are only informed; their written non-objection before shipment is not required',
          'les États de transit sont seulement informés ; leur non-opposition écrite avant l’expédition n’est pas exigée',
          'los Estados de tránsito solo son informados; no se exige su no objeción escrita antes del envío',
        ),
      },
    ],
  },
  {
    element: 'fp.10.3',
    concepts: [LICENCE],
    // A register listing the same items is record-keeping (Art. 7(b)), not the content of the licence.
    exclude: terms(['register', 'registry', 'record*'], ['registre*', 'relevé*'], ['registro*', 'archivo*']),
    facets: [
      facet('issue-place', L('place of issue', 'lieu de délivrance', 'lugar de expedición'), ['place of issue', 'place and date of issue', 'place'], ['lieu de délivrance', 'lieu'], ['lugar de expedición', 'lugar']),
      ...byId(['issue-date', 'expiry-date', 'export-country', 'import-country', 'final-recipient', 'description', 'quantity', 'transit-countries']),
    ],
    facetsForCovered: 7,
    facetsForPartial: 3,
  },
  {
    element: 'fp.10.4',
    concepts: [
      concept('confirm', ['confirm*', 'inform*', 'notif*', 'acknowledg*'], ['confirm*', 'inform*', 'notifi*', 'attest*'], ['confirm*', 'inform*', 'notific*', 'acredit*']),
      concept('receipt', ['receipt', 'received', 'delivery', 'arrival', 'arrived'], ['réception', 'reçu*', 'livraison', 'arrivée'], ['recepción', 'recibo', 'recib*', 'entrega', 'llegada', 'arribo']),
      concept('exporting-state', ['exporting State', 'exporting country', 'export*', 'import*', 'shipment*'], ['État exportateur', 'pays exportateur', 'export*', 'import*', 'envoi*', 'expédition*'], ['Estado exportador', 'país exportador', 'export*', 'import*', 'envío*', 'embarque*']),
    ],
    support: terms(['request', 'exporting State', 'shipment'], ['demande', 'État exportateur', 'envoi*'], ['solicitud', 'Estado exportador', 'envío*']),
  },
  {
    element: 'fp.10.5',
    concepts: [
      concept('secure', ['secur*', 'forg*', 'counterfeit*', 'tamper*'], ['sécuris*', 'sécurité', 'infalsifi*', 'contrefa*'], ['segur*', 'falsific*', 'infalsific*']),
      concept('authentic', ['authentic*', 'verif*', 'validat*'], ['authentici*', 'vérifi*', 'valid*'], ['autentic*', 'verific*', 'valid*']),
      LICENCE,
    ],
  },
  {
    element: 'fp.10.6',
    concepts: [
      concept('temporary', ['temporar*'], ['temporair*'], ['temporal*'], { ru: ['временн*'], ar: ['مؤقت'], zh: ['临时'] }),
      concept('movement', ['import*', 'export*', ...TRANSIT, 'bring* into', 'brought into', 'take* out', 'taken out', 'visitor*'], ['import*', 'export*', ...TRANSIT, 'introdui*', 'visiteur*'], ['import*', 'export*', 'tránsito', 'ingres*', 'visitante*'], { ru: ['ввоз*', 'вывоз*'], ar: ['استيراد'], zh: ['进口'] }),
      concept('procedure', ['simplif*', 'procedure*', 'permit*', 'licen*', 'authori*', 'pass'], ['simplifi*', 'procédure*', 'permis', 'licence*', 'autoris*', 'carte'], ['simplific*', 'procedimiento*', 'permiso*', 'licencia*', 'autoriz*'], { ru: ['разрешени*'], ar: ['ترخيص'], zh: ['许可'] }),
    ],
    facets: [
      facet('hunting', L('hunting', 'chasse', 'caza'), ['hunt*'], ['chasse*'], ['caza', 'cacería*', 'cinegétic*']),
      facet('sport-shooting', L('sport shooting', 'tir sportif', 'tiro deportivo'), ['sport*', 'competition*', 'target shooting'], ['sporti*', 'compétition*', 'tir'], ['deport*', 'competenci*', 'competición*', 'tiro']),
      facet('evaluation', L('evaluation', 'évaluation', 'evaluación'), ['evaluat*', 'test*', 'trial*'], ['évaluation*', 'essai*'], ['evaluación*', 'prueba*', 'ensayo*']),
      facet('exhibition', L('exhibitions', 'expositions', 'exposiciones'), ['exhibit*', 'fair*', 'show*', 'display*'], ['exposition*', 'salon*', 'foire*'], ['exhibici*', 'exposici*', 'feria*']),
      facet('repair', L('repairs', 'réparations', 'reparaciones'), ['repair*'], ['réparation*', 'répar*'], ['reparación*', 'repar*']),
    ],
    facetsForCovered: 2,
  },
  // ---- Article 11: security and preventive measures.
  {
    element: 'fp.11.a',
    facetsAcrossClauses: true,
    concepts: [
      concept(
        'security',
        ['security measures', 'security of firearms', 'secure storage', 'securely', 'safe custody', 'safekeeping', 'strong room', 'safe', 'theft', 'stolen', 'loss', 'diversion', 'divert*'],
        ['mesures de sécurité', 'conditions de sécurité', 'sécurité des armes', 'sûreté', 'vol', 'perte', 'détournement'],
        ['medidas de seguridad', 'condiciones de seguridad', 'seguridad de las armas', 'custodia', 'robo*', 'hurto*', 'pérdida*', 'extravío*', 'desvío*'],
        { ru: ['сохранност*', 'хищени*', 'утрат*'], ar: ['أمن', 'سرقة', 'فقدان'], zh: ['安全', '盗窃', '丢失'] },
      ),
    ],
    exclude: terms(['authentic*'], ['authentici*'], ['autentic*']),
    // The Protocol asks for security at manufacture, import, export and transit.
    facets: [
      facet('manufacture', L('at manufacture', 'lors de la fabrication', 'en la fabricación'), ['=manufacture', '=manufacturing', 'production'], ['fabrication'], ['fabricación', 'producción']),
      facet('import', L('at import', "à l'importation", 'en la importación'), ['=import', '=imports', '=importation', '=imported', '=importing'], ['importation*', '=importées', '=importés'], ['importación*', '=importadas', '=importados']),
      facet('export', L('at export', "à l'exportation", 'en la exportación'), ['=export', '=exports', '=exportation', '=exported', '=exporting'], ['exportation*', '=exportées', '=exportés'], ['exportación*', '=exportadas', '=exportados']),
      facet('transit', L('in transit', 'en transit', 'en tránsito'), [...TRANSIT], [...TRANSIT], ['tránsito']),
    ],
    facetsForCovered: 2,
    facetsForPartial: 0,
  },
  {
    element: 'fp.11.b',
    concepts: [
      concept('border', ['border*', 'customs', 'frontier*', 'port* of entry'], ['frontière*', 'douan*'], ['frontera*', 'aduan*'], { ru: ['границ*', 'таможен*'], ar: ['الحدود', 'الجمارك'], zh: ['边境', '海关'] }),
      concept('control', ['control*', 'cooperat*', 'inspect*', 'check*', 'search*'], ['contrôl*', 'coopér*', 'inspect*', 'vérifi*'], ['control*', 'cooperación', 'inspecci*', 'revis*'], { ru: ['контрол*'], ar: ['مراقبة'], zh: ['管制', '检查'] }),
    ],
  },
  // ---- Article 12: information.
  {
    element: 'fp.12.1',
    concepts: [
      INFORMATION_EXCHANGE,
      concept('operators', ['producer*', 'manufacturer*', 'dealer*', 'importer*', 'exporter*', 'carrier*'], ['producteur*', 'fabricant*', 'négociant*', 'armurier*', 'importateur*', 'exportateur*', 'transporteur*'], ['productor*', 'fabricante*', 'comerciante*', 'armer*', 'importador*', 'exportador*', 'transportista*']),
      CROSS_BORDER_CONTEXT,
    ],
  },
  {
    element: 'fp.12.2',
    concepts: [
      INFORMATION_EXCHANGE,
      concept('intelligence', ['criminal group*', 'concealment', 'route*', 'legislative experience*', 'dispatch'], ['groupes criminels', 'dissimulation', 'itinéraire*', 'expériences législatives'], ['grupos delictivos', 'grupos criminales', 'ocultación', 'ruta*', 'experiencias legislativas']),
      CROSS_BORDER_CONTEXT,
    ],
  },
  {
    element: 'fp.12.3',
    concepts: [
      concept('scientific', ['scientific', 'technolog*', 'forensic'], ['scientifique*', 'technologi*', 'médico-légal'], ['científic*', 'tecnológic*', 'forense*']),
      concept('share', ['exchang*', 'shar*', 'provid*', 'inform*'], ['échang*', 'partag*', 'fourni*', 'inform*'], ['intercambi*', 'compart*', 'proporcion*', 'inform*']),
      CROSS_BORDER_CONTEXT,
    ],
  },
  {
    element: 'fp.12.4',
    concepts: [
      concept('tracing', ['tracing', 'trace', 'traced'], ['traçage', 'traçabilité', 'tracer'], ['localización', 'rastreo', 'rastrear', 'trazabilidad'], { ru: ['отслеживани*'], ar: ['التعقب'], zh: ['追查'] }),
      concept('cooperate', ['request*', 'cooperat*', 'respond*', 'assist*'], ['demande*', 'coopér*', 'répond*', 'assist*'], ['solicitud*', 'cooper*', 'respond*', 'asist*'], { ru: ['запрос*', 'сотрудничеств*'], ar: ['طلب', 'تعاون'], zh: ['请求', '合作'] }),
    ],
  },
  {
    element: 'fp.12.5',
    concepts: [
      concept('confidential', ['confidential*', 'secrecy', 'disclos*'], ['confidentiel*', 'confidentialité', 'secret*'], ['confidencial*', 'reserva*', 'secreto*'], { ru: ['конфиденциальн*'], ar: ['سرية'], zh: ['保密'] }),
      concept('information', ['information', 'data'], ['information*', 'données'], ['información', 'datos'], { ru: ['информаци*'], ar: ['المعلومات'], zh: ['信息', '资料'] }),
      CROSS_BORDER_CONTEXT,
    ],
  },
  // ---- Article 13: cooperation.
  {
    element: 'fp.13.1',
    concepts: [concept('cooperate', ['cooperat*', 'co-operat*', 'collaborat*'], ['coopér*', 'collabor*'], ['cooper*', 'colabor*'], { ru: ['сотрудничеств*'], ar: ['تعاون'], zh: ['合作'] }), CROSS_BORDER_CONTEXT],
  },
  {
    element: 'fp.13.2',
    concepts: [concept('contact-point', ['point of contact', 'contact point', 'focal point', 'national body', 'liaison', 'central authority'], ['point de contact', 'point focal', 'organe national', 'liaison', 'autorité centrale'], ['punto de contacto', 'punto focal', 'órgano nacional', 'enlace', 'autoridad central'], { ru: ['контактн* пункт*'], ar: ['جهة اتصال', 'نقطة اتصال'], zh: ['联络点'] })],
  },
  {
    element: 'fp.13.3',
    concepts: [
      concept('cooperate', ['cooperat*', 'co-operat*', 'support', 'assist*'], ['coopér*', 'concours', 'soutien'], ['cooper*', 'apoyo', 'colabor*'], { ru: ['сотрудничеств*'], ar: ['تعاون'], zh: ['合作'] }),
      concept('industry', ['manufacturer*', 'dealer*', 'industry', 'carrier*', 'brokers'], ['fabricant*', 'armurier*', 'industrie', 'transporteur*', 'courtiers'], ['fabricante*', 'armer*', 'industria', 'transportista*', 'corredores'], { ru: ['производител*'], ar: ['المصنعين'], zh: ['制造商'] }),
    ],
  },
  // ---- Article 14: training and technical assistance.
  {
    element: 'fp.14',
    concepts: [
      concept('training', ['training', 'technical assistance', 'capacity building'], ['formation', 'assistance technique', 'renforcement des capacités'], ['capacitación', 'asistencia técnica', 'formación', 'fortalecimiento de capacidades'], { ru: ['подготовк*', 'техническ* помощ*'], ar: ['التدريب', 'المساعدة التقنية'], zh: ['培训', '技术援助'] }),
      concept('international', ['international*', 'foreign', 'another State', 'States Parties'], ['internationa*', 'étranger*', 'autres États', 'États parties'], ['internacional*', 'extranjer*', 'otros Estados', 'Estados Parte*'], { ru: ['международн*'], ar: ['الدولي'], zh: ['国际'] }),
    ],
  },
  // ---- Article 15: brokering (must consider).
  {
    element: 'fp.15.1.a',
    exclude: EXEMPTION,
    concepts: [BROKER, concept('registration', ['regist*', 'enrol*'], ['inscri*', 'registre*', 'enregistr*'], ['registr*', 'inscri*', 'padrón'], { ru: ['регистрац*', 'реестр*'], ar: ['تسجيل'], zh: ['登记'] })],
  },
  {
    element: 'fp.15.1.b',
    concepts: [BROKER, LICENCE],
    // A licence that names the brokers is Art. 15(1)(c), not a licence to broker; an exemption is no licence.
    exclude: terms(['name*', 'identit*', ...EXEMPTION.en], ['nom', 'noms', 'identit*', ...EXEMPTION.fr], ['nombre*', 'identidad*', ...EXEMPTION.es]),
  },
  {
    element: 'fp.15.1.c',
    exclude: EXEMPTION,
    concepts: [
      BROKER,
      concept('named', ['name*', 'identit*', 'identif*', 'address*', 'location*'], ['nom', 'noms', 'identit*', 'adresse*'], ['nombre*', 'identidad*', 'identific*', 'domicilio*'], { ru: ['наименовани*'], ar: ['اسم'], zh: ['名称'] }),
      LICENCE,
    ],
    facets: [
      facet('name', L('names of brokers', 'noms des courtiers', 'nombres de los corredores'), ['name*', 'identit*'], ['nom', 'noms', 'identit*', 'raison sociale'], ['nombre*', 'identidad*', 'razón social']),
      facet('location', L('locations of brokers', 'adresses des courtiers', 'domicilios de los corredores'), ['address*', 'location*', 'place of business', 'domicile'], ['adresse*', 'domicile', 'siège', 'lieu'], ['domicilio*', 'dirección*', 'ubicación', 'sede']),
    ],
  },
  {
    element: 'fp.15.2',
    concepts: [BROKER, concept('information', ['exchang*', 'record*', 'share*'], ['échang*', 'registre*', 'conserv*'], ['intercambi*', 'registro*', 'conserv*'])],
  },
];
