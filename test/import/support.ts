/** Making real documents for the import tests with real tools: LibreOffice, Chromium, qpdf, pdftoppm, img2pdf. */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

export function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `lexgap-${name}-`));
}

/**
 * Converts files with LibreOffice (`soffice --headless --convert-to`), all of one format in one run. Each run gets
 * its own profile, so test files running side by side do not fight over LibreOffice's lock.
 */
export function soffice(files: string[], format: string, outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'lexgap-lo-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, ...files], {
    timeout: 300_000,
    stdio: 'pipe',
  });
  const ext = format.split(':')[0]!;
  return files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, `.${ext}`)));
}

/** Copies sources into a folder so that LibreOffice's outputs sit beside them. */
export function copyInto(files: string[], dir: string): string[] {
  return files.map((f) => {
    const to = join(dir, basename(f));
    copyFileSync(f, to);
    return to;
  });
}

/** Prints a web page to PDF with Chromium, with its default running header (date, title) and footer (address, page x/y). */
export function chromiumPdf(html: string, pdf: string): void {
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${pdf}`, html], { timeout: 120_000, stdio: 'pipe' });
}

/** Whitespace-insensitive text, with the no-break spaces some laws use between "Section" and its number. */
export const normalise = (text: string) => text.normalize('NFC').replace(/[\s\u00A0\u00AD]+/gu, ' ').trim();

/** "Article 5", "Section 12", "ARTÍCULO 3o.-", "§ 921." at the start of a line: the units a law is cited by. */
const UNIT = /^(?:Article|ARTICLE|Art\.|ARTÍCULO|Artículo|Section|SECTION|§)\s*[\w.-]+/u;

export function unitLines(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const m = UNIT.exec(line.trim());
    return m ? [m[0].replace(/\s+/gu, ' ')] : [];
  });
}

/** The source's unit lines that the converted text lacks at the start of a line, in order. */
export function missingUnits(source: string, converted: string): string[] {
  const got = unitLines(converted);
  let at = 0;
  const missing: string[] = [];
  for (const unit of unitLines(source)) {
    const found = got.indexOf(unit, at);
    if (found < 0) missing.push(unit);
    else at = found + 1;
  }
  return missing;
}

/** The real tools a suite needs: a missing one fails the suite with what to install, never skips it. */
export function requireTools(...tools: string[]): void {
  const missing = tools.filter((t) => !has(t));
  if (missing.length) throw new Error(`These tests need ${missing.join(', ')} (installed by .ci/run from Debian's packages).`);
}
