/**
 * Article 5, criminalization. Only a criminal offence proves these elements; an administrative infraction or fine
 * proves at most a partial ("the sanction is administrative, not criminal"). Each offence is covered only with all
 * of its limbs.
 */
import type { Recogniser } from '../schema.js';
import { EXPORT_WORDS, IMPORT_WORDS, L, MANUFACTURE, MARKING, TRANSIT, UNLAWFUL } from './vocabulary.js';

const ADMINISTRATIVE = {
  character: 'infraction' as const,
  id: 'sanction-administrative',
  shortfall: L(
    'the conduct is sanctioned only as an administrative infraction, not as a criminal offence',
    'le comportement n’est sanctionné que comme une infraction administrative, non comme une infraction pénale',
    'la conducta solo se sanciona como infracción administrativa, no como delito',
  ),
};

const UNMARKED = {
  en: ['unmarked', 'not marked', 'without marking*', 'not bearing the marking*'],
  fr: ['non marqué*', 'sans marquage*', 'dépourvu* des marquages', 'dépourvu* de marquage*'],
  es: ['no marcad*', 'sin marcaje', 'sin marcación', 'sin marcas', 'carente* de marca*'],
  ru: ['немаркированн*', 'без маркировки', 'не имеющ* маркировки'],
  ar: ['غير موسوم', 'غير موسومة', 'دون وسم', 'بدون وسم', 'بدون علامات'],
  zh: ['无号', '未标记', '无标记', '无标识', '没有编号'],
};

/**
 * An attempt to commit an offence, or to do what the law's offences punish: "attempts or conspires to do so", "an
 * attempt to commit", "attempts to import". Not the attempted use of force in a definition of violence, an attempt to
 * resist arrest, or an attempt to obtain a permit by fraud ("tente d'obtenir"): none is an attempt at making or
 * trafficking firearms.
 */
const ATTEMPT_EN = ['attempt* commit*', 'attempt* conspir*', 'attempt* offence*', 'attempt* offense*', 'attempt* punish*', 'attempt* =import', 'attempt* export*', 'attempt* manufactur*', 'attempt* =sell', 'attempt* transfer*', 'attempt* acquir*', 'attempt* procur*', 'attempt* traffic*', 'attempt* smuggl*'];
const ATTEMPT_FR = ['tentative', 'tent* commettre', 'tenté* commettre'];

export const article5: Recogniser[] = [
  {
    element: 'fp.5.1.a',
    proves: ['offence'],
    partialOnly: [ADMINISTRATIVE],
    concepts: [{ ...MANUFACTURE, anchor: true }, UNLAWFUL],
    exclude: {
      en: ['reactivat*'],
      fr: ['réactiv*'],
      es: ['reactiv*'],
      ru: ['восстановлени* боев* свойств*'],
      ar: ['إعادة تنشيط', 'إعادة تفعيل'],
      zh: ['恢复射击功能'],
    },
    facets: [
      {
        id: 'unlicensed',
        label: L('without a licence or authorization', 'sans licence ou autorisation', 'sin licencia o autorización'),
        required: true,
        terms: {
          en: ['without', 'unlicensed', 'not licensed', 'except under', 'otherwise than', '=contrary', 'unless'],
          fr: ['sans', 'non autoris*', 'méconnaissance', '=violation'],
          es: ['sin', 'no autoriz*', 'contraven*'],
          ru: ['без лицензии', 'без разрешения', 'незаконн*'],
          // A law that reserves manufacture to the State punishes any private manufacture ("كل من ثبت قيامه بصنع"): smuggling and breach are unlicensed too.
          ar: ['دون ترخيص', 'بدون ترخيص', 'غير مرخص', 'إلا بترخيص', 'تهريب', 'مخالفة'],
          zh: ['非法', '未经', '擅自', '私自', '无证'],
        },
      },
      {
        id: 'unmarked',
        label: L('without marking the firearms', 'sans marquer les armes', 'sin marcar las armas'),
        terms: {
          en: ['unmarked', 'not marked', 'without marking', 'without the marking*', 'without a serial number'],
          // "sans les marquer" (Switzerland, LArm art 33(1)(f)).
          fr: ['sans marquage', 'non marqué*', 'sans avoir appliqué les marquages', 'sans les marquer', 'sans marquer'],
          es: ['sin marcaje', 'sin marcación', 'no marcad*', 'sin marca*', 'sin marcar*'],
          ru: ['без маркировки', 'немаркированн*', 'без нанесения маркировки'],
          ar: ['غير موسوم', 'غير موسومة', 'دون وسم', 'بدون وسم'],
          zh: ['无号', '未标记', '无标记', '没有编号'],
        },
      },
      {
        id: 'trafficked-parts',
        label: L('from illicitly trafficked parts and components', 'à partir de pièces ayant fait l’objet d’un trafic illicite', 'a partir de piezas objeto de tráfico ilícito'),
        terms: {
          en: ['trafficked parts', 'illicitly trafficked', 'illicitly obtained parts', 'illegally imported parts'],
          fr: ['trafic illicite', 'pièces ou éléments illicitement'],
          es: ['tráfico ilícito', 'piezas ilícitamente'],
          ru: ['незаконно перемещенн*', 'незаконно ввезенн*', 'незаконно приобретенн* част*'],
          ar: ['قطع مهربة', 'أجزاء مهربة', 'الاتجار غير المشروع'],
          zh: ['非法贩运', '走私的零部件', '非法获得的零部件'],
        },
      },
    ],
    // The licence limb and one other: the marking limb or the trafficked-parts limb.
    facetsForCovered: 2,
    wholeTerms: {
      en: ['illicit manufactur*', 'illicitly manufactur*'],
      fr: ['fabrication illicite'],
      es: ['fabricación ilícita'],
      // Not in Arabic, Russian or Chinese: "незаконное изготовление", "非法制造", "الاتجار غير المشروع" are the everyday
      // names of the unlicensed act in those laws, not a term defined with the Protocol's limbs.
    },
    facetsForPartial: 0,
    facetsAcrossClauses: true,
    examples: {
      zh: {
        covered: ['未经许可制造枪支，或者利用非法贩运的零部件装配枪支，或者制造无号枪支的，处三年以上七年以下有期徒刑。'],
        partial: ['未经许可制造枪支的，处三年以下有期徒刑。'],
        missing: ['任何单位或者个人不得制造枪支。'],
      },
      ar: {
        covered: ['يعاقب بالسجن مدة لا تتجاوز عشر سنوات كل من صنع سلاحا ناريا دون ترخيص، أو جمعه من قطع مهربة، أو صنعه دون وسم.'],
        partial: ['يعاقب بالسجن مدة لا تتجاوز خمس سنوات كل من صنع سلاحا ناريا دون ترخيص.'],
        missing: ['يحظر صنع الأسلحة النارية دون ترخيص من الوزير.'],
      },
      ru: {
        covered: ['Незаконное изготовление огнестрельного оружия без лицензии, сборка оружия из незаконно перемещенных частей или изготовление оружия без маркировки наказываются лишением свободы на срок до восьми лет.'],
        partial: ['Незаконное изготовление огнестрельного оружия наказывается лишением свободы на срок до пяти лет.'],
        missing: ['Изготовление оружия без лицензии запрещается.'],
      },
      en: {
        partial: ['Any person who manufactures a firearm without a licence commits an offence and is liable on conviction to imprisonment for five years.', 'A person commits a minor offence if he assembles a firearm contrary to Section 8 and shall be fined up to CZK 50,000.'],
        covered: ['Any person who manufactures or assembles a firearm without a licence, or from parts illicitly trafficked, or who manufactures an unmarked firearm, commits an offence and is liable on conviction to imprisonment for ten years.'],
        missing: ['No person shall manufacture a firearm without a licence issued by the Minister.'],
      },
      fr: { partial: ['Est puni de sept ans d’emprisonnement le fait de se livrer à la fabrication d’armes sans autorisation.'] },
      es: { partial: ['Los que fabricaren armas de fuego sin la autorización a que se refiere el artículo 4 serán sancionados con la pena de presidio menor.'] },
    },
  },
  {
    element: 'fp.5.1.b',
    proves: ['offence'],
    partialOnly: [ADMINISTRATIVE],
    concepts: [
      {
        id: 'trafficking',
        anchor: true,
        terms: {
          en: ['traffick*', '=traffic', '=traffics', 'smuggl*', 'gun-running', ...IMPORT_WORDS.en, 'export*', ...TRANSIT.en],
          fr: ['trafic*', 'contrebande', ...IMPORT_WORDS.fr, 'export*', ...TRANSIT.fr, 'transfert*', 'transport*'],
          es: ['tráfico*', 'trafica*', 'contrabando', 'trasiego', ...IMPORT_WORDS.es, 'export*', 'tránsito', 'internaren', 'introduz*', 'traslad*'],
          ru: ['контрабанд*', 'незаконн* перемещени*', 'незаконн* оборот*', ...IMPORT_WORDS.ru!, ...EXPORT_WORDS.ru!, ...TRANSIT.ru!],
          ar: ['الاتجار', 'تهريب', 'مهرب', ...IMPORT_WORDS.ar!, ...EXPORT_WORDS.ar!, ...TRANSIT.ar!],
          zh: ['走私', '贩运', ...IMPORT_WORDS.zh!, ...EXPORT_WORDS.zh!, ...TRANSIT.zh!],
        },
      },
      // Dealing in unmarked firearms is illicit trafficking in itself (article 3(e)).
      {
        ...UNLAWFUL,
        terms: {
          ...UNLAWFUL.terms,
          en: [...UNLAWFUL.terms.en!, ...UNMARKED.en],
          fr: [...UNLAWFUL.terms.fr!, ...UNMARKED.fr],
          es: [...UNLAWFUL.terms.es!, ...UNMARKED.es],
          ru: [...UNLAWFUL.terms.ru!, ...UNMARKED.ru],
          ar: [...UNLAWFUL.terms.ar!, ...UNMARKED.ar],
          zh: [...UNLAWFUL.terms.zh!, ...UNMARKED.zh],
        },
      },
    ],
    facets: [
      { id: 'import', label: L('import', 'importation', 'importación'), terms: IMPORT_WORDS },
      { id: 'export', label: L('export', 'exportation', 'exportación'), terms: EXPORT_WORDS },
      { id: 'transit', label: L('transit', 'transit', 'tránsito'), terms: TRANSIT },
      { id: 'unmarked', label: L('firearms not marked', 'armes non marquées', 'armas no marcadas'), terms: UNMARKED },
    ],
    facetsAcrossClauses: true,
    facetsForPartial: 0,
    // An offence of "illicit trafficking" takes in every limb of the law's definition of it.
    wholeTerms: {
      en: ['illicit traffick*', 'illicitly traffick*', 'illicit traffic'],
      fr: ['trafic illicite'],
      es: ['tráfico ilícito'],
      // Not in Arabic, Russian or Chinese: "незаконное изготовление", "非法制造", "الاتجار غير المشروع" are the everyday
      // names of the unlicensed act in those laws, not a term defined with the Protocol's limbs.
    },
    weaker: [
      {
        id: 'domestic-transfer-only',
        concepts: [
          {
            id: 'transfer',
            anchor: true,
            terms: {
              en: ['=sells', '=sell', '=supplies', '=supply', '=transfers', '=transfer', '=delivers', '=disposes'],
              fr: ['cession', '=cède', '=vend', 'vente', 'transfert*', '=livre'],
              es: ['cesión', '=venda', '=vendiere', 'vent*', 'transfier*', 'enajen*', 'entreg*', 'comerciali*'],
              ru: ['продаж*', 'сбыт*', 'передач*', 'перевозк*'],
              ar: ['بيع', 'شراء', 'تداول', 'الاتجار', 'نقل'],
              zh: ['买卖', '出售', '销售', '运输', '出租', '出借'],
            },
          },
          UNLAWFUL,
        ],
        shortfall: L(
          'only unauthorised transfers inside the country are punished, not unauthorised import, export or transit',
          'seuls les transferts non autorisés à l’intérieur du pays sont punis, non l’importation, l’exportation ou le transit non autorisés',
          'solo se sancionan las transferencias no autorizadas dentro del país, no la importación, exportación o tránsito no autorizados',
        ),
      },
    ],
    examples: {
      zh: {
        covered: ['非法进口、出口枪支，或者非法运输枪支过境的，以及买卖无标记枪支的，处五年以上有期徒刑。'],
        partial: ['非法携带枪支入境的，处三年以下有期徒刑。'],
        missing: ['任何单位或者个人未经许可，不得携带枪支入境。'],
      },
      ar: {
        covered: ['يعاقب بالسجن مدة لا تتجاوز عشر سنوات كل من قام باستيراد أسلحة نارية أو تصديرها أو عبورها دون ترخيص، أو بالاتجار في أسلحة غير موسومة.'],
        partial: ['يعاقب بالسجن مدة لا تتجاوز خمس سنوات كل من قام بتهريب أسلحة نارية إلى داخل المملكة.'],
        missing: ['لا يجوز استيراد الأسلحة النارية إلا بترخيص من الوزير.'],
      },
      ru: {
        covered: ['Незаконные ввоз, вывоз и транзит огнестрельного оружия, а также сбыт немаркированного оружия наказываются лишением свободы на срок до десяти лет.'],
        partial: ['Контрабанда огнестрельного оружия наказывается лишением свободы на срок до семи лет.'],
        missing: ['Ввоз оружия без разрешения не допускается.'],
      },
      en: {
        partial: ['Any person who imports a firearm without a permit commits an offence and is liable on conviction to imprisonment for five years.'],
        covered: ['Any person who imports, exports or carries in transit any firearm without a permit, or any firearm that is not marked, commits an offence and is liable on conviction to imprisonment for ten years.'],
        missing: ['No person shall import a firearm without a permit.'],
      },
      es: { partial: ['Los que importaren, exportaren o transportaren armas de fuego sin la autorización a que se refiere el artículo 4 serán sancionados con presidio menor.'] },
    },
  },
  {
    element: 'fp.5.1.c',
    proves: ['offence'],
    partialOnly: [ADMINISTRATIVE],
    concepts: [
      MARKING,
      {
        id: 'tamper',
        anchor: true,
        terms: {
          en: ['falsif*', 'forg*', 'counterfeit*', 'obliterat*', '=removes', '=removed', '=removing', '=remove', 'alter*', 'defac*', 'tamper*', 'eras*', 'render* illegible', 'file* off', 'unrecogni*'],
          fr: ['falsifi*', 'contrefa*', 'effac*', 'oblitér*', 'enlev*', 'alter*', 'modifi*', 'supprim*', 'masqu*', 'maquill*', 'gratt*', 'méconnaissable*'],
          es: ['falsific*', 'falsifiq*', 'borr*', 'supri*', 'alter*', 'limad*', 'adulter*', 'modific*', 'modifiq*', 'elimin*', 'clona*', 'remarc*', 'oblitera*', 'ilegible*', 'irreconocible*'],
          ru: ['подделк*', 'поддел*', 'уничтожени*', 'удалени*', 'изменени*'],
          ar: ['تزوير', 'تزييف', 'طمس', 'محو', 'إزالة', 'نزع', 'تغيير', 'العبث'],
          // 无号、重号、假号: firearms made with no, a duplicate or a false number.
          zh: ['伪造', '涂改', '磨损', '变造', '篡改', '擦除', '假号', '重号'],
        },
      },
    ],
    facets: [
      {
        id: 'falsify',
        label: L('falsifying', 'falsification', 'falsificación'),
        terms: {
          en: ['falsif*', 'forg*', 'counterfeit*'],
          fr: ['falsifi*', 'contrefa*'],
          es: ['falsific*', 'falsifiq*', 'clona*'],
          ru: ['подделк*', 'поддел*'],
          ar: ['تزوير', 'تزييف'],
          zh: ['伪造', '假号', '仿造'],
        },
      },
      {
        id: 'obliterate',
        label: L('obliterating', 'effacement', 'borrado'),
        terms: {
          en: ['obliterat*', 'eras*', 'defac*', 'illegible', 'unrecogni*'],
          // "rend méconnaissable le marquage" (Switzerland, LArm art 33(1)(a bis)).
          fr: ['effac*', 'oblitér*', 'illisible*', 'masqu*', 'méconnaissable*'],
          es: ['borr*', 'limad*', 'oblitera*', 'ilegible*', 'irreconocible*'],
          ru: ['уничтожени*', 'уничтож*', 'стирани*'],
          ar: ['طمس', 'محو'],
          zh: ['涂改', '磨损', '擦除', '毁损'],
        },
      },
      {
        id: 'remove',
        label: L('removing', 'enlèvement', 'supresión'),
        terms: {
          en: ['=removes', '=removed', '=removing', '=remove', '=removal'],
          fr: ['enlev*', 'supprim*', 'suppression'],
          es: ['supri*', 'elimin*', 'quit*'],
          ru: ['удалени*', 'удал*'],
          ar: ['إزالة', 'نزع'],
          zh: ['去除', '除去', '消除'],
        },
      },
      {
        id: 'alter',
        label: L('altering', 'altération', 'alteración'),
        terms: {
          en: ['alter*', 'modif*', 'tamper*'],
          fr: ['alter*', 'modifi*', 'maquill*'],
          es: ['alter*', 'adulter*', 'modific*', 'modifiq*'],
          ru: ['изменени*', 'измен*'],
          ar: ['تغيير', 'تعديل', 'العبث'],
          zh: ['变造', '篡改', '改变', '重号'],
        },
      },
    ],
    facetsForCovered: 3,
    facetsAcrossClauses: true,
    downgrade: [
      {
        id: 'possession-only',
        terms: {
          en: ['possess*', '=carries', '=carry', '=transports', '=receives'],
          fr: ['détien*', 'détenir', '=porte', '=transporte'],
          es: ['=porte', '=porten', 'posea*', 'poseer', 'portación', 'tenencia'],
          ru: ['хранени*', 'ношени*', 'приобретени*'],
          ar: ['حيازة', 'حمل', 'اقتناء'],
          zh: ['持有', '携带', '私藏'],
        },
        shortfall: L(
          'only possessing or carrying a firearm with altered markings is an offence, not the tampering itself',
          'seule la détention ou le port d’une arme au marquage altéré est incriminée, non l’altération elle-même',
          'solo se sanciona la posesión o portación de un arma con marcas alteradas, no la alteración misma',
        ),
      },
    ],
    examples: {
      zh: {
        covered: ['伪造、涂改、去除或者篡改枪支序号的，处三年以下有期徒刑。'],
        // The second: China's Firearms Control Law art 40(2), manufacturing firearms with repeated or false numbers.
        partial: ['非法持有枪支序号被涂改的枪支的，处三年以下有期徒刑。', '枪支制造企业制造无号、重号、假号的枪支的，依照刑法有关规定追究刑事责任。'],
        missing: ['枪支应当铸印序号。'],
      },
      ar: {
        covered: ['يعاقب بالسجن كل من قام بتزوير الرقم التسلسلي لسلاح ناري أو طمسه أو إزالته أو تغييره.'],
        missing: ['يجب أن يحمل كل سلاح ناري رقما تسلسليا.'],
      },
      en: {
        covered: ['Any person who falsifies, obliterates, removes or alters the serial number or other marking of a firearm commits an offence and is liable on conviction to imprisonment for ten years.'],
        partial: ['Any person who possesses a firearm whose serial number has been obliterated commits an offence and is liable on conviction to a fine.'],
        missing: ['Every firearm shall bear a serial number.', 'No person shall place a firearm on the market unless it has been altered as the Minister prescribes.'],
      },
      // Peru, Ley 30299, art 37(b): the identifying features, not named a marking.
      es: { partial: ['Será sancionado con prisión de tres años quien elimine las características que identifiquen las armas de fuego.'] },
      fr: {
        covered: [
          'Est puni de cinq ans d’emprisonnement le fait de frauduleusement supprimer, masquer, altérer ou modifier de façon quelconque les marquages ou le numéro de série d’une arme.',
          // Switzerland, LArm art 33(1)(a bis).
          "Est puni d'une peine privative de liberté de trois ans au plus quiconque, sans droit, enlève, rend méconnaissable ou falsifie le marquage d'une arme à feu.",
        ],
      },
    },
  },
  {
    element: 'fp.5.2.a',
    proves: ['offence'],
    partialOnly: [ADMINISTRATIVE],
    concepts: [
      {
        id: 'attempt',
        anchor: true,
        terms: {
          en: [...ATTEMPT_EN, 'accomplice*', 'complicit*', 'participat* as an accomplice', 'secondary part*'],
          fr: [...ATTEMPT_FR, 'complic*', 'complice*'],
          es: ['tentativa', 'complic*', 'cómplice*', 'encubridor*'],
          ru: ['покушени*', 'соучасти*', 'пособни*'],
          ar: ['الشروع', 'شروع', 'الاشتراك', 'شريك', 'مشاركة', 'المساهمة'],
          zh: ['未遂', '共犯', '从犯', '帮助犯', '共同犯罪'],
        },
      },
    ],
    facets: [
      {
        id: 'attempt',
        label: L('attempt', 'tentative', 'tentativa'),
        terms: {
          en: ATTEMPT_EN,
          fr: ATTEMPT_FR,
          es: ['tentativa', 'intent*'],
          ru: ['покушени*'],
          ar: ['الشروع', 'شروع', 'محاولة'],
          zh: ['未遂'],
        },
      },
      {
        id: 'accomplice',
        label: L('participation as an accomplice', 'complicité', 'complicidad'),
        terms: {
          en: ['accomplice*', 'complicit*', 'secondary part*'],
          fr: ['complic*', 'complice*'],
          es: ['complic*', 'cómplice*', 'partícipe*', 'participación'],
          ru: ['соучасти*', 'пособни*'],
          ar: ['الاشتراك', 'شريك', 'مشاركة', 'المساهمة'],
          zh: ['共犯', '从犯', '帮助犯', '共同犯罪'],
        },
      },
    ],
    facetsAcrossClauses: true,
    facetsForPartial: 0,
    examples: {
      en: {
        covered: ['Any person who attempts to commit, or participates as an accomplice in, an offence under this Part commits an offence and is liable to the same penalty.'],
        partial: [
          'Every person who attempts to procure a firearm without a permit commits an offence and is liable on conviction to imprisonment for two years.',
          // The United States idiom (18 U.S.C. 924(k)).
          'A person who smuggles a firearm into the country, or attempts or conspires to do so, shall be imprisoned for not more than ten years.',
        ],
        missing: [
          'The applicant shall attempt to obtain the consent of the owner.',
          // An attempt to resist arrest (India, Arms Act s. 28) or the attempted use of force in a definition.
          'Whoever makes or attempts to make any use whatsoever of a firearm with intent to resist the lawful arrest of himself shall be punished with imprisonment for seven years.',
          'A crime of violence means an offense that has as an element the use or attempted use of physical force against the person of another.',
        ],
      },
      fr: {
        partial: ['La tentative des délits prévus au présent article est punie des mêmes peines.'],
        // An attempt to obtain a permit by fraud (Switzerland, LArm art 34(1)(a)).
        missing: ["Est puni de l'amende quiconque obtient ou tente d'obtenir frauduleusement un permis d'acquisition d'armes au moyen d'indications fausses."],
      },
    },
  },
  {
    element: 'fp.5.2.b',
    proves: ['offence'],
    partialOnly: [ADMINISTRATIVE],
    concepts: [
      {
        id: 'organise',
        anchor: true,
        terms: {
          en: ['=organises', '=organizes', '=organising', '=organizing', '=directs', '=directing', '=aids', '=aiding', '=aided', 'abet*', 'facilitat*', '=counsels', '=counselling', '=counseling', '=counselled', 'incit* commit*', 'causes to be brought', 'cause to be brought'],
          // The verb, not its agent: a company's "dirigeant" or "dirigente" (officer) directs no offence.
          fr: ['organis*', '=dirige', '=diriger', '=dirigé', '=dirigent', '=aide', '=aider', 'facilit*', 'encourag*', 'favoris*', '=conseils', '=conseil', 'incit*', 'provoqu*'],
          es: ['organiz*', 'organice*', 'dirij*', '=dirige', '=dirigir', '=dirigiere', '=dirigieren', '=dirigido', 'ayud*', 'facilit*', 'asesor*', 'instig*', 'incit*', 'financi*'],
          ru: ['организаци*', 'организов*', 'руководств*', 'руковод*', 'пособничеств*', 'подстрекател*', 'содействи*'],
          ar: ['تنظيم', 'إدارة', 'توجيه', 'المساعدة', 'مساعدة', 'التحريض', 'تحريض', 'تسهيل', 'إعانة'],
          zh: ['组织', '指挥', '策划', '协助', '帮助', '教唆', '资助', '便利'],
        },
      },
      // Organising, aiding or counselling the commission of an offence; not organising a militia or an event.
      {
        id: 'commission',
        terms: {
          en: ['commission of an offence', 'commission of an offense', '=commit', '=offence', '=offences', '=offense', '=offenses'],
          // "commission" alone is also a committee.
          fr: ["commission de l'infraction", "commission d'une infraction", 'commission des infractions', 'commettre', "l'infraction", '=infractions', '=délit', '=délits'],
          es: ['comisión de delitos', 'comisión del delito', 'cometer', '=delito', '=delitos', 'hecho punible', '=conductas'],
          ru: ['совершени* преступлени*', 'преступлени*'],
          // "مخالفة" is what Saudi and Gulf weapons laws call an offence; "في ذلك" (therein) after an offence item.
          ar: ['ارتكاب', 'جريمة', 'الجرائم', 'مخالفة', 'المخالفات'],
          zh: ['犯罪', '违法犯罪'],
        },
      },
    ],
    // Commission by an organised gang is an aggravating circumstance, not an offence of organising.
    exclude: {
      en: ['organised criminal group*', 'organized criminal group*', 'organised crime', 'organized crime'],
      fr: ['groupe criminel organisé', 'bande organisée', 'criminalité organisée'],
      es: ['grupo delictivo organizado', 'delincuencia organizada', 'crimen organizado', 'banda organizada'],
      ru: ['организованн* групп*', 'преступн* сообществ*', 'организованн* преступност*'],
      ar: ['جماعة إجرامية منظمة', 'الجريمة المنظمة', 'عصابة'],
      zh: ['有组织犯罪', '犯罪集团', '黑社会'],
    },
    facets: [
      {
        id: 'organise',
        label: L('organizing', 'organiser', 'organizar'),
        terms: {
          en: ['=organises', '=organizes', '=organising', '=organizing', '=organised', '=organized'],
          fr: ['=organise', '=organiser', '=organisé', '=organisent'],
          es: ['organiz*', 'organice*'],
          ru: ['организаци*', 'организов*'],
          ar: ['تنظيم', 'نظم'],
          zh: ['组织', '策划'],
        },
      },
      {
        id: 'direct',
        label: L('directing', 'diriger', 'dirigir'),
        terms: {
          en: ['=directs', '=directing', '=directed'],
          fr: ['=dirige', '=diriger', '=dirigé'],
          es: ['dirij*', '=dirige', '=dirigir', '=dirigiere'],
          ru: ['руководств*', 'руковод*'],
          ar: ['إدارة', 'توجيه', 'يدير'],
          zh: ['指挥', '领导'],
        },
      },
      {
        id: 'aid-abet',
        label: L('aiding or abetting', 'aider ou assister', 'ayudar o instigar'),
        terms: {
          en: ['=aids', '=aiding', '=aided', 'abet*'],
          fr: ['aide*', 'assist*', 'provoqu*', 'incit*'],
          es: ['ayud*', 'instig*', 'incit*', 'auxili*'],
          ru: ['пособничеств*', 'пособни*', 'подстрекател*', 'содействи*'],
          ar: ['المساعدة', 'مساعدة', 'التحريض', 'تحريض', 'إعانة'],
          zh: ['协助', '帮助', '教唆'],
        },
      },
      {
        id: 'facilitate',
        label: L('facilitating', 'faciliter', 'facilitar'),
        terms: {
          en: ['facilitat*'],
          fr: ['facilit*'],
          es: ['facilit*'],
          ru: ['способствов*', 'облегч*'],
          ar: ['تسهيل', 'تيسير'],
          zh: ['便利', '提供条件'],
        },
      },
      {
        id: 'counsel',
        label: L('counselling', 'conseiller', 'asesorar'),
        terms: {
          en: ['=counsels', '=counselling', '=counseling', '=counselled'],
          fr: ['conseill*', '=conseils'],
          es: ['asesor*', 'aconsej*'],
          ru: ['консультиров*', 'совет*'],
          ar: ['المشورة', 'إرشاد', 'النصح'],
          zh: ['咨询', '出谋划策'],
        },
      },
    ],
    facetsForCovered: 4,
    facetsAcrossClauses: true,
    facetsForPartial: 0,
    examples: {
      en: {
        covered: ['Any person who organises, directs, aids, abets, facilitates or counsels the commission of an offence under this Part commits an offence and is liable to the same penalty.'],
        missing: [
          'Where an offence under this Part is committed by an organised criminal group, the penalty is doubled.',
          // A past conviction for "inciting hate" bars a licence: no offence of inciting the commission of one.
          'A person applying for a firearm licence shall not be deemed under this Act to be without a criminal record if such person was sentenced by a final decision of a court for a criminal offence of unauthorised arming, inciting hate against a group of persons, or any other criminal offence committed by using a weapon.',
        ],
      },
      // The Convention's French formula: "encourager ou favoriser au moyen d'une aide ou de conseils".
      fr: {
        covered: ["Est puni des mêmes peines le fait d'organiser, de diriger, de faciliter, d'encourager ou de favoriser au moyen d'une aide ou de conseils la commission de l'une des infractions prévues au présent chapitre."],
        // The Council of State that a decree goes through gives no counsel.
        missing: ["Les agents du ministère de la défense habilités dans des conditions fixées par décret en Conseil d'Etat peuvent également constater les infractions aux dispositions du présent titre."],
      },
    },
  },
];
