#!/usr/bin/env node
/**
 * Doyensec's Electronegativity, the Electron security scanner, over the app's own sources (main/ and renderer/,
 * TypeScript and HTML, which it parses directly), as a step of `npm test`: it fails on any HIGH finding, and on
 * a source file it could not parse (a file it cannot read is a file it did not check). Lower findings are
 * listed for review.
 *
 *   node scripts/electronegativity.js               scan, print, exit 1 on a HIGH finding
 *   node scripts/electronegativity.js --json        the same, findings as JSON on stdout
 *   node scripts/electronegativity.js --root DIR    scan DIR/main and DIR/renderer instead (its own tests)
 *
 * The scan runs offline: the check that asks GitHub for Electron's releases is left out (the Electron version is
 * pinned in package.json and kept current by hand), and the scanner's own download of translations is replaced by
 * its bundled English. main/ and renderer/ are scanned together, from a copy, so that its global checks (is
 * navigation limited anywhere? is there a CSP?) see the whole app and nothing else (no tests, no dist bundles).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What is scanned, relative to the repository. */
export const SCANNED = ['main', 'renderer'];

/** Checks left out, with why. */
export const EXCLUDED_CHECKS = {
  // Downloads Electron's release list from GitHub on every run: tests run offline.
  AvailableSecurityFixesGlobalCheck: 'needs the network',
};

/** Findings at or above this severity fail the run. */
export const FAIL_AT = 'HIGH';

const require = createRequire(import.meta.url);
const ENG_DIR = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const ENG_DIST = path.join(ENG_DIR, 'dist');

/** Loads the scanner with its translations from disk and with no way to reach the network. */
function loadScanner() {
  const engRequire = createRequire(path.join(ENG_DIST, 'runner.js'));
  const i18n = engRequire('i18n');
  const localI18n = async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.join(ENG_DIST, 'locales'),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: global,
    });
    i18n.setLocale('en-US');
  };
  const stub = (id, exports) => {
    const filename = engRequire.resolve(id);
    require.cache[filename] = { id: filename, filename, loaded: true, exports, children: [], paths: [] };
  };
  stub('./locales/i18n.js', localI18n);
  stub('got', () => Promise.reject(new Error('electronegativity: network access is disabled in lexgap tests')));
  const runner = engRequire('./runner.js');
  const { severity } = engRequire('./finder/attributes.js');
  return { run: runner.default ?? runner, severity };
}

function electronVersion() {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return String(pkg.devDependencies?.electron ?? pkg.dependencies?.electron ?? '').replace(/^[^\d]*/, '') || undefined;
}

/** Scans the given folders of the repository together; returns the findings and the files it could not parse. */
export async function scan({ roots = SCANNED, root = ROOT } = {}) {
  const { run, severity } = loadScanner();
  const copy = mkdtempSync(path.join(tmpdir(), 'lexgap-electronegativity-'));
  try {
    for (const dir of roots) cpSync(path.join(root, dir), path.join(copy, dir), { recursive: true, filter: (src) => !src.split(path.sep).includes('node_modules') });
    const result = await run({
      input: copy,
      excludeFromScan: Object.keys(EXCLUDED_CHECKS),
      electronVersionOverride: electronVersion(),
      isRelative: true,
      parserPlugins: [],
      severitySet: 'informational',
      confidenceSet: 'tentative',
    });
    const issues = result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      severityValue: issue.severity.value,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location?.line ?? 0,
      column: issue.location?.column ?? 0,
      manualReview: Boolean(issue.manualReview),
      description: issue.description,
    }));
    const parseErrors = result.errors.filter((e) => !e.tolerable).map((e) => ({ file: path.relative(copy, e.file), message: e.message }));
    return { issues, parseErrors, checks: result.globalChecks + result.atomicChecks, failAt: severity[FAIL_AT].value };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** The findings that fail the run. */
export function blocking(report) {
  return report.issues.filter((issue) => issue.severityValue >= report.failAt);
}

export function formatIssue(issue) {
  const where = issue.file && issue.file !== 'N/A' ? `${issue.file}:${issue.line}` : '(whole app)';
  return `${issue.severity.padEnd(6)} ${issue.confidence.padEnd(9)} ${issue.id.padEnd(40)} ${where}${issue.manualReview ? '  (review by hand)' : ''}`;
}

async function main() {
  const asJson = process.argv.includes('--json');
  const rootAt = process.argv.indexOf('--root');
  const root = rootAt > 0 && process.argv[rootAt + 1] ? path.resolve(process.argv[rootAt + 1]) : ROOT;
  let report;
  try {
    report = await scan({ root });
  } catch (error) {
    console.error(`electronegativity: the scan could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const failing = blocking(report);
  if (asJson) process.stdout.write(`${JSON.stringify({ ...report, failing: failing.length }, null, 2)}\n`);
  else {
    console.log(`electronegativity: ${report.checks} checks over ${SCANNED.join('/ and ')}/ (left out: ${Object.entries(EXCLUDED_CHECKS).map(([c, why]) => `${c}, ${why}`).join('; ')})`);
    for (const issue of [...report.issues].sort((a, b) => b.severityValue - a.severityValue)) console.log(`  ${formatIssue(issue)}`);
    for (const error of report.parseErrors) console.log(`  NOT SCANNED ${error.file}: ${error.message}`);
  }
  if (failing.length || report.parseErrors.length) {
    console.error(
      `electronegativity: ${failing.length} finding(s) at ${FAIL_AT} severity${report.parseErrors.length ? ` and ${report.parseErrors.length} file(s) it could not parse` : ''}. ` +
        'Fix them; a false positive may be silenced on its line with /* eng-disable CHECK_ID */ and a comment saying why.',
    );
    process.exit(1);
  }
  if (!asJson) console.log(`electronegativity: no finding at ${FAIL_AT} severity.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
