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
      { id: 'operators', terms: {
        en: ['producer*', 'manufacturer*', 'dealer*', 'importer*', 'exporter*', 'carrier*', 'gunsmith*', 'armourer*', 'armorer*'],
        fr: ['producteur*', 'fabricant*', 'négociant*', 'armurier*', 'importateur*', 'exportateur*', 'transporteur*'],
        es: ['productor*', 'fabricante*', 'comerciante*', 'armer*', 'armería*', 'importador*', 'exportador*', 'transportista*'],
        ru: ['производител*', 'изготовител*', 'продав*', 'торгов*', 'импортер*', 'экспортер*', 'перевозчик*'],
        ar: ['المنتجين', 'الصانعين', 'التجار', 'المستوردين', 'المصدرين', 'الناقلين'],
        zh: ['生产商', '制造企业', '经销商', '进口商', '出口商', '承运人'],
      } },
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
      { id: 'intelligence', terms: {
        en: ['criminal group*', 'concealment', 'route*', 'legislative experience*', 'means of concealment'],
        fr: ['groupes criminels', 'dissimulation', 'itinéraire*', 'expériences législatives'],
        es: ['grupos delictivos', 'grupos criminales', 'ocultación', 'ruta*', 'experiencias legislativas'],
        ru: ['преступн* групп*', 'сокрыти*', 'маршрут*', 'законодательн* опыт*'],
        ar: ['الجماعات الإجرامية', 'الإخفاء', 'المسارات', 'الخبرات التشريعية'],
        zh: ['犯罪集团', '藏匿', '路线', '立法经验'],
      } },
      INTERNATIONAL,
    ],
    examples: { en: { covered: ['The police shall exchange with foreign States information on criminal groups, means of concealment and routes used in the illicit trafficking of firearms.'] } },
  },
  {
    element: 'fp.12.3',
    proves: [...STATE_DUTY],
    international: true,
    concepts: [
      { id: 'scientific', anchor: true, terms: {
        en: ['scientific', 'technolog*', 'forensic'],
        fr: ['scientifique*', 'technologi*', 'médico-légal'],
        es: ['científic*', 'tecnológic*', 'forense*'],
        ru: ['научн*', 'технологи*', 'криминалистическ*'],
        ar: ['العلمية', 'التكنولوجية', 'الأدلة الجنائية'],
        zh: ['科学', '技术', '刑事技术'],
      } },
      { id: 'share', terms: {
        en: ['exchang*', '=share', '=sharing', 'provid*'],
        fr: ['échang*', 'partag*', 'fourni*'],
        es: ['intercambi*', 'compart*', 'proporcion*'],
        ru: ['обмен*', 'предостав*', 'переда*'],
        ar: ['تبادل', 'تزويد', 'تقاسم'],
        zh: ['交换', '交流', '提供'],
      } },
      INTERNATIONAL,
    ],
    examples: { en: { covered: ['The Forensic Laboratory shall share scientific and technological information with foreign law enforcement authorities.'] } },
  },
  {
    element: 'fp.12.4',
    proves: [...STATE_DUTY],
    concepts: [
      { id: 'tracing', anchor: true, terms: {
        en: ['tracing', 'trace', 'traced', 'tracing request*'],
        fr: ['traçage', 'traçabilité', 'tracer'],
        es: ['rastreo', 'rastrear', 'trazabilidad', 'localización de armas', 'localización de las armas'],
        ru: ['отслеживани*', 'розыск* оружи*'],
        ar: ['تعقب', 'اقتفاء أثر', 'التتبع'],
        zh: ['追查', '追踪', '溯源'],
      } },
      { id: 'cooperate', terms: {
        en: ['request*', 'cooperat*', 'respond*', 'assist*'],
        fr: ['demande*', 'coopér*', 'répond*', 'assist*'],
        es: ['solicitud*', 'cooper*', 'respond*', 'asist*'],
        ru: ['запрос*', 'сотрудничеств*', 'содействи*', 'помощ*'],
        ar: ['طلب', 'التعاون', 'المساعدة', 'الاستجابة'],
        zh: ['请求', '合作', '协助', '答复'],
      } },
      INTERNATIONAL,
    ],
    examples: { en: { covered: ['The Commissioner shall respond promptly to requests from other States for assistance in tracing firearms.'] } },
  },
  {
    element: 'fp.12.5',
    proves: [...STATE_DUTY, 'prohibition'],
    concepts: [
      { id: 'confidential', anchor: true, terms: {
        en: ['confidential*', 'secrecy'],
        fr: ['confidentiel*', 'confidentialité', 'secret*'],
        es: ['confidencial*', 'reserva*', 'secreto*'],
        ru: ['конфиденциальн*', 'тайн*'],
        ar: ['سرية', 'السرية', 'كتمان'],
        zh: ['保密', '机密', '秘密'],
      } },
      { id: 'information', terms: {
        en: ['information', 'data'],
        fr: ['information*', 'données'],
        es: ['información', 'datos'],
        ru: ['информаци*', 'сведени*', 'данн*'],
        ar: ['المعلومات', 'البيانات'],
        zh: ['信息', '资料', '情报'],
      } },
      INTERNATIONAL,
    ],
    examples: { en: { covered: ['Information received from another State shall be kept confidential and used only for the purposes for which it was given.'] } },
  },
];

