/**
 * Articles 13 and 14, cooperation, and training and technical assistance: State-level duties that a law proves
 * only where it speaks of other States, a national liaison body, or the industry.
 */
import type { Recogniser } from '../schema.js';
import { INTERNATIONAL } from './vocabulary.js';

const STATE_DUTY = ['duty', 'permission', 'provision', 'institution'] as const;

export const article13: Recogniser[] = [
  {
    element: 'fp.13.1',
    proves: [...STATE_DUTY],
    international: true,
    concepts: [{ id: 'cooperate', anchor: true, terms: {
      en: ['cooperat*', 'co-operat*', 'collaborat*', 'mutual assistance'],
      fr: ['coopér*', 'collabor*', 'entraide'],
      es: ['cooper*', 'colabor*', 'asistencia mutua'],
      ru: ['сотрудничеств*', 'взаимодейств*'],
      ar: ['التعاون', 'تتعاون'],
      zh: ['合作', '协作'],
    } }, INTERNATIONAL],
    examples: { en: { covered: ['The competent authorities shall cooperate with other States to prevent and combat illicit trafficking in firearms.'], missing: ['The police and the customs shall cooperate in enforcing this Act.'] } },
  },
  {
    element: 'fp.13.2',
    proves: [...STATE_DUTY],
    // Not the central authority of mutual legal assistance (UNTOC art 18(13)), which art 13(2) leaves aside.
    concepts: [
      { id: 'contact-point', anchor: true, terms: {
        // Not "a national body" alone: "un organisme national ou provincial de réglementation des sports de tir"
        // (Canada, art 97.1) is a sport's governing body.
        en: ['point of contact', 'contact point', 'focal point', 'national point of contact', 'interlocutor', 'national body liaison', 'central authority'],
        // "est l'interlocuteur pour toute question ... dans le domaine du traçage" (Switzerland, LArm art 31c).
        fr: ['point de contact', 'point focal', 'assure la liaison', 'interlocuteur', 'organe national de liaison', 'organisme national de liaison', 'autorité centrale'],
        es: ['punto de contacto', 'punto focal', 'enlace nacional', 'interlocutor', 'órgano nacional de enlace', 'organismo nacional de enlace', 'autoridad central'],
        ru: ['контактн* пункт*', 'национальн* орган*', 'координационн* центр*'],
        ar: ['جهة الاتصال', 'نقطة الاتصال', 'جهة وطنية', 'جهاز وطني'],
        zh: ['联络点', '联络机构', '国家机构', '联系点'],
      } },
      { id: 'liaison', terms: {
        en: ['liaison', 'other States', 'foreign', 'international*'],
        fr: ['liaison', 'autres États', 'étranger*', 'internationa*'],
        es: ['enlace', 'otros Estados', 'extranjer*', 'internacional*'],
        ru: ['связ*', 'других государств', 'иностранн*', 'международн*'],
        ar: ['الاتصال', 'التعاون الدولي', 'الدول الأخرى', 'الجهات الأجنبية', 'التنسيق'],
        zh: ['联络', '国际', '外国', '其他国家'],
      } },
    ],
    examples: {
      en: { covered: ['The Minister shall designate the Firearms Registry as the national point of contact to act as liaison with other States on matters relating to this Act.'], missing: ['This Ordinance is administered by the Police.'] },
      // Switzerland, LArm art 31c(2)(b bis).
      fr: { covered: ["L'office central traite les demandes de traçage présentées par une autorité étrangère; il est l'interlocuteur des autorités étrangères pour toute question d'ordre technique et opérationnel dans le domaine du traçage des armes à feu."] },
      zh: {
        covered: ['国务院公安部门为与其他国家就枪支问题进行联络的国家联络点。'],
        missing: ['县级以上公安机关主管本行政区域内的枪支管理工作。'],
      },
      ar: {
        covered: ['تكون الوزارة جهة الاتصال الوطنية للتنسيق مع الدول الأخرى في شؤون الأسلحة النارية.'],
        missing: ['الوزارة هي الجهة المختصة بتطبيق هذا النظام.'],
      },
      ru: {
        covered: ['Министерство внутренних дел является национальным контактным пунктом для связи с другими государствами по вопросам оружия.'],
        missing: ['Контроль за оборотом оружия осуществляет Министерство внутренних дел.'],
      },
    },
  },
  {
    element: 'fp.13.3',
    proves: [...STATE_DUTY],
    concepts: [
      { id: 'cooperate', anchor: true, terms: {
        en: ['cooperat*', 'co-operat*', 'support and cooperation'],
        fr: ['coopér*', 'concours', 'soutien', 'appui'],
        es: ['cooper*', 'apoyo', 'colabor*'],
        ru: ['сотрудничеств*', 'взаимодейств*'],
        ar: ['التعاون', 'تتعاون'],
        zh: ['合作', '协作'],
      } },
      { id: 'industry', terms: {
        en: ['manufacturer*', 'dealer*', 'industry', 'carrier*', 'brokers', 'gunsmith*', 'importer*', 'exporter*'],
        fr: ['fabricant*', 'armurier*', 'industrie', 'transporteur*', 'courtiers', 'négociant*', 'importateur*', 'exportateur*'],
        es: ['fabricante*', 'armer*', 'armería*', 'industria', 'transportista*', 'corredores', 'importador*', 'exportador*'],
        ru: ['производител*', 'изготовител*', 'продав*', 'перевозчик*', 'брокер*', 'промышленност*'],
        ar: ['الصانعين', 'التجار', 'الصناعة', 'الناقلين', 'الوسطاء'],
        zh: ['制造商', '制造企业', '经销商', '承运人', '行业'],
      } },
    ],
    examples: { en: { covered: ['The Minister shall seek the support and cooperation of manufacturers, dealers, importers, exporters, brokers and commercial carriers of firearms.'] } },
  },
  {
    element: 'fp.14',
    proves: [...STATE_DUTY],
    international: true,
    concepts: [
      { id: 'training', anchor: true, terms: {
        en: ['training', 'technical assistance', 'capacity building'],
        fr: ['formation', 'assistance technique', 'renforcement des capacités'],
        es: ['capacitación', 'asistencia técnica', 'formación', 'fortalecimiento de capacidades'],
        ru: ['подготовк*', 'обучени*', 'техническ* помощ*'],
        ar: ['التدريب', 'المساعدة التقنية', 'المساعدة الفنية', 'بناء القدرات'],
        zh: ['培训', '技术援助', '能力建设'],
      } },
      INTERNATIONAL,
    ],
    examples: { en: { covered: ['The Government shall cooperate with other States and international organisations in training and technical assistance to combat illicit trafficking in firearms.'] } },
  },
];
