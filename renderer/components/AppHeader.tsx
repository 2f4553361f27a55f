/** The app's header: the screens, the open project's name and save state, undo, redo, save, export, language, help. */
import { useTranslation } from 'react-i18next';
import type { Screen } from '../app/use-commands.js';
import { isUiLanguage, languageName, setUiLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n/index.js';

export interface AppHeaderProps {
  screen: Screen;
  onScreen(screen: Screen): void;
  /** The open project's name; absent on a fresh start. */
  projectName?: string;
  dirty: boolean;
  /** The project has never been saved (a new analysis): not "all changes saved". */
  neverSaved: boolean;
  saving: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  onSave(): void;
  /** What Save does, said in its tooltip: where the project is kept (this browser, in the web version). */
  saveLabel: string;
  onExport(): void;
  onHelp(): void;
  lang: UiLanguage;
  /** The shortcut key's name: ⌘ on a Mac, Ctrl elsewhere. */
  mod: string;
}

export function AppHeader(props: AppHeaderProps) {
  const { t } = useTranslation();
  const open = props.projectName !== undefined;
  const screenButton = (screen: Screen, label: string, needsProject: boolean) => (
    <button type="button" aria-current={props.screen === screen ? 'page' : undefined} disabled={needsProject && !open} onClick={() => props.onScreen(screen)}>
      {label}
    </button>
  );
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">lexgap</span>
        {open ? null : <span className="brand-tagline">{t('app.tagline')}</span>}
      </div>
      <nav className="screens" aria-label={t('nav.label')}>
        {screenButton('start', t('nav.start'), false)}
        {screenButton('workspace', t('nav.workspace'), true)}
        {screenButton('dashboard', t('nav.dashboard'), true)}
        {screenButton('region', t('nav.region'), false)}
      </nav>
      {open ? (
        <div className="project-state">
          <span className="project-name" title={props.projectName}>
            {props.projectName}
          </span>
          <span className={`save-state${props.dirty ? ' unsaved' : props.neverSaved ? ' new' : ''}`}>
            {props.saving ? t('header.saving') : props.dirty ? t('header.unsaved') : props.neverSaved ? t('header.notSaved') : t('header.saved')}
          </span>
        </div>
      ) : (
        <div className="project-state" />
      )}
      <div className="header-actions">
        {open ? (
          <>
            <button type="button" onClick={props.onUndo} disabled={!props.canUndo} title={`${t('header.undo')} (${props.mod}+Z)`}>
              {t('header.undo')}
            </button>
            <button type="button" onClick={props.onRedo} disabled={!props.canRedo} title={`${t('header.redo')} (${props.mod}+Shift+Z)`}>
              {t('header.redo')}
            </button>
            <button type="button" onClick={props.onSave} disabled={props.saving} title={`${props.saveLabel} (${props.mod}+S)`} aria-label={props.saveLabel}>
              {t('header.save')}
            </button>
            <button type="button" className="primary" onClick={props.onExport}>
              {t('header.export')}
            </button>
          </>
        ) : null}
        <label className="ui-language">
          <span className="visually-hidden">{t('header.uiLanguage')}</span>
          <select value={props.lang} onChange={(e) => isUiLanguage(e.target.value) && void setUiLanguage(e.target.value)}>
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={props.onHelp} title={`${t('header.help')} (F1)`}>
          {t('header.help')}
        </button>
      </div>
    </header>
  );
}
