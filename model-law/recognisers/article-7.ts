/**
 * Article 7, record-keeping: records kept for not less than ten years (the period read in the cited record-keeping
 * clause only, never an age or a validity), holding the markings (7(a)) and the particulars of international
 * transactions (7(b): every item, transit countries where appropriate).
 */
import type { Facet, Recogniser } from '../schema.js';
import { CROSS_BORDER, L, MARKING, RECORD, REFERRED_ELSEWHERE } from './vocabulary.js';

/** Items of an international transaction shared by the licence (10.3) and the record (7.b). */
export const TRANSACTION_ITEMS: Facet[] = [
  {
    id: 'issue-date',
    label: L('date of issue', 'date de délivrance', 'fecha de expedición'),
    terms: {
      en: ['date of issue', 'issue date', 'date issued', 'issuance', 'date of grant', 'place and date of issue', 'place and date of issuance'],
      fr: ['date de délivrance', "date d'émission", 'date de la délivrance', 'délivr* date', 'lieu et date de délivrance'],
      es: ['fecha de expedición', 'fecha de emisión', 'fecha de otorgamiento', 'fecha de expedida', 'lugar y fecha de expedición'],
      ru: ['дат* выдачи', 'дат* оформлени*'],
      ar: ['تاريخ الإصدار', 'تاريخ إصدار', 'تاريخ منح'],
      zh: ['签发日期', '发证日期', '颁发日期'],
    },
  },
  {
    id: 'expiry-date',
    label: L('date of expiry', "date d'expiration", 'fecha de vencimiento'),
    terms: {
      en: ['expir*', 'valid until', 'period of validity', 'validity', 'period within which', 'time or period'],
      fr: ['expiration', 'validité', 'date de fin'],
      es: ['vencimiento', 'expiración', 'caducidad', 'vigencia'],
      ru: ['срок* действия', 'дат* окончания'],
      ar: ['تاريخ الانتهاء', 'مدة صلاحية', 'صلاحية', 'مدة سريان'],
      zh: ['有效期', '失效日期', '截止日期'],
    },
  },
  {
    id: 'export-country',
    label: L('country of export', "pays d'exportation", 'país de exportación'),
    terms: {
      en: ['country of export', 'exporting country', 'exporting State', 'country of origin', 'State of origin'],
      fr: ["pays d'exportation", 'État exportateur', 'pays exportateur', "pays d'origine", 'pays de provenance'],
      es: ['país de exportación', 'país exportador', 'Estado exportador', 'país de origen', 'país de procedencia'],
      ru: ['стран* экспорта', 'стран* вывоза', 'государств* экспорта', 'стран* происхождения'],
      ar: ['بلد التصدير', 'دولة التصدير', 'الدولة المصدرة', 'بلد المنشأ'],
      zh: ['出口国', '原产国', '发货国'],
    },
  },
  {
    id: 'import-country',
    label: L('country of import', "pays d'importation", 'país de importación'),
    terms: {
      en: ['country of import', 'importing country', 'importing State', 'country of destination', 'destination country', 'State of destination'],
      fr: ["pays d'importation", 'État importateur', 'pays importateur', 'pays de destination', 'État destinataire', 'État de destination'],
      es: ['país de importación', 'país importador', 'Estado importador', 'país de destino', 'Estado de destino'],
      ru: ['стран* импорта', 'стран* ввоза', 'стран* назначения', 'государств* импорта'],
      ar: ['بلد الاستيراد', 'دولة الاستيراد', 'الدولة المستوردة', 'بلد المقصد', 'الدولة التي يقصدها'],
      zh: ['进口国', '目的国', '目的地国'],
    },
  },
  {
    id: 'transit-countries',
    label: L('countries of transit', 'pays de transit', 'países de tránsito'),
    optional: true,
    terms: {
      en: ['country of transit', 'countries of transit', 'transit country', 'transit countries', 'transit State*', 'State* of transit'],
      fr: ['pays de transit', 'États de transit', 'État de transit'],
      es: ['países de tránsito', 'país de tránsito', 'Estados de tránsito'],
      ru: ['стран* транзита', 'государств* транзита'],
      ar: ['دول العبور', 'بلد العبور', 'الدول التي يمر بها'],
      zh: ['过境国', '转运国'],
    },
  },
  {
    id: 'final-recipient',
    label: L('final recipient', 'destinataire final', 'destinatario final'),
    terms: {
      en: ['final recipient', 'end user', 'end-user', 'ultimate consignee', 'consignee', 'recipient*'],
      fr: ['destinataire*', 'utilisateur final', 'destinataire ultime'],
      es: ['destinatario*', 'usuario final', 'consignatario'],
      ru: ['конечн* получател*', 'конечн* пользовател*', 'грузополучател*'],
      ar: ['المستلم النهائي', 'المستخدم النهائي', 'المرسل إليه'],
      zh: ['最终收货人', '最终用户', '收货人'],
    },
  },
  {
    id: 'description',
    label: L('description of the items', 'description des articles', 'descripción de los artículos'),
    terms: {
      en: ['=description', 'describ*', 'make and model', 'calibre', 'caliber', 'specif* the arm*', 'specif* the firearm*', 'specified in the permit', 'specified in the licen*'],
      fr: ['description', 'désignation', 'modèle', 'calibre', 'désignés dans la licence', "désignés dans l'autorisation"],
      es: ['descripción', 'modelo', 'calibre', 'especificad* en la licencia', 'especificad* en el permiso'],
      ru: ['описани*', 'модел*', 'калибр*'],
      ar: ['وصف', 'طراز', 'عيار', 'أنواع'],
      zh: ['品种', '型号', '种类', '口径'],
    },
  },
  {
    id: 'quantity',
    label: L('quantity', 'quantité', 'cantidad'),
    terms: {
      en: ['quantit*'],
      fr: ['quantit*'],
      es: ['cantidad*'],
      ru: ['количеств*'],
      ar: ['كمية', 'الكميات', 'عدد'],
      zh: ['数量'],
    },
  },
];

export const article7: Recogniser[] = [
  {
    element: 'fp.7',
    proves: ['register', 'duty', 'provision', 'permission', 'contents', 'institution'],
    concepts: [{ ...RECORD, anchor: true }],
    exclude: {
      en: ['imprison*', 'sentence*', 'years of age'],
      fr: ['emprisonnement', 'réclusion', 'ans révolus'],
      es: ['prisión', 'presidio', 'años de edad'],
      ru: ['лишени* свободы', 'возраст*'],
      ar: ['السجن', 'سن', 'عمره'],
      zh: ['有期徒刑', '周岁'],
    },
    checks: [{ kind: 'min-years', value: 10, label: L('records kept at least ten years', 'informations conservées au moins dix ans', 'registros conservados al menos diez años') }],
    examples: {
      zh: {
        partial: ['配售企业应当建立配售帐册，长期保管备查。'],
        missing: ['持枪人员应当妥善保管枪支。'],
      },
      ar: {
        partial: ['يجب على المرخص له أن ينظم سجلات خاصة بالأسلحة التي يبيعها.'],
        missing: ['يجب على حامل الترخيص حفظ السلاح في مكان آمن.'],
      },
      ru: {
        partial: ['Юридические лица обязаны вести учет оружия и патронов.'],
        missing: ['Граждане обязаны обеспечить хранение оружия в сейфе.'],
      },
      en: {
        covered: ['Every licensed dealer shall keep a register of all firearms received and disposed of, and shall retain the register for a period of not less than ten years.', 'The data shall be maintained in the information systems for 20 years.'],
        partial: ['Every licensed dealer shall keep a register of all firearms received and disposed of and retain it for five years.', 'The Inspector-General shall keep a register of all licences issued.'],
        missing: ['No licence shall be issued to a person under sixteen years of age.'],
      },
      fr: { partial: ['Les registres sont conservés pendant toute la durée de l’activité.'], covered: ['Le registre et les documents commerciaux sont conservés pendant dix ans.'] },
    },
  },
  {
    element: 'fp.7.a',
    proves: ['register', 'duty', 'provision', 'contents', 'permission'],
    concepts: [{ ...RECORD, anchor: true }, MARKING],
    exclude: {
      en: ['tamper*', 'falsif*', 'obliterat*'],
      fr: ['falsifi*', 'effac*'],
      es: ['falsific*', 'borr*'],
      ru: ['подделк*', 'уничтожени* маркировки'],
      ar: ['تزوير', 'طمس'],
      zh: ['伪造', '涂改'],
    },
    facets: [
      {
        id: 'serial-number',
        label: L('serial number', 'numéro de série', 'número de serie'),
        terms: {
          en: ['serial number*', 'identification number*', 'identifying number*'],
          fr: ['numéro de série', 'numéros de série'],
          es: ['número de serie', 'números de serie', 'numeración'],
          ru: ['серийн* номер*', 'заводск* номер*', 'номер* оружи*'],
          ar: ['الرقم التسلسلي', 'الرقم المتسلسل', 'رقم السلاح'],
          zh: ['序号', '序列号', '枪号', '编号'],
        },
        required: true,
      },
      {
        id: 'manufacturer',
        label: L('manufacturer', 'fabricant', 'fabricante'),
        terms: {
          en: ['manufacturer*', 'maker*', 'make', 'trademark', 'trade mark'],
          fr: ['fabricant*', 'marque'],
          es: ['fabricante*', 'marca'],
          ru: ['изготовител*', 'производител*'],
          ar: ['الصانع', 'الشركة المصنعة', 'اسم الصانع'],
          zh: ['制造厂', '制造企业', '厂名', '制造商'],
        },
      },
      {
        id: 'other-marks',
        label: L('the other markings of article 8', 'les autres marquages de l’article 8', 'las demás marcas del artículo 8'),
        terms: {
          en: ['=markings', '=marks', 'country of manufacture', '^import =mark', '^import =marking'],
          fr: ['marquages', 'pays de fabrication'],
          es: ['marcas', 'marcaje*', 'país de fabricación'],
          ru: ['маркировк*', 'клейм*'],
          ar: ['العلامات', 'الوسم', 'بلد الصنع'],
          zh: ['标记', '标识', '代码'],
        },
      },
    ],
    facetsForPartial: 0,
    // A register of "the markings" of every firearm holds all of them.
    // "The marking it bears", "the marks stamped on it", "los demás marcajes": every marking the firearm carries.
    wholeTerms: {
      en: ['=markings', 'marking* required by', 'marking it bears', 'markings it bears', 'marks stamped', 'other marks', 'marks applied under'],
      fr: ['=marquages', 'marquages prévus', '=marquage'],
      es: ['marcas de cada arma', 'marcaje de cada arma', 'marcajes del arma', 'demás marcajes', 'demás marcas', 'marcajes que lleve'],
      ru: ['маркировк* оружи*'],
      ar: ['علامات السلاح', 'وسم السلاح'],
      zh: ['枪支标记', '枪支标识'],
    },
    weaker: [
      {
        id: 'identification-only',
        concepts: [
          { ...RECORD, anchor: true },
          { id: 'identify', terms: {
            en: ['enable* it to be identified', 'identif* the firearm*', 'identif* the arm*', 'particulars relating to', '=particulars'],
            fr: ["identification de l'arme", "permettant d'identifier", 'caractéristiques des armes'],
            es: ['identificación del arma', 'identificar el arma', 'características del arma', 'datos del arma'],
            ru: ['идентификац*', 'модел* оружи*', 'сведени* об оружии'],
            // "Records on the forms the regulation sets" (سجلات خاصة وفقا للنماذج): their particulars are left to a form.
            ar: ['نوع السلاح', 'بيانات السلاح', 'أوصاف', 'مواصفات', 'وفقا للنماذج', 'النماذج التي تحددها'],
            zh: ['品种', '型号', '识别'],
          } },
        ],
        shortfall: L(
          'records identify the firearm, but are not required to hold its markings',
          'les registres identifient l’arme, mais ne doivent pas en reprendre les marquages',
          'los registros identifican el arma, pero no se exige que contengan sus marcas',
        ),
      },
    ],
    examples: {
      ar: {
        // The Saudi law's article 15: records whose particulars are left to the regulation's forms.
        partial: ['يجب على المرخص له باستيراد الأسلحة وكذلك المرخص له بشرائها وبيعها أن ينظم لها سجلات خاصة وفقا للنماذج والإجراءات التي تحددها اللائحة.'],
      },
      en: {
        covered: ['The register shall record, for each firearm, the name of the manufacturer, the serial number and the other markings required by section 8.'],
        partial: ['The dealer shall record in the register the make, model, calibre and serial number of each firearm sold.'],
        missing: ['Every firearm shall bear a serial number stamped on its frame.'],
      },
    },
  },
  {
    element: 'fp.7.b',
    proves: ['register', 'duty', 'provision', 'contents', 'permission'],
    concepts: [{ ...RECORD, anchor: true }, CROSS_BORDER],
    exclude: REFERRED_ELSEWHERE,
    facets: TRANSACTION_ITEMS,
    facetsForPartial: 0,
    examples: {
      en: {
        covered: ['The register of exports and imports shall record the dates of issue and expiry of each licence, the country of export, the country of import, the countries of transit, the final recipient, and a description and the quantity of the firearms.'],
        partial: ['Every person appointed to import firearms shall keep an account of all firearms imported.'],
        missing: ['The register of licences shall record the name of each licence holder.'],
      },
    },
  },
];
