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
};

export const article5: Recogniser[] = [
  {
    element: 'fp.5.1.a',
    proves: ['offence'],
    partialOnly: [ADMINISTRATIVE],
    concepts: [{ ...MANUFACTURE, anchor: true }, UNLAWFUL],
    exclude: { en: ['reactivat*'], fr: ['réactiv*'], es: ['reactiv*'] },
    facets: [
      { id: 'unlicensed', label: L('without a licence or authorization', 'sans licence ou autorisation', 'sin licencia o autorización'), required: true, terms: { en: ['without', 'unlicensed', 'not licensed', 'except under', 'otherwise than', '=contrary', 'unless'], fr: ['sans', 'non autoris*', 'méconnaissance', '=violation'], es: ['sin', 'no autoriz*', 'contraven*'], zh: ['非法', '未经'], ar: ['دون ترخيص', 'بدون ترخيص'] } },
      { id: 'unmarked', label: L('without marking the firearms', 'sans marquer les armes', 'sin marcar las armas'), terms: { en: ['unmarked', 'not marked', 'without marking', 'without the marking*', 'without a serial number'], fr: ['sans marquage', 'non marqué*', 'sans avoir appliqué les marquages'], es: ['sin marcaje', 'sin marcación', 'no marcad*', 'sin marca*'] } },
      { id: 'trafficked-parts', label: L('from illicitly trafficked parts and components', 'à partir de pièces ayant fait l’objet d’un trafic illicite', 'a partir de piezas objeto de tráfico ilícito'), terms: { en: ['trafficked parts', 'illicitly trafficked', 'illicitly obtained parts', 'illegally imported parts'], fr: ['trafic illicite', 'pièces ou éléments illicitement'], es: ['tráfico ilícito', 'piezas ilícitamente'] } },
    ],
    // The licence limb and one other: the marking limb or the trafficked-parts limb.
    facetsForCovered: 2,
    wholeTerms: { en: ['illicit manufactur*', 'illicitly manufactur*'], fr: ['fabrication illicite'], es: ['fabricación ilícita'] },
    facetsForPartial: 0,
    facetsAcrossClauses: true,
    examples: {
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
          ru: ['контрабанд*', 'незаконн* перемещени*', 'ввоз*', 'вывоз*'],
          ar: ['الاتجار', 'تهريب', 'استيراد', 'تصدير'],
          zh: ['走私', '贩运', '进口', '出口'],
        },
      },
      // Dealing in unmarked firearms is illicit trafficking in itself (article 3(e)).
      { ...UNLAWFUL, terms: { ...UNLAWFUL.terms, en: [...UNLAWFUL.terms.en!, ...UNMARKED.en], fr: [...UNLAWFUL.terms.fr!, ...UNMARKED.fr], es: [...UNLAWFUL.terms.es!, ...UNMARKED.es] } },
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
    wholeTerms: { en: ['illicit traffick*', 'illicitly traffick*', 'illicit traffic'], fr: ['trafic illicite'], es: ['tráfico ilícito'] },
    weaker: [
      {
        id: 'domestic-transfer-only',
        concepts: [
          { id: 'transfer', anchor: true, terms: { en: ['=sells', '=sell', '=supplies', '=supply', '=transfers', '=transfer', '=delivers', '=disposes'], fr: ['cession', '=cède', '=vend', 'vente', 'transfert*', '=livre'], es: ['cesión', '=venda', '=vendiere', 'vent*', 'transfier*', 'enajen*', 'entreg*', 'comerciali*'], zh: ['买卖', '出售', '运输'], ar: ['بيع', 'تداول'] } },
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
          en: ['falsif*', 'forg*', 'counterfeit*', 'obliterat*', '=removes', '=removed', '=removing', '=remove', 'alter*', 'defac*', 'tamper*', 'eras*', 'render* illegible', 'file* off'],
          fr: ['falsifi*', 'contrefa*', 'effac*', 'oblitér*', 'enlev*', 'alter*', 'modifi*', 'supprim*', 'masqu*', 'maquill*', 'gratt*'],
          es: ['falsific*', 'falsifiq*', 'borr*', 'supri*', 'alter*', 'limad*', 'adulter*', 'modific*', 'modifiq*', 'elimin*', 'clona*', 'remarc*', 'oblitera*', 'ilegible*'],
          ru: ['подделк*', 'уничтожени*', 'изменени*'],
          ar: ['تزوير', 'طمس', 'إزالة', 'تغيير'],
          zh: ['伪造', '涂改', '磨损', '变造'],
        },
      },
    ],
    facets: [
      { id: 'falsify', label: L('falsifying', 'falsification', 'falsificación'), terms: { en: ['falsif*', 'forg*', 'counterfeit*'], fr: ['falsifi*', 'contrefa*'], es: ['falsific*', 'falsifiq*', 'clona*'] } },
      { id: 'obliterate', label: L('obliterating', 'effacement', 'borrado'), terms: { en: ['obliterat*', 'eras*', 'defac*', 'illegible'], fr: ['effac*', 'oblitér*', 'illisible*', 'masqu*'], es: ['borr*', 'limad*', 'oblitera*', 'ilegible*'] } },
      { id: 'remove', label: L('removing', 'enlèvement', 'supresión'), terms: { en: ['=removes', '=removed', '=removing', '=remove', '=removal'], fr: ['enlev*', 'supprim*', 'suppression'], es: ['supri*', 'elimin*', 'quit*'] } },
      { id: 'alter', label: L('altering', 'altération', 'alteración'), terms: { en: ['alter*', 'modif*', 'tamper*'], fr: ['alter*', 'modifi*', 'maquill*'], es: ['alter*', 'adulter*', 'modific*', 'modifiq*'] } },
    ],
    facetsForCovered: 3,
    facetsAcrossClauses: true,
    downgrade: [
      {
        id: 'possession-only',
        terms: { en: ['possess*', '=carries', '=carry', '=transports', '=receives'], fr: ['détien*', 'détenir', '=porte', '=transporte'], es: ['=porte', '=porten', 'posea*', 'poseer', 'portación', 'tenencia'] },
        shortfall: L(
          'only possessing or carrying a firearm with altered markings is an offence, not the tampering itself',
          'seule la détention ou le port d’une arme au marquage altéré est incriminée, non l’altération elle-même',
          'solo se sanciona la posesión o portación de un arma con marcas alteradas, no la alteración misma',
        ),
      },
    ],
    examples: {
      en: {
        covered: ['Any person who falsifies, obliterates, removes or alters the serial number or other marking of a firearm commits an offence and is liable on conviction to imprisonment for ten years.'],
        partial: ['Any person who possesses a firearm whose serial number has been obliterated commits an offence and is liable on conviction to a fine.'],
        missing: ['Every firearm shall bear a serial number.', 'No person shall place a firearm on the market unless it has been altered as the Minister prescribes.'],
      },
      fr: { covered: ['Est puni de cinq ans d’emprisonnement le fait de frauduleusement supprimer, masquer, altérer ou modifier de façon quelconque les marquages ou le numéro de série d’une arme.'] },
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
          en: ['attempt*', 'accomplice*', 'complicit*', 'participat* as an accomplice', 'secondary part*'],
          fr: ['tentative', 'tenter', 'complic*', 'complice*'],
          es: ['tentativa', 'complic*', 'cómplice*', 'encubridor*'],
          ru: ['покушени*', 'соучасти*'],
          ar: ['الشروع', 'الاشتراك', 'شريك'],
          zh: ['未遂', '共犯'],
        },
      },
    ],
    facets: [
      { id: 'attempt', label: L('attempt', 'tentative', 'tentativa'), terms: { en: ['attempt*'], fr: ['tentative', 'tenter', 'tenté*'], es: ['tentativa', 'intent*'], ar: ['الشروع'], zh: ['未遂'] } },
      { id: 'accomplice', label: L('participation as an accomplice', 'complicité', 'complicidad'), terms: { en: ['accomplice*', 'complicit*', 'secondary part*'], fr: ['complic*', 'complice*'], es: ['complic*', 'cómplice*', 'partícipe*', 'participación'], ar: ['الاشتراك', 'شريك'], zh: ['共犯'] } },
    ],
    facetsAcrossClauses: true,
    facetsForPartial: 0,
    examples: {
      en: {
        covered: ['Any person who attempts to commit, or participates as an accomplice in, an offence under this Part commits an offence and is liable to the same penalty.'],
        partial: ['Every person who attempts to procure a firearm without a permit commits an offence and is liable on conviction to imprisonment for two years.'],
        missing: ['The applicant shall attempt to obtain the consent of the owner.'],
      },
      fr: { partial: ['La tentative des délits prévus au présent article est punie des mêmes peines.'] },
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
          en: ['=organises', '=organizes', '=organising', '=organizing', '=directs', '=directing', '=aids', '=aiding', '=aided', 'abet*', 'facilitat*', '=counsels', '=counselling', '=counseling', '=counselled', 'incit*', 'causes to be brought', 'cause to be brought'],
          fr: ['organis*', 'dirig*', '=aide', '=aider', 'facilit*', 'encourag*', 'favoris*', '=conseils', '=conseil', 'incit*', 'provoqu*'],
          es: ['organiz*', 'organice*', 'dirij*', 'dirig*', 'ayud*', 'facilit*', 'asesor*', 'instig*', 'incit*', 'financi*'],
          ru: ['организаци*', 'руководств*', 'пособничеств*'],
          ar: ['تنظيم', 'إدارة', 'المساعدة', 'التحريض'],
          zh: ['组织', '指挥', '协助', '教唆'],
        },
      },
      // Organising, aiding or counselling the commission of an offence; not organising a militia or an event.
      {
        id: 'commission',
        terms: {
          en: ['commission of an offence', '=commit', '=offence', '=offences'],
          // "commission" alone is also a committee.
          fr: ["commission de l'infraction", "commission d'une infraction", 'commission des infractions', 'commettre', "l'infraction", '=infractions', '=délit', '=délits'],
          es: ['comisión de delitos', 'comisión del delito', 'cometer', '=delito', '=delitos', 'hecho punible', '=conductas'],
          ru: ['совершени* преступлени*'],
          ar: ['ارتكاب', 'الجريمة'],
          zh: ['犯罪'],
        },
      },
    ],
    // Commission by an organised gang is an aggravating circumstance, not an offence of organising.
    exclude: { en: ['organised criminal group*', 'organized criminal group*', 'organised crime', 'organized crime'], fr: ['groupe criminel organisé', 'bande organisée', 'criminalité organisée'], es: ['grupo delictivo organizado', 'delincuencia organizada', 'crimen organizado', 'banda organizada'] },
    facets: [
      { id: 'organise', label: L('organizing', 'organiser', 'organizar'), terms: { en: ['=organises', '=organizes', '=organising', '=organizing', '=organised', '=organized'], fr: ['=organise', '=organiser', '=organisé', '=organisent'], es: ['organiz*', 'organice*'] } },
      { id: 'direct', label: L('directing', 'diriger', 'dirigir'), terms: { en: ['=directs', '=directing', '=directed'], fr: ['=dirige', '=diriger', '=dirigé'], es: ['dirij*', '=dirige', '=dirigir', '=dirigiere'] } },
      { id: 'aid-abet', label: L('aiding or abetting', 'aider ou assister', 'ayudar o instigar'), terms: { en: ['=aids', '=aiding', '=aided', 'abet*'], fr: ['aide*', 'assist*', 'provoqu*', 'incit*'], es: ['ayud*', 'instig*', 'incit*', 'auxili*'] } },
      { id: 'facilitate', label: L('facilitating', 'faciliter', 'facilitar'), terms: { en: ['facilitat*'], fr: ['facilit*'], es: ['facilit*'] } },
      { id: 'counsel', label: L('counselling', 'conseiller', 'asesorar'), terms: { en: ['=counsels', '=counselling', '=counseling', '=counselled'], fr: ['conseill*', '=conseils'], es: ['asesor*', 'aconsej*'] } },
    ],
    facetsForCovered: 4,
    facetsAcrossClauses: true,
    facetsForPartial: 0,
    examples: {
      en: {
        covered: ['Any person who organises, directs, aids, abets, facilitates or counsels the commission of an offence under this Part commits an offence and is liable to the same penalty.'],
        missing: ['Where an offence under this Part is committed by an organised criminal group, the penalty is doubled.'],
      },
    },
  },
];
