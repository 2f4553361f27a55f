/**
 * The regional comparison as the app holds it: a list of ordinary projects (each law with its own analysis and
 * review decisions), put side by side with core/compare. It is kept as a comparison file (core/region.ts): in the
 * platform's own storage after every change where the platform can (the web's IndexedDB), and as a file the
 * user saves and opens again ("Save comparison…", "Open comparison…").
 */
import { harmonize, type ArticleNotes } from '../core/compare/harmonize.js';
import { compareLaws, type Comparison, type LawInput } from '../core/compare/matrix.js';
import { comparisonJson } from '../core/report/json.js';
import type { Project } from '../core/project.js';
import { compareCsv } from '../core/report/compare-csv.js';
import type { Paper, ReportLanguage } from '../core/report/index.js';
import { InputError, type FileName } from '../core/input-error.js';
import { compareReportInEngine } from './engine/client.js';
import { PlatformError } from './platform/types.js';
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
      return { analysis: input.analysis, decisions: [...(input.decisions ?? [])], law: input.law ?? {} };
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
  return new TextEncoder().encode(JSON.stringify(comparisonJson(view.comparison, view.notes, getCatalogue()), null, 2) + '\n');
}

/** The comparison file's JSON for these laws (core/region.ts). */
export async function regionFileJson(laws: readonly RegionLaw[]): Promise<string> {
  const { serializeRegion } = await import('../core/region.js');
  return serializeRegion(laws.map((l) => l.project));
}

/** The projects of a comparison file; a problem with it comes back as a PlatformError for the screen to word. */
export async function readRegionFile(json: string, file: FileName): Promise<Project[]> {
  const { parseRegion } = await import('../core/region.js');
  try {
    return parseRegion(json, file).projects;
  } catch (error) {
    throw error instanceof InputError ? new PlatformError(error.problem) : error;
  }
}

/** The laws with these projects added after them, leaving out any law already there (the same text). */
export function mergeRegion(laws: RegionLaw[], projects: readonly Project[]): RegionLaw[] {
  const seen = new Set(laws.map((l) => l.project.analysis.source.sha256));
  const added: RegionLaw[] = [];
  for (const project of projects) {
    if (seen.has(project.analysis.source.sha256)) continue;
    seen.add(project.analysis.source.sha256);
    added.push({ key: newRegionKey(), project });
  }
  return added.length ? [...laws, ...added] : laws;
}

/** What counts as a shared gap: missing or partly covered, or missing only; in two laws or more, or in every law. */
export const SHARED_RULES = ['gap-two', 'gap-every', 'missing-two', 'missing-every'] as const;
export type SharedRule = (typeof SHARED_RULES)[number];

/** The elements that are a shared gap under `rule` (a law that sets an element aside as not applicable is not counted). */
export function sharedGaps(comparison: Comparison, rule: SharedRule): Set<string> {
  const short = rule.startsWith('gap') ? (s: string) => s === 'missing' || s === 'partial' : (s: string) => s === 'missing';
  const every = rule.endsWith('every');
  const ids = comparison.rows.flatMap((r) => {
    const applies = r.statuses.filter((s) => s !== 'not-applicable');
    const gaps = applies.filter(short).length;
    return gaps >= 2 && (!every || gaps === applies.length) ? [r.id] : [];
  });
  return new Set(ids);
}

/** Each law of the comparison as a room sees it: its name and the reviewed status of each element. */
export function regionResults(comparison: Comparison): { name: string; status: Map<string, Comparison['rows'][number]['statuses'][number]> }[] {
  return comparison.laws.map((law, i) => ({ name: law.name, status: new Map(comparison.rows.map((r) => [r.id, r.statuses[i]!])) }));
}
