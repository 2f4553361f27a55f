/**
 * The command line: `lexgap analyze <file> [--lang ...] [--json out] [--report out.docx] [--csv out]`.
 * It calls core directly (no Electron). Bad input ends with one line on standard error naming the file and
 * what to do, a non-zero exit, and no output file written.
 */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalogue } from '../model-law/index.js';
import { LANGUAGES } from '../model-law/schema.js';
import { analyzeText } from '../core/analyze.js';
import { InputError } from '../core/input-error.js';
import { toCsv } from '../core/report/csv.js';
import { defaultReportLanguage, isReportLanguage, REPORT_LANGUAGES, type Paper } from '../core/report/index.js';
import { readLaw, readStdin } from '../core/node/read.js';
import { reportBytes } from '../core/node/docx.js';
import { writeAtomic } from '../core/node/write.js';
import type { Language } from '../core/types.js';

const USAGE = `usage: lexgap analyze <file|-> [--lang auto|${LANGUAGES.join('|')}] [--json <out.json>] [--report <out.docx> [--report-lang ${REPORT_LANGUAGES.join('|')}] [--paper a4|letter]] [--csv <out.csv>]`;
const PAPERS: readonly Paper[] = ['a4', 'letter'];

/**
 * Refuses an output path that cannot be written before any work is done, so that no output is written when
 * another cannot be: a folder given as the file, a folder that does not exist, a name the system cannot take.
 */
function checkOutput(path: string, example: string): void {
  const cannot = (reason: string) => new InputError(`Cannot write ${path}: ${reason}.`, 'unwritable-output');
  if (!path.trim() || path.includes('\0')) throw cannot('that is not a usable file name. Choose another name');
  const stat = (p: string) => {
    try {
      return statSync(p);
    } catch {
      return undefined;
    }
  };
  if (stat(path)?.isDirectory()) throw cannot(`it is a folder. Give a file name, such as ${join(path, example)}`);
  const dir = stat(dirname(resolve(path)));
  if (!dir?.isDirectory()) throw cannot('the folder does not exist. Create it or choose another location');
}

/** Today's date where the command runs, as YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}


export interface CliIO {
  stdin: AsyncIterable<Uint8Array>;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/** Runs the CLI and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lang: { type: 'string', default: 'auto' },
        json: { type: 'string' },
        report: { type: 'string' },
        'report-lang': { type: 'string' },
        paper: { type: 'string', default: 'a4' },
        csv: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    const [command, input, ...extra] = positionals;
    if (command !== 'analyze' || !input || extra.length) throw new InputError(USAGE, 'usage');
    const lang = values.lang!;
    if (lang !== 'auto' && !(LANGUAGES as readonly string[]).includes(lang))
      throw new InputError(`Unknown language "${lang}". Use auto or one of ${LANGUAGES.join(', ')}.`, 'usage');
    const reportLang = values['report-lang'];
    if (reportLang !== undefined && !isReportLanguage(reportLang))
      throw new InputError(`Unknown report language "${reportLang}". Use one of ${REPORT_LANGUAGES.join(', ')}.`, 'usage');
    const paper = values.paper as Paper;
    if (!PAPERS.includes(paper)) throw new InputError(`Unknown paper size "${values.paper}". Use a4 or letter.`, 'usage');
    for (const [path, example] of [
      [values.json, 'analysis.json'],
      [values.csv, 'analysis.csv'],
      [values.report, 'report.docx'],
    ] as const)
      if (path !== undefined) checkOutput(path, example);

    const law = input === '-' ? await readStdin(io.stdin) : await readLaw(input);
    const analysis = analyzeText(law.text, { file: law.file, language: lang as Language | 'auto', bytes: law.bytes });
    // Everything is computed before anything is written, so a failure leaves no partial output.
    const outputs: [string, string | Uint8Array][] = [];
    if (values.json) outputs.push([values.json, JSON.stringify(analysis, null, 2) + '\n']);
    if (values.csv) outputs.push([values.csv, toCsv(analysis, loadCatalogue())]);
    if (values.report) {
      const lang = reportLang && isReportLanguage(reportLang) ? reportLang : defaultReportLanguage(analysis.source.language);
      const bytes = await reportBytes({ analysis, catalogue: loadCatalogue(), source: law.text, options: { lang, paper, date: today() } });
      outputs.push([values.report, bytes]);
    }
    for (const [path, data] of outputs) await writeAtomic(path, data);
    const s = analysis.summary;
    io.stdout(`${law.file}: ${analysis.clauses.length} clauses, language ${analysis.source.language}; ${s.covered} covered, ${s.partial} partial, ${s.missing} missing of ${analysis.elements.length} Protocol elements.`);
    return 0;
  } catch (err) {
    if (err instanceof InputError) io.stderr(`lexgap: ${err.message}`);
    else if (err instanceof TypeError && (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) io.stderr(`lexgap: ${err.message}\n${USAGE}`);
    else io.stderr(`lexgap: internal error (${(err as Error).message ?? String(err)}). Please report it with the file that caused it.`);
    return err instanceof InputError && err.rule === 'usage' ? 2 : 1;
  }
}
