/**
 * The fixed wording of the comparative report (several laws side by side) and of the report on two versions of
 * one law, in English, French and Spanish, kept as data like strings.ts, whose status words, tiers, language
 * names, dates and method sections these reports share. `{name}` marks a value filled in by the model.
 *
 * The wording avoids counts that need a plural ("1 law", "2 laws") inside sentences: where a number stands, it
 * stands in a table or after a colon.
 */
import type { ChangeKind } from '../compare/diff.js';
import type { ReportLanguage } from './strings.js';

export interface CompareStrings {
  header: string;
  cover: {
    kicker: string;
    title: string;
    against: string;
    laws: string;
    lawValue: string;
    instruments: string;
    analysedOn: string;
    tool: string;
    reportStatus: string;
    reportStatusText: string;
  };
  overview: {
    heading: string;
    intro: string;
    reviewedNone: string;
    table: string;
    columns: { law: string; title: string; language: string; clauses: string; binding: string };
    tableNote: string;
    everyGap: string;
    everyGapNone: string;
    everyCovered: string;
    everyCoveredNone: string;
  };
  matrix: {
    heading: string;
    intro: string;
    columns: { ref: string; element: string };
    /** When the laws do not fit one table: "Laws {from} to {to}". */
    part: string;
    key: string;
    keyValue: string;
  };
  notes: {
    heading: string;
    intro: string;
    allCovered: string;
    noGap: string;
    shared: string;
    sharedItem: string;
    noModel: string;
    models: string;
    modelItem: string;
    drawOn: string;
    alsoCovered: string;
    quoteNote: string;
    noModels: string;
  };
  annex: {
    heading: string;
    intro: string;
    counts: string;
    gaps: string;
    gapsIntro: string;
    gapsNone: string;
    gapColumns: { ref: string; element: string; tier: string; status: string; missing: string };
    evidence: string;
    evidenceIntro: string;
    evidenceNone: string;
    evidenceColumns: { ref: string; element: string; status: string; clauses: string };
  };
  method: { comparative: { title: string; text: string } };
  diff: {
    header: string;
    kicker: string;
    title: string;
    against: string;
    earlier: string;
    later: string;
    versionValue: string;
    fingerprint: string;
    summary: {
      heading: string;
      intro: string;
      none: string;
      columns: { what: string; count: string };
      rows: Record<ChangeKind | 'evidence' | 'added' | 'removed' | 'changed', string>;
      caution: string;
    };
    changes: {
      heading: string;
      intro: string;
      none: string;
      columns: { ref: string; element: string; before: string; after: string; change: string };
      kinds: Record<ChangeKind, string>;
      citedBefore: string;
      citedAfter: string;
      nothingCited: string;
    };
    evidence: { heading: string; intro: string; none: string; columns: { ref: string; element: string; status: string; before: string; after: string } };
    clauses: { heading: string; intro: string; added: string; removed: string; changed: string; none: string; legend: string; removedMark: string; addedMark: string };
  };
}

const en: CompareStrings = {
  header: 'Comparative gap analysis',
  cover: {
    kicker: 'Comparative gap analysis',
    title: 'How the laws compare against the UN Firearms Protocol',
    against: 'Each law assessed against the UN Firearms Protocol, side by side, with pointers to the UNODC Model Law',
    laws: 'Laws compared',
    lawValue: '{name}: {title} ({file}, in {language}, {clauses} clauses)',
    instruments: 'Instruments assessed',
    analysedOn: 'Date of the analysis',
    tool: 'Prepared with',
    reportStatus: 'Status of this report',
    reportStatusText:
      'Draft for review. Every finding is a proposal made by lexgap; a person must confirm or correct each one, for each law, before the report is relied on.',
  },
  overview: {
    heading: 'Overview',
    intro:
      'This report sets {count} laws side by side against the obligations of the UN Firearms Protocol: {elements} obligation elements drawn from articles 3 to 15. Each law was analysed on its own, in its own language, exactly as a single gap analysis would analyse it; the matrix puts the findings together, and the harmonization notes show where the laws share a gap and where one law offers a model for the others.',
    reviewedNone:
      'These findings are proposals, made by matching the wording of each law against the Protocol. A person must confirm them before the report is relied on.',
    table: 'The laws at a glance',
    columns: { law: 'Law', title: 'Title', language: 'Language', clauses: 'Clauses', binding: 'Binding obligations not met' },
    tableNote: 'Counts are of the {elements} obligation elements. Binding obligations are the mandatory ones, including those the Protocol qualifies.',
    everyGap: 'Gaps every law shares (no law covers them): {items}.',
    everyGapNone: 'No element is missed by every law: for each, at least one law covers it or covers it in part.',
    everyCovered: 'Covered by every law: {items}.',
    everyCoveredNone: 'No element is covered by every law.',
  },
  matrix: {
    heading: 'Comparative matrix',
    intro:
      'Every obligation element of the Protocol, article by article, with its status in each law. The status is written in words; the shading only repeats it.',
    columns: { ref: 'Reference', element: 'Obligation element' },
    part: 'Laws {from} to {to}',
    key: 'Laws in the columns',
    keyValue: '{name}: {title}',
  },
  notes: {
    heading: 'Harmonization notes',
    intro:
      'Article by article: the gaps the laws share, which a common or coordinated amendment could close, and the provisions of one law that cover what others miss, which the others could draw on. The clause quoted is the one lexgap relied on; it is quoted in the language of its law.',
    allCovered: 'Every law covers the elements of this article.',
    noGap: 'No law falls short on this article where another does not.',
    shared: 'Shared gaps',
    sharedItem: '{element} — {statuses}.',
    noModel: 'No law in the comparison covers it: {chapter} of the Model Law offers model provisions.',
    models: 'Models in the comparison',
    modelItem: '{element} — {law} covers it in {clause}.',
    drawOn: 'Could draw on it: {laws}.',
    alsoCovered: 'Also covered by: {laws}.',
    quoteNote: '{law}, clause quoted:',
    noModels: 'No law covers an element of this article that another misses.',
  },
  annex: {
    heading: 'Annex {letter}: {name}',
    intro: '{title} ({file}, in {language}, {clauses} clauses).',
    counts: 'Of the {elements} obligation elements: {parts}.',
    gaps: 'Gaps',
    gapsIntro: 'The elements this law misses or covers only in part, with what is missing.',
    gapsNone: 'This law misses no element and covers none only in part.',
    gapColumns: { ref: 'Reference', element: 'Obligation element', tier: 'Tier', status: 'Status', missing: 'What is missing' },
    evidence: 'Evidence relied on',
    evidenceIntro: 'The clauses of this law cited for each element it covers or covers in part, best match first.',
    evidenceNone: 'No clause of this law is cited for any element.',
    evidenceColumns: { ref: 'Reference', element: 'Obligation element', status: 'Status', clauses: 'Clauses cited' },
  },
  method: {
    comparative: {
      title: 'How the laws are compared',
      text: 'Each law is analysed on its own, in its own language, as a single gap analysis would analyse it, so its column in the matrix gives the same statuses as its own report. Two laws or more share a gap when each misses an element or covers it only in part. A law offers a model when it covers an element that another law misses or covers only in part; where several do, the one whose clause matches the obligation most surely is quoted. A model in a neighbouring law is a starting point for drafting, not a text to copy: it must be read in its own legal system.',
    },
  },
  diff: {
    header: 'Changes between versions',
    kicker: 'Comparison of two versions',
    title: 'What changed between two versions of the law',
    against: 'Both versions assessed against the UN Firearms Protocol',
    earlier: 'Earlier version',
    later: 'Later version',
    versionValue: '{title} ({file}, in {language}, {clauses} clauses)',
    fingerprint: 'Fingerprints of the texts (SHA-256)',
    summary: {
      heading: 'Summary of changes',
      intro:
        'Both versions were analysed on their own, as a single gap analysis would analyse them. This report lists the obligation elements whose status changed, the elements now supported by other clauses, and the clauses added, removed or reworded, matched by their labels.',
      none: 'No obligation element changed status between the two versions.',
      columns: { what: 'Change', count: 'Number' },
      rows: {
        closed: 'Gaps closed',
        opened: 'Gaps opened',
        narrowed: 'Gaps narrowed (missing, now partly covered)',
        widened: 'Gaps widened (partly covered, now missing)',
        other: 'Other status changes',
        evidence: 'Elements now supported by other clauses',
        added: 'Clauses added',
        removed: 'Clauses removed',
        changed: 'Clauses reworded',
      },
      caution: 'The statuses are lexgap’s proposals for each version; a person must confirm every change before relying on it.',
    },
    changes: {
      heading: 'Status changes',
      intro: 'The obligation elements whose status differs between the two versions, with the clauses cited in each.',
      none: 'No obligation element changed status.',
      columns: { ref: 'Reference', element: 'Obligation element', before: 'Before', after: 'After', change: 'Change' },
      kinds: { closed: 'Gap closed', opened: 'Gap opened', narrowed: 'Gap narrowed', widened: 'Gap widened', other: 'Status changed' },
      citedBefore: 'Cited before: {clauses}',
      citedAfter: 'Cited now: {clauses}',
      nothingCited: 'none',
    },
    evidence: {
      heading: 'Evidence moved',
      intro: 'Elements whose status is unchanged but which are now supported by other clauses, for instance because a clause was renumbered, added or removed.',
      none: 'No element is supported by other clauses than before.',
      columns: { ref: 'Reference', element: 'Obligation element', status: 'Status', before: 'Cited before', after: 'Cited now' },
    },
    clauses: {
      heading: 'Clauses that changed',
      intro:
        'Clauses are matched by their labels. A clause listed as added or removed includes the clauses inside it; a reworded clause shows its own wording only, without the clauses inside it, which are listed on their own.',
      added: 'Clauses added',
      removed: 'Clauses removed',
      changed: 'Clauses reworded',
      none: 'None.',
      legend: 'Words struck through and marked [−…] were removed; words underlined twice and marked [+…] were added.',
      removedMark: '−',
      addedMark: '+',
    },
  },
};

const fr: CompareStrings = {
  header: 'Analyse comparative des écarts',
  cover: {
    kicker: 'Analyse comparative des écarts',
    title: 'Les textes comparés au regard du Protocole des Nations Unies sur les armes à feu',
    against: 'Chaque texte évalué au regard du Protocole sur les armes à feu, côte à côte, avec des renvois à la Loi type de l’ONUDC',
    laws: 'Textes comparés',
    lawValue: '{name}\u00a0: {title} ({file}, en {language}, {clauses} dispositions)',
    instruments: 'Instruments de référence',
    analysedOn: 'Date de l’analyse',
    tool: 'Établi avec',
    reportStatus: 'Statut du présent rapport',
    reportStatusText:
      'Projet soumis à relecture. Chaque constat est une proposition de lexgap\u00a0; une personne doit le confirmer ou le corriger, pour chaque texte, avant que le rapport ne fasse foi.',
  },
  overview: {
    heading: 'Vue d’ensemble',
    intro:
      'Le présent rapport place {count} textes côte à côte au regard des obligations du Protocole des Nations Unies sur les armes à feu\u00a0: {elements} éléments d’obligation tirés des articles 3 à 15. Chaque texte a été analysé séparément, dans sa langue, exactement comme le ferait une analyse individuelle\u00a0; le tableau réunit les constats, et les notes d’harmonisation indiquent les écarts que les textes ont en commun et les dispositions d’un texte qui peuvent servir de modèle aux autres.',
    reviewedNone:
      'Ces constats sont des propositions, obtenues en rapprochant la rédaction de chaque texte de celle du Protocole. Une personne doit les confirmer avant que le rapport ne fasse foi.',
    table: 'Les textes en bref',
    columns: { law: 'Texte', title: 'Intitulé', language: 'Langue', clauses: 'Dispositions', binding: 'Obligations contraignantes non remplies' },
    tableNote:
      'Décompte portant sur les {elements} éléments d’obligation. Les obligations contraignantes sont les obligations impératives, y compris celles que le Protocole assortit de réserves.',
    everyGap: 'Écarts communs à tous les textes (aucun ne couvre ces éléments)\u00a0: {items}.',
    everyGapNone: 'Aucun élément n’est absent de tous les textes\u00a0: chacun est couvert, au moins en partie, par au moins un texte.',
    everyCovered: 'Couverts par tous les textes\u00a0: {items}.',
    everyCoveredNone: 'Aucun élément n’est couvert par tous les textes.',
  },
  matrix: {
    heading: 'Tableau comparatif',
    intro:
      'Chaque élément d’obligation du Protocole, article par article, avec son statut dans chaque texte. Le statut est écrit en toutes lettres\u00a0; la trame ne fait que le répéter.',
    columns: { ref: 'Référence', element: 'Élément d’obligation' },
    part: 'Textes {from} à {to}',
    key: 'Textes figurant en colonnes',
    keyValue: '{name}\u00a0: {title}',
  },
  notes: {
    heading: 'Notes d’harmonisation',
    intro:
      'Article par article\u00a0: les écarts que les textes ont en commun, qu’une modification commune ou coordonnée pourrait combler, et les dispositions d’un texte qui couvrent ce qui manque aux autres, dont ceux-ci pourraient s’inspirer. La disposition citée est celle sur laquelle lexgap s’est fondé\u00a0; elle est citée dans la langue de son texte.',
    allCovered: 'Tous les textes couvrent les éléments de cet article.',
    noGap: 'Aucun texte ne présente, sur cet article, d’écart qu’un autre n’a pas.',
    shared: 'Écarts communs',
    sharedItem: '{element} — {statuses}.',
    noModel: 'Aucun texte de la comparaison ne le couvre\u00a0: le {chapter} de la Loi type propose des dispositions types.',
    models: 'Modèles au sein de la comparaison',
    modelItem: '{element} — {law} le couvre à la disposition {clause}.',
    drawOn: 'Pourraient s’en inspirer\u00a0: {laws}.',
    alsoCovered: 'Également couvert par\u00a0: {laws}.',
    quoteNote: '{law}, disposition citée\u00a0:',
    noModels: 'Aucun texte ne couvre un élément de cet article qui manque à un autre.',
  },
  annex: {
    heading: 'Annexe {letter}\u00a0: {name}',
    intro: '{title} ({file}, en {language}, {clauses} dispositions).',
    counts: 'Sur les {elements} éléments d’obligation\u00a0: {parts}.',
    gaps: 'Écarts',
    gapsIntro: 'Les éléments que ce texte ne couvre pas, ou ne couvre qu’en partie, avec ce qui manque.',
    gapsNone: 'Ce texte ne laisse aucun élément absent ni partiellement couvert.',
    gapColumns: { ref: 'Référence', element: 'Élément d’obligation', tier: 'Catégorie', status: 'Statut', missing: 'Ce qui manque' },
    evidence: 'Dispositions retenues',
    evidenceIntro: 'Les dispositions de ce texte citées pour chaque élément qu’il couvre en tout ou en partie, la plus pertinente en premier.',
    evidenceNone: 'Aucune disposition de ce texte n’est citée pour un élément.',
    evidenceColumns: { ref: 'Référence', element: 'Élément d’obligation', status: 'Statut', clauses: 'Dispositions citées' },
  },
  method: {
    comparative: {
      title: 'Comment les textes sont comparés',
      text: 'Chaque texte est analysé séparément, dans sa langue, comme le ferait une analyse individuelle\u00a0: sa colonne du tableau donne donc les mêmes statuts que son propre rapport. Plusieurs textes ont un écart commun lorsque chacun omet un élément ou ne le couvre qu’en partie. Un texte offre un modèle lorsqu’il couvre un élément qu’un autre omet ou ne couvre qu’en partie\u00a0; si plusieurs le couvrent, la disposition citée est celle qui correspond le plus sûrement à l’obligation. Un modèle tiré d’un texte voisin est un point de départ pour la rédaction, non un texte à reprendre tel quel\u00a0: il doit être lu dans son propre système juridique.',
    },
  },
  diff: {
    header: 'Modifications entre versions',
    kicker: 'Comparaison de deux versions',
    title: 'Ce qui a changé entre deux versions du texte',
    against: 'Les deux versions évaluées au regard du Protocole des Nations Unies sur les armes à feu',
    earlier: 'Version antérieure',
    later: 'Version postérieure',
    versionValue: '{title} ({file}, en {language}, {clauses} dispositions)',
    fingerprint: 'Empreintes des textes (SHA-256)',
    summary: {
      heading: 'Synthèse des modifications',
      intro:
        'Les deux versions ont été analysées séparément, comme le ferait une analyse individuelle. Le présent rapport indique les éléments d’obligation dont le statut a changé, ceux qui reposent désormais sur d’autres dispositions, et les dispositions ajoutées, supprimées ou reformulées, rapprochées d’après leur numérotation.',
      none: 'Aucun élément d’obligation n’a changé de statut entre les deux versions.',
      columns: { what: 'Modification', count: 'Nombre' },
      rows: {
        closed: 'Écarts comblés',
        opened: 'Écarts apparus',
        narrowed: 'Écarts réduits (absent, désormais partiellement couvert)',
        widened: 'Écarts aggravés (partiellement couvert, désormais absent)',
        other: 'Autres changements de statut',
        evidence: 'Éléments reposant désormais sur d’autres dispositions',
        added: 'Dispositions ajoutées',
        removed: 'Dispositions supprimées',
        changed: 'Dispositions reformulées',
      },
      caution: 'Les statuts sont des propositions de lexgap pour chaque version\u00a0; une personne doit confirmer chaque changement avant de s’y fier.',
    },
    changes: {
      heading: 'Changements de statut',
      intro: 'Les éléments d’obligation dont le statut diffère entre les deux versions, avec les dispositions citées dans chacune.',
      none: 'Aucun élément d’obligation n’a changé de statut.',
      columns: { ref: 'Référence', element: 'Élément d’obligation', before: 'Avant', after: 'Après', change: 'Changement' },
      kinds: { closed: 'Écart comblé', opened: 'Écart apparu', narrowed: 'Écart réduit', widened: 'Écart aggravé', other: 'Statut modifié' },
      citedBefore: 'Citées avant\u00a0: {clauses}',
      citedAfter: 'Citées désormais\u00a0: {clauses}',
      nothingCited: 'aucune',
    },
    evidence: {
      heading: 'Dispositions retenues déplacées',
      intro:
        'Les éléments dont le statut n’a pas changé mais qui reposent désormais sur d’autres dispositions, par exemple parce qu’une disposition a été renumérotée, ajoutée ou supprimée.',
      none: 'Aucun élément ne repose sur d’autres dispositions qu’auparavant.',
      columns: { ref: 'Référence', element: 'Élément d’obligation', status: 'Statut', before: 'Citées avant', after: 'Citées désormais' },
    },
    clauses: {
      heading: 'Dispositions modifiées',
      intro:
        'Les dispositions sont rapprochées d’après leur numérotation. Une disposition ajoutée ou supprimée comprend les dispositions qu’elle contient\u00a0; une disposition reformulée n’est montrée que dans sa rédaction propre, sans les dispositions qu’elle contient, qui sont indiquées séparément.',
      added: 'Dispositions ajoutées',
      removed: 'Dispositions supprimées',
      changed: 'Dispositions reformulées',
      none: 'Aucune.',
      legend: 'Les mots barrés et signalés par [−…] ont été supprimés\u00a0; les mots soulignés deux fois et signalés par [+…] ont été ajoutés.',
      removedMark: '−',
      addedMark: '+',
    },
  },
};

const es: CompareStrings = {
  header: 'Análisis comparativo de brechas',
  cover: {
    kicker: 'Análisis comparativo de brechas',
    title: 'Los textos comparados frente al Protocolo de las Naciones Unidas sobre armas de fuego',
    against: 'Cada texto evaluado con respecto al Protocolo sobre armas de fuego, uno junto a otro, con referencias a la Ley Modelo de la UNODC',
    laws: 'Textos comparados',
    lawValue: '{name}: {title} ({file}, en {language}, {clauses} disposiciones)',
    instruments: 'Instrumentos de referencia',
    analysedOn: 'Fecha del análisis',
    tool: 'Elaborado con',
    reportStatus: 'Estado de este informe',
    reportStatusText:
      'Borrador para revisión. Cada conclusión es una propuesta de lexgap; una persona debe confirmarla o corregirla, para cada texto, antes de que el informe sirva de referencia.',
  },
  overview: {
    heading: 'Panorama general',
    intro:
      'Este informe sitúa {count} textos uno junto a otro frente a las obligaciones del Protocolo de las Naciones Unidas sobre armas de fuego: {elements} elementos de obligación tomados de los artículos 3 a 15. Cada texto se analizó por separado, en su idioma, exactamente como lo haría un análisis individual; el cuadro reúne las conclusiones, y las notas de armonización señalan las brechas que los textos comparten y las disposiciones de un texto que pueden servir de modelo a los demás.',
    reviewedNone:
      'Estas conclusiones son propuestas, obtenidas al cotejar la redacción de cada texto con la del Protocolo. Una persona debe confirmarlas antes de que el informe sirva de referencia.',
    table: 'Los textos de un vistazo',
    columns: { law: 'Texto', title: 'Título', language: 'Idioma', clauses: 'Disposiciones', binding: 'Obligaciones vinculantes no cumplidas' },
    tableNote:
      'Recuento sobre los {elements} elementos de obligación. Las obligaciones vinculantes son las obligatorias, incluidas las que el Protocolo formula con salvedades.',
    everyGap: 'Brechas comunes a todos los textos (ninguno cubre estos elementos): {items}.',
    everyGapNone: 'Ningún elemento falta en todos los textos: cada uno está cubierto, al menos en parte, por algún texto.',
    everyCovered: 'Cubiertos por todos los textos: {items}.',
    everyCoveredNone: 'Ningún elemento está cubierto por todos los textos.',
  },
  matrix: {
    heading: 'Cuadro comparativo',
    intro:
      'Cada elemento de obligación del Protocolo, artículo por artículo, con su estado en cada texto. El estado figura en palabras; el sombreado solo lo repite.',
    columns: { ref: 'Referencia', element: 'Elemento de obligación' },
    part: 'Textos {from} a {to}',
    key: 'Textos en las columnas',
    keyValue: '{name}: {title}',
  },
  notes: {
    heading: 'Notas de armonización',
    intro:
      'Artículo por artículo: las brechas que los textos comparten, que una reforma común o coordinada podría cerrar, y las disposiciones de un texto que cubren lo que falta en otros, en las que estos podrían inspirarse. La disposición citada es aquella en la que se basó lexgap; se cita en el idioma de su texto.',
    allCovered: 'Todos los textos cubren los elementos de este artículo.',
    noGap: 'En este artículo, ningún texto presenta una brecha que otro no tenga.',
    shared: 'Brechas compartidas',
    sharedItem: '{element} — {statuses}.',
    noModel: 'Ningún texto de la comparación lo cubre: el {chapter} de la Ley Modelo ofrece disposiciones modelo.',
    models: 'Modelos dentro de la comparación',
    modelItem: '{element} — {law} lo cubre en la disposición {clause}.',
    drawOn: 'Podrían inspirarse en ella: {laws}.',
    alsoCovered: 'También lo cubren: {laws}.',
    quoteNote: '{law}, disposición citada:',
    noModels: 'Ningún texto cubre un elemento de este artículo que falte en otro.',
  },
  annex: {
    heading: 'Anexo {letter}: {name}',
    intro: '{title} ({file}, en {language}, {clauses} disposiciones).',
    counts: 'De los {elements} elementos de obligación: {parts}.',
    gaps: 'Brechas',
    gapsIntro: 'Los elementos que este texto no cubre, o cubre solo en parte, con lo que falta.',
    gapsNone: 'Este texto no deja ningún elemento ausente ni parcialmente cubierto.',
    gapColumns: { ref: 'Referencia', element: 'Elemento de obligación', tier: 'Categoría', status: 'Estado', missing: 'Lo que falta' },
    evidence: 'Disposiciones en que se basa',
    evidenceIntro: 'Las disposiciones de este texto citadas para cada elemento que cubre total o parcialmente, la más pertinente primero.',
    evidenceNone: 'No se cita ninguna disposición de este texto para ningún elemento.',
    evidenceColumns: { ref: 'Referencia', element: 'Elemento de obligación', status: 'Estado', clauses: 'Disposiciones citadas' },
  },
  method: {
    comparative: {
      title: 'Cómo se comparan los textos',
      text: 'Cada texto se analiza por separado, en su idioma, como lo haría un análisis individual, de modo que su columna del cuadro da los mismos estados que su propio informe. Dos o más textos comparten una brecha cuando cada uno omite un elemento o lo cubre solo en parte. Un texto ofrece un modelo cuando cubre un elemento que otro omite o cubre solo en parte; si varios lo cubren, se cita la disposición que corresponde con más seguridad a la obligación. Un modelo tomado de un texto vecino es un punto de partida para la redacción, no un texto que copiar: debe leerse en su propio ordenamiento jurídico.',
    },
  },
  diff: {
    header: 'Cambios entre versiones',
    kicker: 'Comparación de dos versiones',
    title: 'Qué cambió entre dos versiones del texto',
    against: 'Ambas versiones evaluadas con respecto al Protocolo de las Naciones Unidas sobre armas de fuego',
    earlier: 'Versión anterior',
    later: 'Versión posterior',
    versionValue: '{title} ({file}, en {language}, {clauses} disposiciones)',
    fingerprint: 'Huellas de los textos (SHA-256)',
    summary: {
      heading: 'Resumen de los cambios',
      intro:
        'Ambas versiones se analizaron por separado, como lo haría un análisis individual. Este informe enumera los elementos de obligación cuyo estado cambió, los que ahora se apoyan en otras disposiciones, y las disposiciones añadidas, suprimidas o reformuladas, emparejadas según su numeración.',
      none: 'Ningún elemento de obligación cambió de estado entre las dos versiones.',
      columns: { what: 'Cambio', count: 'Número' },
      rows: {
        closed: 'Brechas cerradas',
        opened: 'Brechas abiertas',
        narrowed: 'Brechas reducidas (ausente, ahora parcialmente cubierto)',
        widened: 'Brechas ampliadas (parcialmente cubierto, ahora ausente)',
        other: 'Otros cambios de estado',
        evidence: 'Elementos que ahora se apoyan en otras disposiciones',
        added: 'Disposiciones añadidas',
        removed: 'Disposiciones suprimidas',
        changed: 'Disposiciones reformuladas',
      },
      caution: 'Los estados son propuestas de lexgap para cada versión; una persona debe confirmar cada cambio antes de basarse en él.',
    },
    changes: {
      heading: 'Cambios de estado',
      intro: 'Los elementos de obligación cuyo estado difiere entre las dos versiones, con las disposiciones citadas en cada una.',
      none: 'Ningún elemento de obligación cambió de estado.',
      columns: { ref: 'Referencia', element: 'Elemento de obligación', before: 'Antes', after: 'Después', change: 'Cambio' },
      kinds: { closed: 'Brecha cerrada', opened: 'Brecha abierta', narrowed: 'Brecha reducida', widened: 'Brecha ampliada', other: 'Estado modificado' },
      citedBefore: 'Citadas antes: {clauses}',
      citedAfter: 'Citadas ahora: {clauses}',
      nothingCited: 'ninguna',
    },
    evidence: {
      heading: 'Disposiciones de apoyo desplazadas',
      intro:
        'Elementos cuyo estado no cambió pero que ahora se apoyan en otras disposiciones, por ejemplo porque una disposición se renumeró, se añadió o se suprimió.',
      none: 'Ningún elemento se apoya en disposiciones distintas de las anteriores.',
      columns: { ref: 'Referencia', element: 'Elemento de obligación', status: 'Estado', before: 'Citadas antes', after: 'Citadas ahora' },
    },
    clauses: {
      heading: 'Disposiciones que cambiaron',
      intro:
        'Las disposiciones se emparejan según su numeración. Una disposición añadida o suprimida incluye las disposiciones que contiene; una disposición reformulada se muestra solo con su redacción propia, sin las disposiciones que contiene, que se indican por separado.',
      added: 'Disposiciones añadidas',
      removed: 'Disposiciones suprimidas',
      changed: 'Disposiciones reformuladas',
      none: 'Ninguna.',
      legend: 'Las palabras tachadas y marcadas con [−…] se suprimieron; las palabras con doble subrayado y marcadas con [+…] se añadieron.',
      removedMark: '−',
      addedMark: '+',
    },
  },
};

export const COMPARE_STRINGS: Record<ReportLanguage, CompareStrings> = { en, fr, es };
