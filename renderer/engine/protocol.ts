/**
 * The messages between the page and the engine worker (renderer/engine/worker.ts). The worker runs the parts
 * of lexgap that take the thread for long: reading documents, analysing a law, writing the Word report.
 */
import type { Problem } from '../../core/input-error.js';
import type { Project } from '../../core/project.js';
import type { LawIdentity } from '../../core/identity/index.js';
import type { ReviewDecision } from '../../core/review.js';
import type { Analysis, Clause, Language } from '../../core/types.js';
import type { DecodedText, Format } from '../../core/import/index.js';
import type { Paper, ReportLanguage } from '../../core/report/index.js';

export interface ReportJob {
  analysis: Analysis;
  decisions: ReviewDecision[];
  lang: ReportLanguage;
  paper: Paper;
  date: string;
  law: { title?: string; country?: string };
}

/** The comparative report: several laws, each with its own analysis and review decisions (the law's identity is in its analysis). */
export interface CompareReportJob {
  laws: { analysis: Analysis; decisions: ReviewDecision[]; law: { title?: string; country?: string } }[];
  lang: ReportLanguage;
  paper: Paper;
  date: string;
}

export type EngineRequest =
  | { op: 'analyze'; text: string; file: string; language: Language | 'auto' }
  /** `bytes`: a file the page has not read is sent as it is (a Blob), and read here: 30 MB never cross the page's thread. */
  | { op: 'convert'; bytes: Uint8Array | Blob; format: Format; file: string }
  | { op: 'report'; job: ReportJob }
  | { op: 'compare-report'; job: CompareReportJob }
  /** A project as the JSON to keep: the text of a long law is megabytes, too long to write on the page's thread. */
  | { op: 'serialize'; project: Project }
  /** The law's identity (title, country, date) as its text states it, the language detected, and its file header. */
  | { op: 'identify'; text: string; file: string };

export type EngineResult =
  /** `clausesAhead`: the analysis's clauses came ahead of it in that many `clauses` messages (its own list is empty). */
  | { op: 'analyze'; value: Analysis; clausesAhead?: number }
  | { op: 'convert'; value: DecodedText }
  | { op: 'report'; value: Uint8Array }
  | { op: 'compare-report'; value: Uint8Array }
  | { op: 'serialize'; value: string }
  | { op: 'identify'; value: LawIdentity; language: Language; header?: { end: number; lines: number } };

export type EngineMessage =
  | { id: number; kind: 'progress'; done: number; total: number }
  /**
   * Some of an analysis's clauses, sent ahead of it in order: a long law's analysis is megabytes (a 2.4-million-
   * character law's, 11 MB), and taking it in as one message held the page's thread for a tenth of a second.
   */
  | { id: number; kind: 'clauses'; clauses: Clause[] }
  | { id: number; kind: 'done'; result: EngineResult }
  /** A problem with the user's input (an InputError from core), as a code with data the page words. */
  | { id: number; kind: 'input-error'; problem: Problem }
  | { id: number; kind: 'failed'; message: string };
