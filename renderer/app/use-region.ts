/**
 * The regional comparison: laws side by side, each an ordinary project with its own review. It is read back
 * on start and kept after every change where the platform can keep it; the law opened from it in the workspace
 * takes its review back into the comparison.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../core/limits.js';
import { projectFromAnalysis, projectName, type Project } from '../../core/project.js';
import type { Paper, ReportLanguage } from '../../core/report/index.js';
import { PlatformError, type ChosenLawFile, type Platform } from '../platform/types.js';
import {
  buildRegionView,
  mergeRegion,
  newRegionKey,
  readRegionFile,
  regionCsvBytes,
  regionFileJson,
  regionJsonBytes,
  regionReportBytes,
  type RegionLaw,
} from '../region.js';
import { AUTOSAVE_DELAY_MS } from './use-autosave.js';
import type { Describe } from './describe.js';
import type { ExportAs } from './use-exports.js';
import { signal } from './signal.js';

/**
 * Where the region screen shows what went wrong or what is under way: beside the controls that add laws and
 * open comparison files (`laws`), or beside the pasted text (`paste`).
 */
export type RegionPlace = 'laws' | 'paste';

/** Words for the person, shown beside what caused them. */
export interface RegionNote {
  message: string;
  at: RegionPlace;
}

export interface RegionDeps {
  platform: Platform;
  describe: Describe;
  announce(message: string): void;
  exportAs: ExportAs;
  /** The project open in the workspace. */
  project: Project | undefined;
  guard(then: () => void): void;
  /** Opens a law of the comparison on one of its findings; `reopen` when the workspace holds another project. */
  openFinding(project: Project, element: string, reopen: boolean): void;
  /** The law open in the workspace was renamed in the comparison: the workspace's project takes the new name. */
  renameOpen(meta: Project['meta']): void;
}

export function useRegion({ platform, describe, announce, exportAs, project, guard, openFinding, renameOpen }: RegionDeps) {
  const { t } = useTranslation();
  const [laws, setLaws] = useState<RegionLaw[]>([]);
  /** The comparison has been read back from the platform's storage (or there was nothing to read). */
  const [restored, setRestored] = useState(false);
  /** The laws last written to (or found in) the platform's storage: nothing is written until they change. */
  const kept = useRef<RegionLaw[]>(laws);
  /** The comparison's law that is open in the workspace, if any: its review goes back into the comparison. */
  const [activeKey, setActiveKey] = useState<string>();
  const [busy, setBusyNote] = useState<RegionNote>();
  const [error, setErrorNote] = useState<RegionNote>();
  const setBusy = (message: string | undefined, at: RegionPlace = 'laws') => setBusyNote(message === undefined ? undefined : { message, at });
  const setError = (message: string | undefined, at: RegionPlace = 'laws') => setErrorNote(message === undefined ? undefined : { message, at });
  const view = useMemo(() => buildRegionView(laws), [laws]);

  // A law of the comparison reviewed in the workspace: the comparison follows its decisions.
  useEffect(() => {
    if (!project || !activeKey) return;
    setLaws((current) => (current.some((l) => l.key === activeKey && l.project !== project) ? current.map((l) => (l.key === activeKey ? { ...l, project } : l)) : current));
  }, [project, activeKey]);

  // Read back on start. A kept comparison that cannot be read is left as it is until the user changes the
  // comparison, so that a newer lexgap's comparison is not overwritten by this one.
  useEffect(() => {
    let live = true;
    const restore = async () => {
      const json = platform.restoreRegion ? await platform.restoreRegion() : undefined;
      if (!json || !live) return;
      const projects = await readRegionFile(json, { subject: 'kept-comparison' });
      if (live) setLaws((current) => mergeRegion(current, projects));
    };
    restore()
      .catch((err: unknown) => live && setError(describe(err)))
      .finally(() => live && setRestored(true));
    return () => {
      live = false;
    };
    // Read once per platform, not again when the language changes.
  }, [platform]);

  // ... and kept after every change, shortly after, where the platform can keep it.
  useEffect(() => {
    if (!platform.autosaveRegion || !restored || laws === kept.current) return;
    const timer = setTimeout(() => {
      const keeping = laws;
      regionFileJson(keeping)
        .then((json) => platform.autosaveRegion?.(json))
        .then(
          () => {
            kept.current = keeping;
            signal('region-kept', keeping.length);
          },
          (err: unknown) => setError(describe(err)),
        );
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [platform, laws, restored, describe]);

  // Warn before the page closes on a change to the comparison not kept yet.
  useEffect(() => {
    if (!platform.autosaveRegion || laws === kept.current) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (kept.current !== laws) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [platform, laws]);

  /** The laws as they are now, for the checks made while several files are added one after another. */
  const lawsNow = useRef(laws);
  lawsNow.current = laws;
  const has = (p: Project) => lawsNow.current.some((l) => l.project.analysis.source.sha256 === p.analysis.source.sha256);

  /** Analyses a law and adds it; the words of what kept it out, if anything did. */
  async function analyseAndAdd(source: { text: string; file: string; country?: string }): Promise<string | undefined> {
    try {
      const analysis = await platform.analyzeText({ text: source.text, file: source.file, language: 'auto' });
      const { title, countryName, country } = analysis.source;
      const created = projectFromAnalysis(analysis, { text: source.text, file: source.file }, { country: source.country || countryName || country, title });
      if (has(created)) return t('region.already');
      const law = { key: newRegionKey(), project: created };
      lawsNow.current = [...lawsNow.current, law];
      setLaws((list) => [...list, law]);
      announce(t('region.added', { name: projectName(created) }));
      return undefined;
    } catch (err) {
      return describe(err);
    }
  }

  /** Analyses a law and adds it; what goes wrong is said `at` the control it came from. */
  async function addText(source: { text: string; file: string; country?: string }, at: RegionPlace = 'laws'): Promise<boolean> {
    setBusy(t('region.analysing'), at);
    setError(undefined);
    announce(t('region.analysing'));
    const problem = await analyseAndAdd(source);
    setBusy(undefined);
    if (problem) setError(problem, at);
    return !problem;
  }

  function addOpen() {
    if (!project) return;
    if (has(project)) {
      setError(t('region.already'));
      return;
    }
    const key = newRegionKey();
    setLaws((current) => [...current, { key, project }]);
    setActiveKey(key);
    announce(t('region.added', { name: projectName(project) }));
  }

  async function addSample() {
    try {
      await addText(await platform.getSampleLaw());
    } catch (err) {
      setError(describe(err));
    }
  }

  /** One document, or several at once where the platform lets the user choose several: each read, then analysed. */
  async function addFile() {
    setError(undefined);
    if (!platform.chooseLawFiles) {
      try {
        const law = await platform.importLaw();
        if (law) await addText(law);
      } catch (err) {
        setError(describe(err));
      }
      return;
    }
    let files: ChosenLawFile[];
    try {
      files = await platform.chooseLawFiles();
    } catch (err) {
      setError(describe(err));
      return;
    }
    // A file that cannot be read is said, and the others are still added.
    const problems: string[] = [];
    for (const [i, file] of files.entries()) {
      setBusy(t('region.reading', { file: file.name, n: i + 1, total: files.length }));
      try {
        if ('problem' in file) throw new PlatformError(file.problem);
        const problem = await analyseAndAdd(await platform.importLawFile(file));
        if (problem) problems.push(t('region.fileProblem', { file: file.name, problem }));
      } catch (err) {
        problems.push(describe(err));
      }
    }
    setBusy(undefined);
    if (problems.length) setError(problems.join(' '));
    if (files.length > 1) announce(t('region.addedFiles', { count: files.length - problems.length }));
  }

  /** The name the person gives a law of the comparison (its title); empty gives back the name read from it. */
  function rename(key: string, title: string) {
    const law = laws.find((l) => l.key === key);
    if (!law) return;
    const { title: _old, ...rest } = law.project.meta;
    const trimmed = title.trim().slice(0, LIMITS.title);
    const meta = trimmed ? { ...rest, title: trimmed } : rest;
    setLaws((current) => current.map((l) => (l.key === key ? { ...l, project: { ...l.project, meta } } : l)));
    // Else the workspace's copy, reviewed further, would bring the old name back into the comparison.
    if (key === activeKey && project) renameOpen(meta);
  }

  function remove(key: string) {
    const law = laws.find((l) => l.key === key);
    setLaws((current) => current.filter((l) => l.key !== key));
    if (activeKey === key) setActiveKey(undefined);
    if (law) announce(t('region.removed', { name: projectName(law.project) }));
  }

  /** A cell of the matrix: that law's finding, in the workspace. */
  function openCell(key: string, element: string) {
    const law = laws.find((l) => l.key === key);
    if (!law) return;
    const go = () => {
      openFinding(law.project, element, activeKey !== key || !project);
      setActiveKey(key);
    };
    // Work on a law of the comparison stays in the comparison; other unsaved work is asked about first.
    if (activeKey) go();
    else guard(go);
  }

  async function openFile() {
    if (!platform.openRegionFile) return;
    setError(undefined);
    try {
      const file = await platform.openRegionFile();
      if (!file) return;
      const merged = mergeRegion(laws, await readRegionFile(file.text, file.name));
      setLaws(merged);
      announce(t('region.opened', { name: file.name, n: merged.length - laws.length }));
    } catch (err) {
      setError(describe(err));
    }
  }

  const exportReport = (reportLang: ReportLanguage, paper: Paper) =>
    void exportAs('docx', () => regionReportBytes(laws, reportLang, paper), `regional-comparison-${laws.length}-laws-${reportLang}.docx`, t('region.writing'));
  const exportCsv = () => view && void exportAs('csv', () => regionCsvBytes(view), 'regional-comparison.csv', t('export.writingData'));
  const exportJson = () => view && void exportAs('json', () => regionJsonBytes(view), 'regional-comparison.json', t('export.writingData'));
  const saveFile = () => void exportAs('json', async () => new TextEncoder().encode(await regionFileJson(laws)), 'region.lexgap-region.json', t('export.writingData'));

  return {
    laws,
    view,
    activeKey,
    /** The workspace now holds a project that is not the comparison's. */
    leave: () => setActiveKey(undefined),
    busy,
    error,
    dismissError: () => setError(undefined),
    /** Pasted text, whose problems are said beside the text. */
    addText: (source: { text: string; file: string; country?: string }) => addText(source, 'paste'),
    addOpen,
    addSample,
    addFile,
    remove,
    rename,
    openCell,
    openFile,
    exportReport,
    exportCsv,
    exportJson,
    saveFile,
  };
}
