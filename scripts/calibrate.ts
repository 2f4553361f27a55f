/**
 * `npm run calibrate`: measures, on the real laws labelled by a lawyer (../shared/eval-real), how often a finding of
 * each status and strength band is right, and how each review reason changes that, and writes the table
 * model-law/calibration.json that core/assess/calibration.ts turns into confidences. It also prints the
 * leave-one-law-out figures: each law's confidences computed from a table of the other laws only.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../core/analyze.js';
import { band, calibrated, languageGroup, type CalibrationTable, type LanguageGroup, type StatusTable } from '../core/assess/calibration.js';
import { REVIEW_REASONS, type Finding, type Language, type Status } from '../core/types.js';
import { labelledSets } from './lib/labelled.js';

const BANDS = [0.55, 0.65, 0.75, 0.85];
const STATUSES: Status[] = ['covered', 'partial', 'missing'];
/** A reason changes the table only when this many findings carry it. */
const MIN_REASON = 8;

interface Judged {
  law: string;
  lang: Language;
  finding: Finding;
  right: boolean;
}

function groupTable(judged: Judged[]): StatusTable {
  const statuses = Object.fromEntries(
    STATUSES.map((status) => {
      const of = judged.filter((j) => j.finding.status === status);
      const overall = of.length ? of.filter((j) => j.right).length / of.length : 0.5;
      const bands = Array.from({ length: BANDS.length + 1 }, (_, k) => {
        const inBand = of.filter((j) => band(j.finding.strength, BANDS) === k);
        return { n: inBand.length, right: inBand.filter((j) => j.right).length };
      });
      return [status, { overall: Math.round(overall * 1000) / 1000, bands }];
    }),
  ) as StatusTable['statuses'];
  // Each reason measured within its status: relative to how often that status is right at all.
  const reasons: StatusTable['reasons'] = {};
  for (const status of STATUSES) {
    const of = judged.filter((j) => j.finding.status === status);
    const overall = of.filter((j) => j.right).length / Math.max(1, of.length);
    for (const reason of REVIEW_REASONS) {
      const withIt = of.filter((j) => j.finding.reasons.includes(reason));
      if (withIt.length < MIN_REASON || !overall) continue;
      const share = withIt.filter((j) => j.right).length / withIt.length;
      (reasons[status] ??= {})[reason] = Math.round(Math.max(0.5, Math.min(1.1, share / overall)) * 100) / 100;
    }
  }
  const elements: StatusTable['elements'] = {};
  for (const j of judged) {
    const e = (elements[j.finding.id] ??= {});
    const c = (e[j.finding.status] ??= { n: 0, right: 0 });
    c.n++;
    if (j.right) c.right++;
  }
  return { statuses, reasons, elements };
}

function table(judged: Judged[]): CalibrationTable {
  const groups = Object.fromEntries((['core', 'other'] as LanguageGroup[]).map((g) => [g, groupTable(judged.filter((j) => languageGroup(j.lang) === g))])) as Record<LanguageGroup, StatusTable>;
  return { bands: BANDS, groups };
}

const real = labelledSets().find((s) => s.real);
if (!real) throw new Error('../shared/eval-real is not there: nothing to calibrate on.');
const judged: Judged[] = [];
for (const { gold, text } of real.laws) {
  const out = analyzeText(text, { file: gold.file });
  for (const [id, label] of Object.entries(gold.elements)) {
    const finding = out.elements.find((e) => e.id === id)!;
    judged.push({ law: gold.file, lang: gold.language as Language, finding, right: finding.status === label[0] });
  }
}

const t = table(judged);
writeFileSync(join(fileURLToPath(new URL('..', import.meta.url)), 'model-law', 'calibration.json'), JSON.stringify(t, null, 2) + '\n');
console.log(`Calibrated on ${judged.length} findings of ${real.laws.length} real laws; written to model-law/calibration.json.`);

// Honest figures: each law judged with a table made without it.
const rows = [[0, 0.5], [0.5, 0.7], [0.7, 0.85], [0.85, 1.01]] as const;
const heldOut = judged.map((j) => {
  const others = table(judged.filter((o) => o.law !== j.law));
  return { ...j, confidence: calibrated(j.finding.status, j.finding.strength, j.finding.reasons, j.lang, j.finding.id, others) };
});
for (const group of ['core', 'other'] as LanguageGroup[]) {
console.log(`\nLeave one law out, ${group === 'core' ? 'English, French and Spanish' : 'other languages'}: findings per confidence band and the share right`);
for (const [lo, hi] of rows) {
  const inBand = heldOut.filter((j) => languageGroup(j.lang) === group && j.confidence >= lo && j.confidence < hi);
  console.log(`  ${lo.toFixed(2)}-${Math.min(1, hi).toFixed(2)}: ${String(inBand.length).padStart(3)} findings, ${inBand.length ? ((inBand.filter((j) => j.right).length / inBand.length) * 100).toFixed(0) : '-'}% right (mean confidence ${inBand.length ? (inBand.reduce((s, j) => s + j.confidence, 0) / inBand.length).toFixed(2) : '-'})`);
}
}
for (const cut of [0.85, 0.88, 0.9, 0.92, 0.95]) {
  const top = heldOut.filter((j) => languageGroup(j.lang) === 'core' && j.confidence >= cut);
  console.log(`core, confidence >= ${cut}: ${top.length} findings, ${top.length ? ((top.filter((j) => j.right).length / top.length) * 100).toFixed(1) : '-'}% right`);
}
