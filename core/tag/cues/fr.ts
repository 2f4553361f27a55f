import type { Cues } from './types.js';

export const fr: Cues = {
  characters: {
    purpose: ['présente loi a pour objet', 'présent décret a pour objet', 'présent titre a pour objet', 'présent chapitre a pour objet', 'présente ordonnance a pour objet', 'la présente loi vise à', 'le présent décret vise à', 'présente loi règle', 'présente loi régit', 'présente loi a pour but', 'présente ordonnance règle', 'présente ordonnance régit'],
    exemption: ["ne s'applique pas", 'ne sont pas applicables', "n'est pas applicable", 'ne sont pas soumis', "n'est pas soumis", "n'est pas soumise", 'ne sont pas soumises', "n'est pas requis*", "n'ont pas besoin", 'est dispens*', 'sont dispens*', 'dérogation', 'par dérogation', 'exempt*', 'sont exclus', 'est exclu'],
    transitional: ['entre en vigueur', 'entrent en vigueur', 'entrée en vigueur', 'dispositions transitoires', 'est abrogé*', 'sont abrogé*', 'est modifié*', 'sont modifié*', 'est remplacé* par', 'à titre transitoire', "jusqu'à la date"],
    delegation: ['peut, par règlement', 'peut par règlement', 'peut, par décret', 'peut par décret', 'pouvoir réglementaire'],
    register: ['registre dans lequel', 'registre spécial', 'doivent figurer', 'sont inscrit*', 'est inscrit*', 'sont enregistré*', 'tient un registre', 'tiennent un registre', 'tenir un registre', 'le registre comporte', 'le registre mentionne', 'les données suivantes', 'les informations suivantes', 'traitement automatisé', 'fichier', 'système d’information', "système d'information"],
    contents: ['la demande comprend', 'la demande comporte', 'la demande est accompagnée', 'la demande doit comporter', 'est accompagnée', 'sont joint*', 'joindre', 'pièces suivantes', 'accompagnée* des pièces', 'accompagnée* des documents', 'pièces complémentaires suivantes', 'pièces justificatives suivantes', 'dossier de demande', 'le demandeur fournit', 'la licence mentionne', "l'autorisation mentionne", 'doit mentionner', 'mentionne', 'indique'],
    prohibition: ['il est interdit', 'est interdit*', 'sont interdit*', 'sont prohibé*', 'est prohibé*', 'nul ne peut', 'ne peut', 'ne peuvent', 'ne doit', 'ne doivent', 'interdiction'],
    duty: ['doit', 'doivent', 'est tenu', 'sont tenus', 'est tenue', 'sont tenues', 'est obligatoire', 'est soumis* à', 'sont soumis* à', 'il appartient'],
    permission: ['peut', 'peuvent', 'est autorisé* à', 'sont autorisé* à', 'a la faculté'],
    institution: ['est institué*', 'est créé*', 'est chargé*', 'sont chargé*', 'est compétent*', 'est placé* auprès'],
  },
  criminal: ['emprisonnement', 'réclusion', "d'emprisonnement", 'est puni', 'sont punis', 'est punie', 'sont punies', 'sera puni', 'seront punis', 'constitue un délit', 'peine complémentaire', 'peines complémentaires', 'peine principale'],
  administrative: ['amende administrative', 'sanction administrative', 'sanctions administratives', "contravention de la 5e classe", 'contravention', 'contraventions', 'amende prévue pour les contraventions', 'infraction administrative'],
  subjects: {
    firearms: ['arme*', 'arme à feu', 'armes à feu', 'fusil*', 'pistolet*', 'revolver*', 'carabine*', 'matériels de guerre', 'matériel de guerre'],
    ammunition: ['munition*', 'cartouche*'],
    parts: ['éléments essentiels', 'élément essentiel', "éléments d'arme", 'pièces', 'canon*', 'carcasse*', 'culasse*'],
    explosives: ['explosif*', 'poudre*', 'détonateur*', 'substances explosives', 'produits explosifs'],
    pyrotechnics: ['pyrotechni*', 'artifice*', "feux d'artifice"],
    'other-weapons': ['couteau*', 'poignard*', 'baïonnette*', 'lame*', 'arbalète*', 'arc*', 'matraque*', 'coup-de-poing', 'coups de poing', 'aérosol*', 'engins', 'appareils à électrochoc*', 'électrochoc*'],
    precursors: ['précurseur*', 'précurseurs de substances explosibles'],
    wmd: ['armes de destruction massive', 'arme de destruction massive', 'arme nucléaire', 'armes nucléaires', 'armes biologiques', 'arme biologique', 'armes chimiques', 'arme chimique', 'vecteurs', 'matières nucléaires'],
  },
  directions: {
    import: ['import*', "introduction sur le territoire", 'introduire sur le territoire', 'introduit sur le territoire', "admission temporaire", 'entrée sur le territoire'],
    export: ['export*', 'sortie du territoire', 'réexport*'],
    transit: ['transit', 'transbord*', 'en transit'],
    'domestic-transfer': ['vente', 'vend*', 'cession', 'céd*', 'transfert*', 'aliénation', 'aliéner', 'livraison'],
  },
  actors: {
    authority: ["l'autorité administrative", 'le ministre', 'le préfet', "l'autorité compétente", "l'office central", 'la police', 'la gendarmerie', 'les douanes', "l'administration", "l'état", 'le service', "l'autorité"],
    licensee: ['titulaire*', 'armurier*', 'fabricant*', 'commerçant*', 'négociant*', 'détenteur*', 'intermédiaire*'],
    'any-person': ['quiconque', 'toute personne', 'nul ne', 'le fait de'],
  },
  scopes: {
    international: ['autres états', 'autre état', 'états membres', 'état membre', 'étranger*', 'international*', 'interpol', 'états parties', 'pays tiers'],
    domestic: [],
  },
  generalPenalty: ['infraction aux dispositions du présent', 'toute infraction au présent', 'en violation des dispositions du présent', 'contrevenu aux dispositions du présent'],
  penalHeadings: ['pénal*', 'sanctions pénales', 'dispositions pénales', 'infractions', 'délits'],
  administrativeHeadings: ['sanctions administratives', 'mesures administratives', 'contraventions'],
};
