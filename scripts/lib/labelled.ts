/** The labelled laws: the lawyer's real-law labels first (the honest measure), then the synthetic sets. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gold } from './score.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const SHARED = join(root, '..', 'shared');

export interface LabelledSet {
  name: string;
  /** Real laws labelled by a lawyer, or laws written for the project. */
  real: boolean;
  laws: { gold: Gold; text: string }[];
}

function read(dir: string, textDir: (file: string) => string): { gold: Gold; text: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
      return { gold, text: readFileSync(textDir(gold.file), 'utf8') };
    });
}

export function labelledSets(): LabelledSet[] {
  const realDir = join(SHARED, 'eval-real');
  return [
    { name: '../shared/eval-real (real laws, labelled by a lawyer)', real: true, laws: read(realDir, (f) => (existsSync(join(realDir, f)) ? join(realDir, f) : join(SHARED, 'corpus', f))) },
    { name: '../shared/eval (synthetic)', real: false, laws: read(join(SHARED, 'eval'), (f) => join(SHARED, 'eval', f)) },
    { name: 'test/fixtures/gold (synthetic, written for the project)', real: false, laws: read(join(root, 'test', 'fixtures', 'gold'), (f) => join(root, 'test', 'fixtures', 'gold', f)) },
    { name: 'test/fixtures/holdout (synthetic, written independently)', real: false, laws: read(join(root, 'test', 'fixtures', 'holdout'), (f) => join(root, 'test', 'fixtures', 'holdout', f)) },
  ].filter((s) => s.laws.length);
}
