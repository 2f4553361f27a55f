/**
 * The Word report in one call: analysis (+ catalogue, reviewer decisions, the law's text) -> report model ->
 * docx Document. Pure; pack it at the edge (core/node/docx.ts `packDocx`, or Packer.toBlob in a browser).
 */
import type { Document } from 'docx';
import { buildReportModel, type ReportInput } from './model.js';
import { reportDocument, type DocxOptions } from './docx.js';

export { buildReportModel, defaultReportLanguage, type ReportInput, type ReportModel, type ReportOptions, type Paper } from './model.js';
export { reportDocument, PAGE, SHADE, type DocxOptions } from './docx.js';
export { REPORT_LANGUAGES, isReportLanguage, type ReportLanguage } from './strings.js';

export function buildReport(input: ReportInput, options: DocxOptions = {}): Document {
  return reportDocument(buildReportModel(input), options);
}
