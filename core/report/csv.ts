/** The analysis as CSV, one row per element, for spreadsheets (RFC 4180 quoting, UTF-8 with BOM for Excel). */
import type { Catalogue } from '../../model-law/schema.js';
import type { Analysis } from '../types.js';
import { shortfallPhrases } from './shortfall.js';
import { reportWords } from './words.js';

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(analysis: Analysis, catalogue: Catalogue): string {
  const elements = new Map(catalogue.elements.map((e) => [e.id, e]));
  const labels = new Map(analysis.clauses.map((c) => [c.id, c.label]));
  const recognisers = new Map(catalogue.recognisers.map((r) => [r.element, r]));
  const english = reportWords('en');
  const header = ['element', 'reference', 'tier', 'obligation', 'status', 'confidence', 'evidence', 'missing', 'model_law_chapters'];
  const rows = analysis.elements.map((f) => {
    const e = elements.get(f.id)!;
    const chapters = catalogue.chapters.filter((ch) => ch.implements.includes(f.id)).map((ch) => ch.numeral);
    return [f.id, e.ref, e.tier, e.title.en, f.status, f.confidence, f.evidence.map((x) => labels.get(x.clause) ?? x.clause).join('; '), shortfallPhrases(f.shortfalls, recognisers.get(f.id), english).join('; '), chapters.join('; ')];
  });
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
