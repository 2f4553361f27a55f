/**
 * The command line: `lexgap analyze <file> [--lang ...] [--json out] [--report out.docx] [--csv out]`, and
 * `lexgap compare <file> <file> [...]` (several laws side by side) and `lexgap diff <old> <new>` (two versions of
 * one law), with the same outputs. It calls core directly (no Electron). Bad input ends with one line on standard
 * error naming the file and what to do, a non-zero exit, and no output file written.
 */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalogue } from '../model-law/index.js';
import { LANGUAGES } from '../model-law/schema.js';
import { analyzeText } from '../core/analyze.js';
import { InputError, type ProblemParams } from '../core/input-error.js';
import { translator, type WordsLanguage } from '../core/i18n/index.js';
import { languageFromEnvironment } from '../core/i18n/locale.js';
import { problemText } from '../core/i18n/problems.js';
import { analysisJson, comparisonJson, diffJson } from '../core/report/json.js';
import { diffLaws } from '../core/compare/diff.js';
import { harmonize } from '../core/compare/harmonize.js';
import { compareLaws, type LawInput } from '../core/compare/matrix.js';
import { toCsv } from '../core/report/csv.js';
import { compareCsv } from '../core/report/compare-csv.js';
import { defaultReportLanguage, type Paper } from '../core/report/model.js';
import { defaultCompareLanguage } from '../core/report/compare-model.js';
import { isReportLanguage, REPORT_LANGUAGES, type ReportLanguage } from '../core/report/words.js';
import { analyzeAll } from '../core/node/analyze-pool.js';
import { readLaw, readStdin, type LoadedText } from '../core/node/read.js';
import { writeAtomic } from '../core/node/write.js';
import type { Language } from '../core/types.js';


/** The Word writer is large: loaded only when a report is asked for, so plain analyses start fast. */
const wordReports = () => import('../core/report/bytes.js');

const COMMANDS = ['analyze', 'compare', 'diff'] as const;
type Command = (typeof COMMANDS)[number];
const isCommand = (s: string | undefined): s is Command => (COMMANDS as readonly string[]).includes(s ?? '');

/** Documents are read in worker threads with generous memory limits: a few at a time. */
const READ_AT_ONCE = 2;
const PAPERS: readonly Paper[] = ['a4', 'letter'];

/** The command's words in the user's language. */
function cliWords(language: WordsLanguage) {
  const t = translator(language, 'cli');
  const lang = t('usage.lang', { languages: LANGUAGES.join('|') });
  const report = t('usage.report', { languages: REPORT_LANGUAGES.join('|') });
  const usage = (command: Command | undefined) => (command ? t(`usage.${command}`, { lang, report }) : t('usage.any'));
  return { t, usage, help: COMMANDS.map(usage).join('\n') };
}

/**
 * Refuses an output path that cannot be written before any work is done, so that no output is written when
 * another cannot be: a folder given as the file, a folder that does not exist, a name the system cannot take.
 */
function checkOutput(path: string, example: string): void {
  const cannot = (context: string, more: ProblemParams = {}) => new InputError('unwritable-output', { file: path, context, ...more });
  if (!path.trim() || path.includes('\0')) throw cannot('bad-name');
  const stat = (p: string) => {
    try {
      return statSync(p);
    } catch {
      return undefined;
    }
  };
  if (stat(path)?.isDirectory()) throw cannot('folder', { example: join(path, example) });
  const dir = stat(dirname(resolve(path)));
  if (!dir?.isDirectory()) throw cannot('no-folder');
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
  /** The locale variables (LANG, LC_ALL, LC_MESSAGES) that choose the language of messages; English without them. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Node's own argument errors, as problems with the option they name. */
const PARSE_ERRORS: Record<string, string> = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: 'option',
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: 'value',
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: 'argument',
};

/** Runs the CLI and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const language = languageFromEnvironment(io.env ?? {});
  const words = cliWords(language);
  const named = argv.find((a) => !a.startsWith('-'));
  const usage = words.usage(isCommand(named) ? named : undefined);
  const fail = (text: string) => io.stderr(words.t('prefix', { message: text }));
  try {
    let parsed;
    try {
      parsed = parseArgs({
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
    } catch (err) {
      const context = PARSE_ERRORS[(err as { code?: string }).code ?? ''];
      if (!context) throw err;
      throw new InputError('usage', { context, option: /'([^']+)'/.exec((err as Error).message)?.[1] ?? '', usage });
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout(words.help);
      return 0;
    }
    const [first, ...inputs] = positionals;
    if (!isCommand(first)) throw new InputError('usage', { usage: words.usage(undefined) });
    const command = first;
    if (command === 'analyze' && inputs.length !== 1) throw new InputError('usage', { usage });
    if (command === 'compare' && inputs.length < 2) throw new InputError('usage', { context: 'compare', usage });
    if (command === 'diff' && inputs.length !== 2) throw new InputError('usage', { context: 'diff', usage });
    if (command === 'diff' && values.csv !== undefined) throw new InputError('usage', { context: 'diff-csv', usage });
    if (inputs.filter((f) => f === '-').length > 1) throw new InputError('usage', { context: 'stdin', usage });
    const lang = values.lang!;
    if (lang !== 'auto' && !(LANGUAGES as readonly string[]).includes(lang))
      throw new InputError('usage', { context: 'language', value: lang, allowed: LANGUAGES.join(', ') });
    const reportLang = values['report-lang'];
    if (reportLang !== undefined && !isReportLanguage(reportLang))
      throw new InputError('usage', { context: 'report-language', value: reportLang, allowed: REPORT_LANGUAGES.join(', ') });
    const paper = values.paper as Paper;
    if (!PAPERS.includes(paper)) throw new InputError('usage', { context: 'paper', value: String(values.paper) });
    for (const [path, example] of [
      [values.json, 'analysis.json'],
      [values.csv, 'analysis.csv'],
      [values.report, 'report.docx'],
    ] as const)
      if (path !== undefined) checkOutput(path, example);

    const options: Options = { lang: lang as Language | 'auto', reportLang: reportLang as ReportLanguage | undefined, paper, json: values.json, csv: values.csv, report: values.report };
    const done = command === 'analyze' ? await analyze(inputs[0]!, options, io) : command === 'compare' ? await compare(inputs, options, io) : await diff(inputs, options, io);
    // Everything is computed before anything is written, so a failure leaves no partial output.
    for (const [path, data] of done.outputs) await writeAtomic(path, data);
    io.stdout(done.line(words.t));
    return 0;
  } catch (err) {
    if (err instanceof InputError) fail(problemText(err, language));
    else fail(problemText({ code: 'internal', params: { detail: (err as Error).message ?? String(err) } }, language));
    return err instanceof InputError && err.code === 'usage' ? 2 : 1;
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
  /** The one line printed on success, in the user's words. */
  line: (t: CliT) => string;
}

type CliT = ReturnType<typeof cliWords>['t'];

async function analyze(input: string, o: Options, io: CliIO): Promise<Done> {
  const law = input === '-' ? await readStdin(io.stdin) : await readLaw(input);
  const analysis = analyzeText(law.text, { file: law.file, language: o.lang, bytes: law.bytes });
  const outputs: Done['outputs'] = [];
  if (o.json) outputs.push([o.json, analysisJson(analysis, loadCatalogue())]);
  if (o.csv) outputs.push([o.csv, toCsv(analysis, loadCatalogue())]);
  if (o.report) {
    const lang = o.reportLang ?? defaultReportLanguage(analysis.source.language);
    const { reportBytes } = await wordReports();
    const bytes = await reportBytes({ analysis, catalogue: loadCatalogue(), options: { lang, paper: o.paper, date: today() } });
    outputs.push([o.report, bytes]);
  }
  const s = analysis.summary;
  return {
    outputs,
    line: (t) => t('analyzed', { file: law.file, clauses: analysis.clauses.length, language: analysis.source.language, ...s, elements: analysis.elements.length }),
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
  const analyses = await analyzeAll(laws.map((l) => ({ text: l.text, options: { file: l.file, language: o.lang, bytes: l.bytes } })));
  return analyses.map((analysis) => ({ analysis }));
}

async function compare(inputs: readonly string[], o: Options, io: CliIO): Promise<Done> {
  const catalogue = loadCatalogue();
  const laws = await analyseLaws(inputs, o, io);
  const comparison = compareLaws(laws, catalogue);
  const notes = harmonize(comparison, catalogue);
  const outputs: Done['outputs'] = [];
  if (o.json) outputs.push([o.json, JSON.stringify(comparisonJson(comparison, notes, catalogue), null, 2) + '\n']);
  if (o.csv) outputs.push([o.csv, compareCsv(comparison, catalogue)]);
  if (o.report) {
    const lang = o.reportLang ?? defaultCompareLanguage(comparison.laws.map((l) => l.language));
    outputs.push([o.report, await (await wordReports()).compareReportBytes({ laws, catalogue, options: { lang, paper: o.paper, date: today() } })]);
  }
  const all = (st: string) => comparison.rows.filter((r) => r.statuses.every((x) => x === st)).length;
  const shared = notes.reduce((n, a) => n + a.sharedGaps.length, 0);
  return {
    outputs,
    line: (t) =>
      t('compared', {
        count: laws.length,
        laws: comparison.laws.map((l) => t('comparedLaw', { file: l.file, language: l.language })).join('; '),
        elements: comparison.rows.length,
        covered: all('covered'),
        missing: all('missing'),
        shared,
      }),
  };
}

async function diff(inputs: readonly string[], o: Options, io: CliIO): Promise<Done> {
  const catalogue = loadCatalogue();
  const [before, after] = (await analyseLaws(inputs, o, io)) as [LawInput, LawInput];
  const d = diffLaws(before, after, catalogue);
  const outputs: Done['outputs'] = [];
  if (o.json) outputs.push([o.json, JSON.stringify(diffJson(d, catalogue), null, 2) + '\n']);
  if (o.report) {
    const lang = o.reportLang ?? defaultReportLanguage(after.analysis.source.language);
    outputs.push([o.report, await (await wordReports()).diffReportBytes({ before, after, catalogue, options: { lang, paper: o.paper, date: today() } })]);
  }
  const n = (k: string) => d.changes.filter((c) => c.change === k).length;
  const others = d.changes.length - n('closed') - n('opened');
  return {
    outputs,
    line: (t) =>
      t('diffed', {
        before: d.old.file,
        after: d.new.file,
        closed: n('closed'),
        opened: n('opened'),
        other: others,
        evidence: d.evidence.length,
        added: d.clauses.added.length,
        removed: d.clauses.removed.length,
        changed: d.clauses.changed.length,
      }),
  };
}
