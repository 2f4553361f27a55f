/**
 * A word-level diff of two passages, for showing how a clause changed between two versions of a law. Spacing
 * and line breaks do not count (a re-wrapped clause is the same clause). The common beginning and end are set
 * aside first, so an edit in a long clause costs little; a middle too large to compare word by word is shown as
 * removed and added whole.
 */

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffSegment {
  op: DiffOp;
  text: string;
}

/** Word-by-word comparison is quadratic: past this many word pairs the changed middle is shown whole. */
const MAX_CELLS = 4_000_000;

/** Collapses spacing and line breaks, as a clause's wording is compared. */
export function flatten(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const TOKEN = /\s+|[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;

export function diffWords(before: string, after: string, maxCells = MAX_CELLS): DiffSegment[] {
  const a = flatten(before).match(TOKEN) ?? [];
  const b = flatten(after).match(TOKEN) ?? [];
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const ops: [DiffOp, string][] = [];
  for (const t of a.slice(0, head)) ops.push(['equal', t]);
  if ((midA.length + 1) * (midB.length + 1) > maxCells) {
    for (const t of midA) ops.push(['delete', t]);
    for (const t of midB) ops.push(['insert', t]);
  } else ops.push(...lcsOps(midA, midB));
  for (const t of a.slice(a.length - tail)) ops.push(['equal', t]);
  return merge(ops);
}

/** The edit script of two token lists by their longest common subsequence; deletions before insertions. */
function lcsOps(a: readonly string[], b: readonly string[]): [DiffOp, string][] {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const len = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      len[i * w + j] = a[i] === b[j] ? len[(i + 1) * w + j + 1]! + 1 : Math.max(len[(i + 1) * w + j]!, len[i * w + j + 1]!);
  const ops: [DiffOp, string][] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push(['equal', a[i]!]);
      i++;
      j++;
    } else if (j >= m || (i < n && len[(i + 1) * w + j]! >= len[i * w + j + 1]!)) ops.push(['delete', a[i++]!]);
    else ops.push(['insert', b[j++]!]);
  }
  return ops;
}

/**
 * Joins the tokens into segments. Within a stretch of changes, all that was removed comes before all that was
 * added, and a lone space between two changes belongs to both, so "ten years" -> "five years" reads as one change.
 */
function merge(ops: readonly [DiffOp, string][]): DiffSegment[] {
  const out: DiffSegment[] = [];
  const push = (op: DiffOp, text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  let del = '';
  let ins = '';
  const flush = () => {
    // A space taken in at the end of a change, when the change did not go on, was common to both texts.
    const space = /\s+$/.exec(del)?.[0] ?? /\s+$/.exec(ins)?.[0] ?? '';
    push('delete', del.trimEnd());
    push('insert', ins.trimEnd());
    push('equal', space);
    del = ins = '';
  };
  for (let k = 0; k < ops.length; k++) {
    const [op, text] = ops[k]!;
    if (op === 'delete') del += text;
    else if (op === 'insert') ins += text;
    else if (/^\s+$/.test(text) && absorbs(del, ins, ops[k + 1]?.[0])) {
      if (del) del += text;
      if (ins) ins += text;
    } else {
      flush();
      push('equal', text);
    }
  }
  flush();
  return out;
}

/** Whether a space between changes joins them: it lies between two removals, two additions, or both. */
function absorbs(del: string, ins: string, next: DiffOp | undefined): boolean {
  if (del && ins) return next === 'delete' || next === 'insert';
  return (Boolean(del) && next === 'delete') || (Boolean(ins) && next === 'insert');
}
