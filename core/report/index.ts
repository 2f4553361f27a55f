/**
 * The Word report in one call: analysis (+ catalogue, reviewer decisions, the law's text) -> report model ->
 * docx Document. Pure; pack it at the edge (core/node/docx.ts `packDocx`, or Packer.toBlob in a browser).
 * The same for the comparative report (several laws side by side) and the report on two versions of one law.
 */
import type { Document } from 'docx';
import { InputError } from '../input-error.js';
import { formatCount, LIMITS } from '../limits.js';
import { buildReportModel, type ReportInput } from './model.js';
import { reportDocument, type DocxOptions } from './docx.js';
import { buildCompareReportModel, type CompareReportInput } from './compare-model.js';
import { buildDiffReportModel, type DiffReportInput } from './compare-diff-model.js';
import { compareReportDocument, diffReportDocument } from './compare-docx.js';

export { buildReportModel, defaultReportLanguage, type ReportInput, type ReportModel, type ReportOptions, type Paper } from './model.js';
export { reportDocument, PAGE, SHADE, type DocxOptions } from './docx.js';
export { REPORT_LANGUAGES, isReportLanguage, type ReportLanguage } from './strings.js';
export { buildCompareReportModel, compareReportModel, defaultCompareLanguage, type CompareReportInput, type CompareReportModel, type CompareReportOptions } from './compare-model.js';
export { buildDiffReportModel, diffReportModel, type DiffReportInput, type DiffReportModel, type DiffReportOptions } from './compare-diff-model.js';
export { compareReportDocument, diffReportDocument } from './compare-docx.js';
export { COMPARE_STRINGS, type CompareStrings } from './compare-strings.js';

/**
 * Refuses a report past the clauses a report holds (core/limits.ts): each clause costs about 50 KB while the
 * document is written, so 200,000 of them would take gigabytes and minutes for a report no one could read.
 */
function checkReportable(clauses: number, what: string): void {
  if (clauses > LIMITS.reportClauses)
    throw new InputError(
      `${what} ${formatCount(clauses)} clauses, and a Word report holds up to ${formatCount(LIMITS.reportClauses)}. Write the JSON or CSV instead, or split the law into parts.`,
      'report-too-large',
    );
}

export function buildReport(input: ReportInput, options: DocxOptions = {}): Document {
  checkReportable(input.analysis.clauses.length, `${input.analysis.source.file} has`);
  return reportDocument(buildReportModel(input), options);
}

export function buildCompareReport(input: CompareReportInput, options: DocxOptions = {}): Document {
  checkReportable(input.laws.reduce((n, l) => n + l.analysis.clauses.length, 0), 'The laws compared have');
  return compareReportDocument(buildCompareReportModel(input), options);
}

export function buildDiffReport(input: DiffReportInput, options: DocxOptions = {}): Document {
  checkReportable(input.before.analysis.clauses.length + input.after.analysis.clauses.length, 'The two versions have');
  return diffReportDocument(buildDiffReportModel(input), options);
}
