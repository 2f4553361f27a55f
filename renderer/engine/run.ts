/**
 * The engine's work, as one function the worker calls and the page calls itself when no worker can be started.
 * Each part is loaded on first use: pdf.js alone is megabytes a .docx never needs.
 */
import type { CompareReportJob, EngineRequest, EngineResult, ReportJob } from './protocol.js';

/** Laws up to this many clauses get a contents page with page numbers (as core/node/docx.ts does). */
const ESTIMATE_PAGES_UP_TO = 150;

export async function runEngine(request: EngineRequest, onProgress?: (done: number, total: number) => void): Promise<EngineResult> {
  switch (request.op) {
    case 'analyze': {
      const { analyzeText } = await import('../../core/analyze.js');
      return { op: 'analyze', value: analyzeText(request.text, { file: request.file, language: request.language }) };
    }
    case 'convert': {
      const { convert } = await import('../../core/import/index.js');
      return { op: 'convert', value: await convert(request.bytes, request.format, request.file, { onProgress }) };
    }
    case 'report':
      return { op: 'report', value: await reportBytes(request.job) };
    case 'compare-report':
      return { op: 'compare-report', value: await compareReportBytes(request.job) };
  }
}

async function reportBytes(job: ReportJob): Promise<Uint8Array> {
  const [{ buildReport }, { Packer }, { loadCatalogue }] = await Promise.all([
    import('../../core/report/index.js'),
    import('docx'),
    import('../../model-law/index.js'),
  ]);
  const input = {
    analysis: job.analysis,
    catalogue: loadCatalogue(),
    decisions: job.decisions,
    source: job.source,
    options: { lang: job.lang, paper: job.paper, date: job.date, law: job.law },
  };
  const pack = async (estimatePages: boolean) => new Uint8Array(await Packer.toArrayBuffer(buildReport(input, { estimatePages })));
  if (job.analysis.clauses.length <= ESTIMATE_PAGES_UP_TO) {
    try {
      return await pack(true);
    } catch {
      // the report without page numbers on its contents page: Word fills them in when it opens
    }
  }
  return pack(false);
}

async function compareReportBytes(job: CompareReportJob): Promise<Uint8Array> {
  const [{ buildCompareReport }, { Packer }, { loadCatalogue }] = await Promise.all([
    import('../../core/report/index.js'),
    import('docx'),
    import('../../model-law/index.js'),
  ]);
  const input = {
    laws: job.laws.map((l) => ({ analysis: l.analysis, decisions: l.decisions, source: l.source, law: l.law })),
    catalogue: loadCatalogue(),
    options: { lang: job.lang, paper: job.paper, date: job.date },
  };
  return new Uint8Array(await Packer.toArrayBuffer(buildCompareReport(input)));
}
