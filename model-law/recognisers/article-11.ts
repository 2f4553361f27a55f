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
          en: ['security measures', 'secure storage', 'securely', 'safe custody', 'safekeeping', 'strong room', 'strongroom', 'safe storage', 'locked', 'against theft', 'against loss', 'prevent theft', 'secure the consignment', 'secured against', 'diversion'],
          fr: ['mesures de sécurité', 'conditions de sécurité', 'contre les vols', 'prémunir contre', 'prévenir le vol', 'prévenir les vols', 'détournement', 'coffre-fort', 'coffres-forts', 'local sécurisé', 'protection contre le vol', 'sûreté'],
          es: ['medidas de seguridad', 'condiciones de seguridad', 'custodia', 'contra robo*', 'contra el hurto', 'bóveda*', 'almacenamiento seguro', 'desvío*'],
          ru: ['сохранност*', 'хищени*'],
          ar: ['حفظ', 'أمن', 'سرقة'],
          zh: ['安全', '防盗', '保管'],
        },
      },
    ],
    exclude: { en: ['authentic*', 'metal detection', 'security exemplar'], fr: ['authentici*'], es: ['autentic*', 'seguridad ciudadana', 'servicios de seguridad'] },
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
      en: {
        covered: ['Manufacturers and dealers shall keep firearms in strong rooms secured against theft, and firearms imported, exported or in transit shall be kept secure against loss or theft.'],
        partial: ['A person who fails to lock away an arm in safe storage commits an offence.'],
        missing: ['The Security Exemplar shall be used to calibrate metal detection equipment.'],
      },
    },
  },
  {
    element: 'fp.11.b',
    proves: ['duty', 'permission', 'provision', 'institution'],
    concepts: [
      { id: 'border', anchor: true, terms: { en: ['border*', 'customs', 'frontier*', 'port* of entry'], fr: ['frontière*', 'douan*'], es: ['frontera*', 'aduan*'], ru: ['границ*', 'таможен*'], ar: ['الحدود', 'الجمارك'], zh: ['边境', '海关'] } },
      { id: 'control', terms: { en: ['control*', 'cooperat*', 'inspect*', 'check*', 'search*', 'examin*'], fr: ['contrôl*', 'coopér*', 'inspect*', 'vérifi*'], es: ['control*', 'cooperación', 'inspecci*', 'revis*'], ru: ['контрол*'], ar: ['مراقبة', 'تفتيش'], zh: ['管制', '检查'] } },
    ],
    examples: { en: { covered: ['Customs officers shall inspect consignments of firearms at every port of entry.'] } },
  },
];
