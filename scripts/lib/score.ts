/**
 * Scores an analysis against a gold file exactly as ../shared/tools/score-gold.py does: status accuracy, gap
 * recall, covered precision and evidence hit@3 (a hit must point at a clause of at most 2,500 characters).
 */
import type { Analysis } from '../../core/types.js';

export interface Gold {
  file: string;
  language: string;
  elements: Record<string, [string] | [string, string]>;
}

export interface Tally {
  n: number;
  exact: number;
  gaps: number;
  gapsFound: number;
  predCov: number;
  predCovOk: number;
  ev: number;
  evHit: number;
  /** Evidence hits at the first place only. */
  evHit1: number;
}

const MAX_CLAUSE = 2500;
const norm = (s: string) =>
  s.normalize('NFKC').toLowerCase().replace(/\u2019/g, "'").replace(/[\u00ab\u00bb]/g, '"').replace(/\s+/g, ' ').trim();

export const emptyTally = (): Tally => ({ n: 0, exact: 0, gaps: 0, gapsFound: 0, predCov: 0, predCovOk: 0, ev: 0, evHit: 0, evHit1: 0 });

export function score(gold: Gold, out: Analysis): Tally {
  const byId = new Map(out.elements.map((e) => [e.id, e]));
  const text = new Map(out.clauses.map((c) => [c.id, norm(c.text)]));
  const t = emptyTally();
  for (const [id, label] of Object.entries(gold.elements)) {
    const truth = label[0];
    const e = byId.get(id);
    const pred = e?.status;
    t.n++;
    if (pred === truth) t.exact++;
    if (truth === 'missing' || truth === 'partial') {
      t.gaps++;
      if (pred === 'missing' || pred === 'partial') t.gapsFound++;
    }
    if (pred === 'covered') {
      t.predCov++;
      if (truth === 'covered') t.predCovOk++;
    }
    if ((truth === 'covered' || truth === 'partial') && label.length > 1) {
      t.ev++;
      const phrase = norm(label[1]!);
      const top = (e?.evidence ?? []).slice(0, 3).map((x) => text.get(x.clause) ?? '');
      const hit = (x: string) => x.length <= MAX_CLAUSE && x.includes(phrase);
      if (top.some(hit)) t.evHit++;
      if (top[0] !== undefined && hit(top[0])) t.evHit1++;
    }
  }
  return t;
}

export const add = (a: Tally, b: Tally): Tally => ({
  n: a.n + b.n, exact: a.exact + b.exact, gaps: a.gaps + b.gaps, gapsFound: a.gapsFound + b.gapsFound,
  predCov: a.predCov + b.predCov, predCovOk: a.predCovOk + b.predCovOk, ev: a.ev + b.ev, evHit: a.evHit + b.evHit, evHit1: a.evHit1 + b.evHit1,
});

const ratio = (a: number, b: number) => (b ? a / b : 1);

export function figures(t: Tally) {
  return {
    accuracy: ratio(t.exact, t.n),
    gapRecall: ratio(t.gapsFound, t.gaps),
    coveredPrecision: ratio(t.predCovOk, t.predCov),
    evidenceAt3: ratio(t.evHit, t.ev),
    evidenceAt1: ratio(t.evHit1, t.ev),
  };
}

export function line(name: string, t: Tally): string {
  const f = figures(t);
  return `${name}: accuracy ${f.accuracy.toFixed(2)} gap-recall ${f.gapRecall.toFixed(2)} covered-precision ${f.coveredPrecision.toFixed(2)} evidence@3 ${f.evidenceAt3.toFixed(2)} evidence@1 ${f.evidenceAt1.toFixed(2)}`;
}
