import { english } from '../support/words.js';
import { describe, expect, it } from 'vitest';
import { newProject } from '../../core/new-project.js';
import type { Project } from '../../core/project.js';
import { parseRegion, REGION_FORMAT, serializeRegion } from '../../core/region.js';
import { VERSION } from '../../core/version.js';

const project = (title: string, text: string): Project =>
  newProject(text, { file: `${title}.txt`, title, country: title }, new Date('2025-01-02T03:04:05.000Z'));

const a = project('Kestria', '1. Every firearm manufactured shall bear a unique serial number and the name of the manufacturer.');
const b = project('Valdoria', '2. A licence is required for the export, import or transit of firearms.');
b.decisions = [{ element: 'fp.7', status: 'missing', note: 'No records rule.', author: 'A. Reviewer', decidedAt: '2025-02-03T04:05:06.000Z' }];

const rule = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return { rule: (error as { code?: string }).code, message: english(error) };
  }
  return undefined;
};

describe('the regional comparison file', () => {
  it('round-trips its projects, decisions and name', () => {
    const json = serializeRegion([a, b], { name: 'West region' }, new Date('2025-03-04T05:06:07.000Z'));
    const region = parseRegion(json);
    expect(region.format).toBe(REGION_FORMAT);
    expect(region.savedBy).toBe(VERSION);
    expect(region.savedAt).toBe('2025-03-04T05:06:07.000Z');
    expect(region.name).toBe('West region');
    expect(region.projects.map((p) => p.meta.title)).toEqual(['Kestria', 'Valdoria']);
    expect(region.projects[1]!.decisions).toEqual(b.decisions);
    expect(region.projects[0]!.analysis.elements).toEqual(a.analysis.elements);
    expect(parseRegion(serializeRegion(region.projects, {}, new Date('2025-03-04T05:06:07.000Z'))).projects).toEqual(region.projects);
  });

  it('keeps an empty comparison', () => {
    expect(parseRegion(serializeRegion([])).projects).toEqual([]);
  });

  it('refuses a file from a newer lexgap, in plain words', () => {
    const newer = { ...JSON.parse(serializeRegion([a])), schemaVersion: 2, savedBy: '9.0.0' };
    const problem = rule(() => parseRegion(JSON.stringify(newer), 'west.json'));
    expect(problem?.rule).toBe('newer-region');
    expect(problem?.message).toMatch(/^west\.json was saved by a newer version of lexgap \(9\.0\.0\)/);
  });

  it('refuses a damaged file', () => {
    expect(rule(() => parseRegion('{"format":"lexgap-region",'))?.rule).toBe('damaged-region');
    const noProjects = { ...JSON.parse(serializeRegion([a])), projects: 'none' };
    expect(rule(() => parseRegion(JSON.stringify(noProjects)))?.rule).toBe('damaged-region');
    const badProject = JSON.parse(serializeRegion([a, b]));
    delete badProject.projects[1].law;
    const problem = rule(() => parseRegion(JSON.stringify(badProject), 'west.json'));
    expect(problem?.rule).toBe('damaged-project');
    expect(problem?.message).toMatch(/^west\.json \(law 2\) is damaged/);
  });

  it('refuses what is not a comparison (a project, an array)', () => {
    expect(rule(() => parseRegion(JSON.stringify(a)))?.rule).toBe('not-a-region');
    expect(rule(() => parseRegion('[]'))?.rule).toBe('not-a-region');
  });

  it('migrates an older project inside it', () => {
    const file = JSON.parse(serializeRegion([a]));
    const { format: _format, schemaVersion: _version, decisions, ...old } = structuredClone(b);
    file.projects.push({ ...old, overrides: decisions });
    const region = parseRegion(JSON.stringify(file));
    expect(region.projects).toHaveLength(2);
    expect(region.projects[1]!.schemaVersion).toBe(2);
    expect(region.projects[1]!.format).toBe('lexgap-project');
    expect(region.projects[1]!.decisions).toEqual(b.decisions);
  });
});
