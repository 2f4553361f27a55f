/**
 * Packing a report to the bytes of a .docx file: the Node edge of core/report, which stays pure (a web page
 * packs the same Document with Packer.toBlob instead).
 */
import { Packer, type Document } from 'docx';
import { buildReport, type ReportInput } from '../report/index.js';

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
