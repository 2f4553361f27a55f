/**
 * What a partial finding lacks, worded in the report's language. The engine states shortfalls in English
 * (`Finding.missing`): the labels of list items not found, a period shorter than the Protocol's, or the
 * shortfall of a weaker form or a downgrade of the element. Each is traced back to the catalogue entry it came from, so the
 * report can use that entry's French or Spanish wording; a shortfall that cannot be traced is shown as written.
 */
import type { Localized3, Recogniser } from '../../model-law/schema.js';
import type { ReportLanguage, ReportWords } from './words.js';

export type Shortfall =
  | { kind: 'items'; items: string[] }
  | { kind: 'years'; stated: number; required: number }
  | { kind: 'no-period'; required: number }
  | { kind: 'text'; text: string };

const YEARS = /^(\d+) years stated; the Protocol requires at least (\d+)\b/;
const NO_PERIOD = /^no period stated\b/;

/** Sorts the engine's shortfalls for one element into kinds, each in the report's language. */
export function shortfalls(missing: readonly string[], rec: Recogniser | undefined, lang: ReportLanguage): Shortfall[] {
  const facets = new Map<string, Localized3>((rec?.facets ?? []).map((f) => [f.label.en, f.label]));
  const worded = new Map<string, Localized3>(wordedShortfalls(rec).map((w) => [w.en, w]));
  const items: string[] = [];
  const out: Shortfall[] = [];
  for (const m of missing) {
    const facet = facets.get(m);
    if (facet) {
      items.push(facet[lang]);
      continue;
    }
    const years = m.match(YEARS);
    if (years) {
      out.push({ kind: 'years', stated: Number(years[1]), required: Number(years[2]) });
      continue;
    }
    if (NO_PERIOD.test(m)) {
      out.push({ kind: 'no-period', required: rec?.checks?.[0]?.value ?? 10 });
      continue;
    }
    out.push({ kind: 'text', text: capitalise(worded.get(m)?.[lang] ?? m) });
  }
  return items.length ? [{ kind: 'items', items }, ...out] : out;
}

/** One sentence per shortfall. */
export function shortfallText(s: Shortfall, words: ReportWords): string {
  switch (s.kind) {
    case 'items':
      return words.t('shortfall.facets', { items: words.list(s.items) });
    case 'years':
      return words.t('shortfall.years', { stated: s.stated, required: s.required });
    case 'no-period':
      return words.t('shortfall.noPeriod', { required: s.required });
    case 'text':
      return /[.!?]$/.test(s.text) ? s.text : `${s.text}.`;
  }
}

/**
 * Every shortfall the recogniser words in three languages (its weaker forms, its downgrades, and any later kind
 * that carries a `shortfall`), found by walking it, so a new kind needs no change here.
 */
function wordedShortfalls(rec: Recogniser | undefined): Localized3[] {
  const out: Localized3[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'shortfall' && x && typeof x === 'object' && typeof (x as Localized3).en === 'string') out.push(x as Localized3);
        else if (k !== 'terms' && k !== 'concepts') walk(x);
      }
    }
  };
  walk(rec);
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
