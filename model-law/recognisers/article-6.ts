/**
 * Article 6, confiscation, seizure and disposal. Confiscation ordered as a penalty or by a court proves 6(1);
 * 6(2) is covered only with destruction and the three conditions on any other disposal (officially authorized,
 * firearms marked, method recorded).
 */
import type { Recogniser } from '../schema.js';
import { L } from './vocabulary.js';

const CONFISCATION = {
  id: 'confiscation',
  anchor: true,
  terms: {
    en: ['confiscat*', 'forfeit*'],
    fr: ['confisc*', 'confisqu*'],
    // "comiso" and its forms, not "comisaría" (a police station).
    es: ['decomis*', '=comiso', '=comisos', 'confisca*', '=decomisadas', '=decomisados'],
    ru: ['конфискаци*', 'конфискова*', 'обраще* в доход государства'],
    ar: ['مصادرة', 'تصادر', 'يصادر', 'المصادر', 'تؤول إلى الدولة'],
    // Not 收缴 (the police collecting a firearm) nor 扣押 (seizure): those are seizure.
    zh: ['没收', '予以没收'],
  },
};
const SEIZURE = {
  id: 'seizure',
  anchor: true,
  terms: {
    en: ['=seize', '=seizes', '=seized', '=seizure', '=seizing', '=detain', '=detained'],
    fr: ['=saisie', '=saisies', '=saisir', '=saisi', '=saisis'],
    es: ['incaut*', 'secuestr*', '=retención', '=retenidas'],
    ru: ['изъят*', 'изыма*'],
    ar: ['ضبط', 'يضبط', 'المضبوطات', 'التحفظ'],
    zh: ['扣押', '扣留', '收缴', '查封'],
  },
};
// Not "saisie" of data into a register, nor a court or a committee "saisi" of a matter ("il est saisi des éléments de
// preuve", "le comité saisi du projet de règlement": Canada, Loi sur les armes à feu, arts 75(2), 118(3)).
const SEIZURE_GUARD = {
  en: ['data entry', 'seizure of the data'],
  fr: ['saisie dans la banque de données', 'saisie dans le fichier', 'saisie dans le registre', 'saisie des données', 'saisie informatique', 'saisi* preuve*', 'saisi* projet', 'saisi* demande', 'saisi* requête', 'saisi* recours', 'saisi* affaire', 'tribunal saisi', 'juge saisi', 'comité saisi', 'cour saisie'],
  es: ['secuestro de personas'],
  ru: ['изъятие из оборота'],
  ar: ['ضبط الجودة'],
  zh: ['扣押证件'],
};

// The Protocol's article 6 is about firearms illicitly made or trafficked: a disposal rule for what a court confiscates
// for an offence proves it more than one for what an authority holds back from a dangerous owner.
const OFFENCE_CONTEXT = {
  en: ['illicit*', 'unlawful*', 'illegal*', 'traffick*', 'smuggl*', '=offence', '=offences', 'convict*'],
  fr: ['illicite*', 'illégal*', 'trafic', 'contrebande', '=infraction', '=infractions', 'jugement', 'condamn*'],
  es: ['ilícit*', 'ilegal*', 'tráfico', 'contrabando', 'delito*', 'sentencia', 'condena*'],
};

export const article6: Recogniser[] = [
  {
    element: 'fp.6.1',
    proves: ['offence', 'infraction', 'permission', 'duty', 'provision', 'prohibition'],
    concepts: [CONFISCATION],
    // Confiscation a court orders, or a criminal penalty: an administrative authority's confiscation alone falls short.
    facets: [
      {
        id: 'judicial',
        label: L('ordered by a court or as a criminal penalty', 'ordonnée par une juridiction ou à titre de peine', 'ordenado por un tribunal o como pena'),
        // Confiscation the law itself attaches to a crime needs no court named.
        terms: {
          en: ['court', 'convicted', 'conviction', 'sentence', 'judge', 'imprisonment'],
          fr: ['jugement', 'juridiction', 'tribunal', 'condamn*', 'peine*', 'emprisonnement'],
          es: ['sentencia', 'juez', 'jueces', 'tribunal', 'condena*', 'pena', 'penal*', 'fiscal*', 'delito*'],
          ru: ['суд*', 'приговор*', 'осужден*', 'наказани*'],
          ar: ['المحكمة', 'حكم قضائي', 'بحكم', 'الحكم', 'العقوبة', 'العقوبات'],
          zh: ['人民法院', '判决', '判处', '刑罚'],
        },
        characters: ['offence'],
        required: true,
      },
    ],
    facetsAcrossClauses: true,
    facetsForPartial: 0,
    weaker: [
      {
        id: 'seizure-not-confiscation',
        concepts: [SEIZURE],
        shortfall: L('seizure is provided for, but not confiscation', 'la saisie est prévue, mais non la confiscation', 'se prevé la incautación, pero no el decomiso'),
      },
    ],
    exclude: SEIZURE_GUARD,
    examples: {
      zh: {
        covered: ['人民法院判决有罪的，应当没收犯罪所用的枪支和弹药。'],
        partial: ['公安机关对非法持有的枪支，应当予以扣押。'],
        missing: ['持枪证件遗失的，应当及时向公安机关报告。'],
      },
      ar: {
        covered: ['يصادر بحكم قضائي جميع ما يضبط من أسلحة وذخائر.'],
        partial: ['لرجال الأمن ضبط الأسلحة غير المرخصة.'],
        missing: ['يجب على المرخص له إبلاغ الشرطة عن فقدان سلاحه.'],
      },
      ru: {
        covered: ['Оружие, являющееся орудием преступления, подлежит конфискации по приговору суда.'],
        partial: ['Сотрудники полиции вправе изъять оружие у лица, не имеющего разрешения.'],
        missing: ['Владелец оружия обязан сообщить в полицию о его утрате.'],
      },
      en: {
        covered: ['Where a person is convicted of an offence under this Act, the court may order that the firearms and ammunition in respect of which the offence was committed be forfeited to the State.'],
        partial: ['A police officer may seize any firearm found in the possession of a person without a licence.'],
        missing: ['The licence holder shall report to the nearest police station.'],
      },
      fr: { covered: ['La confiscation des armes et des munitions est ordonnée par le même jugement.'] },
      es: {
        covered: ['La sentencia respectiva dispondrá en todo caso el comiso de las armas.'],
        missing: ['El titular deberá comunicar a la comisaría de la jurisdicción la realización del espectáculo.'],
      },
    },
  },
  {
    element: 'fp.6.2',
    proves: ['offence', 'infraction', 'permission', 'duty', 'provision', 'prohibition'],
    concepts: [
      // What becomes of them: destroyed, sold, given to a museum, kept by the State or its forces.
      {
        id: 'seized',
        anchor: true,
        terms: {
          en: [...SEIZURE.terms.en, 'confiscat*', 'forfeit*', 'surrendered'],
          fr: [...SEIZURE.terms.fr, 'confisqu*', 'confisc*', 'remis*'],
          es: [...SEIZURE.terms.es, ...CONFISCATION.terms.es],
          ru: [...SEIZURE.terms.ru, ...CONFISCATION.terms.ru, 'сданн*'],
          ar: [...SEIZURE.terms.ar, ...CONFISCATION.terms.ar],
          // Firearms handed in or collected by the police (上缴, 收缴) are disposed of as seized ones are.
          zh: [...SEIZURE.terms.zh, ...CONFISCATION.terms.zh, '上缴'],
        },
      },
      {
        id: 'disposal',
        terms: {
          en: ['destr*', '=disposes', 'disposal', 'sold', '=sale', 'auction*', 'rendered unusable', 'museum*', 'vest in the State', 'vests in the State', 'property of the State'],
          fr: ['détrui*', 'destruction', 'aliénation', 'aliéné*', 'vendu*', 'vente', 'hors d’usage', "hors d'usage", 'mise hors', 'remis* au service', 'musée*', "propriété de l'État", "remis* à l'État"],
          es: ['destru*', 'destino final', 'subasta*', 'remat*', 'vent*', 'inservible*', 'inutiliz*', 'asignad*', 'museo*', 'propiedad del Estado', 'bajo el control de las Fuerzas'],
          ru: ['уничтож*', 'реализаци*', 'утилизаци*'],
          ar: ['إتلاف', 'يتلف', 'تتلف', 'التصرف'],
          zh: ['销毁', '处置', '拍卖'],
        },
      },
    ],
    facets: [
      {
        id: 'destruction',
        label: L('destruction', 'destruction', 'destrucción'),
        terms: {
          en: ['destr*'],
          fr: ['détrui*', 'destruction'],
          es: ['destru*'],
          ru: ['уничтож*'],
          ar: ['إتلاف', 'يتلف', 'تتلف'],
          zh: ['销毁'],
        },
        required: true,
      },
      {
        id: 'authorised',
        label: L('other disposal officially authorized', 'autre disposition officiellement autorisée', 'otra disposición autorizada oficialmente'),
        terms: {
          en: ['authoris*', 'authoriz*', 'approv*', 'written consent', 'special order'],
          fr: ['autoris*', 'décision'],
          es: ['autoriz*', 'autoric*', 'determine', 'resolución'],
          ru: ['разрешени*', 'решени* уполномоченн*'],
          ar: ['بقرار', 'بإذن', 'موافقة'],
          zh: ['批准'],
        },
      },
      {
        id: 'marked',
        label: L('firearms marked before other disposal', 'armes marquées avant toute autre disposition', 'armas marcadas antes de otra disposición'),
        terms: {
          en: ['=marked', '=marking', '=stamped', 'identification number'],
          fr: ['=marquées', '=marqués', 'marquage*', 'poinçon*'],
          es: ['marcad*', 'marcar*', 'marcaje', 'marcación'],
          ru: ['маркир*'],
          ar: ['وسم', 'موسوم'],
          zh: ['标记', '标识'],
        },
      },
      {
        id: 'recorded',
        label: L('method of disposal recorded', 'méthode de disposition enregistrée', 'método de disposición registrado'),
        terms: {
          en: ['record*', 'register*'],
          fr: ['enregistr*', 'registre*', 'consign*', 'procès-verbal'],
          es: ['registr*', 'consign*', 'acta', 'constancia'],
          ru: ['учет*', 'учёт*', 'регистрац*'],
          ar: ['سجل', 'تسجيل', 'محضر'],
          zh: ['登记', '记录', '备案'],
        },
      },
    ],
    facetsAcrossClauses: true,
    facetsForPartial: 0,
    support: OFFENCE_CONTEXT,
    exclude: SEIZURE_GUARD,
    weaker: [
      {
        id: 'seized-held',
        concepts: [SEIZURE],
        shortfall: L(
          'seized items are held, but there is no rule on their destruction or on marking and recording any other disposal',
          'les biens saisis sont conservés, mais rien ne prévoit leur destruction ni le marquage et l’enregistrement d’une autre disposition',
          'los bienes incautados se conservan, pero nada prevé su destrucción ni el marcado y registro de otra disposición',
        ),
      },
    ],
    examples: {
      en: {
        covered: ['Firearms seized or forfeited under this Act shall be destroyed, unless another disposal is authorised by the Minister in writing, in which case the firearms shall first be marked and the method of disposal recorded in the register.'],
        partial: ['Any firearm forfeited under this Act may be sold or otherwise disposed of as the Court directs.'],
        missing: ['The date of the seizure of the data in the register shall be recorded.'],
      },
    },
  },
];
