/**
 * The chapters of the UNODC Model Law against the Illicit Manufacturing of and Trafficking in Firearms, Their
 * Parts and Components and Ammunition, and the Firearms Protocol elements each chapter implements.
 *
 * The edition cited is the second revised edition (Vienna 2014; the Spanish one, Viena 2015), the current one. Its
 * full table of contents could not be read: the chapter list (numbers, English titles, parts, brackets and tiers)
 * was checked against the first edition's (2011), and the second edition's own references (its chapter on offences
 * specific to deactivated firearms, "chapter III" for manufacturing) agree with it (catalogue-review.md, A4).
 * The one correction: section B of Part Two reads "Penal and provisional provisions" in that table of contents,
 * "procedural" here. French and Spanish titles are the project's translations, not the published ones. The Model
 * Law's article numbers ("draft articles", numbered per edition) are cited nowhere: a drafter is pointed to chapters.
 */
import type { ChapterData, ModelLawEditionData } from './schema.js';

export const modelLaw: ModelLawEditionData = {
  edition: { en: 'second revised edition', fr: 'deuxième édition révisée', es: 'segunda edición revisada' },
  published: { en: 'Vienna, 2014', fr: 'Vienne, 2014', es: 'Viena, 2015' },
  salesNumber: 'E.14.V.8',
  sources: [
    { source: 'ml-2014', at: 'front matter' },
    { source: 'ml-es-2015', at: 'front matter' },
  ],
  chaptersCheckedAgainst: { source: 'ml-toc-2011', at: 'ch. I–XVII' },
};

const preventive = { en: 'A. Preventive measures', fr: 'A. Mesures préventives', es: 'A. Medidas preventivas' };
const penal = {
  en: 'B. Penal and procedural provisions',
  fr: 'B. Dispositions pénales et procédurales',
  es: 'B. Disposiciones penales y procesales',
};
const cooperation = { en: 'C. International cooperation', fr: 'C. Coopération internationale', es: 'C. Cooperación internacional' };
const mustConsider = {
  en: 'A. Must-consider provisions',
  fr: "A. Dispositions dont l'adoption doit être envisagée",
  es: 'A. Disposiciones cuya adopción debe considerarse',
};
const optional = { en: 'B. Optional provisions', fr: 'B. Dispositions facultatives', es: 'B. Disposiciones facultativas' };

export const chapters: ChapterData[] = [
  // Part One. Introductory provisions
  {
    id: 'ml.I',
    numeral: 'I',
    part: 'one',
    tier: 'introductory',
    title: { en: 'General provisions', fr: 'Dispositions générales', es: 'Disposiciones generales' },
    bracketed: false,
    implements: ['fp.4.1', 'fp.4.2'],
    pointer: {
      en: "Helps the drafter set out the law's title, purpose and scope, including any exemption for transfers between States. The Protocol does not require these provisions, but they frame the rest of the law.",
      fr: "Aide le rédacteur à énoncer le titre, l'objet et le champ d'application de la loi, y compris toute exemption pour les transferts entre États. Le Protocole n'exige pas ces dispositions, mais elles encadrent le reste de la loi.",
      es: 'Ayuda al redactor a establecer el título, la finalidad y el ámbito de aplicación de la ley, incluida cualquier exención para las transferencias entre Estados. El Protocolo no exige estas disposiciones, pero enmarcan el resto de la ley.',
    },
  },
  {
    id: 'ml.II',
    numeral: 'II',
    part: 'one',
    tier: 'introductory',
    title: { en: 'Definitions', fr: 'Définitions', es: 'Definiciones' },
    bracketed: false,
    implements: ['fp.3.a', 'fp.3.b', 'fp.3.c', 'fp.3.d', 'fp.3.e', 'fp.3.f'],
    pointer: {
      en: "Helps the drafter define the terms the rest of the law relies on. Check that the national definitions of firearm, parts and components, ammunition, illicit manufacturing, illicit trafficking and tracing are no narrower than the Protocol's.",
      fr: "Aide le rédacteur à définir les termes sur lesquels repose le reste de la loi. Vérifier que les définitions nationales de l'arme à feu, des pièces et éléments, des munitions, de la fabrication illicite, du trafic illicite et du traçage ne sont pas plus étroites que celles du Protocole.",
      es: 'Ayuda al redactor a definir los términos en los que se basa el resto de la ley. Conviene comprobar que las definiciones nacionales de arma de fuego, piezas y componentes, municiones, fabricación ilícita, tráfico ilícito y localización no son más restrictivas que las del Protocolo.',
    },
  },
  // Part Two. Mandatory provisions
  {
    id: 'ml.III',
    numeral: 'III',
    part: 'two',
    section: preventive,
    tier: 'mandatory',
    title: { en: 'Manufacturing', fr: 'Fabrication', es: 'Fabricación' },
    bracketed: false,
    // The manufacturing offence is Chapter VIII's: a missing offence does not make the licensing chapter deficient.
    implements: ['fp.3.d', 'fp.11.a'],
    pointer: {
      en: 'Helps the drafter require a licence or authorization to manufacture or assemble firearms, their parts and components and ammunition, with security conditions at the place of manufacture, so that unlicensed production is clearly illicit.',
      fr: "Aide le rédacteur à soumettre à licence ou autorisation la fabrication et l'assemblage d'armes à feu, de leurs pièces, éléments et munitions, avec des conditions de sécurité sur le lieu de fabrication, de sorte que toute production sans licence soit clairement illicite.",
      es: 'Ayuda al redactor a exigir una licencia o autorización para fabricar o ensamblar armas de fuego, sus piezas y componentes y municiones, con condiciones de seguridad en el lugar de fabricación, de modo que toda producción sin licencia sea claramente ilícita.',
    },
  },
  {
    id: 'ml.IV',
    numeral: 'IV',
    part: 'two',
    section: preventive,
    tier: 'mandatory',
    title: { en: 'Marking', fr: 'Marquage', es: 'Marcación' },
    bracketed: false,
    implements: ['fp.8.1.a', 'fp.8.1.b', 'fp.8.1.c', 'fp.8.2', 'fp.6.2'],
    pointer: {
      en: 'Helps the drafter write the marking rules: at manufacture, on import and on transfer from State stocks to civilian use, marking before any disposal other than destruction, and encouragement of industry against the removal of marks.',
      fr: "Aide le rédacteur à rédiger les règles de marquage : lors de la fabrication, de l'importation et du transfert des stocks de l'État à un usage civil, marquage avant toute disposition autre que la destruction, et incitation de l'industrie à prévenir l'enlèvement des marques.",
      es: 'Ayuda al redactor a formular las normas de marcación: en la fabricación, en la importación y en la transferencia de existencias del Estado al uso civil, marcación antes de cualquier disposición distinta de la destrucción, y estímulo a la industria para impedir la supresión de marcas.',
    },
  },
  {
    id: 'ml.V',
    numeral: 'V',
    part: 'two',
    section: preventive,
    tier: 'mandatory',
    title: { en: 'Record-keeping', fr: 'Conservation des informations', es: 'Mantenimiento de registros' },
    bracketed: false,
    implements: ['fp.7', 'fp.7.a', 'fp.7.b', 'fp.15.2'],
    pointer: {
      en: 'Helps the drafter set up records that keep information on firearms, their markings and international transactions for at least ten years, and that can also hold information on brokers and brokering.',
      fr: "Aide le rédacteur à organiser des registres conservant pendant au moins dix ans les informations sur les armes à feu, leur marquage et les transactions internationales, et pouvant aussi recueillir des informations sur les courtiers et le courtage.",
      es: 'Ayuda al redactor a organizar registros que conserven durante al menos diez años la información sobre las armas de fuego, su marcación y las transacciones internacionales, y que puedan recoger también información sobre los corredores y el corretaje.',
    },
  },
  {
    id: 'ml.VI',
    numeral: 'VI',
    part: 'two',
    section: preventive,
    tier: 'conditional',
    title: { en: 'Deactivation of firearms', fr: 'Neutralisation des armes à feu', es: 'Desactivación de las armas de fuego' },
    bracketed: true,
    implements: ['fp.9.a', 'fp.9.b', 'fp.9.c'],
    pointer: {
      en: 'For a State whose law does not treat deactivated firearms as firearms, helps the drafter lay down deactivation standards, verification by a competent authority and a certificate, record or mark. Leave it out where deactivated firearms remain firearms in law.',
      fr: "Pour l'État dont le droit ne considère pas les armes neutralisées comme des armes à feu, aide le rédacteur à fixer les normes de neutralisation, la vérification par une autorité compétente et le certificat, le registre ou la marque. Ce chapitre est sans objet lorsque les armes neutralisées restent juridiquement des armes à feu.",
      es: 'Para el Estado cuyo derecho no considera armas de fuego las armas desactivadas, ayuda al redactor a fijar las normas de desactivación, la verificación por una autoridad competente y el certificado, registro o marca. Este capítulo no procede cuando las armas desactivadas siguen siendo jurídicamente armas de fuego.',
    },
  },
  {
    id: 'ml.VII',
    numeral: 'VII',
    part: 'two',
    section: preventive,
    tier: 'mandatory',
    title: {
      en: 'Import, export and transit of firearms, their parts and components and ammunition',
      fr: "Importation, exportation et transit d'armes à feu, de leurs pièces, éléments et munitions",
      es: 'Importación, exportación y tránsito de armas de fuego, sus piezas y componentes y municiones',
    },
    bracketed: false,
    implements: ['fp.10.1', 'fp.10.2.a', 'fp.10.2.b', 'fp.10.3', 'fp.10.3.b', 'fp.10.4', 'fp.10.5', 'fp.11.a', 'fp.11.b'],
    pointer: {
      en: 'Helps the drafter build the export, import and transit licensing system: checks before export, the minimum content of licences, the information of the import licence given in advance to transit States, confirmation of receipt, secure and verifiable documents, and security and border controls for transfers.',
      fr: "Aide le rédacteur à bâtir le système de licences d'exportation, d'importation et de transit : vérifications préalables à l'exportation, contenu minimal des licences, informations de la licence d'importation communiquées à l'avance aux États de transit, confirmation de réception, documents sécurisés et vérifiables, ainsi que sécurité et contrôles aux frontières lors des transferts.",
      es: 'Ayuda al redactor a construir el sistema de licencias de exportación, importación y tránsito: verificaciones previas a la exportación, contenido mínimo de las licencias, información de la licencia de importación facilitada por adelantado a los Estados de tránsito, confirmación de la recepción, documentos seguros y verificables, y seguridad y controles fronterizos en las transferencias.',
    },
  },
  {
    id: 'ml.VIII',
    numeral: 'VIII',
    part: 'two',
    section: penal,
    tier: 'mandatory',
    title: {
      en: 'Criminal offences: illicit manufacturing',
      fr: 'Infractions pénales : fabrication illicite',
      es: 'Delitos: fabricación ilícita',
    },
    bracketed: false,
    implements: ['fp.5.1.a', 'fp.3.d'],
    pointer: {
      en: 'Helps the drafter write the offence of illicit manufacturing so that it reaches all three cases: illicitly trafficked parts and components, manufacture or assembly without a licence, and firearms left unmarked at manufacture.',
      fr: "Aide le rédacteur à formuler l'infraction de fabrication illicite de manière à couvrir les trois cas : pièces et éléments ayant fait l'objet d'un trafic illicite, fabrication ou assemblage sans licence, et armes non marquées lors de la fabrication.",
      es: 'Ayuda al redactor a tipificar el delito de fabricación ilícita de modo que abarque los tres supuestos: piezas y componentes objeto de tráfico ilícito, fabricación o ensamblaje sin licencia, y armas no marcadas en el momento de la fabricación.',
    },
  },
  {
    id: 'ml.IX',
    numeral: 'IX',
    part: 'two',
    section: penal,
    tier: 'mandatory',
    title: {
      en: 'Criminal offences: illicit trafficking',
      fr: 'Infractions pénales : trafic illicite',
      es: 'Delitos: tráfico ilícito',
    },
    bracketed: false,
    implements: ['fp.5.1.b', 'fp.3.e'],
    pointer: {
      en: 'Helps the drafter write the offence of illicit trafficking so that it covers every listed act of cross-border movement that lacks authorization or involves unmarked firearms.',
      fr: "Aide le rédacteur à formuler l'infraction de trafic illicite de manière à couvrir chacun des actes de mouvement transfrontière énumérés, lorsqu'il n'est pas autorisé ou porte sur des armes non marquées.",
      es: 'Ayuda al redactor a tipificar el delito de tráfico ilícito de modo que abarque cada uno de los actos de movimiento transfronterizo enumerados, cuando carezca de autorización o se refiera a armas no marcadas.',
    },
  },
  {
    id: 'ml.X',
    numeral: 'X',
    part: 'two',
    section: penal,
    tier: 'mandatory',
    title: { en: 'Criminal offences: marking', fr: 'Infractions pénales : marquage', es: 'Delitos: marcación' },
    bracketed: false,
    implements: ['fp.5.1.c'],
    pointer: {
      en: 'Helps the drafter make it an offence to falsify the required markings on firearms or to obliterate, remove or alter them illicitly.',
      fr: "Aide le rédacteur à ériger en infraction la falsification du marquage obligatoire des armes à feu ainsi que son effacement, son enlèvement ou son altération illicites.",
      es: 'Ayuda al redactor a tipificar como delito la falsificación de la marcación obligatoria de las armas de fuego y su borrado, supresión o alteración ilícitos.',
    },
  },
  {
    id: 'ml.XI',
    numeral: 'XI',
    part: 'two',
    section: penal,
    tier: 'conditional',
    title: {
      en: 'Criminal offences: offences specific to deactivated firearms',
      fr: 'Infractions pénales : infractions propres aux armes à feu neutralisées',
      es: 'Delitos: delitos específicos relativos a las armas de fuego desactivadas',
    },
    bracketed: true,
    implements: ['fp.9'],
    pointer: {
      en: 'Offers alternative offences on deactivated firearms, such as illicit reactivation, for a State whose law does not treat them as firearms. Choose the option that matches the national deactivation standard, or leave the chapter out.',
      fr: "Propose des variantes d'infractions relatives aux armes à feu neutralisées, telles que la réactivation illicite, pour l'État dont le droit ne les considère pas comme des armes à feu. Retenir la variante adaptée à la norme nationale de neutralisation, ou écarter le chapitre.",
      es: 'Ofrece variantes de delitos relativos a las armas de fuego desactivadas, como la reactivación ilícita, para el Estado cuyo derecho no las considera armas de fuego. Conviene elegir la variante que corresponda a la norma nacional de desactivación, o prescindir del capítulo.',
    },
  },
  {
    id: 'ml.XII',
    numeral: 'XII',
    part: 'two',
    section: penal,
    tier: 'mandatory',
    title: {
      en: 'Criminal provisions: ancillary offences',
      fr: 'Dispositions pénales : infractions accessoires',
      es: 'Disposiciones penales: delitos accesorios',
    },
    bracketed: false,
    implements: ['fp.5.2.a', 'fp.5.2.b'],
    pointer: {
      en: 'Helps the drafter extend the main offences to attempt and complicity, and to organizing, directing, aiding, abetting, facilitating or counselling them, within the basic concepts of the national legal system.',
      fr: "Aide le rédacteur à étendre les infractions principales à la tentative et à la complicité, ainsi qu'au fait de les organiser, de les diriger, d'y aider, d'y inciter, de les faciliter ou de les favoriser par des conseils, dans le respect des principes fondamentaux du système juridique national.",
      es: 'Ayuda al redactor a extender los delitos principales a la tentativa y la complicidad, así como a su organización, dirección, ayuda, incitación, facilitación o asesoramiento, dentro de los conceptos básicos del ordenamiento jurídico nacional.',
    },
  },
  {
    id: 'ml.XIII',
    numeral: 'XIII',
    part: 'two',
    section: penal,
    tier: 'mandatory',
    title: {
      en: 'Seizure, confiscation and disposal',
      fr: 'Saisie, confiscation et disposition',
      es: 'Incautación, decomiso y disposición',
    },
    bracketed: false,
    implements: ['fp.6.1', 'fp.6.2'],
    alsoDrawsOn: ['Organized Crime Convention arts. 12-14'],
    pointer: {
      en: 'Helps the drafter provide for the seizure and confiscation of illicit firearms, parts and components and ammunition, and for their destruction or another officially authorized disposal of marked firearms, with the method recorded.',
      fr: "Aide le rédacteur à prévoir la saisie et la confiscation des armes à feu, pièces, éléments et munitions illicites, ainsi que leur destruction ou une autre disposition officiellement autorisée d'armes marquées, la méthode employée étant consignée.",
      es: 'Ayuda al redactor a prever la incautación y el decomiso de las armas de fuego, piezas y componentes y municiones ilícitos, así como su destrucción u otra forma de disposición oficialmente autorizada de armas marcadas, con registro del método empleado.',
    },
  },
  {
    id: 'ml.XIV',
    numeral: 'XIV',
    part: 'two',
    section: penal,
    tier: 'mandatory',
    title: { en: 'Jurisdiction', fr: 'Compétence', es: 'Jurisdicción' },
    bracketed: false,
    implements: [],
    alsoDrawsOn: ['Organized Crime Convention art. 15 (jurisdiction), through Protocol art. 1(2)'],
    pointer: {
      en: "Helps the drafter set the courts' jurisdiction over the firearms offences, following the jurisdiction rules of the Organized Crime Convention that the Protocol brings in.",
      fr: "Aide le rédacteur à fixer la compétence des juridictions à l'égard des infractions relatives aux armes à feu, selon les règles de compétence de la Convention contre la criminalité organisée auxquelles renvoie le Protocole.",
      es: 'Ayuda al redactor a establecer la jurisdicción de los tribunales sobre los delitos relacionados con armas de fuego, conforme a las normas de jurisdicción de la Convención contra la Delincuencia Organizada que el Protocolo incorpora.',
    },
  },
  {
    id: 'ml.XV',
    numeral: 'XV',
    part: 'two',
    section: cooperation,
    tier: 'mandatory',
    title: {
      en: 'Information exchange and international cooperation',
      fr: "Échange d'informations et coopération internationale",
      es: 'Intercambio de información y cooperación internacional',
    },
    bracketed: false,
    implements: ['fp.12.1', 'fp.12.2', 'fp.12.3', 'fp.12.4', 'fp.12.5', 'fp.13.1', 'fp.13.2', 'fp.13.3', 'fp.14', 'fp.3.f'],
    pointer: {
      en: 'Helps the drafter give the authorities a legal basis to exchange information, cooperate in tracing, protect confidential information, act through a national point of contact, work with industry, and give or receive training and technical assistance.',
      fr: "Aide le rédacteur à donner aux autorités une base légale pour échanger des informations, coopérer au traçage, protéger les informations confidentielles, agir par l'intermédiaire d'un point de contact national, coopérer avec l'industrie et fournir ou recevoir une formation et une assistance technique.",
      es: 'Ayuda al redactor a dar a las autoridades una base jurídica para intercambiar información, cooperar en la localización, proteger la información confidencial, actuar por medio de un punto de contacto nacional, colaborar con la industria y prestar o recibir capacitación y asistencia técnica.',
    },
  },
  // Part Three. Non-mandatory provisions
  {
    id: 'ml.XVI',
    numeral: 'XVI',
    part: 'three',
    section: mustConsider,
    tier: 'must-consider',
    title: {
      en: 'Brokers and brokering activities',
      fr: 'Courtiers et activités de courtage',
      es: 'Corredores y actividades de corretaje',
    },
    bracketed: false,
    implements: ['fp.15.1.a', 'fp.15.1.b', 'fp.15.1.c', 'fp.15.2'],
    pointer: {
      en: 'Sets out the brokering measures a State must consider: registration of brokers, licensing of brokering, naming brokers on licences, and bringing brokering into records and information exchange.',
      fr: "Présente les mesures relatives au courtage que l'État doit envisager : enregistrement des courtiers, licence de courtage, mention des courtiers sur les licences, et prise en compte du courtage dans les registres et l'échange d'informations.",
      es: 'Presenta las medidas sobre corretaje que el Estado debe considerar: registro de corredores, licencia de corretaje, indicación de los corredores en las licencias e inclusión del corretaje en los registros y el intercambio de información.',
    },
  },
  {
    id: 'ml.XVII',
    numeral: 'XVII',
    part: 'three',
    section: optional,
    tier: 'optional',
    title: {
      en: 'Simplified procedures for temporary import, export and transit',
      fr: "Procédures simplifiées d'importation, d'exportation et de transit temporaires",
      es: 'Procedimientos simplificados para la importación, exportación y tránsito temporales',
    },
    bracketed: false,
    implements: ['fp.10.6'],
    pointer: {
      en: 'Offers simplified procedures for the temporary import, export and transit of firearms for verifiable lawful purposes such as hunting, sport shooting, evaluation, exhibitions or repairs. Adopt it only if the State wants such a regime.',
      fr: "Propose des procédures simplifiées pour l'importation, l'exportation et le transit temporaires d'armes à feu à des fins licites vérifiables, telles que la chasse, le tir sportif, l'évaluation, les expositions ou les réparations. À retenir seulement si l'État souhaite un tel régime.",
      es: 'Ofrece procedimientos simplificados para la importación, exportación y tránsito temporales de armas de fuego con fines lícitos verificables, como la caza, el tiro deportivo, la evaluación, las exposiciones o las reparaciones. Solo procede si el Estado desea un régimen de ese tipo.',
    },
  },
];
