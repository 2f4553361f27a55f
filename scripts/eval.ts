/**
 * `npm run eval`: the engine on every labelled law (../shared/eval, test/fixtures/gold and holdout), with the figures of
 * score-gold.py per law, per language and overall, and the elements it got wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../core/analyze.js';
import { add, emptyTally, line, score, type Gold, type Tally } from './lib/score.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// The shared labelled laws, the project's development set, and its held-out set (written independently of the
// engine; its errors were read once, for general fixes only, so its figures are a near-unseen check).
const dirs = [join(root, '..', 'shared', 'eval'), join(root, 'test', 'fixtures', 'gold'), join(root, 'test', 'fixtures', 'holdout')].filter(existsSync);
const verbose = process.argv.includes('--verbose');

const byLang = new Map<string, Tally>();
let total = emptyTally();
let byDir = emptyTally();
for (const dir of dirs) {
  console.log(`\n${dir}`);
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Gold;
    const text = readFileSync(join(dir, gold.file), 'utf8');
    const out = analyzeText(text, { file: gold.file });
    const t = score(gold, out);
    console.log('  ' + line(gold.file, t));
    if (verbose) {
      const byId = new Map(out.elements.map((e) => [e.id, e]));
      for (const [id, label] of Object.entries(gold.elements)) {
        const got = byId.get(id)!;
        if (got.status !== label[0]) console.log(`    ${id}: expected ${label[0]}, got ${got.status} ${got.missing.join('; ')}`);
      }
    }
    byLang.set(gold.language, add(byLang.get(gold.language) ?? emptyTally(), t));
    byDir = add(byDir, t);
    total = add(total, t);
  }
  console.log('  ' + line('all of these', byDir));
  byDir = emptyTally();
}
console.log('');
for (const [lang, t] of [...byLang].sort()) console.log(line(`language ${lang}`, t));
console.log(line('TOTAL', total));
