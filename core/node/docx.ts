/**
 * Packing a report to the bytes of a .docx file: the Node edge of core/report, which stays pure (a web page
 * packs the same Document with Packer.toBlob instead).
 */
import { Packer, type Document } from 'docx';
import { buildCompareReport, buildDiffReport, buildReport, type CompareReportInput, type DiffReportInput, type ReportInput } from '../report/index.js';

export async function packDocx(document: Document): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Laws up to this many clauses get a contents page with its page numbers written (a few seconds' work). */
export const ESTIMATE_PAGES_UP_TO = 150;

/**
 * The Word report's bytes. For a law of moderate size the contents page is written with its page numbers,
 * worked out as Word lays the pages out; for a longer law, or should that layout fail on unusual content, they
 * are left for Word to fill in when it opens the document (it asks to update the fields).
 */
export async function reportBytes(input: ReportInput): Promise<Uint8Array> {
  if (input.analysis.clauses.length <= ESTIMATE_PAGES_UP_TO) {
    try {
      return await packDocx(buildReport(input, { estimatePages: true }));
    } catch {
      // fall through to the report without page numbers on the contents page
    }
  }
  return packDocx(buildReport(input, { estimatePages: false }));
}

/**
 * The comparative report's bytes: like `reportBytes`, with the contents page's numbers worked out while the
 * report stays short enough for that to take a few seconds (a handful of short laws), else left for Word.
 */
export async function compareReportBytes(input: CompareReportInput): Promise<Uint8Array> {
  const clauses = input.laws.reduce((n, l) => n + l.analysis.clauses.length, 0);
  if (input.laws.length <= ESTIMATE_LAWS_UP_TO && clauses <= ESTIMATE_PAGES_UP_TO) {
    try {
      return await packDocx(buildCompareReport(input, { estimatePages: true }));
    } catch {
      // fall through to the report without page numbers on the contents page
    }
  }
  return packDocx(buildCompareReport(input, { estimatePages: false }));
}

/** Comparative reports of up to this many laws get a contents page with its page numbers written. */
export const ESTIMATE_LAWS_UP_TO = 3;

/** The bytes of the report on two versions of one law, with the contents page's numbers when the law is of moderate size. */
export async function diffReportBytes(input: DiffReportInput): Promise<Uint8Array> {
  if (Math.max(input.before.analysis.clauses.length, input.after.analysis.clauses.length) <= ESTIMATE_PAGES_UP_TO) {
    try {
      return await packDocx(buildDiffReport(input, { estimatePages: true }));
    } catch {
      // fall through
    }
  }
  return packDocx(buildDiffReport(input, { estimatePages: false }));
}
