/**
 * What the project exports: the Word report (built here, in the engine worker, whatever the platform), the CSV
 * for spreadsheets (one row per element, the engine's finding and the person's decision side by side) and the
 * JSON of DESIGN.md section 4 (the engine's analysis, as the command line writes it, plus the decisions).
 */
import type { Project } from '../core/project.js';
import type { Paper, ReportLanguage } from '../core/report/index.js';
import { analysisJson } from '../core/report/json.js';
import { toCsv } from '../core/report/csv.js';
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
    law: { ...(project.meta.title ? { title: project.meta.title } : {}), ...(project.meta.country ? { country: project.meta.country } : {}) },
  });
}

export function csvBytes(project: Project): Uint8Array {
  return new TextEncoder().encode(toCsv(project.analysis, getCatalogue(), project.decisions));
}

export function jsonBytes(project: Project): Uint8Array {
  return new TextEncoder().encode(analysisJson(project.analysis, getCatalogue(), project.decisions));
}
