/**
 * The Word report in one call: analysis (+ catalogue, reviewer decisions, the law's text) -> report model ->
 * docx Document. Pure; core/report/bytes.ts packs it to the bytes of a .docx file.
 * The same for the comparative report (several laws side by side) and the report on two versions of one law.
 */
import type { Document } from 'docx';
import { buildReportModel, type ReportInput } from './model.js';
import { reportDocument, type DocxOptions } from './docx.js';
import { buildCompareReportModel, type CompareReportInput } from './compare-model.js';
import { buildDiffReportModel, type DiffReportInput } from './compare-diff-model.js';
import { compareReportDocument, diffReportDocument } from './compare-docx.js';

export { buildReportModel, defaultReportLanguage, type ReportInput, type ReportModel, type ReportOptions, type Paper } from './model.js';
export { reportDocument, PAGE, SHADE, type DocxOptions } from './docx.js';
export { REPORT_LANGUAGES, isReportLanguage, reportWords, type ReportLanguage, type ReportWords } from './words.js';
export { buildCompareReportModel, compareReportModel, defaultCompareLanguage, type CompareReportInput, type CompareReportModel, type CompareReportOptions } from './compare-model.js';
export { buildDiffReportModel, diffReportModel, type DiffReportInput, type DiffReportModel, type DiffReportOptions } from './compare-diff-model.js';
export { compareReportDocument, diffReportDocument } from './compare-docx.js';

export function buildReport(input: ReportInput, options: DocxOptions = {}): Document {
  return reportDocument(buildReportModel(input), options);
}

export function buildCompareReport(input: CompareReportInput, options: DocxOptions = {}): Document {
  return compareReportDocument(buildCompareReportModel(input), options);
}

export function buildDiffReport(input: DiffReportInput, options: DocxOptions = {}): Document {
  return diffReportDocument(buildDiffReportModel(input), options);
}
