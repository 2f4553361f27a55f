/**
 * The command line: `lexgap analyze <file> [--lang ...] [--json out] [--report out.docx] [--csv out]`, and
 * `lexgap compare <file> <file> [...]` (several laws side by side) and `lexgap diff <old> <new>` (two versions of
 * one law), with the same outputs. It calls core directly (no Electron). Bad input ends with one line on standard
 * error naming the file and what to do, a non-zero exit, and no output file written.
 */
import { parseArgs } from 'node:util';
import { loadCatalogue } from '../model-law/index.js';
import { LANGUAGES } from '../model-law/schema.js';
import { InputError } from '../core/input-error.js';
import { diffJson, diffLaws } from '../core/compare/diff.js';
import { harmonize } from '../core/compare/harmonize.js';
import { compareLaws, comparisonJson, type LawInput } from '../core/compare/matrix.js';
import { toCsv } from '../core/report/csv.js';
import { compareCsv } from '../core/report/compare-csv.js';
import { defaultReportLanguage, type Paper } from '../core/report/model.js';
import { defaultCompareLanguage } from '../core/report/compare-model.js';
import { isReportLanguage, REPORT_LANGUAGES, type ReportLanguage } from '../core/report/strings.js';
import { analyzeAll, analyzeInWorker } from '../core/node/analyze-pool.js';
import { readLaw, readStdin, type LoadedText } from '../core/node/read.js';
import { writeAtomic } from '../core/node/write.js';
import type { Language } from '../core/types.js';
import { checkOutputs, type Output } from './cli-outputs.js';


/** The Word writer is large: loaded only when a report is asked for, so plain analyses start fast. */
const wordReports = () => import('../core/node/docx.js');

const LANG = `[--lang auto|${LANGUAGES.join('|')}]`;
const REPORT = `[--report <out.docx> [--report-lang ${REPORT_LANGUAGES.join('|')}] [--paper a4|letter]]`;
const USAGES = {
  analyze: `usage: lexgap analyze <file|-> ${LANG} [--json <out.json>] ${REPORT} [--csv <out.csv>]`,
  compare: `usage: lexgap compare <file> <file> [<file> ...] ${LANG} [--json <out.json>] ${REPORT} [--csv <out.csv>]`,
  diff: `usage: lexgap diff <old> <new> ${LANG} [--json <out.json>] ${REPORT}`,
};
type Command = keyof typeof USAGES;
/** One line, for a missing or unknown command; --help gives each command's options. */
const USAGE = `usage: lexgap analyze <file|-> [options] | lexgap compare <file> <file> [<file> ...] [options] | lexgap diff <old> <new> [options] (lexgap --help lists the options)`;
const HELP = Object.values(USAGES).join('\n');
/** Documents are read in worker threads with generous memory limits: a few at a time. */
const READ_AT_ONCE = 2;
const PAPERS: readonly Paper[] = ['a4', 'letter'];

/** Today's date where the command runs, as YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}


/**
 * A line as a terminal should show it: control characters (a line break or an escape sequence in a file name)
 * and the marks that reorder text written as visible escapes, so that a name can neither break the one line nor
 * drive the terminal.
 */
export function printable(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface CliIO {
  stdin: AsyncIterable<Uint8Array>;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/** Says how a law was read when the user should know (bytes that were not valid UTF-8); the work goes on. */
function warn(io: CliIO, law: LoadedText): void {
  for (const w of law.warnings) io.stderr(`lexgap: warning: ${printable(w)}`);
}

/** Runs the CLI and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let usage = USAGE;
  try {
    const named = argv.find((a) => !a.startsWith('-'));
    if (named && named in USAGES) usage = USAGES[named as Command];
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
      io.stdout(HELP);
      return 0;
    }
    const [first, ...inputs] = positionals;
    if (!first || !(first in USAGES)) throw new InputError(USAGE, 'usage');
    const command = first as Command;
    if (command === 'analyze' && inputs.length !== 1) throw new InputError(usage, 'usage');
    if (command === 'compare' && inputs.length < 2) throw new InputError(`compare needs two laws or more. ${usage}`, 'usage');
    if (command === 'diff' && inputs.length !== 2) throw new InputError(`diff needs two versions of the law, the earlier first. ${usage}`, 'usage');
    if (command === 'diff' && values.csv !== undefined) throw new InputError(`diff writes no CSV; use --json or --report. ${usage}`, 'usage');
    if (inputs.filter((f) => f === '-').length > 1) throw new InputError(`Standard input ("-") can be read only once. ${usage}`, 'usage');
    const lang = values.lang!;
    if (lang !== 'auto' && !(LANGUAGES as readonly string[]).includes(lang))
      throw new InputError(`Unknown language "${lang}". Use auto or one of ${LANGUAGES.join(', ')}.`, 'usage');
    const reportLang = values['report-lang'];
    if (reportLang !== undefined && !isReportLanguage(reportLang))
      throw new InputError(`Unknown report language "${reportLang}". Use one of ${REPORT_LANGUAGES.join(', ')}.`, 'usage');
    const paper = values.paper as Paper;
    if (!PAPERS.includes(paper)) throw new InputError(`Unknown paper size "${values.paper}". Use a4 or letter.`, 'usage');
    checkOutputs(
      [
        { option: '--json', path: values.json, example: 'analysis.json' },
        { option: '--csv', path: values.csv, example: 'analysis.csv' },
        { option: '--report', path: values.report, example: 'report.docx' },
      ].filter((o): o is Output => o.path !== undefined),
      inputs,
    );

    const options: Options = { lang: lang as Language | 'auto', reportLang: reportLang as ReportLanguage | undefined, paper, json: values.json, csv: values.csv, report: values.report };
    const done = command === 'analyze' ? await analyze(inputs[0]!, options, io) : command === 'compare' ? await compare(inputs, options, io) : await diff(inputs, options, io);
    // Everything is computed before anything is written, so a failure leaves no partial output.
    for (const [path, data] of done.outputs) await writeAtomic(path, data);
    io.stdout(printable(done.line));
    return 0;
  } catch (err) {
    if (err instanceof InputError) io.stderr(`lexgap: ${printable(err.message)}`);
    else if (err instanceof TypeError && (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) io.stderr(`lexgap: ${printable(err.message)}\n${usage}`);
    else io.stderr(`lexgap: internal error (${printable((err as Error).message ?? String(err))}). Please report it with the file that caused it.`);
    return err instanceof InputError && err.rule === 'usage' ? 2 : 1;
  }
}

interface Options {
  lang: Language | 'auto';
  reportLang?: ReportLanguage;
  paper: Paper;
  json?: string;
  csv?: string;
  report?: string;
}

interface Done {
  outputs: [string, string | Uint8Array][];
  /** The one line printed on success. */
  line: string;
}

async function analyze(input: string, o: Options, io: CliIO): Promise<Done> {
  const law = input === '-' ? await readStdin(io.stdin) : await readLaw(input);
  warn(io, law);
  const analysis = await analyzeInWorker(law.text, { file: law.file, language: o.lang, bytes: law.bytes });
  const outputs: Done['outputs'] = [];
  if (o.json) outputs.push([o.json, JSON.stringify(analysis, null, 2) + '\n']);
  if (o.csv) outputs.push([o.csv, toCsv(analysis, loadCatalogue())]);
  if (o.report) {
    const lang = o.reportLang ?? defaultReportLanguage(analysis.source.language);
    const { reportBytes } = await wordReports();
    const bytes = await reportBytes({ analysis, catalogue: loadCatalogue(), source: law.text, options: { lang, paper: o.paper, date: today() } });
    outputs.push([o.report, bytes]);
  }
  const s = analysis.summary;
  return {
    outputs,
    line: `${law.file}: ${analysis.clauses.length} clauses, language ${analysis.source.language}; ${s.covered} covered, ${s.partial} partial, ${s.missing} missing of ${analysis.elements.length} Protocol elements.`,
  };
}

/**
 * Reads every law, a few documents at a time; where some cannot be read, the first of them in the order given is
 * the one reported, so the message does not depend on which reader finished first.
 */
async function readAll(inputs: readonly string[], io: CliIO): Promise<LoadedText[]> {
  const results: PromiseSettledResult<LoadedText>[] = new Array(inputs.length);
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < inputs.length; i = next++) {
      const input = inputs[i]!;
      try {
        results[i] = { status: 'fulfilled', value: input === '-' ? await readStdin(io.stdin) : await readLaw(input) };
      } catch (reason) {
        results[i] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_AT_ONCE, inputs.length) }, reader));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return results.map((r) => (r as PromiseFulfilledResult<LoadedText>).value);
}

/** Reads and analyses the laws, in parallel where that helps; each analysis is exactly what `analyze` gives. */
async function analyseLaws(inputs: readonly string[], o: Options, io: CliIO): Promise<LawInput[]> {
  const laws = await readAll(inputs, io);
  for (const law of laws) warn(io, law);
  const analyses = await analyzeAll(laws.map((l) => ({ text: l.text, options: { file: l.file, language: o.lang, bytes: l.bytes } })));
  return laws.map((l, i) => ({ analysis: analyses[i]!, source: l.text }));
}

async function compare(inputs: readonly string[], o: Options, io: CliIO): Promise<Done> {
  const catalogue = loadCatalogue();
  const laws = await analyseLaws(inputs, o, io);
  const comparison = compareLaws(laws, catalogue);
  const notes = harmonize(comparison, catalogue);
  const outputs: Done['outputs'] = [];
  if (o.json) outputs.push([o.json, JSON.stringify(comparisonJson(comparison, notes), null, 2) + '\n']);
  if (o.csv) outputs.push([o.csv, compareCsv(comparison, catalogue)]);
  if (o.report) {
    const lang = o.reportLang ?? defaultCompareLanguage(comparison.laws.map((l) => l.language));
    outputs.push([o.report, await (await wordReports()).compareReportBytes({ laws, catalogue, options: { lang, paper: o.paper, date: today() } })]);
  }
  const all = (st: string) => comparison.rows.filter((r) => r.statuses.every((x) => x === st)).length;
  const shared = notes.reduce((n, a) => n + a.sharedGaps.length, 0);
  return {
    outputs,
    line: `Compared ${laws.length} laws (${comparison.laws.map((l) => `${l.file}, ${l.language}`).join('; ')}) on ${comparison.rows.length} Protocol elements: covered by every law ${all('covered')}, missing in every law ${all('missing')}, gaps shared by two laws or more ${shared}.`,
  };
}

async function diff(inputs: readonly string[], o: Options, io: CliIO): Promise<Done> {
  const catalogue = loadCatalogue();
  const [before, after] = (await analyseLaws(inputs, o, io)) as [LawInput, LawInput];
  const d = diffLaws(before, after, catalogue);
  const outputs: Done['outputs'] = [];
  if (o.json) outputs.push([o.json, JSON.stringify(diffJson(d), null, 2) + '\n']);
  if (o.report) {
    const lang = o.reportLang ?? defaultReportLanguage(after.analysis.source.language);
    outputs.push([o.report, await (await wordReports()).diffReportBytes({ before, after, catalogue, options: { lang, paper: o.paper, date: today() } })]);
  }
  const n = (k: string) => d.changes.filter((c) => c.change === k).length;
  const others = d.changes.length - n('closed') - n('opened');
  return {
    outputs,
    line: `${d.old.file} -> ${d.new.file}: gaps closed ${n('closed')}, gaps opened ${n('opened')}, other status changes ${others}, elements with other evidence ${d.evidence.length}; clauses added ${d.clauses.added.length}, removed ${d.clauses.removed.length}, reworded ${d.clauses.changed.length}.`,
  };
}
