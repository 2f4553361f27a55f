/**
 * The analysis as CSV, one row per element, for spreadsheets (RFC 4180 quoting, UTF-8 with BOM for Excel): the
 * status that stands (a reviewer's where they decided, else lexgap's) beside lexgap's proposal, and the decision
 * with its reason. The command line (no decisions) and the app write the same columns.
 */
import type { Catalogue } from '../../model-law/schema.js';
import { applyReview, type ReviewDecision } from '../review.js';
import type { Analysis } from '../types.js';
import { shortfallPhrases } from './shortfall.js';
import { reportWords } from './words.js';

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const CSV_COLUMNS = [
  'element', 'reference', 'tier', 'obligation', 'status', 'status_by', 'engine_status', 'confidence', 'evidence', 'missing',
  'model_law_chapters', 'check_first', 'reviewer', 'decided_at', 'reason', 'approved_by', 'approved_at', 'rejected_evidence', 'added_evidence', 'note',
] as const;

export function toCsv(analysis: Analysis, catalogue: Catalogue, decisions: readonly ReviewDecision[] = []): string {
  const elements = new Map(catalogue.elements.map((e) => [e.id, e]));
  const labels = new Map(analysis.clauses.map((c) => [c.id, c.label]));
  const label = (id: string) => labels.get(id) ?? id;
  const recognisers = new Map(catalogue.recognisers.map((r) => [r.element, r]));
  // A spreadsheet's columns are data: English, as the JSON's.
  const english = reportWords('en');
  const rows = applyReview(analysis, decisions).map((f) => {
    const e = elements.get(f.id);
    const d = f.decision;
    const chapters = catalogue.chapters.filter((ch) => ch.implements.includes(f.id)).map((ch) => ch.numeral);
    const checkFirst = f.engine.review && !d?.status ? f.engine.reasons.map((r) => english.t(`reasons.${r}`)) : [];
    return [
      f.id, e?.ref ?? f.id, e?.tier ?? '', e?.title.en ?? '', f.status, f.statusBy, f.engine.status, f.engine.confidence,
      f.evidence.map((x) => label(x.clause)).join('; '), shortfallPhrases(f.shortfalls, recognisers.get(f.id), english).join('; '), chapters.join('; '),
      checkFirst.join('; '), d?.author ?? '', d?.decidedAt ?? '', d?.reason ?? '', d?.approvedBy ?? '', d?.approvedAt ?? '',
      (d?.rejectedEvidence ?? []).map(label).join('; '), (d?.addedEvidence ?? []).map(label).join('; '), d?.note ?? '',
    ];
  });
  return '\uFEFF' + [[...CSV_COLUMNS], ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
