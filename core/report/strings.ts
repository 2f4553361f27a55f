/**
 * The report's fixed wording in English, French and Spanish, kept as data so that a translator or reviewer can
 * read and correct it in one place. `{name}` marks a value filled in by the report model (see `fill`).
 *
 * Everything here is written in the project's own words for ministers and drafters: plain, precise, no jargon.
 * It never cites Model Law article numbers, only chapters.
 */
import type { Language, Tier } from '../../model-law/schema.js';

export const REPORT_LANGUAGES = ['en', 'fr', 'es'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** The status words a report shows; "not-assessed" is a Model Law chapter with nothing left to assess. */
export type StatusWord = 'covered' | 'partial' | 'missing' | 'not-applicable' | 'not-assessed';

export interface ReportStrings {
  /** BCP 47 tag written on the report's text, for spelling and hyphenation. */
  locale: string;
  status: Record<StatusWord, string>;
  tier: Record<Tier, string>;
  language: Record<Language, string>;
  months: readonly string[];
  /** {d} {month} {y} */
  date: string;
  confidence: { high: string; medium: string; low: string };
  article: string;
  chapter: string;
  /** How a list ends: "a, b and c". */
  and: string;
  cover: {
    kicker: string;
    title: string;
    against: string;
    country: string;
    law: string;
    lawDate: string;
    notStated: string;
    source: string;
    sourceValue: string;
    instruments: string;
    protocol: string;
    modelLaw: string;
    analysedOn: string;
    tool: string;
    fingerprint: string;
    reportStatus: string;
    reportStatusText: string;
  };
  header: string;
  page: { before: string; between: string; after: string };
  contents: string;
  summary: {
    heading: string;
    intro: string;
    binding: string;
    bindingParts: { covered: string; partial: string; missing: string };
    bindingNotApplicable: string;
    reviewedNone: string;
    reviewedSome: string;
    byTier: string;
    tierColumns: { tier: string; elements: string };
    tierNote: string;
    gaps: string;
    gapsIntro: string;
    gapsNone: string;
    change: string;
    changeIntro: string;
    changeNone: string;
    add: string;
    complete: string;
    definitions: string;
    conditional: string;
    consider: string;
  };
  matrix: {
    heading: string;
    intro: string;
    columns: { ref: string; element: string; tier: string; status: string };
    noElements: string;
    reviewed: string;
  };
  findings: {
    heading: string;
    intro: string;
    obligation: string;
    tier: string;
    status: string;
    statusReviewed: string;
    confidence: string;
    evidence: string;
    evidenceNone: string;
    evidenceNoneReviewed: string;
    matched: string;
    addedByReviewer: string;
    alsoCited: string;
    missing: string;
    missingNone: string;
    modelLaw: string;
    pointer: string;
    decision: string;
  };
  shortfall: {
    facets: string;
    years: string;
    noPeriod: string;
  };
  chapters: {
    heading: string;
    intro: string;
    columns: { chapter: string; status: string; elements: string };
    notAssessed: string;
    pointers: string;
    part: Record<'one' | 'two' | 'three', string>;
  };
  decisions: {
    heading: string;
    intro: string;
    none: string;
    columns: { element: string; proposed: string; decision: string; by: string };
    statusSet: string;
    statusKept: string;
    rejected: string;
    added: string;
    note: string;
    stale: string;
    someone: string;
  };
  method: { heading: string; sections: readonly { title: string; text: string }[] };
  annex: {
    heading: string;
    intro: string;
    columns: { clause: string; heading: string; elements: string };
    none: string;
  };
}

const en: ReportStrings = {
  locale: 'en-GB',
  status: { covered: 'Covered', partial: 'Partly covered', missing: 'Missing', 'not-applicable': 'Not applicable', 'not-assessed': 'Not assessed' },
  tier: {
    definition: 'Definition',
    scope: 'Scope',
    mandatory: 'Mandatory',
    qualified: 'Mandatory, qualified',
    conditional: 'Conditional',
    'must-consider': 'Must be considered',
    optional: 'Optional',
  },
  language: { en: 'English', fr: 'French', es: 'Spanish', ar: 'Arabic', ru: 'Russian', zh: 'Chinese' },
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  date: '{d} {month} {y}',
  confidence: { high: 'high', medium: 'medium', low: 'low' },
  article: 'Article {n}',
  chapter: 'Chapter {numeral}',
  and: 'and',
  cover: {
    kicker: 'Legislative gap analysis',
    title: 'How the law measures up to the UN Firearms Protocol',
    against: 'Assessed against the UN Firearms Protocol, with pointers to the UNODC Model Law',
    country: 'Country',
    law: 'Law analysed',
    lawDate: 'Date of the law',
    notStated: 'Not stated in the text',
    source: 'Text analysed',
    sourceValue: '{file}, in {language}, {clauses} clauses',
    instruments: 'Instruments assessed',
    protocol:
      'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing the United Nations Convention against Transnational Organized Crime (the Firearms Protocol)',
    modelLaw:
      'UNODC Model Law against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition (the Model Law)',
    analysedOn: 'Date of the analysis',
    tool: 'Prepared with',
    fingerprint: 'Fingerprint of the text (SHA-256)',
    reportStatus: 'Status of this report',
    reportStatusText:
      'Draft for review. Every finding is a proposal made by lexgap; a person must confirm or correct each one before the report is relied on.',
  },
  header: 'Gap analysis',
  page: { before: 'Page ', between: ' of ', after: '' },
  contents: 'Contents',
  summary: {
    heading: 'Executive summary',
    intro:
      'This report compares {law} with the obligations of the UN Firearms Protocol and, for each gap, names the chapter of the UNODC Model Law that offers model provisions to draw on. The law was checked against {elements} obligation elements drawn from articles 3 to 15 of the Protocol.',
    binding: 'Of the {total} binding obligations (mandatory, including those the Protocol qualifies), the law {parts}.',
    bindingParts: { covered: 'covers {n}', partial: 'covers {n} only in part', missing: 'does not address {n}' },
    bindingNotApplicable: 'A reviewer set {count} aside as not applicable.',
    reviewedNone:
      'These findings are proposals, made by matching the wording of the law against the Protocol. None has been reviewed yet: a person must confirm each one before the report is relied on.',
    reviewedSome:
      'These findings are proposals, made by matching the wording of the law against the Protocol. A person has reviewed {reviewed} of the {elements}; the rest still need to be confirmed before the report is relied on.',
    byTier: 'Coverage by tier',
    tierColumns: { tier: 'Tier', elements: 'Elements' },
    tierNote:
      'Mandatory obligations must be met. Qualified obligations must also be met, but the Protocol leaves the State some choice of means or limits the duty (for example, "within available means"). Conditional obligations apply only where the law does not treat a deactivated firearm as a firearm. The State must consider, but need not adopt, the measures in the "must be considered" tier. Optional measures are for the State to choose.',
    gaps: 'Binding obligations not yet met',
    gapsIntro: 'The binding obligations that the law does not meet, or meets only in part:',
    gapsNone: 'The analysis found no binding obligation that the law misses or meets only in part.',
    change: 'What must change before ratification',
    changeIntro:
      'To meet the Protocol, the law would need to be amended on the points below, grouped by the chapter of the Model Law that offers model provisions for each.',
    changeNone: 'No amendment is needed to meet the binding obligations, on the evidence of this analysis.',
    add: 'Add: {item}.',
    complete: 'Complete: {item}.',
    definitions: 'The offences and controls rely on definitions; align these with the Protocol as well: {items}.',
    conditional: 'If the law does not treat deactivated firearms as firearms, also provide for: {items}.',
    consider: 'The State must also consider, though it need not adopt: {items}.',
  },
  matrix: {
    heading: 'Coverage matrix',
    intro:
      'Every article of the Protocol, with the status of each of its obligation elements. The status is written in words; the shading only repeats it.',
    columns: { ref: 'Reference', element: 'Obligation element', tier: 'Tier', status: 'Status' },
    noElements: 'No obligation for national law',
    reviewed: '(reviewer)',
  },
  findings: {
    heading: 'Findings by element',
    intro:
      'One finding for each obligation element, in the order of the Protocol. Each gives the obligation in plain words, the status lexgap proposes, the passages of the law it relied on (quoted in the language of the law), what is missing, and the chapter of the Model Law to draw on.',
    obligation: 'Obligation',
    tier: 'Tier',
    status: 'Status',
    statusReviewed: 'decided by a reviewer; lexgap proposed: {proposed}',
    confidence: 'confidence: {level}',
    evidence: 'Evidence from the law',
    evidenceNone: 'No provision of the law was found that addresses this obligation.',
    evidenceNoneReviewed: 'No provision of the law is cited for this element.',
    matched: 'Words that matched: {terms}',
    addedByReviewer: 'added by a reviewer',
    alsoCited: 'Also cited: {clauses}.',
    missing: 'What is missing',
    missingNone: 'Nothing identified.',
    modelLaw: 'Model Law',
    pointer: 'Drafting pointer',
    decision: 'Reviewer’s decision',
  },
  shortfall: {
    facets: 'The law does not mention: {items}.',
    years: 'The law keeps the records {stated} years; the Protocol requires at least {required}.',
    noPeriod: 'The law states no period; the Protocol requires at least {required} years.',
  },
  chapters: {
    heading: 'Model Law chapters',
    intro:
      'The chapters of the UNODC Model Law, with a status rolled up from the Protocol elements each implements: a chapter is covered when every one of its elements is covered, partly covered when at least one is covered or partly covered, and missing when none is. Elements a reviewer set aside as not applicable are left out; a chapter with no element left to assess is marked "not assessed".',
    columns: { chapter: 'Chapter', status: 'Status', elements: 'Protocol elements and their status' },
    notAssessed: 'Implements no Protocol element that lexgap checks.',
    pointers: 'Where the Model Law can help',
    part: { one: 'Part One, introductory', two: 'Part Two, mandatory', three: 'Part Three, non-mandatory' },
  },
  decisions: {
    heading: 'Reviewer decisions',
    intro:
      'Decisions recorded by a person who reviewed lexgap’s findings. They are the person’s decisions, not lexgap’s, and take precedence over lexgap’s proposals throughout this report.',
    none: 'No reviewer decision has been recorded. Every finding in this report is lexgap’s proposal and awaits confirmation by a person.',
    columns: { element: 'Element', proposed: 'lexgap proposed', decision: 'Decision', by: 'Decided by, on' },
    statusSet: 'Status set to {status}.',
    statusKept: 'Status left as proposed.',
    rejected: 'Evidence rejected: {clauses}.',
    added: 'Evidence added: {clauses}.',
    note: 'Note: {note}',
    stale: 'No longer in the law as analysed: {clauses}.',
    someone: 'A reviewer',
  },
  method: {
    heading: 'Method and limits',
    sections: [
      {
        title: 'How the law is read',
        text: 'lexgap splits the law into clauses (articles, sections, subsections and defined terms) following the numbering of the text, and keeps each clause’s label so that every finding can be checked against the law.',
      },
      {
        title: 'How clauses are matched',
        text: 'For each obligation element, lexgap’s catalogue lists the ideas a provision must express, in English, French and Spanish; for the import marking of Art. 8(1)(b), for example, import and marking. A clause is a candidate when it expresses all of them, and when it is the right kind of clause: a definition for a definition, a penal provision for an offence. Words are compared after reducing them to their stems and ignoring accents, with some tolerance for misspellings; rarer words weigh more than common ones.',
      },
      {
        title: 'How the status is decided',
        text: 'Where an obligation is a list (the contents of a licence, the items of a marking), lexgap checks which items the law names. Where it sets a number (records kept for at least ten years), lexgap reads the period the law states. An element is covered when a clause meets it in full, partly covered when the law addresses it but falls short, and missing when no clause addresses it.',
      },
      {
        title: 'The Model Law',
        text: 'Each element is linked to the chapters of the Model Law that implement it. The report cites chapters only, never Model Law article numbers. The drafting pointers are lexgap’s own summaries, not the text of the Model Law, which should be read in its published edition.',
      },
      {
        title: 'Limits',
        text: 'Matching words cannot read a law as a lawyer does. It can miss an obligation that the law meets in unusual wording, or through other laws, regulations or case law that were not analysed; and it can take a clause that uses the right words for one that meets the obligation. It does not judge whether penalties are adequate or how the law is applied. Only the text named on the cover was analysed. The obligations are summarised in lexgap’s own words; the authentic texts of the Protocol prevail, and French and Spanish titles may differ from the official translations.',
      },
      {
        title: 'A person must confirm every finding',
        text: 'The findings are proposals. A drafter or adviser should read each one against the law, confirm or correct it, and record the decision. The report shows such decisions as a person’s decisions, apart from lexgap’s proposals.',
      },
    ],
  },
  annex: {
    heading: 'Annex: clauses of the law and the elements they serve',
    intro: 'Each clause lexgap found in the law, in the order of the law, with the Protocol elements for which it is cited as evidence of coverage.',
    columns: { clause: 'Clause', heading: 'Where it sits in the law', elements: 'Elements it serves' },
    none: '—',
  },
};

const fr: ReportStrings = {
  locale: 'fr-FR',
  status: { covered: 'Couvert', partial: 'Partiellement couvert', missing: 'Absent', 'not-applicable': 'Sans objet', 'not-assessed': 'Non évalué' },
  tier: {
    definition: 'Définition',
    scope: 'Champ d’application',
    mandatory: 'Obligatoire',
    qualified: 'Obligatoire, avec réserves',
    conditional: 'Conditionnelle',
    'must-consider': 'À envisager',
    optional: 'Facultative',
  },
  language: { en: 'anglais', fr: 'français', es: 'espagnol', ar: 'arabe', ru: 'russe', zh: 'chinois' },
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  date: '{d} {month} {y}',
  confidence: { high: 'élevée', medium: 'moyenne', low: 'faible' },
  article: 'Article {n}',
  chapter: 'Chapitre {numeral}',
  and: 'et',
  cover: {
    kicker: 'Analyse des écarts législatifs',
    title: 'La loi au regard du Protocole des Nations Unies sur les armes à feu',
    against: 'Évaluée au regard du Protocole sur les armes à feu, avec des renvois à la Loi type de l’ONUDC',
    country: 'Pays',
    law: 'Texte analysé',
    lawDate: 'Date du texte',
    notStated: 'Non indiquée dans le texte',
    source: 'Fichier analysé',
    sourceValue: '{file}, en {language}, {clauses} dispositions',
    instruments: 'Instruments de référence',
    protocol:
      'Protocole contre la fabrication et le trafic illicites d’armes à feu, de leurs pièces, éléments et munitions, additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée (le Protocole sur les armes à feu)',
    modelLaw:
      'Loi type de l’ONUDC contre la fabrication et le trafic illicites d’armes à feu, de leurs pièces, éléments et munitions (la Loi type)',
    analysedOn: 'Date de l’analyse',
    tool: 'Établi avec',
    fingerprint: 'Empreinte du texte (SHA-256)',
    reportStatus: 'Statut du présent rapport',
    reportStatusText:
      'Projet soumis à relecture. Chaque constat est une proposition de lexgap\u00a0; une personne doit le confirmer ou le corriger avant que le rapport ne serve de référence.',
  },
  header: 'Analyse des écarts',
  page: { before: 'Page ', between: ' sur ', after: '' },
  contents: 'Table des matières',
  summary: {
    heading: 'Synthèse',
    intro:
      'Le présent rapport compare le texte «\u00a0{law}\u00a0» aux obligations du Protocole des Nations Unies sur les armes à feu et, pour chaque écart, indique le chapitre de la Loi type de l’ONUDC dont les dispositions peuvent servir de modèle. Le texte a été examiné au regard de {elements} éléments d’obligation tirés des articles 3 à 15 du Protocole.',
    binding: 'Sur les {total} obligations contraignantes (obligatoires, y compris celles que le Protocole assortit de réserves), le texte {parts}.',
    bindingParts: { covered: 'en couvre {n}', partial: 'en couvre {n} en partie seulement', missing: 'n’en traite pas {n}' },
    bindingNotApplicable: 'Une personne chargée de la relecture en a écarté {count} comme sans objet.',
    reviewedNone:
      'Ces constats sont des propositions, établies en rapprochant le libellé du texte de celui du Protocole. Aucun n’a encore été relu\u00a0: une personne doit confirmer chacun d’eux avant que le rapport ne serve de référence.',
    reviewedSome:
      'Ces constats sont des propositions, établies en rapprochant le libellé du texte de celui du Protocole. Une personne en a relu {reviewed} sur {elements}\u00a0; les autres restent à confirmer avant que le rapport ne serve de référence.',
    byTier: 'Couverture par catégorie d’obligation',
    tierColumns: { tier: 'Catégorie', elements: 'Éléments' },
    tierNote:
      'Les obligations obligatoires doivent être respectées. Les obligations avec réserves doivent l’être aussi, mais le Protocole laisse à l’État une marge dans le choix des moyens ou limite l’obligation (par exemple «\u00a0dans la limite des moyens disponibles\u00a0»). Les obligations conditionnelles ne s’appliquent que si le droit interne ne considère pas une arme neutralisée comme une arme à feu. L’État doit envisager les mesures de la catégorie «\u00a0à envisager\u00a0», sans être tenu de les adopter. Les mesures facultatives sont laissées à son choix.',
    gaps: 'Obligations contraignantes non encore remplies',
    gapsIntro: 'Les obligations contraignantes que le texte ne remplit pas, ou ne remplit qu’en partie\u00a0:',
    gapsNone: 'L’analyse n’a relevé aucune obligation contraignante que le texte omettrait ou ne remplirait qu’en partie.',
    change: 'Ce qui doit changer avant la ratification',
    changeIntro:
      'Pour satisfaire au Protocole, le texte devrait être modifié sur les points ci-dessous, regroupés selon le chapitre de la Loi type qui propose des dispositions modèles pour chacun.',
    changeNone: 'Au vu de la présente analyse, aucune modification n’est nécessaire pour remplir les obligations contraignantes.',
    add: 'À ajouter\u00a0: {item}.',
    complete: 'À compléter\u00a0: {item}.',
    definitions: 'Les infractions et les contrôles reposent sur des définitions\u00a0; il convient d’aligner aussi celles-ci sur le Protocole\u00a0: {items}.',
    conditional: 'Si le droit interne ne considère pas les armes neutralisées comme des armes à feu, prévoir également\u00a0: {items}.',
    consider: 'L’État doit en outre envisager, sans être tenu de les adopter\u00a0: {items}.',
  },
  matrix: {
    heading: 'Tableau de couverture',
    intro:
      'Chaque article du Protocole, avec le statut de chacun de ses éléments d’obligation. Le statut est écrit en toutes lettres\u00a0; la trame de couleur ne fait que le répéter.',
    columns: { ref: 'Référence', element: 'Élément d’obligation', tier: 'Catégorie', status: 'Statut' },
    noElements: 'Aucune obligation pour le droit interne',
    reviewed: '(relecture)',
  },
  findings: {
    heading: 'Constats par élément',
    intro:
      'Un constat pour chaque élément d’obligation, dans l’ordre du Protocole. Chacun présente l’obligation en termes simples, le statut proposé par lexgap, les passages du texte sur lesquels il s’appuie (cités dans la langue du texte), ce qui manque et le chapitre de la Loi type auquel se reporter.',
    obligation: 'Obligation',
    tier: 'Catégorie',
    status: 'Statut',
    statusReviewed: 'décision d’une personne chargée de la relecture\u00a0; proposition de lexgap\u00a0: {proposed}',
    confidence: 'degré de confiance\u00a0: {level}',
    evidence: 'Éléments tirés du texte',
    evidenceNone: 'Aucune disposition du texte traitant de cette obligation n’a été trouvée.',
    evidenceNoneReviewed: 'Aucune disposition du texte n’est citée pour cet élément.',
    matched: 'Termes retrouvés\u00a0: {terms}',
    addedByReviewer: 'ajouté lors de la relecture',
    alsoCited: 'Également cités\u00a0: {clauses}.',
    missing: 'Ce qui manque',
    missingNone: 'Rien de relevé.',
    modelLaw: 'Loi type',
    pointer: 'Piste de rédaction',
    decision: 'Décision de la personne chargée de la relecture',
  },
  shortfall: {
    facets: 'Le texte ne mentionne pas\u00a0: {items}.',
    years: 'Le texte prévoit une conservation de {stated} ans\u00a0; le Protocole exige au moins {required} ans.',
    noPeriod: 'Le texte ne fixe aucune durée\u00a0; le Protocole exige au moins {required} ans.',
  },
  chapters: {
    heading: 'Chapitres de la Loi type',
    intro:
      'Les chapitres de la Loi type de l’ONUDC, avec un statut déduit des éléments du Protocole que chacun met en œuvre\u00a0: un chapitre est couvert lorsque tous ses éléments sont couverts, partiellement couvert lorsqu’au moins un est couvert ou partiellement couvert, et absent lorsqu’aucun ne l’est. Les éléments écartés comme sans objet lors de la relecture ne sont pas pris en compte\u00a0; un chapitre sans élément à évaluer est indiqué «\u00a0non évalué\u00a0».',
    columns: { chapter: 'Chapitre', status: 'Statut', elements: 'Éléments du Protocole et leur statut' },
    notAssessed: 'Ne met en œuvre aucun élément du Protocole vérifié par lexgap.',
    pointers: 'Ce que la Loi type peut apporter',
    part: { one: 'Première partie, dispositions introductives', two: 'Deuxième partie, dispositions obligatoires', three: 'Troisième partie, dispositions non obligatoires' },
  },
  decisions: {
    heading: 'Décisions de relecture',
    intro:
      'Les décisions enregistrées par une personne ayant relu les constats de lexgap. Ce sont ses décisions, et non celles de lexgap\u00a0; elles l’emportent sur les propositions de lexgap dans l’ensemble du rapport.',
    none: 'Aucune décision de relecture n’a été enregistrée. Tous les constats du présent rapport sont des propositions de lexgap et attendent la confirmation d’une personne.',
    columns: { element: 'Élément', proposed: 'Proposition de lexgap', decision: 'Décision', by: 'Décidé par, le' },
    statusSet: 'Statut fixé à «\u00a0{status}\u00a0».',
    statusKept: 'Statut proposé maintenu.',
    rejected: 'Éléments écartés\u00a0: {clauses}.',
    added: 'Éléments ajoutés\u00a0: {clauses}.',
    note: 'Note\u00a0: {note}',
    stale: 'Ne figure plus dans le texte analysé\u00a0: {clauses}.',
    someone: 'Une personne chargée de la relecture',
  },
  method: {
    heading: 'Méthode et limites',
    sections: [
      {
        title: 'Lecture du texte',
        text: 'lexgap découpe le texte en dispositions (articles, sections, paragraphes et termes définis) en suivant sa numérotation, et conserve l’intitulé de chaque disposition afin que chaque constat puisse être vérifié dans le texte.',
      },
      {
        title: 'Rapprochement des dispositions',
        text: 'Pour chaque élément d’obligation, le catalogue de lexgap énumère les notions qu’une disposition doit exprimer, en anglais, en français et en espagnol\u00a0; pour le marquage à l’importation de l’art. 8(1)(b), par exemple, l’importation et le marquage. Une disposition est retenue lorsqu’elle les exprime toutes et qu’elle est de la bonne nature\u00a0: une définition pour une définition, une disposition pénale pour une infraction. Les mots sont comparés après réduction à leur radical et sans tenir compte des accents, avec une certaine tolérance aux fautes de frappe\u00a0; les mots rares pèsent plus que les mots courants.',
      },
      {
        title: 'Détermination du statut',
        text: 'Lorsqu’une obligation prend la forme d’une liste (le contenu d’une licence, les mentions d’un marquage), lexgap vérifie quels éléments le texte mentionne. Lorsqu’elle fixe un nombre (conservation des informations pendant au moins dix ans), lexgap relève la durée prévue par le texte. Un élément est couvert lorsqu’une disposition y répond pleinement, partiellement couvert lorsque le texte le traite sans le remplir entièrement, et absent lorsqu’aucune disposition ne le traite.',
      },
      {
        title: 'La Loi type',
        text: 'Chaque élément est relié aux chapitres de la Loi type qui le mettent en œuvre. Le rapport ne cite que des chapitres, jamais de numéros d’article de la Loi type. Les pistes de rédaction sont des résumés propres à lexgap, et non le texte de la Loi type, qu’il convient de lire dans son édition publiée.',
      },
      {
        title: 'Limites',
        text: 'Un rapprochement de mots ne lit pas un texte comme le fait un juriste. Il peut manquer une obligation que le texte remplit dans des termes inhabituels, ou par d’autres lois, règlements ou décisions de justice qui n’ont pas été analysés\u00a0; il peut aussi prendre une disposition qui emploie les bons mots pour une disposition qui remplit l’obligation. Il ne juge ni le caractère suffisant des peines ni l’application du texte. Seul le texte indiqué en page de couverture a été analysé. Les obligations sont résumées dans les termes propres à lexgap\u00a0; les textes authentiques du Protocole font foi, et les titres français peuvent différer de la traduction officielle.',
      },
      {
        title: 'Chaque constat doit être confirmé par une personne',
        text: 'Les constats sont des propositions. Un rédacteur ou un conseiller doit les lire au regard du texte, les confirmer ou les corriger, et consigner sa décision. Le rapport présente ces décisions comme celles d’une personne, distinctes des propositions de lexgap.',
      },
    ],
  },
  annex: {
    heading: 'Annexe\u00a0: dispositions du texte et éléments auxquels elles répondent',
    intro: 'Chaque disposition relevée par lexgap, dans l’ordre du texte, avec les éléments du Protocole pour lesquels elle est citée comme preuve de couverture.',
    columns: { clause: 'Disposition', heading: 'Place dans le texte', elements: 'Éléments auxquels elle répond' },
    none: '—',
  },
};

const es: ReportStrings = {
  locale: 'es-ES',
  status: { covered: 'Cubierto', partial: 'Parcialmente cubierto', missing: 'Ausente', 'not-applicable': 'No aplicable', 'not-assessed': 'No evaluado' },
  tier: {
    definition: 'Definición',
    scope: 'Ámbito de aplicación',
    mandatory: 'Obligatoria',
    qualified: 'Obligatoria, con salvedades',
    conditional: 'Condicional',
    'must-consider': 'Debe considerarse',
    optional: 'Facultativa',
  },
  language: { en: 'inglés', fr: 'francés', es: 'español', ar: 'árabe', ru: 'ruso', zh: 'chino' },
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  date: '{d} de {month} de {y}',
  confidence: { high: 'alta', medium: 'media', low: 'baja' },
  article: 'Artículo {n}',
  chapter: 'Capítulo {numeral}',
  and: 'y',
  cover: {
    kicker: 'Análisis de brechas legislativas',
    title: 'La ley frente al Protocolo de las Naciones Unidas sobre armas de fuego',
    against: 'Evaluada con respecto al Protocolo sobre armas de fuego, con referencias a la Ley Modelo de la UNODC',
    country: 'País',
    law: 'Texto analizado',
    lawDate: 'Fecha del texto',
    notStated: 'No consta en el texto',
    source: 'Archivo analizado',
    sourceValue: '{file}, en {language}, {clauses} disposiciones',
    instruments: 'Instrumentos de referencia',
    protocol:
      'Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego, sus piezas y componentes y municiones, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional (el Protocolo sobre armas de fuego)',
    modelLaw:
      'Ley Modelo de la UNODC contra la Fabricación y el Tráfico Ilícitos de Armas de Fuego, sus Piezas y Componentes y Municiones (la Ley Modelo)',
    analysedOn: 'Fecha del análisis',
    tool: 'Elaborado con',
    fingerprint: 'Huella del texto (SHA-256)',
    reportStatus: 'Estado de este informe',
    reportStatusText:
      'Borrador para revisión. Cada conclusión es una propuesta de lexgap; una persona debe confirmarla o corregirla antes de que el informe sirva de referencia.',
  },
  header: 'Análisis de brechas',
  page: { before: 'Página ', between: ' de ', after: '' },
  contents: 'Índice',
  summary: {
    heading: 'Resumen ejecutivo',
    intro:
      'Este informe compara el texto «{law}» con las obligaciones del Protocolo de las Naciones Unidas sobre armas de fuego y, para cada brecha, indica el capítulo de la Ley Modelo de la UNODC cuyas disposiciones pueden servir de modelo. El texto se examinó con respecto a {elements} elementos de obligación tomados de los artículos 3 a 15 del Protocolo.',
    binding: 'De las {total} obligaciones vinculantes (obligatorias, incluidas las que el Protocolo formula con salvedades), el texto {parts}.',
    bindingParts: { covered: 'cubre {n}', partial: 'cubre {n} solo en parte', missing: 'no aborda {n}' },
    bindingNotApplicable: 'Una persona revisora descartó {count} por no ser aplicables.',
    reviewedNone:
      'Estas conclusiones son propuestas, obtenidas al cotejar la redacción del texto con la del Protocolo. Ninguna ha sido revisada todavía: una persona debe confirmar cada una antes de que el informe sirva de referencia.',
    reviewedSome:
      'Estas conclusiones son propuestas, obtenidas al cotejar la redacción del texto con la del Protocolo. Una persona ha revisado {reviewed} de {elements}; las demás deben confirmarse antes de que el informe sirva de referencia.',
    byTier: 'Cobertura por categoría de obligación',
    tierColumns: { tier: 'Categoría', elements: 'Elementos' },
    tierNote:
      'Las obligaciones obligatorias deben cumplirse. Las obligaciones con salvedades también, pero el Protocolo deja al Estado cierto margen en la elección de los medios o limita la obligación (por ejemplo, «dentro de los medios disponibles»). Las obligaciones condicionales solo se aplican si el derecho interno no considera arma de fuego un arma desactivada. El Estado debe considerar las medidas de la categoría «debe considerarse», sin estar obligado a adoptarlas. Las medidas facultativas quedan a su elección.',
    gaps: 'Obligaciones vinculantes aún no cumplidas',
    gapsIntro: 'Las obligaciones vinculantes que el texto no cumple, o cumple solo en parte:',
    gapsNone: 'El análisis no encontró ninguna obligación vinculante que el texto omita o cumpla solo en parte.',
    change: 'Qué debe cambiar antes de la ratificación',
    changeIntro:
      'Para cumplir el Protocolo, el texto debería modificarse en los puntos siguientes, agrupados según el capítulo de la Ley Modelo que ofrece disposiciones modelo para cada uno.',
    changeNone: 'A la luz de este análisis, no es necesaria ninguna modificación para cumplir las obligaciones vinculantes.',
    add: 'Añadir: {item}.',
    complete: 'Completar: {item}.',
    definitions: 'Los delitos y los controles se basan en definiciones; conviene armonizar también estas con el Protocolo: {items}.',
    conditional: 'Si el derecho interno no considera armas de fuego las armas desactivadas, prever además: {items}.',
    consider: 'El Estado debe considerar además, sin estar obligado a adoptarlas: {items}.',
  },
  matrix: {
    heading: 'Cuadro de cobertura',
    intro:
      'Cada artículo del Protocolo, con el estado de cada uno de sus elementos de obligación. El estado figura en palabras; el sombreado solo lo repite.',
    columns: { ref: 'Referencia', element: 'Elemento de obligación', tier: 'Categoría', status: 'Estado' },
    noElements: 'Ninguna obligación para el derecho interno',
    reviewed: '(revisión)',
  },
  findings: {
    heading: 'Conclusiones por elemento',
    intro:
      'Una conclusión para cada elemento de obligación, en el orden del Protocolo. Cada una expone la obligación en términos sencillos, el estado que propone lexgap, los pasajes del texto en que se basa (citados en el idioma del texto), lo que falta y el capítulo de la Ley Modelo al que acudir.',
    obligation: 'Obligación',
    tier: 'Categoría',
    status: 'Estado',
    statusReviewed: 'decisión de una persona revisora; propuesta de lexgap: {proposed}',
    confidence: 'grado de confianza: {level}',
    evidence: 'Pasajes del texto',
    evidenceNone: 'No se encontró ninguna disposición del texto que aborde esta obligación.',
    evidenceNoneReviewed: 'No se cita ninguna disposición del texto para este elemento.',
    matched: 'Términos encontrados: {terms}',
    addedByReviewer: 'añadido en la revisión',
    alsoCited: 'También citados: {clauses}.',
    missing: 'Lo que falta',
    missingNone: 'Nada señalado.',
    modelLaw: 'Ley Modelo',
    pointer: 'Orientación para la redacción',
    decision: 'Decisión de la persona revisora',
  },
  shortfall: {
    facets: 'El texto no menciona: {items}.',
    years: 'El texto prevé conservar los registros {stated} años; el Protocolo exige al menos {required}.',
    noPeriod: 'El texto no fija ningún plazo; el Protocolo exige al menos {required} años.',
  },
  chapters: {
    heading: 'Capítulos de la Ley Modelo',
    intro:
      'Los capítulos de la Ley Modelo de la UNODC, con un estado que resume el de los elementos del Protocolo que cada uno aplica: un capítulo está cubierto cuando todos sus elementos lo están, parcialmente cubierto cuando al menos uno está cubierto o parcialmente cubierto, y ausente cuando ninguno lo está. Los elementos que una persona revisora descartó por no ser aplicables no se tienen en cuenta; un capítulo sin elementos que evaluar figura como «no evaluado».',
    columns: { chapter: 'Capítulo', status: 'Estado', elements: 'Elementos del Protocolo y su estado' },
    notAssessed: 'No aplica ningún elemento del Protocolo que lexgap verifique.',
    pointers: 'En qué puede ayudar la Ley Modelo',
    part: { one: 'Primera parte, disposiciones introductorias', two: 'Segunda parte, disposiciones obligatorias', three: 'Tercera parte, disposiciones no obligatorias' },
  },
  decisions: {
    heading: 'Decisiones de revisión',
    intro:
      'Las decisiones registradas por una persona que revisó las conclusiones de lexgap. Son decisiones de esa persona, no de lexgap, y prevalecen sobre las propuestas de lexgap en todo el informe.',
    none: 'No se ha registrado ninguna decisión de revisión. Todas las conclusiones de este informe son propuestas de lexgap y están pendientes de confirmación por una persona.',
    columns: { element: 'Elemento', proposed: 'Propuesta de lexgap', decision: 'Decisión', by: 'Decidido por, el' },
    statusSet: 'Estado fijado en «{status}».',
    statusKept: 'Se mantiene el estado propuesto.',
    rejected: 'Pasajes descartados: {clauses}.',
    added: 'Pasajes añadidos: {clauses}.',
    note: 'Nota: {note}',
    stale: 'Ya no figuran en el texto analizado: {clauses}.',
    someone: 'Una persona revisora',
  },
  method: {
    heading: 'Método y límites',
    sections: [
      {
        title: 'Lectura del texto',
        text: 'lexgap divide el texto en disposiciones (artículos, secciones, apartados y términos definidos) siguiendo su numeración, y conserva la denominación de cada disposición para que cada conclusión pueda comprobarse en el texto.',
      },
      {
        title: 'Cotejo de las disposiciones',
        text: 'Para cada elemento de obligación, el catálogo de lexgap enumera las ideas que una disposición debe expresar, en español, francés e inglés; para la marcación en la importación del art. 8(1)(b), por ejemplo, la importación y la marcación. Una disposición es candidata cuando las expresa todas y es del tipo adecuado: una definición para una definición, una disposición penal para un delito. Las palabras se comparan reducidas a su raíz y sin tener en cuenta los acentos, con cierta tolerancia a las erratas; las palabras poco frecuentes pesan más que las comunes.',
      },
      {
        title: 'Determinación del estado',
        text: 'Cuando una obligación es una lista (el contenido de una licencia, los datos de una marca), lexgap comprueba qué elementos menciona el texto. Cuando fija una cifra (conservar los registros al menos diez años), lexgap lee el plazo que establece el texto. Un elemento está cubierto cuando una disposición lo cumple plenamente, parcialmente cubierto cuando el texto lo aborda sin cumplirlo del todo, y ausente cuando ninguna disposición lo aborda.',
      },
      {
        title: 'La Ley Modelo',
        text: 'Cada elemento está vinculado a los capítulos de la Ley Modelo que lo aplican. El informe cita solo capítulos, nunca números de artículo de la Ley Modelo. Las orientaciones para la redacción son resúmenes propios de lexgap, no el texto de la Ley Modelo, que debe leerse en su edición publicada.',
      },
      {
        title: 'Límites',
        text: 'Cotejar palabras no equivale a leer una ley como lo hace un jurista. Puede pasar por alto una obligación que el texto cumple con una redacción poco habitual, o mediante otras leyes, reglamentos o jurisprudencia que no se analizaron; y puede tomar por cumplida una obligación porque una disposición emplea las palabras adecuadas. No valora si las penas son suficientes ni cómo se aplica la ley. Solo se analizó el texto indicado en la portada. Las obligaciones se resumen con palabras propias de lexgap; prevalecen los textos auténticos del Protocolo, y los títulos en español pueden diferir de la traducción oficial.',
      },
      {
        title: 'Una persona debe confirmar cada conclusión',
        text: 'Las conclusiones son propuestas. Una persona encargada de la redacción o del asesoramiento debe leer cada una a la luz del texto, confirmarla o corregirla y dejar constancia de su decisión. El informe presenta esas decisiones como decisiones de una persona, separadas de las propuestas de lexgap.',
      },
    ],
  },
  annex: {
    heading: 'Anexo: disposiciones del texto y elementos a los que responden',
    intro: 'Cada disposición que lexgap encontró en el texto, en el orden del texto, con los elementos del Protocolo para los que se cita como prueba de cobertura.',
    columns: { clause: 'Disposición', heading: 'Ubicación en el texto', elements: 'Elementos a los que responde' },
    none: '—',
  },
};

export const STRINGS: Record<ReportLanguage, ReportStrings> = { en, fr, es };

/** Fills `{name}` placeholders; a placeholder without a value is left as it is, so a gap shows in review. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** "a, b and c" in the report's language. */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export function isReportLanguage(s: string): s is ReportLanguage {
  return (REPORT_LANGUAGES as readonly string[]).includes(s);
}
