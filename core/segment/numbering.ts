/**
 * The numbering of laws, as a table: which line openings start a heading (Part, Title, Chapter), a numbered
 * unit (Article, Section, §, Статья, 第一条) or a subdivision of a unit ((1), a), 1°, I.).
 */
import { arabicOrdinalValue, chineseValue, ordinalWordsValue, romanValue, westernDigits } from './numerals.js';


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
/** A Roman numeral as headings print it: "IV", "Ier" / "Ire" (premier), "IIA" (an inserted part). */
const HEADING_ROMAN = `${ROMAN}(?:er|re|ère|[A-Z])?`;
// Ordinal words that number headings: English, French and Spanish, one or two words ("DÉCIMO PRIMERO").
const ORDINAL_WORD =
  '(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|' +
  'PRIMER[OA]?|SEGUND[OA]|TERCER[OA]?|CUART[OA]|QUINT[OA]|SEXT[OA]|S[ÉE]P?TIM[OA]|OCTAV[OA]|NOVEN[OA]|D[ÉE]CIM[OA]|UND[ÉE]CIM[OA]|DUOD[ÉE]CIM[OA]|VIG[ÉE]SIM[OA]|TRIG[ÉE]SIM[OA]|' +
  'PREMI[ÈE]RE|PREMIER|DEUXI[ÈE]ME|TROISI[ÈE]ME|QUATRI[ÈE]ME|CINQUI[ÈE]ME|SIXI[ÈE]ME|SEPTI[ÈE]ME|HUITI[ÈE]ME|NEUVI[ÈE]ME|DIXI[ÈE]ME|' +
  'PRELIMINAR|PRELIMINAIRE|PRÉLIMINAIRE|UNIQUE|ÚNIC[OA]|UNIC[OA])';
const ORDINAL_WORDS = `${anyCase(ORDINAL_WORD)}(?:[\\s-]+${anyCase(ORDINAL_WORD)})?`;
// Spanish ordinals that number supplementary provisions (feminine: "disposición"), one or two words: "DÉCIMO PRIMERA".
const SPANISH_ORDINAL =
  '(?:PRIMER[OA]|SEGUND[OA]|TERCER[OA]|CUART[OA]|QUINT[OA]|SEXT[OA]|S[ÉE]P?TIM[OA]|OCTAV[OA]|NOVEN[OA]|D[ÉE]CIM[OA]|UND[ÉE]CIM[OA]|DUOD[ÉE]CIM[OA]|VIG[ÉE]SIM[OA]|TRIG[ÉE]SIM[OA]|[ÚU]NIC[OA])';
const SPANISH_ORDINALS = `${anyCase(SPANISH_ORDINAL)}(?:[\\s-]?${anyCase(SPANISH_ORDINAL)})?`;
const CHINESE_NUMERAL = '[一二三四五六七八九十百千零〇两\\d]+';

/** A pattern made case-insensitive letter by letter, so the numbers next to it keep their case ("Part IV", not "Part in"). */
function anyCase(pattern: string): string {
  return pattern.replace(/\\.|\[[^\]]*\]|\p{L}/gu, (t) => {
    if (t.startsWith('\\')) return t;
    if (t.startsWith('[')) return `[${[...new Set([...t.slice(1, -1)].flatMap((c) => [c.toLowerCase(), c.toUpperCase()]))].join('')}]`;
    const lo = t.toLowerCase();
    const up = t.toUpperCase();
    return lo === up ? t : `[${lo}${up}]`;
  });
}

const titleCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

/** Heading nouns, as a pattern (accents optional where scrapers drop them) and the noun a label uses. */
const HEADING_NOUNS: [pattern: string, noun: string][] = [
  ['Part', 'Part'], ['Partie', 'Partie'], ['Parte', 'Parte'], ['Book', 'Book'], ['Livre', 'Livre'], ['Libro', 'Libro'],
  ['Title', 'Title'], ['Titre', 'Titre'], ['T[íi]tulo', 'Título'], ['Chapter', 'Chapter'], ['Chapitre', 'Chapitre'],
  ['Cap[íi]tulo', 'Capítulo'], ['Division', 'Division'], ['Sub-Part', 'Sub-Part'], ['Subdivision', 'Subdivision'],
  ['Sous-section', 'Sous-section'], ['Secci[óo]n', 'Sección'], ['Subsecci[óo]n', 'Subsección'],
];

/** Headings: containers of units. Order matters only for readability; each line is tried against all. */
const HEADINGS: Pattern[] = [
  // Closing parts of Latin American and French laws: "DISPOSICIONES COMPLEMENTARIAS FINALES", "DISPOSITIONS TRANSITOIRES".
  {
    style: 'heading:provisions',
    kind: 'heading',
    re: /^((?:DISPOSICI[ÓO]N(?:ES)?|DISPOSITIONS?|FINAL|TRANSITIONAL|MISCELLANEOUS|SUPPLEMENTARY)(?:\s+[\p{Lu}]+){1,3})()\s*$/u,
    noun: (m) => titleCase(m[1] ?? ''),
  },
  ...HEADING_NOUNS.map(
    ([pattern, noun]): Pattern => ({
      style: `heading:${noun.toLowerCase()}`,
      kind: 'heading',
      re: new RegExp(`^(${anyCase(pattern)})\\s+(\\d+[A-Z]?(?:er|re|ª|º|°|o)?|${HEADING_ROMAN}|${ORDINAL_WORDS}|[A-Z])(?![\\p{L}\\d])\\.?\\s*[-–—:.]?\\s*(.*)$`, 'u'),
      noun: () => noun,
    }),
  ),
  ...['编', '章', '节'].map(
    (noun): Pattern => ({ style: `heading:zh-${noun}`, kind: 'heading', re: new RegExp(`^()第(${CHINESE_NUMERAL})${noun}\\s*(.*)$`, 'u'), noun: () => noun }),
  ),
  { style: 'heading:ru', kind: 'heading', re: new RegExp(`^(Глава|Раздел)\\s+(\\d+|${ROMAN})\\.?\\s*(.*)$`, 'u'), noun: (m) => m[1] ?? 'Глава' },
];

/** Numbered units: the articles or sections a law is cited by. */
const UNITS: Pattern[] = [
  // Annexes, schedules, appendices and glossaries are units of their own: "Annex to Act No. 119/2002", "SCHEDULE 2",
  // "GLOSARIO DE TÉRMINOS". A capitalised noun, or the noun with a number or "to/au/al", on a short line.
  {
    style: 'unit:annex',
    kind: 'unit',
    re: /^(ANNEX(?:E)?|ANEXO|APPENDIX|APPENDICE|AP[ÉE]NDICE|SCHEDULE|GLOSSARY|GLOSSAIRE|GLOSARIO|LEXIQUE|Annex(?:e)?|Anexo|Appendix|Appendice|Ap[ée]ndice|Schedule|Glossary|Glossaire|Glosario|Lexique)(?:\s+(\d+[A-Z]?|[IVX]+|[A-Z])(?![\p{L}\d]))?(?=\s*(?:$|[-–—:.(]|\s(?:to|au|à|al|a la|de la|del|of|DE|TO|OF|[\p{Lu}])|\s\d{1,3}$))\.?\s*[-–—:]?\s*(.{0,110})$/u,
    noun: (m) => titleCase(m[1] ?? 'Annex'),
  },
  {
    style: 'unit:article',
    kind: 'unit',
    // Article 1, Article premier, Article 1er, Art. 5, Article L. 317-1, Art. R. 311-2, Art. 18a, Art. 58.1 (Canada's
    // inserted articles), Art. 5-2 (Luxembourg's)
    re: /^(Article|ARTICLE|Art\.)\s+(premier|PREMIER|unique|UNIQUE|[LRD]\.?\s?\d+(?:-\d+)*|\d+(?:[.-]\d{1,2})?[a-z]?(?:er)?(?:\s+(?:bis|ter|quater|quinquies))?)\b(?:\s*[.:\-–—])*\s*(.*)$/u,
    noun: () => 'Article',
  },
  {
    style: 'unit:articulo',
    kind: 'unit',
    // Artículo 1o.-, ARTÍCULO 10.-, Artículo 5 bis, Art. 4°
    // Mexico's inserted articles: "Artículo 83 Quáter", "Artículo 1o Bis", "Artículo 87 Septies".
    re: /^(Artículo|ARTÍCULO|Articulo|ARTICULO)\s+(\d+(?:\s*(?:o|º|°|ª)\.?)?(?:\s+(?:[Bb]is|BIS|[Tt]er|TER|[Qq]u[áa]ter|QU[ÁA]TER|[Qq]uinquies|QUINQUIES|[Ss]exies|SEXIES|[Ss]epties|SEPTIES|[Oo]cties|OCTIES|[Nn]onies|NONIES|[Dd]ecies|DECIES))?|único|ÚNICO|[Úú]nico)(?:\s*[.:\-–—])*\s*(.*)$/u,
    noun: () => 'Artículo',
  },
  // Spanish technical instructions annexed to a regulation: "INSTRUCCIÓN TÉCNICA COMPLEMENTARIA NÚMERO 4" (Reglamento
  // de Armas), cited "ITC 4".
  {
    style: 'unit:itc',
    kind: 'unit',
    re: /^(INSTRUCCI[ÓO]N T[ÉE]CNICA COMPLEMENTARIA|Instrucci[óo]n [Tt][ée]cnica [Cc]omplementaria)\s+(?:N[ÚU]MERO|[Nn][úu]mero|N\.?\s?[º°o])?\s*(\d{1,2})\b\.?\s*[-–—:.]?\s*(.*)$/u,
    noun: () => 'ITC',
  },
  { style: 'unit:section-sign', kind: 'unit', re: /^(§)\s*(\d+[A-Za-z]*(?:-\d+)?)\.?\s*(.*)$/u, noun: () => 'Section' },
  { style: 'unit:section', kind: 'unit', re: /^(Section|SECTION|Sec\.|SEC\.)\s+(\d+(?:\.\d{1,2}(?=\s))?[A-Za-z]{0,2})\.?\s*[-–—:]?\s*(.*)$/u, noun: () => 'Section' },
  // Common-law acts: "12. Title", "12.—(1) text", "5A. Title" (not "2.1. text", a numbered paragraph).
  { style: 'unit:numbered', kind: 'unit', re: /^()(\d{1,3}[A-Z]{0,2})\.(?!\d)\s*(?:[-–—]\s*)?(\S.*)$/u, noun: () => 'Section' },
  // Consolidations that drop the full stop after the number: "5A Trafficking in firearms or ammunition", "2 Definitions
  // and interpretation." (a short title line; at most a closing full stop).
  // The title may run into the section's first sentence where a PDF joined the lines ("20 Arrest of persons
  // conveying arms, etc., under suspicious circumstances. Where any person is found ...").
  { style: 'unit:bare', kind: 'unit', re: /^()(\d{1,3}[A-Z]{0,2})\s+(?=[^.;:]{3,250}(?:$|[.;:]))([\p{Lu}](?:[^.;:]|\.(?=,|\s\p{Ll}))+\.?)(?:$|\s+(?=[\p{Lu}\d[(]))/u, noun: () => 'Section' },
  // Spanish supplementary provisions: "PRIMERA. Acciones de colaboración", "Única.- Norma derogatoria", "DÉCIMO PRIMERA.-".
  {
    style: 'unit:ordinal',
    kind: 'unit',
    re: new RegExp(`^()(${SPANISH_ORDINALS})\\s*[.:\\-–—]+\\s*(.*)$`, 'u'),
    noun: () => 'Disposición',
  },
  { style: 'unit:ru', kind: 'unit', re: /^(Статья)\s+(\d+(?:\.\d+)?)\.?\s*(.*)$/u, noun: () => 'Статья' },
  // Also in traditional characters, spaced, and inserted: "第 5 條", "第 5-2 條" ("第五条之一" keeps only its article).
  { style: 'unit:zh', kind: 'unit', re: new RegExp(`^()第\\s*(${CHINESE_NUMERAL}(?:-\\d+)?)\\s*[条條](?:之[一二三四五六七八九十]+)?\\s*(.*)$`, 'u'), noun: () => '条' },
];

/** Subdivisions inside a unit: (1), (a), (iv), a), 1°, I. -, 2.1, أ -, （一）, Parágrafo 1° */
const SUBS: Pattern[] = [
  // Colombian and Brazilian paragraphs of an article: "Parágrafo 1°", "PARÁGRAFO TRANSITORIO", "Parágrafo único".
  {
    style: 'sub:paragrafo',
    kind: 'sub',
    re: /^(Par[áa]grafo|PAR[ÁA]GRAFO)(?:\s+(\d+(?:\s*[°ºo])?|[ÚúUu]nico|ÚNICO|UNICO|[Tt]ransitorio|TRANSITORIO))?\s*[.:\-–—]*\s*(.*)$/u,
    noun: () => 'Parágrafo',
  },
  // French classification headings inside a numbered part of an article: "Rubrique 2 :".
  { style: 'sub:rubric', kind: 'sub', re: /^(Rubrique|RUBRIQUE)\s+(\d{1,2})\s*[:.\-–—]?\s*(.*)$/u, noun: () => 'rubrique' },
  // Canada inserts "(1.1)" after "(1)" and "a.1)" after "a)".
  { style: 'sub:paren', kind: 'sub', re: /^()\((\d+(?:\.\d{1,2})?[A-Za-z]?|[a-z]{1,2}|[ivx]+|[IVX]+|[A-Z])\)\s*(.*)$/u, noun: () => '' },
  { style: 'sub:half-paren', kind: 'sub', re: /^()([a-z](?:\.\d{1,2})?|\d+)\)\s+(.*)$/u, noun: () => '' },
  { style: 'sub:degree', kind: 'sub', re: /^()(\d+)\s?°\s*[-–—]?\s*(.*)$/u, noun: () => '' },
  { style: 'sub:roman', kind: 'sub', re: /^()([IVX]{1,5})\.\s*[-–—]?\s*(\S.*)$/u, noun: () => '' },
  { style: 'sub:decimal', kind: 'sub', re: /^()(\d+\.\d+)\.?\s+(\S.*)$/u, noun: () => '' },
  // Swiss and German-style paragraphs: "1 Weapons are defined as:", "1bis Il est tenu", items "a. devices that ...".
  { style: 'sub:bare-digit', kind: 'sub', re: /^()(\d{1,2}(?:bis|ter|quater)?)\s+(\p{Lu}.*)$/u, noun: () => '' },
  { style: 'sub:letter-dot', kind: 'sub', re: /^()([a-z]{1,2})\.(?:\s+(\S.*))?$/u, noun: () => '' },
  // Arabic lettered and numbered items: "أ - ...", "(ب) ...", "1 - ...", "١- ...".
  { style: 'sub:ar-letter', kind: 'sub', re: /^()\(?(هـ|[\u0621-\u063A\u0641-\u064A])\s*[-–)]\s*(.*)$/u, noun: () => '' },
  { style: 'sub:ar-digit', kind: 'sub', re: /^()\(?([0-9\u0660-\u0669]{1,2})\s*[-–)]\s*(\S.*)$/u, noun: () => '' },
  // Chinese items: "（一）...", "一、...".
  { style: 'sub:zh', kind: 'sub', re: /^()[（(]([一二三四五六七八九十]+)[）)]\s*(.*)$/u, noun: () => '' },
  { style: 'sub:zh-comma', kind: 'sub', re: /^()([一二三四五六七八九十]+)、\s*(.*)$/u, noun: () => '' },
];

/** An Arabic article or heading: "المادة 10", "المادة (١٢)", "المادة الثالثة والستون", "الباب الأول", "الفصل الحادي عشر". */
const AR_LEAD = /^(ال)?(مادة|ماده|باب|فصل|قسم)\s*[(:]?\s*/u;

function arabicMarker(line: string): Marker | undefined {
  const lead = line.match(AR_LEAD);
  if (!lead) return undefined;
  const after = line.slice(lead[0].length);
  const kind: MarkerKind = lead[2] === 'مادة' || lead[2] === 'ماده' ? 'unit' : 'heading';
  const noun = kind === 'unit' ? 'المادة' : `ال${lead[2]}`;
  const digits = after.match(/^([0-9\u0660-\u0669\u06F0-\u06F9]{1,4})\s*\)?\s*[:：\-–]?\s*(.*)$/u);
  if (digits) return { kind, number: westernDigits(digits[1]!), noun, rest: digits[2]!.trim(), style: kind === 'unit' ? 'unit:ar' : 'heading:ar' };
  // The longest run of words (at most five) that reads as an ordinal.
  const words = after.split(/\s+/);
  for (let n = Math.min(5, words.length); n >= 1; n--) {
    const value = arabicOrdinalValue(words.slice(0, n).join(' ').replace(/[:：\-–)]+$/u, ''));
    if (value !== undefined) {
      const rest = words.slice(n).join(' ').replace(/^[:：\-–)]\s*/u, '').trim();
      const lastWord = words[n - 1]!;
      const trailing = /[:：\-–]$/u.test(lastWord) ? '' : rest;
      return { kind, number: String(value), noun, rest: trailing || rest, style: kind === 'unit' ? 'unit:ar' : 'heading:ar' };
    }
  }
  return undefined;
}

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

/** Lines repeat within a law and are classified by several readers: remember the last answers. */
const seen = new Map<string, Marker | undefined>();
const SEEN_LIMIT = 20_000;

/** Classify one trimmed line: a heading, a unit, a subdivision, or plain text (undefined). */
export function markerOf(raw: string): Marker | undefined {
  // Only the opening of a line decides its marker.
  const key = raw.length > 300 ? raw.slice(0, 300) : raw;
  if (seen.has(key)) {
    const m = seen.get(key);
    return m && { ...m };
  }
  if (seen.size > SEEN_LIMIT) seen.clear();
  const m = markerOfLine(key === raw ? raw : raw);
  seen.set(key, m);
  return m && { ...m };
}

function markerOfLine(raw: string): Marker | undefined {
  // A coordinated text opens amended articles with a guillemet: "«Art. 1-1." (Luxembourg).
  const line = despace(raw).replace(/^[«“"]\s?(?=(?:Art\.|Article|ARTICLE)\s)/u, '');
  if (/^[\u0600-\u06FF(]/u.test(line)) {
    const ar = arabicMarker(line);
    if (ar) return ar;
  }
  return tryPatterns(HEADINGS, line) ?? tryPatterns(UNITS, line) ?? tryPatterns(SUBS, line);
}

/** The number of a unit or heading as an integer, where it has one ("XIV" -> 14, "第十二条" -> 12, "5A" -> 5). */
export function numberValue(marker: Marker): number | undefined {
  const n = citedNumber(marker);
  const digits = n.match(/^(?:[LRD]\.?\s?)?(\d+)/);
  if (digits) return Number(digits[1]);
  if (marker.style.includes('zh')) return chineseValue(n);
  const roman = n.match(/^([IVXLC]+)(?:er|re|ère|[A-Z])?$/);
  if (roman) return romanValue(roman[1]!);
  return ordinalWordsValue(n);
}

/** "1o." -> "1", "premier"/"1er" -> "1", "Ier" -> "I": the number a drafter cites. */
export function citedNumber(marker: Marker): string {
  const n = marker.number.replace(/\s+/g, ' ');
  if (/^(premier|1er|premi[èe]re|1re)$/i.test(n)) return '1';
  if (/^[IVXLC]+(?:er|re|ère)$/.test(n)) return n.replace(/(?:er|re|ère)$/, '');
  return n.replace(/\s*(?:o|º|°|ª)\.?$/u, '').replace(/\.$/, '');
}

/** The label as a drafter cites the unit: "Article 5", "Section 12", "Artículo 4", "第三条". */
export function unitLabel(marker: Marker): string {
  const n = citedNumber(marker);
  if (marker.noun === '条') return `第${n}条`;
  if (marker.style === 'unit:ordinal') return `${marker.noun} ${titleCase(n).replace(/\s+(\p{L})/gu, (_, c: string) => ` ${c.toLowerCase()}`)}`;
  // "Annexe 180": a footnote number run into the heading, not the annex's own number.
  if (marker.style === 'unit:annex') return n && !(Number(n) > 30) ? `${marker.noun} ${n}` : marker.noun;
  return `${marker.noun} ${n}`;
}

/** The label of a heading: "Part 3", "Titre IV", "第三章". */
export function headingLabel(marker: Marker): string {
  if (marker.style.startsWith('heading:zh')) return `第${marker.number}${marker.noun}`;
  return `${marker.noun} ${citedNumber(marker)}`.trim();
}
