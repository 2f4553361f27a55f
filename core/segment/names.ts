/**
 * Names the matcher must not read as wording: institutions ("Superintendencia Nacional de Control de Servicios de
 * Seguridad, Armas, Municiones y Explosivos", "Ministry of Foreign Affairs") and other instruments the law cites
 * ("Act No. 455/1991 Coll. on trade licences", "la loi n° 2012-304 du 6 mars 2012 relative à ... des armes",
 * "Ley N° 30299, Ley de armas de fuego ..."). Their words are the law's vocabulary in a name, not a rule: the
 * agency's "Armas" is no rule on arms, the cited act's "licences" no licence. They stay in the clause's text; only
 * the matcher's copy of the law has them blanked.
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
  ].join('|'),
  'giu',
);

// Councils of State, named in every French or Spanish clause that delegates to a decree ("décret en Conseil
// d'Etat"): the council's "Conseil" is no counselling.
const COUNCIL = /\b(?:Conseil d['’](?:État|Etat)|Conseil constitutionnel|Consejo de Estado|Council of State)\b/gu;

/** Offsets, in the line, of the names to blank. */
export function nameSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const re of [INSTITUTION, INSTRUMENT, COUNCIL]) for (const m of line.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
