/**
 * The app: the start screen, the workspace, the dashboard and the regional comparison around one open project.
 * The work is done by controllers (renderer/app/): the project file, the intake of a new law, the workspace and
 * its review, autosave, exports, the regional comparison, and the commands that come from menus, keys and drops.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { projectName, type Project } from '../core/project.js';
import type { ReportLanguage } from '../core/report/index.js';
import type { Language } from '../core/types.js';
import { useDescribe } from './app/describe.js';
import { useAutosave } from './app/use-autosave.js';
import { useCommands, type Screen } from './app/use-commands.js';
import { useExports } from './app/use-exports.js';
import { useIntake } from './app/use-intake.js';
import { useProject } from './app/use-project.js';
import { useRegion } from './app/use-region.js';
import { useScreenFocus } from './app/use-screen-focus.js';
import { useWorkspace } from './app/use-workspace.js';
import { AppHeader } from './components/AppHeader.js';
import { Dashboard } from './components/Dashboard.js';
import { ExportDialog } from './components/ExportDialog.js';
import { HelpDialog } from './components/HelpDialog.js';
import { NO_FILTERS, type Filters } from './components/ProvisionList.js';
import { RegionScreen } from './components/RegionScreen.js';
import { StartScreen, type ErrorAt } from './components/StartScreen.js';
import { UnsavedDialog } from './components/UnsavedDialog.js';
import { Workspace } from './components/Workspace.js';
import { currentUiLanguage, isUiLanguage } from './i18n/index.js';
import { getCatalogue } from './review/view.js';
import type { MenuCommand, Platform } from './platform/types.js';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Undo and redo in a text field are the field's own, even when they come from the desktop app's menu. */
const textFieldFocused = () => document.activeElement instanceof HTMLElement && document.activeElement.matches('input, textarea, [contenteditable="true"]');

export function App({ platform }: { platform: Platform }) {
  const { t } = useTranslation();
  const lang = currentUiLanguage();
  const describe = useDescribe();
  const [screen, setScreen] = useState<Screen>('start');
  const [dialog, setDialog] = useState<'help' | 'export'>();
  const [announcement, announce] = useState('');
  const [error, showError] = useState<string>();
  const [formError, setFormError] = useState<{ message: string; at: ErrorAt }>();
  /** The web version says where Save keeps the project, and offers the file beside it (the project's name). */
  const [keptInBrowser, setKeptInBrowser] = useState<string>();
  const showFormError = (message: string | undefined, at: ErrorAt = 'analyse') => setFormError(message ? { message, at } : undefined);

  const onOpened = (opened: Project) => {
    region.leave();
    workspace.show(opened);
    setScreen('workspace');
  };
  const file = useProject({ platform, describe, announce, showError, showFormError, onOpened });
  const { project, view, session } = file;
  const workspace = useWorkspace(session, file.dispatch, view, announce);
  const intake = useIntake({ platform, describe, announce, showFormError, guard: file.guard, onCreated: (p) => file.open({ project: p }, 'fresh'), showStart: () => setScreen('start') });
  const exports = useExports(platform, describe, announce, showError, () => setDialog(undefined));
  const region = useRegion({
    platform,
    describe,
    announce,
    exportAs: exports.exportAs,
    project,
    guard: file.guard,
    openFinding: (law, element, reopen) => {
      if (reopen) file.open({ project: law }, false);
      workspace.show(law, element);
      setScreen('workspace');
    },
    renameOpen: (meta) => file.dispatch({ type: 'meta', meta }),
  });
  useAutosave(platform, session, file.dirty, useCallback((err: unknown) => showError(describe(err)), [describe]));
  useScreenFocus(screen);
  // The catalogue takes tens of milliseconds to load: loaded while the page is idle, not in the task that opens
  // the first findings (with a long law's, that task is long enough).
  useEffect(() => {
    const id = requestIdleCallback(() => getCatalogue(), { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }, []);
  // The desktop app's menus and dialogs speak the interface's language.
  useEffect(() => void platform.setLanguage?.(lang).catch(() => undefined), [platform, lang]);

  const projectExports = exports.project(project);
  const save = (saveAs: boolean) =>
    void file.save(saveAs).then((saved) => {
      if (saved && platform.kind === 'web' && project) setKeptInBrowser(projectName(project));
    });

  const findProvision = () => {
    if (!project) return;
    setScreen('workspace');
    setTimeout(() => workspace.searchRef.current?.focus(), 0);
  };
  const handlers: Record<MenuCommand, () => void> = {
    new: () => setScreen('start'),
    open: file.openProject,
    save: () => save(false),
    'save-as': () => save(true),
    import: () => void intake.chooseFile(),
    'export-report': () => project && setDialog('export'),
    'export-csv': () => projectExports?.csv(),
    'export-json': () => projectExports?.json(),
    undo: () => (textFieldFocused() ? void document.execCommand('undo') : workspace.undo()),
    redo: () => (textFieldFocused() ? void document.execCommand('redo') : workspace.redo()),
    find: findProvision,
    dashboard: () => project && setScreen('dashboard'),
    about: () => setDialog('help'),
  };
  useCommands({
    platform,
    handlers,
    onOpenProject: (opened) => file.guard(() => file.open(opened, true)),
    onScreen: (target) => (target === 'start' || target === 'region' || project) && setScreen(target),
    onHelp: () => setDialog('help'),
    onDropFile: (dropped) => {
      setScreen('start');
      void intake.importFile(dropped);
    },
  });

  const showFiltered = (filters: Partial<Filters>) => {
    workspace.setFilters({ ...NO_FILTERS, ...filters });
    setScreen('workspace');
  };
  const lawReportLanguage = project && isUiLanguage(project.law.language) ? (project.law.language as Language as ReportLanguage) : undefined;
  const mod = isMac ? '⌘' : 'Ctrl';

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <AppHeader
        screen={screen}
        onScreen={setScreen}
        {...(project ? { projectName: projectName(project) } : {})}
        dirty={file.dirty}
        neverSaved={!session?.location}
        saving={file.saving}
        canUndo={!!session?.past.length}
        canRedo={!!session?.future.length}
        onUndo={workspace.undo}
        onRedo={workspace.redo}
        onSave={() => save(false)}
        saveLabel={platform.kind === 'web' ? t('header.saveWeb') : t('header.save')}
        onExport={() => setDialog('export')}
        onHelp={() => setDialog('help')}
        lang={lang}
        mod={mod}
      />

      <p className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
      {keptInBrowser && project && projectExports ? (
        <div className="banner-note" role="status">
          <p>{t('webSave.kept', { name: keptInBrowser })}</p>
          <div className="actions">
            <button type="button" onClick={projectExports.file}>
              {t('webSave.download')}
            </button>
            <button type="button" className="link" onClick={() => setKeptInBrowser(undefined)}>
              {t('common.dismiss')}
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <div className="banner-error" role="alert">
          <p>{error}</p>
          <button type="button" className="link" onClick={() => showError(undefined)}>
            {t('common.dismiss')}
          </button>
        </div>
      ) : null}

      {screen === 'region' ? (
        <RegionScreen
          laws={region.laws}
          {...(region.view ? { view: region.view } : {})}
          lang={lang}
          {...(project && !region.activeKey ? { openProjectName: projectName(project) } : {})}
          onAddOpen={region.addOpen}
          onAddSample={() => void region.addSample()}
          onAddFile={() => void region.addFile()}
          onAddText={(text, country) => region.addText({ text, file: t('start.pastedText'), country })}
          onRemove={region.remove}
          onRename={region.rename}
          onOpenCell={region.openCell}
          {...(region.busy ? { busy: region.busy } : {})}
          {...(region.error ? { error: region.error } : {})}
          onDismissError={region.dismissError}
          {...(exports.exporting ? { exporting: exports.exporting } : {})}
          onReport={region.exportReport}
          onCsv={region.exportCsv}
          onJson={region.exportJson}
          kept={!!platform.autosaveRegion}
          onSaveFile={region.saveFile}
          {...(platform.openRegionFile ? { onOpenFile: () => void region.openFile() } : {})}
        />
      ) : screen === 'start' || !project || !view ? (
        <StartScreen
          draft={intake.draft}
          onDraft={intake.setDraft}
          importing={intake.importing}
          analysing={intake.analysing}
          {...(formError ? { error: formError.message, errorAt: formError.at } : {})}
          largeText={intake.largeText}
          onConfirmLarge={intake.confirmLarge}
          onDismissLarge={intake.dismissLarge}
          onCancel={intake.cancel}
          onDismissError={() => showFormError(undefined)}
          warnings={intake.draft.warnings?.map(describe)}
          onDismissWarnings={intake.dismissWarnings}
          onChooseFile={() => void intake.chooseFile()}
          onDropFile={(dropped) => void intake.importFile(dropped)}
          onAnalyse={intake.analyseDraft}
          onSample={() => void intake.trySample()}
          onRegion={() => setScreen('region')}
          onOpen={() => void file.openProject()}
          onOpenRecent={(entry) => void file.openRecent(entry)}
          recent={file.recent}
          recovery={file.recovery}
          recoveryName={file.recovery ? projectName(file.recovery.project) : undefined}
          onRestore={file.restoreRecovery}
          onDiscardRecovery={file.discardRecovery}
        />
      ) : screen === 'workspace' ? (
        <Workspace
          project={project}
          view={view}
          lang={lang}
          state={workspace}
        />
      ) : (
        <Dashboard
          project={project}
          view={view}
          lang={lang}
          onShowArticle={(article) => showFiltered({ article: String(article) })}
          onShowTier={(tier) => showFiltered({ tier: tier as Filters['tier'] })}
        />
      )}

      {dialog === 'help' ? <HelpDialog onClose={() => setDialog(undefined)} mod={mod} /> : null}
      {dialog === 'export' && projectExports ? (
        <ExportDialog
          uiLanguage={lang}
          lawLanguage={lawReportLanguage}
          busy={exports.exporting}
          onReport={projectExports.report}
          onCsv={projectExports.csv}
          onJson={projectExports.json}
          {...(platform.kind === 'web' ? { onProjectFile: projectExports.file } : {})}
          onClose={() => setDialog(undefined)}
        />
      ) : null}
      {file.unsaved && project ? <UnsavedDialog name={projectName(project)} onSave={() => void file.unsaved?.save()} onDiscard={file.unsaved.discard} onCancel={file.unsaved.cancel} /> : null}
    </div>
  );
}
