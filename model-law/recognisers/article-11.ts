/**
 * Article 11, security and preventive measures: firearms kept secure against theft, loss and diversion at
 * manufacture, import, export and transit (a); border, police and customs controls (b).
 */
import type { Recogniser } from '../schema.js';
import { EXPORT_WORDS, IMPORT_WORDS, L, MANUFACTURE, TRANSIT } from './vocabulary.js';

export const article11: Recogniser[] = [
  {
    element: 'fp.11.a',
    proves: ['duty', 'prohibition', 'provision', 'permission', 'offence', 'contents', 'institution'],
    concepts: [
      {
        id: 'security',
        anchor: true,
        terms: {
          en: ['security measures', 'secure storage', 'securely', 'safe custody', 'safekeeping', 'strong room', 'strongroom', 'safe storage', 'locked', 'against theft', 'against loss', 'prevent theft', 'secure the consignment', 'secured against', 'diversion', 'stored safely', 'kept safely'],
          fr: ['mesures de sécurité', 'conditions de sécurité', 'contre les vols', 'prémunir contre', 'prévenir le vol', 'prévenir les vols', 'détournement', 'coffre-fort', 'coffres-forts', 'local sécurisé', 'protection contre le vol', 'sûreté', 'en toute sécurité', 'conserv* avec prudence'],
          // Not "custodia" alone: an activity a law lists among those it regulates ("fabricación, comercio, custodia").
          es: ['medidas de seguridad', 'condiciones de seguridad', 'custodia correspondiente', 'custodia adecuada', 'bajo custodia', 'custodia segura', 'custodia policial', 'contra robo*', 'contra el hurto', 'bóveda*', 'almacenamiento seguro', 'desvío*', 'forma segura', 'manera segura'],
          ru: ['сохранност*', 'хищени*', 'утрат*', 'охран*', 'сейф*'],
          // Not "أمن" alone: "الإخلال بالأمن الداخلي" is public order, not keeping firearms safe.
          ar: ['وسائل السلامة', 'إجراءات السلامة', 'تدابير أمنية', 'الحفظ الآمن', 'التخزين الآمن', 'السرقة', 'الضياع', 'الفقدان'],
          // Not 安全 alone: 公共安全 is public safety.
          zh: ['安全保卫', '安全措施', '安全可靠', '防盗', '防止丢失', '被盗', '丢失', '妥善保管', '封闭式管理', '加封', '押运'],
        },
      },
    ],
    // Nor the lock or safe sold with a handgun to its buyer ("secure gun storage or safety device"): the buyer’s
    // storage, not the stock kept by makers and traders.
    exclude: {
      en: ['authentic*', 'metal detection', 'security exemplar', 'gun storage'],
      fr: ['authentici*'],
      es: ['autentic*', 'seguridad ciudadana', 'servicios de seguridad'],
      ru: ['подлинност*'],
      ar: ['الأمن الداخلي'],
      zh: ['公共安全', '社会治安'],
    },
    facets: [
      { id: 'manufacture', label: L('at manufacture', 'lors de la fabrication', 'en la fabricación'), terms: { ...MANUFACTURE.terms, en: [...MANUFACTURE.terms.en, 'factor*', 'producer*'], es: [...MANUFACTURE.terms.es, 'fábrica*', 'talleres'] } },
      { id: 'import', label: L('at import', "à l'importation", 'en la importación'), terms: IMPORT_WORDS },
      { id: 'export', label: L('at export', "à l'exportation", 'en la exportación'), terms: EXPORT_WORDS },
      { id: 'transit', label: L('in transit', 'en transit', 'en tránsito'), terms: TRANSIT },
    ],
    facetsAcrossClauses: true,
    facetsForCovered: 3,
    facetsForPartial: 0,
    examples: {
      zh: {
        covered: ['枪支制造、进口、出口和过境时，有关单位应当采取安全保卫措施，防止枪支被盗、丢失。'],
        partial: ['运输枪支必须使用安全可靠的封闭式运输设备，由专人押运。'],
        missing: ['为了维护公共安全，制定本法。'],
      },
      ar: {
        covered: ['يجب على المرخص لهم بصنع الأسلحة أو استيرادها أو تصديرها أو عبورها اتخاذ جميع وسائل السلامة لمنع السرقة والضياع.'],
        partial: ['يجب على التاجر اتخاذ جميع وسائل السلامة لتخزين الأسلحة.'],
        missing: ['يعاقب كل من أخل بالأمن الداخلي.'],
      },
      ru: {
        covered: ['При производстве, ввозе, вывозе и транзите оружия юридические лица обязаны обеспечить его сохранность и предотвращение хищений.'],
        partial: ['Оружие должно храниться в условиях, обеспечивающих его сохранность.'],
        missing: ['Настоящий закон направлен на обеспечение общественной безопасности.'],
      },
      en: {
        covered: ['Manufacturers and dealers shall keep firearms in strong rooms secured against theft, and firearms imported, exported or in transit shall be kept secure against loss or theft.'],
        partial: ['A person who fails to lock away an arm in safe storage commits an offence.'],
        missing: ['The Security Exemplar shall be used to calibrate metal detection equipment.', 'It shall be unlawful for any licensed importer, licensed manufacturer, or licensed dealer to sell any handgun unless the transferee is provided with a secure gun storage or safety device for that handgun.'],
      },
    },
  },
  {
    element: 'fp.11.b',
    proves: ['duty', 'permission', 'provision', 'institution'],
    concepts: [
      { id: 'border', anchor: true, terms: {
        en: ['border*', 'customs', 'frontier*', 'port* of entry'],
        fr: ['frontière*', 'douan*'],
        es: ['frontera*', 'aduan*'],
        ru: ['границ*', 'таможен*', 'пограничн*'],
        ar: ['الحدود', 'الجمارك', 'المنافذ', 'الجمركية'],
        zh: ['边境', '海关', '边防', '口岸'],
      } },
      { id: 'control', terms: {
        en: ['control*', 'cooperat*', 'inspect*', 'check*', 'search*', 'examin*'],
        fr: ['contrôl*', 'coopér*', 'inspect*', 'vérifi*'],
        es: ['control*', 'cooperación', 'inspecci*', 'revis*'],
        ru: ['контрол*', 'досмотр*', 'провер*'],
        ar: ['مراقبة', 'تفتيش', 'رقابة', 'فحص'],
        zh: ['管制', '检查', '查验', '申报'],
      } },
    ],
    examples: { en: { covered: ['Customs officers shall inspect consignments of firearms at every port of entry.'] } },
  },
];
