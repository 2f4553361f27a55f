/**
 * Every project the app can produce round-trips through save and open: made as the app makes them (an analysis,
 * projectFromAnalysis, a reviewer's actions on every element), with every field the person types at its limit
 * (core/limits.ts) in every kind of character, it is accepted by the IPC contract for saving and autosaving,
 * written, and read back equal. One character past a limit is refused with the limit in words, by the same
 * schema on both sides, so nothing the contract accepts can fail to open.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze.js';
import { LIMITS } from '../../core/limits.js';
import { parseProject, projectFromAnalysis, serializeProject, type Project } from '../../core/project.js';
import { validateRequest } from '../../main/ipc.js';
import { applyAction, type ReviewAction } from '../../renderer/review/project.js';
import { english, thrownWords } from '../support/words.js';
import { SHARED } from '../support/cli.js';

/** `length` UTF-16 code units of text cycling through `alphabet` (astral characters count two, as a field counts them). */
function text(length: number, alphabet: string): string {
  const chars = [...alphabet];
  let out = '';
  for (let i = 0; out.length < length; i++) {
    const ch = chars[i % chars.length]!;
    out += out.length + ch.length <= length ? ch : 'x';
  }
  return out;
}

const ALPHABETS: Record<string, string> = {
  latin: 'Every firearm shall be marked; ',
  accented: 'Toute arme à feu est marquée — ñ ü ç ',
  arabic: 'يجب وسم كل سلاح ناري ',
  chinese: '制造枪支应当标记序列号。',
  emoji: '😀 ✓ ',
  'quotes and controls': '"\\\n\t</script> ',
};

const law = readFileSync(join(SHARED, 'eval', 'kestria-en.txt'), 'utf8');
const analysis = analyzeText(law, { file: 'kestria-en.txt' });

/** A project as a reviewer leaves it: a decision on every element, each action the screen offers used. */
function reviewed(alphabet: string): Project {
  const project = projectFromAnalysis(analysis, { text: law, file: 'kestria-en.txt' }, { title: text(LIMITS.title, alphabet), country: text(LIMITS.country, alphabet) });
  const author = text(LIMITS.author, alphabet);
  const clause = analysis.clauses[0]!.id;
  let decisions = project.decisions;
  analysis.elements.forEach((finding, i) => {
    const actions: ReviewAction[] = [
      { kind: 'set-status', status: (['covered', 'partial', 'missing', 'not-applicable'] as const)[i % 4]! },
      { kind: i % 2 ? 'add-evidence' : 'reject-evidence', clause: finding.evidence[0]?.clause ?? clause },
      { kind: 'note', note: text(LIMITS.note, alphabet) },
    ];
    for (const action of actions) decisions = applyAction(decisions, finding.id, action, author);
  });
  return { ...project, decisions };
}

describe('every project the app can produce round-trips through save and open', () => {
  it.each(Object.entries(ALPHABETS))('%s text at every limit', (_name, alphabet) => {
    const project = reviewed(alphabet);
    expect(project.decisions).toHaveLength(analysis.elements.length);
    expect(project.decisions.every((d) => d.note?.length === LIMITS.note)).toBe(true);
    expect(validateRequest('saveProject', { project }).ok).toBe(true);
    expect(validateRequest('autosave', { project }).ok).toBe(true);
    const saved = serializeProject(project, new Date('2026-01-01T00:00:00Z'));
    expect(parseProject(saved)).toEqual({ ...project, savedAt: '2026-01-01T00:00:00.000Z' });
  });

  it.each([
    ['a note', (p: Project): Project => ({ ...p, decisions: [{ ...p.decisions[0]!, note: 'n'.repeat(LIMITS.note + 1) }] }), /note may hold up to 20,000 characters/],
    ["a reviewer's name", (p: Project): Project => ({ ...p, decisions: [{ ...p.decisions[0]!, author: 'a'.repeat(LIMITS.author + 1) }] }), /reviewer’s name may hold up to 200 characters/],
    ['a title', (p: Project): Project => ({ ...p, meta: { ...p.meta, title: 't'.repeat(LIMITS.title + 1) } }), /title may hold up to 500 characters/],
    ['a country', (p: Project): Project => ({ ...p, meta: { ...p.meta, country: 'c'.repeat(LIMITS.country + 1) } }), /country may hold up to 200 characters/],
  ])('one character past the limit of %s is refused, in words, by the contract and by the file', (_what, change, words) => {
    const project = change(reviewed(ALPHABETS.latin!));
    const request = validateRequest('saveProject', { project });
    expect(request.ok).toBe(false);
    expect(!request.ok && english(request.error.problem)).toMatch(words);
    expect(thrownWords(() => parseProject(JSON.stringify(project), 'act.lexgap'))).toMatch(words);
  });
});
