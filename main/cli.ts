/**
 * The command line: `lexgap analyze <file> [--lang ...] [--json out] [--report out.docx] [--csv out]`.
 * It calls core directly (no Electron). Bad input ends with one line on standard error naming the file and
 * what to do, a non-zero exit, and no output file written.
 */
import { parseArgs } from 'node:util';
import { loadCatalogue } from '../model-law/index.js';
import { LANGUAGES } from '../model-law/schema.js';
import { analyzeText } from '../core/analyze.js';
import { InputError } from '../core/input-error.js';
import { toCsv } from '../core/report/csv.js';
import { readLaw, readStdin } from '../core/node/read.js';
import { writeAtomic } from '../core/node/write.js';
import type { Language } from '../core/types.js';

const USAGE = `usage: lexgap analyze <file|-> [--lang auto|${LANGUAGES.join('|')}] [--json <out.json>] [--report <out.docx>] [--csv <out.csv>]`;

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
    if (values.report)
      throw new InputError('The Word report (--report) is not available in this version yet. Use --json or --csv.', 'not-implemented');

    const law = input === '-' ? await readStdin(io.stdin) : await readLaw(input);
    const analysis = analyzeText(law.text, { file: law.file, language: lang as Language | 'auto', bytes: law.bytes });
    // Everything is computed before anything is written, so a failure leaves no partial output.
    const outputs: [string, string][] = [];
    if (values.json) outputs.push([values.json, JSON.stringify(analysis, null, 2) + '\n']);
    if (values.csv) outputs.push([values.csv, toCsv(analysis, loadCatalogue())]);
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
