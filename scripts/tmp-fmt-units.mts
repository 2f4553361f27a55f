import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { convert } from '../core/import/index.js';
import { segment } from '../core/segment/segment.js';
const units = (t: string) => segment(t).filter((c) => !/[("]/.test(c.label)).map((c) => c.label);
for (const f of readdirSync('/tmp/fmt').filter((f) => f.endsWith('.txt'))) {
  const base = units(readFileSync('/tmp/fmt/' + f, 'utf8'));
  for (const ext of ['docx', 'pdf'] as const) {
    const p = `/tmp/fmt/${f.replace(/\.txt$/, '.' + ext)}`;
    if (!existsSync(p)) { console.log(f, ext, 'no file'); continue; }
    const u = units(await convert(new Uint8Array(readFileSync(p)), ext, p));
    const same = JSON.stringify(u) === JSON.stringify(base);
    const missing = base.filter((x) => !u.includes(x)); const extra = u.filter((x) => !base.includes(x));
    console.log(f.padEnd(45), ext, same ? 'SAME' : `DIFF txt ${base.length} vs ${u.length}; missing ${missing.slice(0, 5).join(',')}; extra ${extra.slice(0, 5).join(',')}`);
  }
}
