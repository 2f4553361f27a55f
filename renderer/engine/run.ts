/**
 * The engine's work, as one function the worker calls and the page calls itself when no worker can be started.
 * Each part is loaded on first use: pdf.js alone is megabytes a .docx never needs.
 */
import type { CompareReportJob, EngineRequest, EngineResult, ReportJob } from './protocol.js';

export async function runEngine(request: EngineRequest, onProgress?: (done: number, total: number) => void): Promise<EngineResult> {
  switch (request.op) {
    case 'analyze': {
      const { analyzeText } = await import('../../core/analyze.js');
      return { op: 'analyze', value: analyzeText(request.text, { file: request.file, language: request.language, ...(onProgress ? { onProgress } : {}) }) };
    }
    case 'convert': {
      const [{ convertDetailed }, { LIMITS }, { textTooLong }] = await Promise.all([import('../../core/import/index.js'), import('../../core/limits.js'), import('../../core/input-error.js')]);
      const bytes = request.bytes instanceof Blob ? new Uint8Array(await request.bytes.arrayBuffer()) : request.bytes;
      const value = await convertDetailed(bytes, request.format, request.file, { onProgress });
      // Refused here, in the worker: a text past the limit is never handed to the page to hold and lay out.
      if (value.text.length > LIMITS.textLength) throw textTooLong(request.file, LIMITS.textLength);
      return { op: 'convert', value };
    }
    case 'report':
      return { op: 'report', value: await reportBytes(request.job) };
    case 'compare-report':
      return { op: 'compare-report', value: await compareReportBytes(request.job) };
    case 'identify': {
      const [{ lawIdentity }, { detectLanguage }, { fileHeader }] = await Promise.all([import('../../core/identity/index.js'), import('../../core/language.js'), import('../../core/segment/read.js')]);
      const language = detectLanguage(request.text);
      const header = fileHeader(request.text);
      return { op: 'identify', value: lawIdentity(request.text, language, request.file), language, ...(header ? { header } : {}) };
    }
    case 'serialize': {
      const { serializeProject } = await import('../../core/project.js');
      return { op: 'serialize', value: serializeProject(request.project) };
    }
  }
}

async function reportBytes(job: ReportJob): Promise<Uint8Array> {
  const [{ reportBytes: bytes }, { loadCatalogue }] = await Promise.all([import('../../core/report/bytes.js'), import('../../model-law/index.js')]);
  return bytes({
    analysis: job.analysis,
    catalogue: loadCatalogue(),
    decisions: job.decisions,
    options: { lang: job.lang, paper: job.paper, date: job.date, law: job.law },
  });
}

async function compareReportBytes(job: CompareReportJob): Promise<Uint8Array> {
  const [{ compareReportBytes: bytes }, { loadCatalogue }] = await Promise.all([import('../../core/report/bytes.js'), import('../../model-law/index.js')]);
  return bytes({
    laws: job.laws.map((l) => ({ analysis: l.analysis, decisions: l.decisions, law: l.law })),
    catalogue: loadCatalogue(),
    options: { lang: job.lang, paper: job.paper, date: job.date },
  });
}
