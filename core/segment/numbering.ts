/**
 * The numbering of laws, as a table: which line openings start a heading (Part, Title, Chapter), a numbered
 * unit (Article, Section, §, Статья, 第一条) or a subdivision of a unit ((1), a), 1°, I.).
 */

export type MarkerKind = 'heading' | 'unit' | 'sub';

export interface Marker {
  kind: MarkerKind;
  /** The number as printed ("1", "5 bis", "L. 317-1", "III"). */
  number: string;
  /** How the label is written: "Part", "Article", "Section", "Artículo"... */
  noun: string;
  /** Words after the number on the same line (a heading or the start of the unit's text). */
  rest: string;
  /** Which numbering style matched; a document uses a few styles consistently. */
  style: string;
}

interface Pattern {
  style: string;
  kind: MarkerKind;
  re: RegExp;
  noun: (m: RegExpMatchArray) => string;
}

const ROMAN = '[IVXLC]+';
const ORDINAL_WORDS =
  'ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|PRELIMINAR|PRELIMINAIRE|PRÉLIMINAIRE|UNIQUE|ÚNICO|UNICO';
const CHINESE_NUMERAL = '[一二三四五六七八九十百千零〇两\\d]+';

const titleCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

/** Headings: containers of units. Order matters only for readability; each line is tried against all. */
const HEADINGS: Pattern[] = [
  // Closing parts of Latin American and French laws: "DISPOSICIONES COMPLEMENTARIAS FINALES", "DISPOSITIONS TRANSITOIRES".
  {
    style: 'heading:provisions',
    kind: 'heading',
    re: /^((?:DISPOSICI[ÓO]N(?:ES)?|DISPOSITIONS?|FINAL|TRANSITIONAL|MISCELLANEOUS|SUPPLEMENTARY)(?:\s+[\p{Lu}]+){1,3})()\s*$/u,
    noun: (m) => titleCase(m[1] ?? ''),
  },
  ...['Part', 'Partie', 'Parte', 'Book', 'Livre', 'Libro', 'Title', 'Titre', 'Título', 'Chapter', 'Chapitre', 'Capítulo', 'Division', 'Sub-Part', 'Subdivision', 'Sous-section', 'Schedule', 'Annex', 'Annexe', 'Anexo', 'Sección'].map(
    (noun): Pattern => ({
      style: `heading:${noun.toLowerCase()}`,
      kind: 'heading',
      re: new RegExp(`^(${noun})\\s+(\\d+[A-Z]?|${ROMAN}|${ORDINAL_WORDS}|[A-Z])\\b\\.?\\s*[-–—:.]?\\s*(.*)$`, 'iu'),
      noun: (m) => titleCase(m[1] ?? noun),
    }),
  ),
  // A bare "SCHEDULE" or "ANNEX" line without a number.
  { style: 'heading:schedule', kind: 'heading', re: /^(SCHEDULE|ANNEX|ANNEXE|ANEXO)()\s*$/u, noun: (m) => titleCase(m[1] ?? 'Schedule') },
  ...['编', '章', '节'].map(
    (noun): Pattern => ({ style: `heading:zh-${noun}`, kind: 'heading', re: new RegExp(`^()第(${CHINESE_NUMERAL})${noun}\\s*(.*)$`, 'u'), noun: () => noun }),
  ),
  { style: 'heading:ru', kind: 'heading', re: new RegExp(`^(Глава|Раздел)\\s+(\\d+|${ROMAN})\\.?\\s*(.*)$`, 'u'), noun: (m) => m[1] ?? 'Глава' },
  { style: 'heading:ar', kind: 'heading', re: /^(الباب|الفصل|القسم)\s+(\S+)\s*[:：-]?\s*(.*)$/u, noun: (m) => m[1] ?? 'الفصل' },
];

/** Numbered units: the articles or sections a law is cited by. */
const UNITS: Pattern[] = [
  {
    style: 'unit:article',
    kind: 'unit',
    // Article 1, Article premier, Article 1er, Art. 5, Article L. 317-1, Art. R. 311-2, Art. 18a
    re: /^(Article|ARTICLE|Art\.)\s+(premier|PREMIER|unique|UNIQUE|[LRD]\.?\s?\d+(?:-\d+)*|\d+[a-z]?(?:er)?(?:\s+(?:bis|ter|quater|quinquies))?)\b\s*[.:\-–—]*\s*(.*)$/u,
    noun: () => 'Article',
  },
  {
    style: 'unit:articulo',
    kind: 'unit',
    // Artículo 1o.-, ARTÍCULO 10.-, Artículo 5 bis, Art. 4°
    re: /^(Artículo|ARTÍCULO|Articulo|ARTICULO)\s+(\d+(?:\s*(?:o|º|°|ª)\.?)?(?:\s+(?:bis|ter|quáter|quater))?|único|ÚNICO)\s*[.:\-–—]*\s*(.*)$/u,
    noun: () => 'Artículo',
  },
  { style: 'unit:section-sign', kind: 'unit', re: /^(§)\s*(\d+[A-Za-z]*(?:-\d+)?)\.?\s*(.*)$/u, noun: () => 'Section' },
  { style: 'unit:section', kind: 'unit', re: /^(Section|SECTION|Sec\.|SEC\.)\s+(\d+[A-Za-z]{0,2})\.?\s*[-–—:]?\s*(.*)$/u, noun: () => 'Section' },
  // Common-law acts: "12. Title", "12.—(1) text", "5A. Title" (not "2.1. text", a numbered paragraph).
  { style: 'unit:numbered', kind: 'unit', re: /^()(\d{1,3}[A-Z]{0,2})\.(?!\d)\s*(?:[-–—]\s*)?(\S.*)$/u, noun: () => 'Section' },
  // Consolidations that drop the full stop: "5A Trafficking in firearms or ammunition" (a short title line).
  { style: 'unit:bare', kind: 'unit', re: /^()(\d{1,3}[A-Z]{0,2})\s+([\p{Lu}][^.;:]{2,88})$/u, noun: () => 'Section' },
  // Spanish supplementary provisions: "PRIMERA. Acciones de colaboración", "Única.- Norma derogatoria".
  {
    style: 'unit:ordinal',
    kind: 'unit',
    re: /^()(PRIMERA|SEGUNDA|TERCERA|CUARTA|QUINTA|SEXTA|S\p{Lu}?PTIMA|S[ÉE]TIMA|OCTAVA|NOVENA|D[ÉE]CIMA(?:\s?\p{Lu}+)?|UND[ÉE]CIMA|DUOD[ÉE]CIMA|[ÚU]NICA|[ÚU]nica|Primera|Segunda|Tercera|Cuarta|Quinta)\s*[.:\-–—]+\s*(.*)$/u,
    noun: () => 'Disposición',
  },
  { style: 'unit:ru', kind: 'unit', re: /^(Статья)\s+(\d+(?:\.\d+)?)\.?\s*(.*)$/u, noun: () => 'Статья' },
  { style: 'unit:ar', kind: 'unit', re: /^(المادة)\s*\(?\s*(\S+?)\s*\)?\s*[:：-]?\s*(.*)$/u, noun: () => 'المادة' },
  { style: 'unit:zh', kind: 'unit', re: new RegExp(`^()第(${CHINESE_NUMERAL})条\\s*(.*)$`, 'u'), noun: () => '条' },
];

/** Subdivisions inside a unit: (1), (a), (iv), a), 1°, I. -, 2.1 */
const SUBS: Pattern[] = [
  { style: 'sub:paren', kind: 'sub', re: /^()\((\d+[A-Za-z]?|[a-z]{1,2}|[ivx]+|[A-Z])\)\s*(.*)$/u, noun: () => '' },
  { style: 'sub:half-paren', kind: 'sub', re: /^()([a-z]|\d+)\)\s+(.*)$/u, noun: () => '' },
  { style: 'sub:degree', kind: 'sub', re: /^()(\d+)\s?°\s*[-–—]?\s*(.*)$/u, noun: () => '' },
  { style: 'sub:roman', kind: 'sub', re: /^()([IVX]{1,5})\.\s*[-–—]?\s*(\S.*)$/u, noun: () => '' },
  { style: 'sub:decimal', kind: 'sub', re: /^()(\d+\.\d+)\.?\s+(\S.*)$/u, noun: () => '' },
  // Swiss and German-style paragraphs: "1 Weapons are defined as:", items "a. devices that ...".
  { style: 'sub:bare-digit', kind: 'sub', re: /^()(\d{1,2})\s+(\p{Lu}.*)$/u, noun: () => '' },
  { style: 'sub:letter-dot', kind: 'sub', re: /^()([a-z]{1,2})\.\s+(\S.*)$/u, noun: () => '' },
];

/** Undo letter-spacing and split capitals from PDF extraction: "T I T L E" -> "TITLE", "T ABLE" -> "TABLE". */
export function despace(line: string): string {
  return line
    .replace(/^((?:\p{Lu} +){2,}\p{Lu})\b/u, (m) => m.replace(/ +/g, ''))
    .replace(/^(\p{Lu}) (\p{Lu}{2,}|able\b)/u, '$1$2');
}

function tryPatterns(patterns: Pattern[], line: string): Marker | undefined {
  for (const p of patterns) {
    const m = line.match(p.re);
    if (m) return { kind: p.kind, number: (m[2] ?? '').trim(), noun: p.noun(m), rest: (m[3] ?? '').trim(), style: p.style };
  }
  return undefined;
}

/** Classify one trimmed line: a heading, a unit, a subdivision, or plain text (undefined). */
export function markerOf(raw: string): Marker | undefined {
  const line = despace(raw);
  return tryPatterns(HEADINGS, line) ?? tryPatterns(UNITS, line) ?? tryPatterns(SUBS, line);
}

/** "1o." -> "1", "premier"/"1er" -> "1": the number a drafter cites. */
export function citedNumber(marker: Marker): string {
  const n = marker.number.replace(/\s+/g, ' ');
  if (/^(premier|1er)$/i.test(n)) return '1';
  return n.replace(/\s*(?:o|º|°|ª)\.?$/u, '').replace(/\.$/, '');
}

/** The label as a drafter cites the unit: "Article 5", "Section 12", "Artículo 4", "第三条". */
export function unitLabel(marker: Marker): string {
  const n = citedNumber(marker);
  if (marker.noun === '条') return `第${n}条`;
  if (marker.style === 'unit:ordinal') return `${marker.noun} ${n.charAt(0)}${n.slice(1).toLowerCase()}`;
  return `${marker.noun} ${n}`;
}

/** The label of a heading: "Part 3", "Titre IV", "第三章". */
export function headingLabel(marker: Marker): string {
  if (marker.style.startsWith('heading:zh')) return `第${marker.number}${marker.noun}`;
  return `${marker.noun} ${citedNumber(marker)}`.trim();
}
