/**
 * Article 8, marking. A duty to mark proves these elements; a register, an application form or a list of data
 * naming the same items never does. 8(1)(a) is met by the manufacturer, the country or place of manufacture and
 * the serial number, or by the alternative of simple geometric symbols with a numeric or alphanumeric code;
 * 8(1)(b) by the country of import and a unique marking for a firearm that has none (the year only where possible).
 */
import type { Recogniser } from '../schema.js';
import { IMPORT_WORDS, L, MANUFACTURE, MARKING } from './vocabulary.js';

const MARKING_DUTY = ['duty', 'prohibition', 'provision', 'permission', 'offence'] as const;
// A register or form naming the items is record-keeping (article 7), not marking.
const NOT_A_RECORD = {
  en: ['falsif*', 'obliterat*', 'tamper*', 'deactivat*'],
  fr: ['falsifi*', 'effac*', 'neutralis*'],
  // "al que marque, modifique o destruya los datos de identificación de fábrica" (Mexico, LFAFE art 87 Ter): an
  // offence of tampering presupposes the marking, it does not require it.
  es: ['falsific*', 'borr*', 'desactiv*', 'destruy*'],
  ru: ['подделк*', 'уничтожени* маркировки', 'приведени* в негодн*'],
  ar: ['تزوير', 'طمس', 'تعطيل'],
  zh: ['伪造', '涂改', '停用'],
};

export const article8: Recogniser[] = [
  {
    element: 'fp.8.1.a',
    proves: [...MARKING_DUTY],
    partialOnly: [
      {
        character: 'definition',
        id: 'marking-only-defined',
        shortfall: L('the marking is defined, but no rule requires it at manufacture', 'le marquage est défini, mais aucune règle ne l’impose lors de la fabrication', 'el marcaje se define, pero ninguna norma lo exige en la fabricación'),
      },
    ],
    concepts: [MANUFACTURE, { ...MARKING, anchor: true }],
    exclude: NOT_A_RECORD,
    facets: [
      // The alternative marking of art 8(1)(a) meets the same items: simple geometric symbols where the first names
      // the manufacturer, a numeric or alphanumeric code where it has the serial number, and the country either way.
      {
        id: 'manufacturer',
        label: L('name of the manufacturer (or, in the alternative marking, simple geometric symbols)', 'nom du fabricant (ou, dans le marquage alternatif, symboles géométriques simples)', 'nombre del fabricante (o, en la marcación alternativa, símbolos geométricos simples)'),
        terms: {
          en: ['name of the manufacturer', "manufacturer's name", "manufacturer's serial", 'manufacturer', 'maker', 'trade mark', 'trademark', 'geometric symbol*'],
          fr: ['nom du fabricant', 'fabricant', 'marque du fabricant', 'symboles géométriques'],
          es: ['nombre del fabricante', 'fabricante', 'marca del fabricante', 'símbolos geométricos'],
          ru: ['наименовани* изготовител*', 'изготовител*', 'производител*', 'товарн* знак*'],
          ar: ['اسم الصانع', 'الصانع', 'الشركة المصنعة', 'العلامة التجارية'],
          zh: ['制造厂', '厂名', '制造商', '制造者名称', '制造企业'],
        },
      },
      {
        id: 'country',
        label: L('country or place of manufacture', 'pays ou lieu de fabrication', 'país o lugar de fabricación'),
        ownCountry: true,
        terms: {
          en: ['country of manufacture', 'place of manufacture', 'country of origin', 'country or place'],
          fr: ['pays de fabrication', 'lieu de fabrication', "pays d'origine", 'pays ou le lieu'],
          es: ['país de fabricación', 'lugar de fabricación', 'país de origen', 'país o lugar'],
          ru: ['стран* изготовлени*', 'мест* изготовлени*', 'стран* производства'],
          ar: ['بلد الصنع', 'مكان الصنع', 'بلد المنشأ'],
          zh: ['制造国', '制造地', '原产国'],
        },
      },
      {
        id: 'serial-number',
        label: L('serial number (or, in the alternative marking, a numeric or alphanumeric code)', 'numéro de série (ou, dans le marquage alternatif, code numérique ou alphanumérique)', 'número de serie (o, en la marcación alternativa, código numérico o alfanumérico)'),
        terms: {
          en: ['serial number*', 'identification number', 'unique number', 'identifying number', 'alphanumeric code', 'numeric code'],
          fr: ['numéro de série', "numéro d'identification", 'numéro unique', 'code alphanumérique', 'code numérique'],
          es: ['número de serie', 'número de identificación', 'número único', 'numeración', 'código alfanumérico', 'código numérico'],
          ru: ['серийн* номер*', 'заводск* номер*', 'индивидуальн* номер*', 'идентификационн* номер*'],
          ar: ['الرقم التسلسلي', 'الرقم المتسلسل', 'رقم تسلسلي', 'رقم مميز'],
          zh: ['序号', '序列号', '枪号', '编号'],
        },
        required: true,
      },
    ],
    weaker: [
      {
        id: 'geometric-alternative',
        concepts: [
          { id: 'symbols', anchor: true, terms: {
            en: ['geometric symbol*'],
            fr: ['symboles géométriques'],
            es: ['símbolos geométricos'],
            ru: ['геометрическ* символ*'],
            ar: ['رموز هندسية'],
            zh: ['几何符号'],
          } },
          { id: 'code', terms: {
            en: ['alphanumeric', 'numeric code'],
            fr: ['alphanumérique', 'code numérique'],
            es: ['alfanumérico', 'código numérico'],
            ru: ['буквенно-цифров*', 'цифров* код*'],
            ar: ['رمز رقمي', 'أبجدي رقمي'],
            zh: ['字母数字', '数字代码'],
          } },
        ],
        shortfall: L(
          'the alternative marking with geometric symbols is provided for; check that it permits ready identification of the country of manufacture',
          'le marquage alternatif par symboles géométriques est prévu ; vérifier qu’il permet d’identifier aisément le pays de fabrication',
          'se prevé el marcaje alternativo con símbolos geométricos; verificar que permita identificar fácilmente el país de fabricación',
        ),
      },
    ],
    examples: {
      zh: {
        covered: ['枪支制造企业应当在制造枪支时，在枪支上铸印制造厂名称、制造国和枪支序号。'],
        partial: ['制造企业必须在枪支指定部位铸印厂名和枪支序号。'],
        missing: ['配售企业应当在登记册中记载所售枪支的制造厂、型号和序号。'],
      },
      ar: {
        covered: ['يجب وسم كل سلاح ناري عند صنعه باسم الصانع وبلد الصنع والرقم التسلسلي.'],
        partial: ['يجب أن يحمل كل سلاح ناري يصنع في المملكة رقما تسلسليا.'],
        missing: ['يجب أن يتضمن طلب الترخيص اسم الصانع والرقم التسلسلي للسلاح.'],
      },
      ru: {
        covered: ['Каждая единица огнестрельного оружия при изготовлении подлежит маркировке с указанием наименования изготовителя, страны изготовления и серийного номера.'],
        missing: ['В заявлении указываются модель, калибр и серийный номер оружия.'],
      },
      en: {
        covered: [
          'Every manufacturer shall mark each firearm at the time of manufacture with the name of the manufacturer, the country or place of manufacture and a serial number.',
          // The alternative marking, permitting ready identification of the country of manufacture.
          'At the time of manufacture every firearm shall be marked with simple geometric symbols in combination with an alphanumeric code, permitting every State to identify readily the country of manufacture.',
        ],
        partial: [
          'No licence shall be issued for an arm unless the arm has the manufacturer’s serial number stamped or engraved on its metal.',
          // The alternative marking, without the country of manufacture.
          'Firearms manufactured locally shall be marked with simple geometric symbols combined with an alphanumeric code.',
        ],
        missing: ['The application shall state the firearm manufacturer’s trademark, model, calibre and serial number.', 'The register shall contain the name of the manufacturer, the country of manufacture and the serial number of each firearm.'],
      },
      fr: {
        covered: [
          'Les armes à feu font l’objet, lors de leur fabrication, d’un marquage comportant le nom du fabricant, le pays ou le lieu de fabrication et le numéro de série.',
          'Lors de sa fabrication, chaque arme à feu reçoit un marquage unique composé de symboles géométriques simples combinés à un code alphanumérique, permettant à tous les États d’identifier aisément le pays de fabrication.',
        ],
      },
      es: {
        covered: [
          'Toda arma de fuego fabricada en el país deberá ser marcada en el momento de su fabricación con el nombre del fabricante, el país de fabricación y el número de serie.',
          'Al fabricarse, cada arma de fuego llevará una marca única formada por símbolos geométricos simples combinados con un código alfanumérico que permita a todos los Estados identificar fácilmente el país de fabricación.',
        ],
      },
    },
  },
  {
    element: 'fp.8.1.b',
    proves: [...MARKING_DUTY],
    concepts: [{ id: 'import', terms: IMPORT_WORDS }, { ...MARKING, anchor: true }],
    // Nor a traveller's arms brought in for a while, their serial number noted in a passport (Costa Rica, Ley 7530,
    // art 63): art 8(1)(b) leaves temporary imports out.
    exclude: {
      en: [...NOT_A_RECORD.en, 'passport*', 'temporar* import*'],
      fr: [...NOT_A_RECORD.fr, 'passeport*', 'importation* temporaire*', 'admission temporaire'],
      es: [...NOT_A_RECORD.es, 'pasaporte*', 'importación temporal', 'internación temporal', 'ingres* temporalmente', 'temporalmente ingres*'],
      ru: NOT_A_RECORD.ru,
      ar: NOT_A_RECORD.ar,
      zh: NOT_A_RECORD.zh,
    },
    facets: [
      {
        id: 'import-country',
        label: L('country of import', "pays d'importation", 'país de importación'),
        ownCountry: true,
        terms: {
          en: ['country of import', 'importing country', '^import =mark', '^import =marks', '^import =marking', 'initials', '=letters', 'code of the country', 'country code'],
          fr: ["pays d'importation", 'pays importateur', "marquage d'importation", 'sigle*', '=lettres', 'code du pays'],
          es: ['país de importación', 'país importador', 'marcaje de importación', 'sigla*', '=letras', 'código del país'],
          ru: ['стран* импорта', 'стран* ввоза', 'импортер*'],
          ar: ['بلد الاستيراد', 'الدولة المستوردة', 'رمز البلد'],
          zh: ['进口国', '进口标记', '国家代码'],
        },
        required: true,
      },
      {
        id: 'unique-if-none',
        label: L('a unique marking for a firearm that bears none', 'une marque unique pour l’arme qui n’en porte pas', 'una marca única para el arma que no la tenga'),
        terms: {
          en: ['not bear', 'does not bear', 'lacks', 'without a serial number', 'unique mark*'],
          fr: ['ne porte pas', 'marque unique', 'dépourvu*'],
          es: ['no tenga', 'no lleve', 'marca única', 'marca distintiva'],
          ru: ['не имеющ* маркировки', 'без маркировки', 'уникальн* маркировк*'],
          ar: ['لا يحمل', 'غير موسوم', 'علامة مميزة'],
          zh: ['没有标记', '无标记', '唯一标记', '无号'],
        },
        required: true,
      },
      {
        id: 'import-year',
        label: L('year of import (where possible)', "année d'importation (si possible)", 'año de importación (cuando sea posible)'),
        optional: true,
        terms: {
          en: ['year of import', 'year'],
          fr: ["année d'importation", 'année', 'millésime'],
          es: ['año de importación', 'año'],
          ru: ['год* импорта', 'год* ввоза', 'год*'],
          ar: ['سنة الاستيراد', 'سنة'],
          zh: ['进口年份', '年份'],
        },
      },
    ],
    facetsForPartial: 0,
    examples: {
      en: {
        covered: ['Every firearm imported shall be marked with the initials of the country of import and the year of import, and with a unique marking if the firearm does not bear such a marking.'],
        partial: [
          'No permit shall be issued for the importation of any arm which does not bear a serial number.',
          // "Placed on the market" names no country of import.
          'Every firearm imported and placed on the market shall be marked with a unique marking if the firearm does not bear such a marking.',
        ],
        missing: ['Any person who imports a firearm shall keep a record of its serial number.'],
      },
      // A traveller's temporary import (Costa Rica, Ley 7530, art 63).
      es: { missing: ['Los extranjeros podrán ingresar al país temporalmente hasta cuatro armas; la Dirección General de Aduanas anotará en el pasaporte la marca y el número de serie de cada arma.'] },
    },
  },
  {
    element: 'fp.8.1.c',
    proves: [...MARKING_DUTY],
    partialOnly: [
      {
        character: 'definition',
        id: 'marking-only-defined',
        shortfall: L('the marking is defined, but no rule requires it on transfer to civilian use', 'le marquage est défini, mais aucune règle ne l’impose lors du transfert à un usage civil', 'el marcaje se define, pero ninguna norma lo exige en la transferencia a uso civil'),
      },
    ],
    concepts: [
      { id: 'state-transfer', anchor: true, terms: {
        en: ['State stock*', 'government stock*', 'transfer* from the State', 'sold by the State', 'disposed of by the State', 'Crown firearm*', 'government-owned', 'permanent civilian use'],
        fr: ["stocks de l'État", 'stocks étatiques', "cession opérée par l'État", 'usage civil permanent', "cédées par l'État", "vendues par l'État"],
        es: ['existencias del Estado', 'existencias estatales', 'arsenales del Estado', 'enajenadas por el Estado', 'transferidas por el Estado', 'uso civil permanente', 'instituciones del Estado transfieran'],
        ru: ['государственн* запас*', 'из государственн* собственност*', 'государственн* оружи* гражданск*'],
        ar: ['أسلحة الدولة', 'مخزونات الدولة', 'الأسلحة الحكومية', 'تؤول إلى الدولة'],
        zh: ['国家库存', '公务用枪', '转为民用'],
      } },
      MARKING,
    ],
    examples: {
      en: {
        covered: ['Every firearm transferred from State stocks to permanent civilian use shall be marked so as to identify Kestria as the transferring country.'],
        missing: ['The State may sell surplus firearms to licensed dealers.'],
      },
    },
  },
  {
    element: 'fp.8.2',
    proves: ['duty', 'permission', 'provision', 'institution'],
    concepts: [
      { id: 'industry', terms: {
        en: ['industry', 'manufacturer*', 'trade association*'],
        fr: ['industrie', 'fabricant*', 'profession*'],
        es: ['industria', 'fabricante*', 'sector'],
        ru: ['промышленност*', 'производител*', 'изготовител*'],
        ar: ['الصناعة', 'الصانع', 'المصنعين'],
        zh: ['工业', '制造企业', '行业'],
      } },
      { id: 'encourage', anchor: true, terms: {
        en: ['encourag*', 'promot*'],
        fr: ['encourag*', 'favoris*'],
        es: ['fomenta*', 'promov*', 'alent*'],
        ru: ['поощр*', 'содейств*', 'стимулир*'],
        ar: ['تشجيع', 'تشجع', 'حث'],
        zh: ['鼓励', '推动', '促进'],
      } },
      MARKING,
    ],
    examples: { en: { covered: ['The Minister shall encourage the firearms industry to develop measures against the removal or alteration of markings.'] } },
  },
];
