/**
 * Names the matcher must not read as wording: institutions ("Superintendencia Nacional de Control de Servicios de
 * Seguridad, Armas, Municiones y Explosivos", "Ministry of Foreign Affairs") and other instruments the law cites
 * ("Act No. 455/1991 Coll. on trade licences", "la loi n° 2012-304 du 6 mars 2012 relative à ... des armes",
 * "Ley N° 30299, Ley de armas de fuego ..."). Their words are the law's vocabulary in a name, not a rule: the
 * agency's "Armas" is no rule on arms, the cited act's "licences" no licence. So are a few set phrases whose word
 * has another sense there (the "oficiales de tránsito" of road traffic). They stay in the clause's text; only the
 * matcher's copy of the law has them blanked.
 */

// A capitalised word, with its accents and inner apostrophes or hyphens.
const CAP = String.raw`\p{Lu}[\p{L}'’-]*`;
// The small words inside a name: "de", "of the", "pour la", ", " between listed words.
const JOIN = String.raw`(?:\s+(?:de|del|de la|de los|de las|des|du|de l'|d'|of|of the|for|for the|and|y|e|et|pour|pour la|pour le)\s+|\s+|,\s+)`;

// Institutions: a noun of administration, then a run of capitalised words ("Dirección General de Movilización
// Nacional", "Office for Foreign Trade Control", "Service central des armes").
const HEAD_NOUNS = [
  'Superintendencia', 'Dirección', 'Direccion', 'Departamento', 'Ministerio', 'Secretaría', 'Secretaria', 'Oficina', 'Instituto', 'Comando',
  'Ministry', 'Department', 'Directorate', 'Office', 'Bureau', 'Agency', 'Commission', 'Inspectorate',
  'Ministère', 'Direction', 'Service', 'Office', 'Inspection', 'Coopération', 'Division', 'Commissariat',
];
const INSTITUTION = new RegExp(String.raw`\b(?:${HEAD_NOUNS.join('|')})(?:${JOIN}${CAP})+`, 'gu');

// Other instruments, by number and date: "Act No. 455/1991 Coll. on trade licences (the Trade Licensing Act)",
// "loi n° 2012-304 du 6 mars 2012 relative à ...", "décret n° 2013-700 du 30 juillet 2013 portant application de
// ...", "Ley N° 30299, Ley de armas de fuego, ...", "Decreto 2535 de 1993", "Act 51 of 1977".
const INSTRUMENT = new RegExp(
  [
    String.raw`\bAct\s+No\.?\s*\d+\/\d{4}(?:\s+Coll\.)?(?:\s+on\s+[^.;:()]{1,120})?(?:\s*\([^)]{1,80}\))?`,
    String.raw`\b(?:loi|décret|ordonnance|arrêté)\s+n[°o]\s*[\d-]+\s+du\s+\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}(?:\s+(?:relative?|portant|modifiant|pris|relatif)\b[^,;.]{1,200})?`,
    String.raw`\b(?:Ley|Decreto(?:\s+(?:Supremo|Legislativo|Ley))?|Resolución)\s+(?:N[°º.]*\s*)?\d[\d.-]*(?:-[A-Z]{1,4})?(?:\s+de\s+\d{4})?(?:,\s*(?:Ley|que)\s[^,;.:]{1,200})?`,
    String.raw`\b(?:Act|Ordinance)\s+\d+\s+of\s+\d{4}`,
    // Swiss federal acts, cited by date and title: "loi fédérale du 21 mars 1997 instituant des mesures visant au
    // maintien de la sûreté intérieure", "Federal Act of 13 December 1996 on War Material".
    String.raw`\b(?:loi|ordonnance|arrêté)\s+fédéral(?:e)?\s+du\s+\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}(?:\s*\[\d+\])?(?:\s+(?:sur|instituant|relative?|relatif|concernant|portant)\b[^;.()\[]{1,200})?`,
    String.raw`\bFederal\s+(?:Act|Ordinance|Decree)\s+of\s+\d{1,2}\s+\p{L}+\s+\d{4}(?:\s*\[\d+\])?(?:\s+on\s+[^;.()\[]{1,200})?`,
  ].join('|'),
  'giu',
);

// Councils of State, named in every French or Spanish clause that delegates to a decree ("décret en Conseil
// d'Etat"): the council's "Conseil" is no counselling.
const COUNCIL = /\b(?:Conseil d['’](?:État|Etat)|Conseil constitutionnel|Consejo de Estado|Council of State)\b/gu;

// Spanish "tránsito" is also road traffic and a domestic movement: traffic police ("oficiales de tránsito"), the
// permit that goes with arms moved inside the country ("guía de tránsito"), a traffic law or accident, and a change
// from one title to another ("el tránsito de licencia a tarjeta"). None is the international transit of art 10.
const NOT_TRANSIT = /\b(?:(?:oficial|policía|polícia|agente|inspector|autoridad|accidente|señal|infracci[oó]n|ley|reglamento|código)(?:es|s)? de tránsito|guías? de tránsito|tránsito (?:vehicular|automotor|terrestre urbano)|tránsito de (?:la )?licencia)\b/giu;

/** Offsets, in the line, of the names to blank. */
export function nameSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const re of [INSTITUTION, INSTRUMENT, COUNCIL, NOT_TRANSIT]) for (const m of line.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
