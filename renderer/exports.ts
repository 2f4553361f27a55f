/**
 * What the project exports: the Word report (built here, in the engine worker, whatever the platform), the CSV
 * for spreadsheets (one row per element, the engine's finding and the person's decision side by side) and the
 * JSON of DESIGN.md section 4 (the engine's analysis, as the command line writes it, plus the decisions).
 */
import type { Project } from '../core/project.js';
import type { Paper, ReportLanguage } from '../core/report/index.js';
import { analysisJson } from '../core/report/json.js';
import { shortfallPhrases } from '../core/report/shortfall.js';
import { reportWords } from '../core/report/words.js';
import { applyReview } from '../core/review.js';
import { reportInEngine } from './engine/client.js';
import { getCatalogue } from './review/view.js';

/** A file name from the project: its country and title, or its law's file name. */
export function baseName(project: Project): string {
  const parts = [project.meta.country, project.meta.title].filter(Boolean).join(' ') || project.law.file.replace(/\.[^.]+$/, '');
  const slug = parts
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 80);
  return slug || 'lexgap';
}

export function reportFileName(project: Project, lang: ReportLanguage): string {
  return `${baseName(project)}-gap-analysis-${lang}.docx`;
}

export async function reportBytes(project: Project, lang: ReportLanguage, paper: Paper): Promise<Uint8Array> {
  return reportInEngine({
    analysis: project.analysis,
    decisions: project.decisions,
    lang,
    paper,
    date: new Date().toISOString().slice(0, 10),
    law: { ...(project.meta.title ? { title: project.meta.title } : {}), ...(project.meta.country ? { country: project.meta.country } : {}), ...(project.meta.date ? { date: project.meta.date } : {}) },
  });
}

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function csvBytes(project: Project): Uint8Array {
  const catalogue = getCatalogue();
  const elements = new Map(catalogue.elements.map((e) => [e.id, e]));
  const labels = new Map(project.analysis.clauses.map((c) => [c.id, c.label]));
  const label = (id: string) => labels.get(id) ?? id;
  const recognisers = new Map(catalogue.recognisers.map((r) => [r.element, r]));
  // A spreadsheet's columns are data: English, as the command line's.
  const english = reportWords('en');
  const header = [
    'element', 'reference', 'tier', 'obligation', 'status', 'status_by', 'engine_status', 'confidence', 'evidence', 'missing',
    'model_law_chapters', 'reviewer', 'decided_at', 'rejected_evidence', 'added_evidence', 'note',
  ];
  const rows = applyReview(project.analysis, project.decisions).map((f) => {
    const e = elements.get(f.id);
    const d = f.decision;
    const chapters = catalogue.chapters.filter((ch) => ch.implements.includes(f.id)).map((ch) => ch.numeral);
    return [
      f.id, e?.ref ?? f.id, e?.tier ?? '', e?.title.en ?? '', f.status, f.statusBy, f.engine.status, f.engine.confidence,
      f.evidence.map((x) => label(x.clause)).join('; '), shortfallPhrases(f.shortfalls, recognisers.get(f.id), english).join('; '), chapters.join('; '),
      d?.author ?? '', d?.decidedAt ?? '', (d?.rejectedEvidence ?? []).map(label).join('; '), (d?.addedEvidence ?? []).map(label).join('; '), d?.note ?? '',
    ];
  });
  const text = '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
  return new TextEncoder().encode(text);
}

export function jsonBytes(project: Project): Uint8Array {
  return new TextEncoder().encode(analysisJson(project.analysis, getCatalogue(), project.decisions));
}
