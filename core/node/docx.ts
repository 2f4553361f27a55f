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

/**
 * The Word report's bytes. The contents page is written with its page numbers worked out as Word lays the pages
 * out; should that layout fail on some unusual content, the report is written without them (Word fills them in
 * when it updates the field) rather than not at all.
 */
export async function reportBytes(input: ReportInput): Promise<Uint8Array> {
  try {
    return await packDocx(buildReport(input));
  } catch {
    return packDocx(buildReport(input, { estimatePages: false }));
  }
}
