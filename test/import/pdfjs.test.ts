/**
 * How lexgap uses pdf.js, pinned: a release past advisory GHSA-hq66-cqwq-w95j, asked for the text layer only, and
 * never evaluating code. PDFs carrying a JavaScript action, an XFA form and a PostScript (type 4) function are read
 * in a Node process where generating code from strings is disabled: any eval or new Function would throw.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDF_OPTIONS } from '../../core/import/pdf.js';
import { compareVersions } from '../../core/autosave.js';
import { ROOT } from '../support/cli.js';
import { buildPdf, textContent, textPdf } from '../support/pdf.js';
import { tempDir } from './support.js';

const enc = (s: string) => new TextEncoder().encode(s);
const LINES = ['Article 1. Every firearm shall be marked with a serial number.', 'Article 2. Records shall be kept for ten years.'];

describe('pdf.js as lexgap uses it', () => {
  it('is a release with the fix for GHSA-hq66-cqwq-w95j (6.2.108 or later)', () => {
    const { version } = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'), 'utf8')) as { version: string };
    expect(compareVersions(version, '6.2.108')).toBeGreaterThanOrEqual(0);
  });

  it('is asked for text only: no font faces, no system fonts, no XFA, no image past a scanned page', () => {
    expect(PDF_OPTIONS).toEqual({ disableFontFace: true, useSystemFonts: false, enableXfa: false, maxImageSize: 40_000_000, verbosity: 0 });
  });

  it('reads text, and evaluates no code, from PDFs that carry scripts, forms and PostScript functions', () => {
    const dir = tempDir('pdfjs');
    const files = {
      'script.pdf': textPdf(LINES, { catalogExtra: '/OpenAction << /S /JavaScript /JS (app.alert\\(1\\); this.lexgap = 1;) >> /Names << /JavaScript << /Names [(x) << /S /JavaScript /JS (this.y = 2;) >>] >> >>' }),
      'xfa.pdf': textPdf(LINES, { catalogExtra: '/AcroForm << /Fields [] /XFA [(template) 6 0 R] /NeedsRendering true >>', extra: [{ dict: '', stream: enc('<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform><draw><value><text>Hidden form text</text></value></draw></subform></template>') }] }),
      'postscript.pdf': buildPdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /Shading << /Sh1 6 0 R >> >> /Contents 4 0 R >>',
        { dict: '', stream: enc(`${textContent(LINES)}\n/Sh1 sh`) },
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        '<< /ShadingType 1 /ColorSpace /DeviceGray /Domain [0 1 0 1] /Function 7 0 R >>',
        { dict: '/FunctionType 4 /Domain [0 1 0 1] /Range [0 1]', stream: enc('{ add 2 div dup 0.5 gt { pop 1 } if }') },
      ]),
    };
    const paths = Object.entries(files).map(([name, bytes]) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    });
    const out = execFileSync(
      process.execPath,
      ['--disallow-code-generation-from-strings', '--import', join(ROOT, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs'), join(ROOT, 'test', 'import', 'fixtures', 'read-pdfs.mts'), ...paths],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    const { evalBlocked, results } = JSON.parse(out.trim().split('\n').at(-1)!) as { evalBlocked: boolean; results: { file: string; text: string; operators: number }[] };
    expect(evalBlocked).toBe(true);
    expect(results).toHaveLength(3);
    for (const r of results) {
      expect(r.text, r.file).toBe(LINES.join('\n'));
      expect(r.operators, r.file).toBeGreaterThan(0);
    }
  });
});
