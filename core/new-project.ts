/**
 * Projects made by running the engine: a new project for a law's text, and a project analysed again (a newer
 * lexgap, a corrected text). Apart from core/project.ts so that reading and writing projects does not load the
 * engine (the page keeps the engine in its worker).
 */
import { analyzeText } from './analyze.js';
import { projectFromAnalysis, type Project } from './project.js';
import type { Language } from './types.js';

/** A new project for a law: analyse it and start with no decisions. */
export function newProject(text: string, options: { file: string; language?: Language | 'auto'; country?: string; title?: string }, now = new Date()): Project {
  const analysis = analyzeText(text, { file: options.file, language: options.language ?? 'auto' });
  return projectFromAnalysis(analysis, { file: options.file, text }, options, now);
}

/** Re-runs the engine (a newer lexgap, a corrected text) and keeps every decision: they are a separate layer. */
export function reanalyse(project: Project): Project {
  const analysis = analyzeText(project.law.text, { file: project.law.file, language: project.law.language });
  return { ...project, analysis };
}
