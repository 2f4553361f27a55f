/**
 * Article 12, information. These are duties between States: a clause proves them only where it deals with other
 * States (domestic information-sharing between agencies is not international exchange).
 */
import type { Recogniser } from '../schema.js';
import { EXCHANGE, INTERNATIONAL } from './vocabulary.js';

const STATE_DUTY = ['duty', 'permission', 'provision', 'institution'] as const;

export const article12: Recogniser[] = [
  {
    element: 'fp.12.1',
    proves: [...STATE_DUTY],
    international: true,
    concepts: [
      { ...EXCHANGE, anchor: true },
      { id: 'operators', terms: { en: ['producer*', 'manufacturer*', 'dealer*', 'importer*', 'exporter*', 'carrier*', 'gunsmith*', 'armourer*', 'armorer*'], fr: ['producteur*', 'fabricant*', 'négociant*', 'armurier*', 'importateur*', 'exportateur*', 'transporteur*'], es: ['productor*', 'fabricante*', 'comerciante*', 'armer*', 'armería*', 'importador*', 'exportador*', 'transportista*'] } },
      INTERNATIONAL,
    ],
    examples: { en: { covered: ['The Registrar may exchange with other States information on authorised manufacturers, dealers, importers and exporters of firearms.'], missing: ['The police shall provide dealers with the numbers of lost permits.'] } },
  },
  {
    element: 'fp.12.2',
    proves: [...STATE_DUTY],
    international: true,
    concepts: [
      { ...EXCHANGE, anchor: true },
      { id: 'intelligence', terms: { en: ['criminal group*', 'concealment', 'route*', 'legislative experience*', 'means of concealment'], fr: ['groupes criminels', 'dissimulation', 'itinéraire*', 'expériences législatives'], es: ['grupos delictivos', 'grupos criminales', 'ocultación', 'ruta*', 'experiencias legislativas'] } },
      INTERNATIONAL,
    ],
    examples: { en: { covered: ['The police shall exchange with foreign States information on criminal groups, means of concealment and routes used in the illicit trafficking of firearms.'] } },
  },
  {
    element: 'fp.12.3',
    proves: [...STATE_DUTY],
    international: true,
    concepts: [
      { id: 'scientific', anchor: true, terms: { en: ['scientific', 'technolog*', 'forensic'], fr: ['scientifique*', 'technologi*', 'médico-légal'], es: ['científic*', 'tecnológic*', 'forense*'] } },
      { id: 'share', terms: { en: ['exchang*', '=share', '=sharing', 'provid*'], fr: ['échang*', 'partag*', 'fourni*'], es: ['intercambi*', 'compart*', 'proporcion*'] } },
      INTERNATIONAL,
    ],
    examples: { en: { covered: ['The Forensic Laboratory shall share scientific and technological information with foreign law enforcement authorities.'] } },
  },
  {
    element: 'fp.12.4',
    proves: [...STATE_DUTY],
    concepts: [
      { id: 'tracing', anchor: true, terms: { en: ['tracing', 'trace', 'traced', 'tracing request*'], fr: ['traçage', 'traçabilité', 'tracer'], es: ['rastreo', 'rastrear', 'trazabilidad', 'localización de armas', 'localización de las armas'], ru: ['отслеживани*'], ar: ['التعقب'], zh: ['追查'] } },
      { id: 'cooperate', terms: { en: ['request*', 'cooperat*', 'respond*', 'assist*'], fr: ['demande*', 'coopér*', 'répond*', 'assist*'], es: ['solicitud*', 'cooper*', 'respond*', 'asist*'], ru: ['запрос*', 'сотрудничеств*'], ar: ['طلب', 'تعاون'], zh: ['请求', '合作'] } },
      INTERNATIONAL,
    ],
    examples: { en: { covered: ['The Commissioner shall respond promptly to requests from other States for assistance in tracing firearms.'] } },
  },
  {
    element: 'fp.12.5',
    proves: [...STATE_DUTY, 'prohibition'],
    concepts: [
      { id: 'confidential', anchor: true, terms: { en: ['confidential*', 'secrecy'], fr: ['confidentiel*', 'confidentialité', 'secret*'], es: ['confidencial*', 'reserva*', 'secreto*'], ru: ['конфиденциальн*'], ar: ['سرية'], zh: ['保密'] } },
      { id: 'information', terms: { en: ['information', 'data'], fr: ['information*', 'données'], es: ['información', 'datos'], ru: ['информаци*'], ar: ['المعلومات'], zh: ['信息', '资料'] } },
      INTERNATIONAL,
    ],
    examples: { en: { covered: ['Information received from another State shall be kept confidential and used only for the purposes for which it was given.'] } },
  },
];

