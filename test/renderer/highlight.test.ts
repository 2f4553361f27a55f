/**
 * The evidence card's text (renderer/highlight.ts): matched words marked whatever their accents, and a clause too
 * long to lay out at once cut to the passages around those words, on real clauses of the corpus.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze.js';
import { EXCERPT_CHARS, excerpt, highlight, type Run } from '../../renderer/highlight.js';

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus');
const marked = (runs: Run[]) => runs.filter((r) => r.match).map((r) => r.text);
const joined = (runs: Run[]) => runs.map((r) => r.text).join('');

describe('highlight', () => {
  it.each([
    ['stems extend to the end of the word', 'The manufacturer shall mark each firearm.', ['manufactur', 'mark'], ['manufacturer', 'mark']],
    ['accents are optional both ways', 'Le fabricant appose un marquage unique sur l’arme à feu.', ['marquage', 'arme a feu'], ['marquage', 'arme à feu']],
    ['a term written with accents finds a word without', 'La autoridad lleva un registro de armas.', ['régistro'], ['registro']],
    ['decomposed accents in the text keep their offsets', 'Un cafe\u0301 et un dépôt d’armes.', ['café', 'depot'], ['cafe\u0301', 'dépôt']],
    ['a term is not found inside another word', 'Unmarked firearms are forfeited.', ['marked'], []],
    ['Chinese', '持枪人必须妥善保管枪支，严防被盗。', ['枪支'], ['枪支']],
  ])('%s', (_, text, terms, expected) => {
    const runs = highlight(text, terms);
    expect(joined(runs)).toBe(text);
    expect(marked(runs)).toEqual(expected);
  });
});

describe('excerpt of a long clause', () => {
  const law = readFileSync(path.join(CORPUS, 'us-18usc-ch44-firearms.txt'), 'utf8');
  const clauses = analyzeText(law, { file: 'us.txt' }).clauses;
  const longest = clauses.reduce((a, b) => (b.text.length > a.text.length ? b : a));

  it('leaves a clause of ordinary length whole', () => {
    const short = clauses.find((c) => c.text.length > 200 && c.text.length < EXCERPT_CHARS)!;
    expect(excerpt(highlight(short.text, ['firearm']))).toBeUndefined();
  });

  it('cuts the longest clause of the US chapter to passages around its matched words, in order, each from the clause', () => {
    expect(longest.text.length).toBeGreaterThan(10 * EXCERPT_CHARS);
    const runs = excerpt(highlight(longest.text, ['serial number', 'licensed manufacturer']))!;
    const shown = runs.filter((r) => !r.gap);
    expect(shown.reduce((n, r) => n + r.text.length, 0)).toBeLessThanOrEqual(EXCERPT_CHARS + 400);
    expect(marked(runs).length).toBeGreaterThan(0);
    for (const m of marked(runs)) expect(m.toLowerCase()).toMatch(/^(serial number|licensed manufacturer)/);
    // Every passage is the clause's own text, and they come in the clause's order.
    let from = 0;
    for (const passage of joined(runs).split('…').filter(Boolean)) {
      const at = longest.text.indexOf(passage, from);
      expect(at, passage.slice(0, 60)).toBeGreaterThanOrEqual(from);
      from = at + passage.length;
    }
    expect(runs[runs.length - 1]!.gap).toBe(true);
  });

  it('shows the start of a long clause where no word matched', () => {
    const runs = excerpt(highlight(longest.text, []))!;
    expect(runs[0]!.gap).toBeUndefined();
    expect(longest.text.startsWith(runs[0]!.text)).toBe(true);
    expect(runs[0]!.text.length).toBeLessThanOrEqual(EXCERPT_CHARS + 30);
    expect(runs[1]).toEqual({ text: '…', match: false, gap: true });
  });
});
