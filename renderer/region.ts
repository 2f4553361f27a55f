/**
 * The regional comparison as the app holds it: a list of ordinary projects (each law with its own analysis and
 * review decisions), put side by side with core/compare. It lives in memory for the visit: the autosave and the
 * .lexgap file keep one project each, and each law can be saved as its own project from the findings screen.
 */
import { harmonize, type ArticleNotes } from '../core/compare/harmonize.js';
import { comparisonJson, compareLaws, type Comparison, type LawInput } from '../core/compare/matrix.js';
import type { Project } from '../core/project.js';
import { compareCsv } from '../core/report/compare-csv.js';
import type { Paper, ReportLanguage } from '../core/report/index.js';
import { compareReportInEngine } from './engine/client.js';
import { getCatalogue } from './review/view.js';

export interface RegionLaw {
  /** Stable for the visit: React keys, and the link between a law and the project open in the workspace. */
  key: string;
  project: Project;
}

let nextKey = 1;
export const newRegionKey = () => `law-${nextKey++}`;

function lawInput(project: Project): LawInput {
  return {
    analysis: project.analysis,
    decisions: project.decisions,
    source: project.law.text,
    law: { ...(project.meta.title ? { title: project.meta.title } : {}), ...(project.meta.country ? { country: project.meta.country } : {}) },
  };
}

export interface RegionView {
  comparison: Comparison;
  notes: ArticleNotes[];
}

export function buildRegionView(laws: readonly RegionLaw[]): RegionView | undefined {
  if (!laws.length) return undefined;
  const catalogue = getCatalogue();
  const comparison = compareLaws(
    laws.map((l) => lawInput(l.project)),
    catalogue,
  );
  return { comparison, notes: harmonize(comparison, catalogue) };
}

export function regionReportBytes(laws: readonly RegionLaw[], lang: ReportLanguage, paper: Paper): Promise<Uint8Array> {
  return compareReportInEngine({
    laws: laws.map((l) => {
      const input = lawInput(l.project);
      return { analysis: input.analysis, decisions: [...(input.decisions ?? [])], source: input.source ?? '', law: input.law ?? {} };
    }),
    lang,
    paper,
    date: new Date().toISOString().slice(0, 10),
  });
}

export function regionCsvBytes(view: RegionView): Uint8Array {
  return new TextEncoder().encode(compareCsv(view.comparison, getCatalogue()));
}

export function regionJsonBytes(view: RegionView): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(comparisonJson(view.comparison, view.notes), null, 2) + '\n');
}
