/**
 * `npm run eval`: the engine on every labelled law, with the figures of ../shared/tools/score-gold.py. The real laws
 * labelled by a lawyer come first, per law, per language and in total: they are the measure of lexgap's quality.
 * Then how well confidence is calibrated on them (per band: how many findings, what share right), how often each
 * element is right on real laws, and the synthetic sets, which guard against regressions.
 *   --verbose   every wrong finding, with the evidence given and the clause the label quotes
 */
import { analyzeText } from '../core/analyze.js';
import type { Analysis, Finding } from '../core/types.js';
import { labelledSets } from './lib/labelled.js';
import { add, emptyTally, line, score, type Gold, type Tally } from './lib/score.js';

const verbose = process.argv.includes('--verbose');
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' ').trim();

interface Judged {
  finding: Finding;
  right: boolean;
}

function explain(gold: Gold, out: Analysis): void {
  const byId = new Map(out.elements.map((e) => [e.id, e]));
  const clause = new Map(out.clauses.map((c) => [c.id, c]));
  for (const [id, label] of Object.entries(gold.elements)) {
    const got = byId.get(id)!;
    const top = got.evidence.slice(0, 3).map((e) => clause.get(e.clause)!);
    const phrase = label[1] ? norm(label[1]) : undefined;
    const hit = !phrase || top.some((c) => c.text.length <= 2500 && norm(c.text).includes(phrase));
    if (got.status === label[0] && hit) continue;
    const where = phrase ? out.clauses.filter((c) => norm(c.text).includes(phrase)).sort((a, b) => a.text.length - b.text.length)[0] : undefined;
    console.log(`    ${id}: labelled ${label[0]}, found ${got.status}${hit ? '' : ', evidence misses the labelled clause'} [${top.map((c) => c.label).join('; ')}]${where && !hit ? ` (labelled clause: ${where.label})` : ''}`);
  }
}

const judged: Judged[] = [];
const perElement = new Map<string, { n: number; right: number }>();

for (const set of labelledSets()) {
  console.log(`\n${set.name}`);
  const byLang = new Map<string, Tally>();
  let all = emptyTally();
  for (const { gold, text } of set.laws) {
    const out = analyzeText(text, { file: gold.file });
    const t = score(gold, out);
    console.log('  ' + line(gold.file, t));
    if (verbose) explain(gold, out);
    byLang.set(gold.language, add(byLang.get(gold.language) ?? emptyTally(), t));
    all = add(all, t);
    if (set.real)
      for (const [id, label] of Object.entries(gold.elements)) {
        const finding = out.elements.find((e) => e.id === id)!;
        const right = finding.status === label[0];
        judged.push({ finding, right });
        const e = perElement.get(id) ?? { n: 0, right: 0 };
        e.n++;
        if (right) e.right++;
        perElement.set(id, e);
      }
  }
  for (const [lang, t] of [...byLang].sort()) console.log('  ' + line(`language ${lang}`, t));
  if (set.real) {
    const core = ['en', 'fr', 'es'].map((l) => byLang.get(l)).filter((t): t is Tally => Boolean(t)).reduce(add, emptyTally());
    console.log('  ' + line('TOTAL en/fr/es (the targets of issue 11)', core));
  }
  console.log('  ' + line('TOTAL', all));
}

if (judged.length) {
  console.log('\nConfidence on the real laws: findings per band and the share whose status was right');
  for (const [lo, hi] of [[0, 0.5], [0.5, 0.7], [0.7, 0.9], [0.9, 1.01]] as const) {
    const band = judged.filter((j) => j.finding.confidence >= lo && j.finding.confidence < hi);
    const right = band.filter((j) => j.right).length;
    console.log(`  ${lo.toFixed(2)}-${Math.min(1, hi).toFixed(2)}: ${String(band.length).padStart(3)} findings, ${band.length ? ((right / band.length) * 100).toFixed(0) : '-'}% right`);
  }
  const flagged = judged.filter((j) => j.finding.review);
  console.log(`  flagged for review: ${flagged.length}, ${flagged.length ? ((flagged.filter((j) => j.right).length / flagged.length) * 100).toFixed(0) : '-'}% right; not flagged: ${judged.length - flagged.length}, ${judged.length - flagged.length ? ((judged.filter((j) => !j.finding.review && j.right).length / (judged.length - flagged.length)) * 100).toFixed(0) : '-'}% right`);
  console.log('\nPer element on the real laws (share of laws where the status is right)');
  const rows = [...perElement].sort((a, b) => a[1].right / a[1].n - b[1].right / b[1].n);
  for (let i = 0; i < rows.length; i += 4)
    console.log('  ' + rows.slice(i, i + 4).map(([id, e]) => `${id.padEnd(10)} ${e.right}/${e.n}`).join('   '));
}
