/**
 * Article 15, brokers and brokering (must consider). A clause about brokering proves these only where it says
 * who brokers ("courtier", "broker", "intermédiaire en armes"), never the everyday "par l'intermédiaire de".
 */
import type { Recogniser, Terms } from '../schema.js';
import { BROKER, EXCHANGE, EXEMPTION, L, LICENCE, RECORD, REQUIRES } from './vocabulary.js';

// "Through the intermediary of the consulate": the everyday phrase, not a broker. (The French and Spanish broker words
// leave out "intermédiaire" and "intermedio" alone, so "par l'intermédiaire de" never matches.)
const THROUGH: Terms = {
  en: ['through the intermediary', 'through an intermediary', 'through intermediaries'],
  fr: [] as string[],
  es: [] as string[],
  ru: ['через посредник*'],
  ar: ['عن طريق وسيط'],
  zh: ['通过中介'],
};
const merge = (a: Terms, b: Terms): Terms => ({
  en: [...a.en, ...b.en],
  fr: [...a.fr, ...b.fr],
  es: [...a.es, ...b.es],
  ru: [...(a.ru ?? []), ...(b.ru ?? [])],
  ar: [...(a.ar ?? []), ...(b.ar ?? [])],
  zh: [...(a.zh ?? []), ...(b.zh ?? [])],
});

// Brokering named among the activities of another trade the law defines (a "dealer"): the law reaches brokers only
// through that trade's own licence or registration.
const WITHIN_DEALING = (lacking: { en: string; fr: string; es: string }) => ({
  id: 'brokering-within-dealing',
  concepts: [BROKER],
  inDefinitionOfAnother: true,
  shortfall: L(
    `brokering is one of the activities of a trade the law defines and regulates; ${lacking.en}`,
    `le courtage est l’une des activités d’un métier que la loi définit et encadre ; ${lacking.fr}`,
    `el corretaje es una de las actividades de un oficio que la ley define y regula; ${lacking.es}`,
  ),
});

export const article15: Recogniser[] = [
  {
    element: 'fp.15.1.a',
    // Brokers entered in a register (the clause is then tagged a register); the register a broker keeps of its own
    // operations has no word of registration and stays record-keeping.
    proves: ['duty', 'prohibition', 'provision', 'permission', 'institution', 'register'],
    partialOnly: [
      { character: 'definition', id: 'brokering-only-defined', shortfall: L('brokering is defined, but brokers are not registered', 'le courtage est défini, mais les courtiers ne sont pas enregistrés', 'el corretaje se define, pero los corredores no se registran') },
      { character: 'offence', id: 'brokering-only-punished', shortfall: L('an offence presupposes the rule on brokers, which is not set here', 'une infraction suppose la règle applicable aux courtiers, qui n’est pas posée ici', 'un delito presupone la norma aplicable a los corredores, que no se establece aquí') },
    ],
    exclude: merge(THROUGH, EXEMPTION),
    // Brokers entered in a register; not the register a broker keeps of its own operations.
    weaker: [WITHIN_DEALING({ en: 'brokers are not registered as such', fr: 'les courtiers ne sont pas enregistrés en tant que tels', es: 'los corredores no se registran como tales' })],
    concepts: [BROKER, { id: 'registration', terms: {
      en: ['registered', 'registration', 'enrol*', 'register of brokers', 'registry of brokers'],
      fr: ['inscri*', 'enregistrement des courtiers', 'enregistrement des intermédiaires', 'registre des courtiers', 'registre des intermédiaires'],
      es: ['registrad*', 'inscri*', 'padrón', 'registro de corredores', 'registro de intermediarios'],
      ru: ['регистрац*', 'реестр* брокер*', 'зарегистрирова*'],
      ar: ['تسجيل', 'قيد', 'سجل الوسطاء'],
      zh: ['登记', '注册', '备案'],
    } }],
    examples: {
      zh: {
        covered: ['从事枪支中介活动的，应当向国务院公安部门办理登记。'],
        missing: ['申请人可以通过中介机构提交申请材料。'],
      },
      ar: {
        covered: ['لا يجوز لأي شخص ممارسة الوساطة في الأسلحة النارية ما لم يكن مسجلا في سجل الوسطاء لدى الوزارة.'],
        // "By means of" (بوساطة) in the Saudi law's definition of air rifles: no broker.
        missing: ['يقدم الطلب بواسطة الوزارة.', 'أسلحة التمرين والبنادق الهوائية : أسلحة رماية دون بارود وينطلق مقذوفها بوساطة ضغط الهواء أو دفع نابض.'],
      },
      ru: {
        covered: ['Брокерская деятельность в области оружия допускается только после регистрации брокера в реестре, который ведет уполномоченный орган.'],
        missing: ['Документы подаются через посредника или лично.'],
      },
      en: {
        covered: ['No person shall act as a broker in firearms unless registered in the Register of Brokers kept by the Minister.'],
        partial: ['In this Act, "dealer" means any person who manufactures, sells or acts as a broker for the acquisition or sale of firearms.'],
        missing: ['The licence shall be issued through the intermediary of the Ministry.', 'In this Act, "broker" means any person who acts as a broker for the acquisition or sale of firearms.'],
      },
    },
  },
  {
    element: 'fp.15.1.b',
    proves: ['duty', 'prohibition', 'provision', 'permission'],
    partialOnly: [
      { character: 'definition', id: 'brokering-only-defined', shortfall: L('brokering is defined, but no licence to broker is required', 'le courtage est défini, mais aucune autorisation de courtage n’est exigée', 'el corretaje se define, pero no se exige licencia para ejercerlo') },
      { character: 'offence', id: 'brokering-only-punished', shortfall: L('an offence punishes brokering without authorization, but the licensing of brokers is not set here', 'une infraction punit le courtage sans autorisation, mais l’autorisation des courtiers n’est pas organisée ici', 'un delito castiga el corretaje sin autorización, pero la licencia de los corredores no se regula aquí') },
    ],
    concepts: [BROKER, LICENCE],
    rule: REQUIRES,
    weaker: [WITHIN_DEALING({ en: 'no licence to broker as such is required', fr: 'aucune autorisation de courtage en tant que telle n’est exigée', es: 'no se exige licencia de corretaje como tal' })],
    // A licence that names the brokers is 15(1)(c); an exemption is no licence.
    exclude: merge(THROUGH, {
      en: ['name of the broker*', 'identity of any broker', ...EXEMPTION.en],
      fr: ['nom du courtier', "l'identité de tout courtier", ...EXEMPTION.fr],
      es: ['nombre del corredor', 'nombre y domicilio del intermediario', ...EXEMPTION.es],
      ru: ['наименовани* брокер*', ...EXEMPTION.ru!],
      ar: ['اسم الوسيط', ...EXEMPTION.ar!],
      zh: ['中介名称', ...EXEMPTION.zh!],
    }),
    examples: {
      en: {
        covered: ['No person shall engage in brokering activities in firearms without a brokering licence issued by the Minister.'],
        // "Through the intermediary of" is not a broker; "authority" is not an authorisation.
        missing: ['The licence shall be delivered through the intermediary of the consulate.', 'The competent authority may share information on brokers with the authorities of other States.'],
      },
      fr: { covered: ["L'activité de leurs intermédiaires ne peut s'exercer qu'après autorisation de l'État et sous son contrôle."], missing: ["L'autorisation est délivrée par l'intermédiaire du ministère de l'intérieur."] },
    },
  },
  {
    element: 'fp.15.1.c',
    // A unit that first forbids brokering without registration may then say what licences name (one character per
    // unit); not a register, which is the broker's own record of its operations.
    proves: ['contents', 'duty', 'provision', 'permission', 'prohibition'],
    exclude: merge(THROUGH, EXEMPTION),
    concepts: [
      BROKER,
      { id: 'named', terms: {
        en: ['name*', 'identit*', 'identif*', 'address*', 'location*'],
        fr: ['nom', 'noms', 'identit*', 'adresse*'],
        es: ['nombre*', 'identidad*', 'identific*', 'domicilio*'],
        ru: ['наименовани*', 'имя', 'имени', 'адрес*'],
        ar: ['اسم', 'أسماء', 'عنوان', 'هوية'],
        zh: ['名称', '姓名', '地址'],
      } },
      { ...LICENCE, id: 'licence' },
    ],
    facets: [
      {
        id: 'name',
        label: L('names of brokers', 'noms des courtiers', 'nombres de los corredores'),
        terms: {
          en: ['name*', 'identit*'],
          fr: ['nom', 'noms', 'identit*', 'raison sociale'],
          es: ['nombre*', 'identidad*', 'razón social'],
          ru: ['наименовани*', 'имя', 'имени'],
          ar: ['اسم', 'أسماء'],
          zh: ['名称', '姓名'],
        },
      },
      {
        id: 'location',
        label: L('locations of brokers', 'adresses des courtiers', 'domicilios de los corredores'),
        terms: {
          en: ['address*', 'location*', 'place of business', 'domicile'],
          fr: ['adresse*', 'domicile', 'siège'],
          es: ['domicilio*', 'dirección*', 'ubicación', 'sede'],
          ru: ['адрес*', 'местонахождени*'],
          ar: ['عنوان', 'مقر'],
          zh: ['地址', '所在地'],
        },
      },
    ],
    examples: { en: { covered: ['Every import and export licence shall state the name and address of any broker involved in the transaction.'] } },
  },
  {
    element: 'fp.15.2',
    proves: ['duty', 'permission', 'provision', 'register'],
    concepts: [BROKER, { id: 'information', terms: {
      en: [...EXCHANGE.terms.en, ...RECORD.terms.en],
      fr: [...EXCHANGE.terms.fr, ...RECORD.terms.fr],
      es: [...EXCHANGE.terms.es, ...RECORD.terms.es],
      ru: [...EXCHANGE.terms.ru!, ...RECORD.terms.ru!],
      ar: [...EXCHANGE.terms.ar!, ...RECORD.terms.ar!],
      zh: [...EXCHANGE.terms.zh!, ...RECORD.terms.zh!],
    } }],
    examples: { en: { covered: ['The Registrar shall keep records of brokers and of their activities and share information on them with other States.'] } },
  },
];
