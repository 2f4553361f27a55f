/**
 * YAML front matter at the top of a law, as legislation mirrors publish Markdown: `---`, key: value lines,
 * `---`, possibly after a first `SOURCE:` line that a corpus added. Keys come in English or Spanish (title/titulo,
 * country/pais, publication_date/fecha_publicacion, rank/rango ...); values may hold HTML entities and folded
 * scalars. A malformed block is ignored, never fatal.
 */
import { parse } from 'yaml';

export interface FrontMatter {
  /** The parsed keys, lower case, values as strings. */
  fields: Map<string, string>;
  /** Where the text after the block starts. */
  end: number;
}

/** A line that a corpus or a scraper put above the law: "SOURCE: ...", "Fuente: ...", "URL: ..." (as core/segment/read.ts). */
const SOURCE_LINE = /^\s*(?:source|fuente|quelle|origine?|provenance|url|retrieved from)\s*:/i;

/** The source notes on the first lines (at most three) and where the text after them starts. */
export function sourceNotes(text: string): { notes: string[]; end: number } {
  const notes: string[] = [];
  let end = 0;
  while (notes.length < 3) {
    const br = text.indexOf('\n', end);
    const line = text.slice(end, br < 0 ? text.length : br);
    if (!SOURCE_LINE.test(line)) break;
    notes.push(line.slice(0, 2_000));
    if (br < 0) return { notes, end: text.length };
    end = br + 1;
  }
  return { notes, end };
}

/** At most this much is read as front matter: a real block is a few hundred characters. */
const MAX_BLOCK = 20_000;

export function frontMatter(text: string): FrontMatter | undefined {
  const start = sourceNotes(text).end;
  const open = text.slice(start, start + 1_000).match(/^\uFEFF?(?:[ \t]*\r?\n)*[ \t]*---[ \t]*\r?\n/);
  if (!open) return undefined;
  const bodyStart = start + open[0].length;
  const close = /^[ \t]*(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(bodyStart, bodyStart + MAX_BLOCK));
  if (!close) return undefined;
  const fields = new Map<string, string>();
  const after = bodyStart + close.index + close[0].length;
  let data: unknown;
  try {
    data = parse(text.slice(bodyStart, bodyStart + close.index), { uniqueKeys: false, maxAliasCount: 10 });
  } catch {
    // A block that is not YAML is still metadata, not the law: skip it, read nothing from it.
    return { fields, end: after };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { fields, end: after };
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (value instanceof Date) fields.set(key.toLowerCase(), value.toISOString().slice(0, 10));
    else if (typeof value === 'string' || typeof value === 'number') fields.set(key.toLowerCase(), String(value).trim());
  }
  return { fields, end: after };
}

/** The first of `keys` that the block holds with a non-empty value. */
export function field(fm: FrontMatter | undefined, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = fm?.fields.get(k);
    if (v) return v;
  }
  return undefined;
}

export const KEYS = {
  title: ['title', 'titulo', 'título', 'titre', 'name', 'nombre', 'short_title'],
  country: ['country', 'pais', 'país', 'pays', 'jurisdiction', 'jurisdiccion', 'jurisdicción', 'country_code'],
  /** The law's own date: promulgation (its enactment) before publication; never last_updated. */
  date: ['promulgation_date', 'fecha_promulgacion', 'fecha_promulgación', 'enactment_date', 'date_of_assent', 'assent_date', 'adoption_date', 'date', 'fecha', 'publication_date', 'fecha_publicacion', 'fecha_publicación', 'date_publication'],
  kind: ['official_type', 'tipo', 'type', 'rank', 'rango', 'document_type', 'subtipo'],
  number: ['official_number', 'numero', 'número', 'number'],
  identifier: ['identifier', 'identificador', 'id'],
} as const;
