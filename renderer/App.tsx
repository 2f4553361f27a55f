/**
 * The app: the start screen, the workspace and the dashboard around one open project, with saving, autosave,
 * undo and redo of every review action, exports, and the interface language.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../core/project.js';
import type { Paper, ReportLanguage } from '../core/report/index.js';
import { lawMetadata } from '../core/segment/metadata.js';
import type { Language } from '../core/types.js';
import { Dashboard } from './components/Dashboard.js';
import { RegionScreen } from './components/RegionScreen.js';
import { ExportDialog } from './components/ExportDialog.js';
import { HelpDialog } from './components/HelpDialog.js';
import { NO_FILTERS, type Filters } from './components/ProvisionList.js';
import { EMPTY_DRAFT, StartScreen, type Draft, type Importing } from './components/StartScreen.js';
import { Workspace } from './components/Workspace.js';
import { Dialog } from './components/Dialog.js';
import { InputProblem } from './engine/client.js';
import { csvBytes, baseName, jsonBytes, reportBytes, reportFileName } from './exports.js';
import { currentUiLanguage, setUiLanguage, UI_LANGUAGE_NAMES, UI_LANGUAGES, isUiLanguage } from './i18n/index.js';
import { PlatformError, type ExportKind, type MenuCommand, type OpenedProject, type Platform, type RecentProject, type Recovery } from './platform/types.js';
import { projectFromAnalysis, type ReviewAction } from './review/project.js';
import { buildView } from './review/view.js';
import { isDirty, sessionReducer, type Step } from './session.js';
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
} from './region.js';

type Screen = 'start' | 'workspace' | 'dashboard' | 'region';

const AUTOSAVE_DELAY_MS = 800;
const AUTHOR_KEY = 'lexgap.reviewer';
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Undo and redo in a text field are the field's own, even when they come from the desktop app's menu. */
const textFieldFocused = () => document.activeElement instanceof HTMLElement && document.activeElement.matches('input, textarea, [contenteditable="true"]');

function storedAuthor(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

/** What the title bar, the recent list and the header call a project. */
export function projectName(project: Project): string {
  const { country, title } = project.meta;
  if (country && title) return `${country} – ${title}`;
  return title ?? country ?? project.law.file;
}

export function App({ platform }: { platform: Platform }) {
  const { t, i18n } = useTranslation();
  const lang = currentUiLanguage();
  const [screen, setScreen] = useState<Screen>('start');
  const [session, dispatch] = useReducer(sessionReducer, undefined);
  const [selectedId, setSelectedId] = useState<string>();
  const [focusClause, setFocusClause] = useState<string>();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [importing, setImporting] = useState<Importing>();
  const [analysing, setAnalysing] = useState(false);
  const [formError, setFormError] = useState<string>();
  const [error, setError] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const [recent, setRecent] = useState<RecentProject[]>([]);
  const [recovery, setRecovery] = useState<Recovery>();
  const [dialog, setDialog] = useState<'help' | 'export' | { kind: 'unsaved'; then: () => void }>();
  const [exporting, setExporting] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [author, setAuthorState] = useState(storedAuthor);
  const searchRef = useRef<HTMLInputElement>(null);
  // The regional comparison: projects side by side (see renderer/region.ts), kept by the platform where it can.
  const [regionLaws, setRegionLaws] = useState<RegionLaw[]>([]);
  /** The comparison has been read back from the platform's storage (or there was nothing to read). */
  const [regionRestored, setRegionRestored] = useState(false);
  /** The laws last written to (or found in) the platform's storage: nothing is written until they change. */
  const regionKept = useRef<RegionLaw[]>(regionLaws);
  /** The comparison's law that is open in the workspace, if any: its review goes back into the comparison. */
  const [activeRegionKey, setActiveRegionKey] = useState<string>();
  const [regionBusy, setRegionBusy] = useState<string>();
  const [regionError, setRegionError] = useState<string>();
  const regionView = useMemo(() => buildRegionView(regionLaws), [regionLaws]);

  const project = session?.project;
  const view = useMemo(() => (project ? buildView(project) : undefined), [project]);
  const dirty = isDirty(session);

  // A law of the comparison reviewed in the workspace: the comparison follows its decisions.
  useEffect(() => {
    if (!project || !activeRegionKey) return;
    setRegionLaws((laws) => (laws.some((l) => l.key === activeRegionKey && l.project !== project) ? laws.map((l) => (l.key === activeRegionKey ? { ...l, project } : l)) : laws));
  }, [project, activeRegionKey]);

  const setAuthor = (name: string) => {
    setAuthorState(name);
    try {
      localStorage.setItem(AUTHOR_KEY, name);
    } catch {
      // kept for this visit only
    }
  };

  /** An error in the user's words, in the interface's language where lexgap knows the problem. */
  const describe = useCallback(
    (err: unknown): string => {
      if (err instanceof InputProblem) {
        const key = `errors.${err.rule}`;
        if (i18n.language !== 'en' && i18n.exists(key)) return t(key, { file: err.file ?? '' });
        return err.message;
      }
      if (err instanceof PlatformError) return i18n.language === 'en' ? err.message : t('errors.generic', { detail: err.message });
      console.error(err);
      return t('errors.unexpected');
    },
    [t, i18n],
  );

  const refreshRecent = useCallback(() => {
    platform.recentProjects().then(setRecent, () => setRecent([]));
  }, [platform]);

  useEffect(() => {
    refreshRecent();
    platform.recovery().then(setRecovery, () => setRecovery(undefined));
  }, [platform, refreshRecent]);

  // The title bar: the project's name, marked while it has unsaved changes.
  useEffect(() => {
    const name = project ? `${dirty ? '• ' : ''}${projectName(project)}${dirty ? ` (${t('header.unsaved')})` : ''} – lexgap` : `lexgap – ${t('app.tagline')}`;
    document.title = name;
  }, [project, dirty, t, lang]);

  // Autosave: a copy of unsaved work, shortly after every change.
  const autosaved = useRef<Project | undefined>(undefined);
  useEffect(() => {
    if (!session || !dirty) return;
    const timer = setTimeout(() => {
      const copy = session.project;
      platform.autosave(copy, session.location).then(
        () => (autosaved.current = copy),
        (err: unknown) => setError(describe(err)),
      );
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [platform, session, dirty, describe]);

  // The regional comparison is read back on start. A kept comparison that cannot be read is left as it is until
  // the user changes the comparison, so that a newer lexgap's comparison is not overwritten by this one.
  useEffect(() => {
    let live = true;
    const restore = async () => {
      const json = platform.restoreRegion ? await platform.restoreRegion() : undefined;
      if (!json || !live) return;
      const projects = await readRegionFile(json, t('region.keptName'));
      if (live) setRegionLaws((laws) => mergeRegion(laws, projects));
    };
    restore()
      .catch((err: unknown) => live && setRegionError(describe(err)))
      .finally(() => live && setRegionRestored(true));
    return () => {
      live = false;
    };
    // Read once per platform, not again when the language changes.
  }, [platform]);

  // ... and kept after every change, shortly after, where the platform can keep it.
  useEffect(() => {
    if (!platform.autosaveRegion || !regionRestored || regionLaws === regionKept.current) return;
    const timer = setTimeout(() => {
      const laws = regionLaws;
      regionFileJson(laws)
        .then((json) => platform.autosaveRegion?.(json))
        .then(
          () => (regionKept.current = laws),
          (err: unknown) => setRegionError(describe(err)),
        );
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [platform, regionLaws, regionRestored, describe]);

  // Warn before the page closes on a change to the comparison not kept yet.
  useEffect(() => {
    if (!platform.autosaveRegion || regionLaws === regionKept.current) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (regionKept.current !== regionLaws) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [platform, regionLaws]);

  // Browsers drop a file onto the page by opening it, which would leave lexgap: every drop comes here instead.
  useEffect(() => {
    const prevent = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      const file = event.dataTransfer.files[0];
      if (file) {
        setScreen('start');
        void importFile(file);
      }
    };
    window.addEventListener('dragover', prevent);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', prevent);
      window.removeEventListener('drop', onDrop);
    };
  });

  // Warn before the page closes only on a change the autosave has not kept yet (the web version).
  useEffect(() => {
    if (platform.kind !== 'web' || !dirty || !project) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (autosaved.current !== project) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [platform, dirty, project]);

  function open(opened: { project: Project; location?: OpenedProject['location'] }, saved: boolean, message?: string) {
    dispatch({ type: 'open', project: opened.project, ...(opened.location ? { location: opened.location } : {}), saved });
    setActiveRegionKey(undefined);
    const first = buildView(opened.project).rows[0]?.element.id;
    setSelectedId(first);
    setFocusClause(first ? opened.project.analysis.elements.find((f) => f.id === first)?.evidence[0]?.clause : undefined);
    setFilters(NO_FILTERS);
    setScreen('workspace');
    setError(undefined);
    setFormError(undefined);
    const { covered, partial, missing } = opened.project.analysis.summary;
    setAnnouncement(message ?? t('notice.opened', { name: projectName(opened.project), covered, partial, missing }));
    refreshRecent();
  }

  /** Runs `then` at once, or after asking what to do with unsaved changes. */
  function guard(then: () => void) {
    if (dirty) setDialog({ kind: 'unsaved', then });
    else then();
  }

  async function analyse(source: { text: string; file: string; language: Draft['language']; country?: string; title?: string }) {
    setAnalysing(true);
    setFormError(undefined);
    setAnnouncement(t('start.analysing'));
    try {
      const analysis = await platform.analyzeText({ text: source.text, file: source.file, language: source.language });
      const meta = lawMetadata(source.text);
      const created = projectFromAnalysis(analysis, { text: source.text, file: source.file }, { country: source.country || meta.country, title: source.title || meta.title });
      open({ project: created }, false);
    } catch (err) {
      setFormError(describe(err));
      setAnnouncement('');
    } finally {
      setAnalysing(false);
    }
  }

  const analyseDraft = () =>
    guard(() =>
      void analyse({ text: draft.text, file: draft.file ?? t('start.pastedText'), language: draft.language, country: draft.country.trim(), title: draft.title.trim() }),
    );

  const trySample = () =>
    guard(async () => {
      try {
        const sample = await platform.getSampleLaw();
        await analyse({ text: sample.text, file: sample.file, language: 'auto' });
      } catch (err) {
        setFormError(describe(err));
      }
    });

  function takeImported(law: { file: string; text: string }) {
    const meta = lawMetadata(law.text);
    setDraft((d) => ({ ...d, text: law.text, file: law.file, country: d.country || meta.country || '', title: d.title || meta.title || '' }));
    setAnnouncement(t('notice.imported', { file: law.file }));
  }

  async function importFile(file: File) {
    setFormError(undefined);
    setImporting({ file: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const law = await platform.importLawFile({ name: file.name, bytes }, (progress) => setImporting({ file: file.name, progress }));
      takeImported(law);
    } catch (err) {
      setFormError(describe(err));
    } finally {
      setImporting(undefined);
    }
  }

  async function chooseFile() {
    setFormError(undefined);
    setScreen('start');
    setImporting({});
    try {
      const law = await platform.importLaw((progress) => setImporting((i) => ({ ...i, progress })));
      if (law) takeImported(law);
    } catch (err) {
      setFormError(describe(err));
    } finally {
      setImporting(undefined);
    }
  }

  const openProject = () =>
    guard(async () => {
      try {
        const opened = await platform.openProject();
        if (opened) open(opened, true);
      } catch (err) {
        setError(describe(err));
        setFormError(describe(err));
      }
    });

  const openRecent = (entry: RecentProject) =>
    guard(async () => {
      try {
        open(await platform.openRecent(entry), true);
      } catch (err) {
        setFormError(describe(err));
        refreshRecent();
      }
    });

  async function save(saveAs = false): Promise<boolean> {
    if (!session || saving) return false;
    setSaving(true);
    try {
      const written = session.project;
      const location = await platform.saveProject(written, { ...(session.location ? { location: session.location } : {}), saveAs });
      if (!location) return false;
      dispatch({ type: 'saved', location, project: written });
      await platform.discardRecovery().catch(() => undefined);
      setAnnouncement(t('notice.saved', { name: location.name }));
      refreshRecent();
      return true;
    } catch (err) {
      setError(describe(err));
      return false;
    } finally {
      setSaving(false);
    }
  }

  async function exportAs(kind: ExportKind, make: () => Promise<Uint8Array> | Uint8Array, name: string, busyText: string) {
    setExporting(busyText);
    setError(undefined);
    try {
      const bytes = await make();
      const written = await platform.exportFile(kind, name, bytes);
      if (written) {
        setAnnouncement(t('notice.exported', { name: written }));
        setDialog(undefined);
      }
    } catch (err) {
      setError(describe(err));
      setDialog(undefined);
    } finally {
      setExporting(undefined);
    }
  }

  const exportReport = (reportLang: ReportLanguage, paper: Paper) =>
    project && void exportAs('docx', () => reportBytes(project, reportLang, paper), reportFileName(project, reportLang), t('export.writing'));
  const exportCsv = () => project && void exportAs('csv', () => csvBytes(project), `${baseName(project)}-findings.csv`, t('export.writingData'));
  const exportJson = () => project && void exportAs('json', () => jsonBytes(project), `${baseName(project)}-analysis.json`, t('export.writingData'));
  const exportProjectFile = () =>
    project &&
    void exportAs(
      'json',
      async () => new TextEncoder().encode((await import('../core/project.js')).serializeProject(project)),
      `${baseName(project)}.lexgap`,
      t('export.writingData'),
    );

  function addToRegion(created: Project): boolean {
    if (regionLaws.some((l) => l.project.analysis.source.sha256 === created.analysis.source.sha256)) {
      setRegionError(t('region.already'));
      return false;
    }
    setRegionLaws((laws) => [...laws, { key: newRegionKey(), project: created }]);
    setAnnouncement(t('region.added', { name: projectName(created) }));
    return true;
  }

  async function analyseForRegion(source: { text: string; file: string; country?: string }): Promise<boolean> {
    setRegionBusy(t('region.analysing'));
    setRegionError(undefined);
    setAnnouncement(t('region.analysing'));
    try {
      const analysis = await platform.analyzeText({ text: source.text, file: source.file, language: 'auto' });
      const meta = lawMetadata(source.text);
      return addToRegion(projectFromAnalysis(analysis, { text: source.text, file: source.file }, { country: source.country || meta.country, title: meta.title }));
    } catch (err) {
      setRegionError(describe(err));
      return false;
    } finally {
      setRegionBusy(undefined);
    }
  }

  function addOpenToRegion() {
    if (!project) return;
    if (regionLaws.some((l) => l.project.analysis.source.sha256 === project.analysis.source.sha256)) {
      setRegionError(t('region.already'));
      return;
    }
    const key = newRegionKey();
    setRegionLaws((laws) => [...laws, { key, project }]);
    setActiveRegionKey(key);
    setAnnouncement(t('region.added', { name: projectName(project) }));
  }

  async function addSampleToRegion() {
    try {
      const sample = await platform.getSampleLaw();
      await analyseForRegion(sample);
    } catch (err) {
      setRegionError(describe(err));
    }
  }

  async function addFileToRegion() {
    setRegionError(undefined);
    try {
      const law = await platform.importLaw();
      if (law) await analyseForRegion(law);
    } catch (err) {
      setRegionError(describe(err));
    }
  }

  function removeFromRegion(key: string) {
    const law = regionLaws.find((l) => l.key === key);
    setRegionLaws((laws) => laws.filter((l) => l.key !== key));
    if (activeRegionKey === key) setActiveRegionKey(undefined);
    if (law) setAnnouncement(t('region.removed', { name: projectName(law.project) }));
  }

  /** A cell of the matrix: that law's finding, in the workspace. */
  function openRegionCell(key: string, element: string) {
    const law = regionLaws.find((l) => l.key === key);
    if (!law) return;
    const go = () => {
      if (activeRegionKey !== key || !project) open({ project: law.project }, false);
      setActiveRegionKey(key);
      setFilters(NO_FILTERS);
      setSelectedId(element);
      setFocusClause(buildView(law.project).byId.get(element)?.finding.evidence[0]?.clause);
      setScreen('workspace');
    };
    // Work on a law of the comparison stays in the comparison; other unsaved work is asked about first.
    if (activeRegionKey) go();
    else guard(go);
  }

  const regionReportName = (reportLang: ReportLanguage) => `regional-comparison-${regionLaws.length}-laws-${reportLang}.docx`;
  const exportRegionReport = (reportLang: ReportLanguage, paper: Paper) =>
    void exportAs('docx', () => regionReportBytes(regionLaws, reportLang, paper), regionReportName(reportLang), t('region.writing'));
  const exportRegionCsv = () => regionView && void exportAs('csv', () => regionCsvBytes(regionView), 'regional-comparison.csv', t('export.writingData'));
  const saveRegionFile = () =>
    void exportAs('json', async () => new TextEncoder().encode(await regionFileJson(regionLaws)), 'region.lexgap-region.json', t('export.writingData'));

  async function openRegionFile() {
    if (!platform.openRegionFile) return;
    setRegionError(undefined);
    try {
      const file = await platform.openRegionFile();
      if (!file) return;
      const projects = await readRegionFile(file.text, file.name);
      const merged = mergeRegion(regionLaws, projects);
      setRegionLaws(merged);
      setAnnouncement(t('region.opened', { name: file.name, n: merged.length - regionLaws.length }));
    } catch (err) {
      setRegionError(describe(err));
    }
  }
  const exportRegionJson = () => regionView && void exportAs('json', () => regionJsonBytes(regionView), 'regional-comparison.json', t('export.writingData'));

  function describeStep(step: Step): string {
    const ref = view?.byId.get(step.element)?.element.ref ?? step.element;
    return t(`history.${step.action}`, { ref });
  }

  function undo() {
    const step = session?.past.at(-1);
    if (!step) return;
    dispatch({ type: 'undo' });
    setSelectedId(step.element);
    setAnnouncement(t('notice.undone', { what: describeStep(step) }));
  }

  function redo() {
    const step = session?.future[0];
    if (!step) return;
    dispatch({ type: 'redo' });
    setSelectedId(step.element);
    setAnnouncement(t('notice.redone', { what: describeStep(step) }));
  }

  function review(element: string, action: ReviewAction) {
    dispatch({ type: 'review', element, action, author });
    const ref = view?.byId.get(element)?.element.ref ?? element;
    setAnnouncement(t(`history.${action.kind}`, { ref }));
  }

  function select(id: string) {
    setSelectedId(id);
    setFocusClause(view?.byId.get(id)?.finding.evidence[0]?.clause);
  }

  function find() {
    if (!project) return;
    setScreen('workspace');
    setTimeout(() => searchRef.current?.focus(), 0);
  }

  const handlers: Record<MenuCommand, () => void> = {
    new: () => setScreen('start'),
    open: openProject,
    save: () => void save(false),
    'save-as': () => void save(true),
    import: () => void chooseFile(),
    'export-report': () => project && setDialog('export'),
    'export-csv': exportCsv,
    'export-json': exportJson,
    undo: () => (textFieldFocused() ? void document.execCommand('undo') : undo()),
    redo: () => (textFieldFocused() ? void document.execCommand('redo') : redo()),
    find,
    dashboard: () => project && setScreen('dashboard'),
    about: () => setDialog('help'),
  };
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  useEffect(() => platform.onMenuCommand((command) => handlersRef.current[command]?.()), [platform]);

  // A project opened from outside the page (the desktop app: a file double-clicked, File > Open Recent).
  const openRef = useRef((opened: OpenedProject) => guard(() => open(opened, true)));
  openRef.current = (opened: OpenedProject) => guard(() => open(opened, true));
  useEffect(() => platform.onOpenProject?.((opened) => openRef.current(opened)), [platform]);

  // Keys that are the app's own on every platform: screens, help.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const inField = event.target instanceof HTMLElement && event.target.matches('input, textarea, select, [contenteditable="true"]');
      if (event.altKey && !event.ctrlKey && !event.metaKey && ['1', '2', '3', '4'].includes(event.key)) {
        event.preventDefault();
        const target: Screen = event.key === '1' ? 'start' : event.key === '2' ? 'workspace' : event.key === '3' ? 'dashboard' : 'region';
        if (target === 'start' || target === 'region' || project) setScreen(target);
      } else if (event.key === 'F1' || (event.key === '?' && !inField)) {
        event.preventDefault();
        setDialog('help');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [project]);

  // Focus moves to the new screen's heading, so keyboard and screen reader users land on it.
  const shownScreen = useRef(screen);
  useEffect(() => {
    if (shownScreen.current === screen) return;
    shownScreen.current = screen;
    const main = document.getElementById('main');
    const target = screen === 'workspace' ? document.querySelector<HTMLElement>('.provision[tabindex="0"]') : main?.querySelector<HTMLElement>('h1:not(.visually-hidden), h2');
    if (target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target?.focus({ preventScroll: true });
  }, [screen]);

  const lawReportLanguage = project && isUiLanguage(project.law.language) ? (project.law.language as Language as ReportLanguage) : undefined;
  const mod = isMac ? '⌘' : 'Ctrl';

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">lexgap</span>
          {project ? null : <span className="brand-tagline">{t('app.tagline')}</span>}
        </div>
        <nav className="screens" aria-label={t('nav.label')}>
          <button type="button" aria-current={screen === 'start' ? 'page' : undefined} onClick={() => setScreen('start')}>
            {t('nav.start')}
          </button>
          <button type="button" aria-current={screen === 'workspace' ? 'page' : undefined} disabled={!project} onClick={() => setScreen('workspace')}>
            {t('nav.workspace')}
          </button>
          <button type="button" aria-current={screen === 'dashboard' ? 'page' : undefined} disabled={!project} onClick={() => setScreen('dashboard')}>
            {t('nav.dashboard')}
          </button>
          <button type="button" aria-current={screen === 'region' ? 'page' : undefined} onClick={() => setScreen('region')}>
            {t('nav.region')}
          </button>
        </nav>
        {project ? (
          <div className="project-state">
            <span className="project-name" title={projectName(project)}>
              {projectName(project)}
            </span>
            <span className={`save-state${dirty ? ' unsaved' : ''}`}>{saving ? t('header.saving') : dirty ? t('header.unsaved') : t('header.saved')}</span>
          </div>
        ) : (
          <div className="project-state" />
        )}
        <div className="header-actions">
          {project ? (
            <>
              <button type="button" onClick={undo} disabled={!session?.past.length} title={`${t('header.undo')} (${mod}+Z)`}>
                {t('header.undo')}
              </button>
              <button type="button" onClick={redo} disabled={!session?.future.length} title={`${t('header.redo')} (${mod}+Shift+Z)`}>
                {t('header.redo')}
              </button>
              <button type="button" onClick={() => void save(false)} disabled={saving} title={`${t('header.save')} (${mod}+S)`}>
                {t('header.save')}
              </button>
              <button type="button" className="primary" onClick={() => setDialog('export')}>
                {t('header.export')}
              </button>
            </>
          ) : null}
          <label className="ui-language">
            <span className="visually-hidden">{t('header.uiLanguage')}</span>
            <select value={lang} onChange={(e) => isUiLanguage(e.target.value) && void setUiLanguage(e.target.value)}>
              {UI_LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {UI_LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => setDialog('help')} title={`${t('header.help')} (F1)`}>
            {t('header.help')}
          </button>
        </div>
      </header>

      <p className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
      {error ? (
        <div className="banner-error" role="alert">
          <p>{error}</p>
          <button type="button" className="link" onClick={() => setError(undefined)}>
            {t('common.dismiss')}
          </button>
        </div>
      ) : null}

      {screen === 'region' ? (
        <RegionScreen
          laws={regionLaws}
          {...(regionView ? { view: regionView } : {})}
          lang={lang}
          {...(project && !activeRegionKey ? { openProjectName: projectName(project) } : {})}
          onAddOpen={addOpenToRegion}
          onAddSample={() => void addSampleToRegion()}
          onAddFile={() => void addFileToRegion()}
          onAddText={(text, country) => analyseForRegion({ text, file: t('start.pastedText'), country })}
          onRemove={removeFromRegion}
          onOpenCell={openRegionCell}
          {...(regionBusy ? { busy: regionBusy } : {})}
          {...(regionError ? { error: regionError } : {})}
          onDismissError={() => setRegionError(undefined)}
          {...(exporting ? { exporting } : {})}
          onReport={exportRegionReport}
          onCsv={exportRegionCsv}
          onJson={exportRegionJson}
          kept={!!platform.autosaveRegion}
          onSaveFile={saveRegionFile}
          {...(platform.openRegionFile ? { onOpenFile: () => void openRegionFile() } : {})}
        />
      ) : screen === 'start' || !project || !view ? (
        <StartScreen
          draft={draft}
          onDraft={setDraft}
          importing={importing}
          analysing={analysing}
          error={formError}
          onDismissError={() => setFormError(undefined)}
          onChooseFile={() => void chooseFile()}
          onDropFile={(file) => void importFile(file)}
          onAnalyse={analyseDraft}
          onSample={() => void trySample()}
          onRegion={() => setScreen('region')}
          onOpen={() => void openProject()}
          onOpenRecent={(entry) => void openRecent(entry)}
          recent={recent}
          recovery={recovery}
          recoveryName={recovery ? projectName(recovery.project) : undefined}
          onRestore={() => {
            if (!recovery) return;
            const found = recovery;
            guard(() => {
              setRecovery(undefined);
              open({ project: found.project, ...(found.location ? { location: found.location } : {}) }, false, t('notice.restored', { name: projectName(found.project) }));
            });
          }}
          onDiscardRecovery={() => {
            setRecovery(undefined);
            platform.discardRecovery().catch((err: unknown) => setError(describe(err)));
          }}
        />
      ) : screen === 'workspace' ? (
        <Workspace
          project={project}
          view={view}
          lang={lang}
          filters={filters}
          onFilters={setFilters}
          selectedId={selectedId}
          onSelect={select}
          focusClause={focusClause}
          onFocusClause={setFocusClause}
          author={author}
          onAuthor={setAuthor}
          onReview={review}
          searchRef={searchRef}
        />
      ) : (
        <Dashboard
          project={project}
          view={view}
          lang={lang}
          onShowArticle={(article) => {
            setFilters({ ...NO_FILTERS, article: String(article) });
            setScreen('workspace');
          }}
          onShowTier={(tier) => {
            setFilters({ ...NO_FILTERS, tier: tier as Filters['tier'] });
            setScreen('workspace');
          }}
        />
      )}

      {dialog === 'help' ? <HelpDialog onClose={() => setDialog(undefined)} mod={mod} /> : null}
      {dialog === 'export' && project ? (
        <ExportDialog
          uiLanguage={lang}
          lawLanguage={lawReportLanguage}
          busy={exporting}
          onReport={exportReport}
          onCsv={exportCsv}
          onJson={exportJson}
          {...(platform.kind === 'web' ? { onProjectFile: exportProjectFile } : {})}
          onClose={() => setDialog(undefined)}
        />
      ) : null}
      {typeof dialog === 'object' && dialog.kind === 'unsaved' && project ? (
        <Dialog
          title={t('unsaved.heading')}
          onClose={() => setDialog(undefined)}
          noClose
          footer={
            <>
              <button
                type="button"
                className="primary"
                onClick={async () => {
                  const then = dialog.then;
                  setDialog(undefined);
                  if (await save(false)) then();
                }}
              >
                {t('unsaved.save')}
              </button>
              <button
                type="button"
                onClick={() => {
                  const then = dialog.then;
                  setDialog(undefined);
                  then();
                }}
              >
                {t('unsaved.discard')}
              </button>
              <button type="button" onClick={() => setDialog(undefined)}>
                {t('common.cancel')}
              </button>
            </>
          }
        >
          <p>{t('unsaved.text', { name: projectName(project) })}</p>
        </Dialog>
      ) : null}
    </div>
  );
}
