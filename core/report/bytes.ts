/**
 * A report as the bytes of a .docx file, the same in the command line, the desktop app and the web page
 * (docx packs anywhere). For a report of moderate size the contents page is written with its page numbers,
 * worked out as Word lays the pages out; for a longer one, or should that layout fail on unusual content, they
 * are left for Word to fill in when it opens the document (it asks to update the fields).
 */
import { Packer, type Document } from 'docx';
import type { DocxOptions } from './docx.js';
import { buildCompareReport, buildDiffReport, buildReport, type CompareReportInput, type DiffReportInput, type ReportInput } from './index.js';

export async function packDocx(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** Reports on laws of up to this many clauses get a contents page with its page numbers written (a few seconds' work). */
export const ESTIMATE_PAGES_UP_TO = 150;

/** Comparative reports of up to this many laws get a contents page with its page numbers written. */
export const ESTIMATE_LAWS_UP_TO = 3;

/** Packs the report with its contents page numbered when `small`, falling back to Word's own numbering. */
async function withPageNumbers(build: (options: DocxOptions) => Document, small: boolean): Promise<Uint8Array> {
  if (small) {
    try {
      return await packDocx(build({ estimatePages: true }));
    } catch {
      // the report without page numbers on its contents page: Word fills them in when it opens
    }
  }
  return packDocx(build({ estimatePages: false }));
}

export function reportBytes(input: ReportInput): Promise<Uint8Array> {
  return withPageNumbers((o) => buildReport(input, o), input.analysis.clauses.length <= ESTIMATE_PAGES_UP_TO);
}

export function compareReportBytes(input: CompareReportInput): Promise<Uint8Array> {
  const clauses = input.laws.reduce((n, l) => n + l.analysis.clauses.length, 0);
  return withPageNumbers((o) => buildCompareReport(input, o), input.laws.length <= ESTIMATE_LAWS_UP_TO && clauses <= ESTIMATE_PAGES_UP_TO);
}

export function diffReportBytes(input: DiffReportInput): Promise<Uint8Array> {
  const clauses = Math.max(input.before.analysis.clauses.length, input.after.analysis.clauses.length);
  return withPageNumbers((o) => buildDiffReport(input, o), clauses <= ESTIMATE_PAGES_UP_TO);
}
