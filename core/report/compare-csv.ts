/**
 * The comparison as CSV, one row per element: its reference, tier and obligation, then each law's status, then
 * each law's clauses cited (RFC 4180 quoting, UTF-8 with a BOM for Excel), like csv.ts for one law.
 */
import type { Catalogue } from '../../model-law/schema.js';
import { evidenceLabels, type Comparison } from '../compare/matrix.js';

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function compareCsv(c: Comparison, catalogue: Catalogue): string {
  const elements = new Map(catalogue.elements.map((e) => [e.id, e]));
  const header = ['element', 'reference', 'tier', 'obligation', ...c.laws.map((l) => `${l.file} status`), ...c.laws.map((l) => `${l.file} evidence`)];
  const rows = c.rows.map((r) => {
    const e = elements.get(r.id)!;
    return [r.id, e.ref, e.tier, e.title.en, ...r.statuses, ...r.findings.map((f, i) => evidenceLabels(f, c.clauses[i]!).join('; '))];
  });
  return '\uFEFF' + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
