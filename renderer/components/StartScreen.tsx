/**
 * The start screen: a new assessment (the country, the law's title and language, then the law itself from a
 * file, dropped or chosen, or pasted), the sample law, opening a project, the recent list, and recovered work.
 */
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../core/input-error.js';
import { LIMITS } from '../../core/limits.js';
import type { Language } from '../../core/types.js';
import { LANGUAGES } from '../../model-law/schema.js';
import type { ImportProgress, LanguageOption, RecentProject, Recovery } from '../platform/types.js';
import { formatDateTime } from '../format.js';

/** What lexgap read from a file for the person to confirm: the law's identity, its language, its header lines. */
export interface Detected {
  title?: string;
  country?: string;
  date?: string;
  language?: Language;
  /** The lines at the top that describe the file (source notes, front matter): shown, never analysed. */
  header?: { text: string; lines: number };
}

export interface Draft {
  country: string;
  title: string;
  /** The law's date as the person confirms it (ISO 8601 as read, or as they type it). */
  date: string;
  language: LanguageOption;
  text: string;
  /** What was read from the text (from its file, or as pasted), for the person to confirm or correct. */
  detected?: Detected;
  /** The file the text was read from; undefined for pasted or typed text. */
  file?: string;
  /** What the person should know about how that file was read (bytes that were not valid UTF-8), as data. */
  warnings?: Problem[];
}

export const EMPTY_DRAFT: Draft = { country: '', title: '', date: '', language: 'auto', text: '' };

/**
 * The draft without what lexgap read from its text (the text is gone or replaced): the fields lexgap filled are
 * emptied, those the person typed stay.
 */
export function withoutDetected(draft: Draft): Draft {
  const { detected } = draft;
  const kept = (name: 'title' | 'country' | 'date') => (detected && draft[name] === (detected[name] ?? '') ? '' : draft[name]);
  return { ...draft, title: kept('title'), country: kept('country'), date: kept('date'), file: undefined, warnings: undefined, detected: undefined };
}

export type ErrorAt = 'file' | 'analyse' | 'open';

export interface Importing {
  file?: string;
  progress?: ImportProgress;
}

export interface StartScreenProps {
  draft: Draft;
  onDraft(draft: Draft): void;
  importing?: Importing;
  /** An analysis under way, with its progress once the engine reports it. */
  analysing?: { progress?: ImportProgress } | undefined;
  /** A text far larger than a law, waiting for the person's word before it is analysed. */
  largeText?: { characters: number; seconds: number } | undefined;
  onConfirmLarge(): void;
  onDismissLarge(): void;
  /** Stops the reading or the analysis under way. */
  onCancel(): void;
  error?: string;
  /** What the error is about, so that it shows beside it: the file read, the analysis, or a project opened. */
  errorAt?: ErrorAt;
  onDismissError(): void;
  /** The draft's reading warnings, in words. */
  warnings?: string[];
  onDismissWarnings(): void;
  onChooseFile(): void;
  onDropFile(file: File): void;
  onAnalyse(): void;
  onSample(): void;
  onRegion(): void;
  onOpen(): void;
  onOpenRecent(entry: RecentProject): void;
  recent: RecentProject[];
  recovery?: Recovery;
  recoveryName?: string;
  onRestore(): void;
  onDiscardRecovery(): void;
}

export function StartScreen(props: StartScreenProps) {
  const { t, i18n } = useTranslation();
  const { draft } = props;
  const ids = { country: useId(), title: useId(), date: useId(), language: useId(), languageHint: useId(), text: useId(), textHint: useId(), warning: useId(), drop: useId() };
  const [dragging, setDragging] = useState(false);
  const busy = !!props.analysing || !!props.importing;
  // A text past the large size is summarised, never laid out in a field: a browser takes seconds over it.
  const large = draft.text.length > LIMITS.largeText;
  const empty = large ? false : draft.text.trim() === '';
  const words = large || !draft.text.trim() ? 0 : draft.text.trim().split(/\s+/).length;
  /** Millions of characters, the size the person is told. */
  const millions = (characters: number) => characters / 1_000_000;
  const wait = (seconds: number) => (seconds < 90 ? t('start.waitSeconds', { count: seconds }) : t('start.waitMinutes', { count: Math.round(seconds / 60) }));

  const detected = draft.detected;
  const errorAt = props.errorAt ?? 'analyse';
  const error = (at: ErrorAt) =>
    props.error && errorAt === at ? (
      <div className="error" role="alert">
        <p>{props.error}</p>
        <button type="button" className="link" onClick={props.onDismissError}>
          {t('common.dismiss')}
        </button>
      </div>
    ) : null;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) props.onDropFile(file);
  };

  return (
    <main className="start" id="main" aria-labelledby="start-heading">
      <h1 id="start-heading" className="visually-hidden">
        {t('start.heading')}
      </h1>
      {props.recovery ? (
        <section className="recovery" aria-labelledby="recovery-heading">
          <div>
            <h2 id="recovery-heading">{t('recovery.heading')}</h2>
            <p>
              {t('recovery.text', {
                name: props.recoveryName ?? '',
                time: formatDateTime(props.recovery.savedAt, i18n.language),
              })}
            </p>
          </div>
          <div className="actions">
            <button type="button" className="primary" onClick={props.onRestore}>
              {t('recovery.restore')}
            </button>
            <button type="button" onClick={props.onDiscardRecovery}>
              {t('recovery.discard')}
            </button>
          </div>
        </section>
      ) : null}

      <div className="start-grid">
        <section
          className={`panel new-assessment${dragging ? ' dragging' : ''}`}
          aria-labelledby="new-heading"
          onDragOver={(event) => {
            event.preventDefault();
            event.dataTransfer.dropEffect = 'copy';
            if (!dragging) setDragging(true);
          }}
          onDragLeave={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
          }}
          onDrop={onDrop}
        >
          <h2 id="new-heading">{t('start.newHeading')}</h2>
          <p className="lede">{t('start.newIntro')}</p>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!empty && !busy) props.onAnalyse();
            }}
          >
            <div className="field-row">
              <div className="field">
                <label htmlFor={ids.country}>{t('start.country')}</label>
                <input
                  id={ids.country}
                  name="country"
                  value={draft.country}
                  maxLength={LIMITS.country}
                  autoComplete="country-name"
                  onChange={(e) => props.onDraft({ ...draft, country: e.target.value })}
                />
              </div>
              <div className="field field-wide">
                <label htmlFor={ids.title}>{t('start.lawTitle')}</label>
                <input id={ids.title} name="title" value={draft.title} maxLength={LIMITS.title} onChange={(e) => props.onDraft({ ...draft, title: e.target.value })} />
              </div>
              <div className="field field-date">
                <label htmlFor={ids.date}>{t('start.lawDate')}</label>
                <input id={ids.date} name="date" value={draft.date} maxLength={LIMITS.date} onChange={(e) => props.onDraft({ ...draft, date: e.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={ids.language}>{t('start.lawLanguage')}</label>
                <select
                  id={ids.language}
                  aria-describedby={detected?.language ? ids.languageHint : undefined}
                  value={draft.language}
                  onChange={(e) => props.onDraft({ ...draft, language: e.target.value as LanguageOption })}
                >
                  <option value="auto">{t('language.auto')}</option>
                  {LANGUAGES.map((code) => (
                    <option key={code} value={code}>
                      {t(`language.${code}`)}
                    </option>
                  ))}
                </select>
                {detected?.language ? (
                  <p className="hint" id={ids.languageHint}>
                    {t('start.detectedLanguage', { language: t(`language.${detected.language}`) })}
                  </p>
                ) : null}
              </div>
            </div>
            {detected ? (
              <p className="detected-note" role="status">
                {draft.file ? t('start.detectedNote', { file: draft.file }) : t('start.detectedNotePasted')}
              </p>
            ) : null}

            <fieldset className="law-source">
              <legend>{t('start.lawHeading')}</legend>
              <div className={`dropzone${dragging ? ' active' : ''}`} id={ids.drop}>
                <p className="dropzone-title">{t('start.dropTitle')}</p>
                <p className="hint">{t('start.dropFormats')}</p>
                <button type="button" onClick={props.onChooseFile} disabled={busy}>
                  {t('start.chooseFile')}
                </button>
              </div>
              {error('file')}
              {props.importing ? (
                <div className="progress-line" role="status">
                  <span>{t('start.reading', { file: props.importing.file ?? '' })}</span>
                  {props.importing.progress ? (
                    <>
                      <progress max={props.importing.progress.total} value={props.importing.progress.done} aria-label={t('start.readingProgress')} />
                      <span>{t('start.pages', { done: props.importing.progress.done, total: props.importing.progress.total })}</span>
                    </>
                  ) : (
                    <progress aria-label={t('start.readingProgress')} />
                  )}
                  <button type="button" onClick={props.onCancel}>
                    {t('start.cancelReading')}
                  </button>
                </div>
              ) : null}
              <label htmlFor={ids.text}>{draft.file ? t('start.textFrom', { file: draft.file }) : t('start.pasteLabel')}</label>
              <p id={ids.textHint} className="hint">
                {draft.file ? t('start.textFromHint') : t('start.pasteHint')}
              </p>
              {props.warnings?.length ? (
                // Said, not raised: the text was read all the same, and the person decides whether to use it.
                <div className="reading-warning" role="status" id={ids.warning}>
                  {props.warnings.map((warning) => (
                    <p key={warning}>{warning}</p>
                  ))}
                  <button type="button" className="link" onClick={props.onDismissWarnings}>
                    {t('common.dismiss')}
                  </button>
                </div>
              ) : null}
              {large ? (
                <div className="large-text" id={ids.text} role="group" aria-label={t('start.largeTextLabel')} aria-describedby={ids.textHint}>
                  <p>{t('start.largeText', { file: draft.file ?? t('start.pastedText'), size: millions(draft.text.length) })}</p>
                  <button type="button" className="link" onClick={() => props.onDraft({ ...withoutDetected(draft), text: '' })} disabled={busy}>
                    {t('start.largeTextRemove')}
                  </button>
                </div>
              ) : (
                <textarea
                  id={ids.text}
                  name="law"
                  dir="auto"
                  aria-describedby={props.warnings?.length ? `${ids.textHint} ${ids.warning}` : ids.textHint}
                  value={draft.text}
                  spellCheck={false}
                  onPaste={(e) => {
                    // A pasted text past the large size goes to the summary, not into the field.
                    const pasted = e.clipboardData.getData('text/plain');
                    if (pasted.length <= LIMITS.largeText) return;
                    e.preventDefault();
                    props.onDraft({ ...withoutDetected(draft), text: pasted });
                  }}
                  onChange={(e) => props.onDraft({ ...(e.target.value.trim() ? draft : withoutDetected(draft)), text: e.target.value })}
                />
              )}
              {words > 0 ? <p className="hint count-line">{t('start.words', { count: words })}</p> : null}
              {detected?.header ? (
                // Shown as the file has them, as text: they describe the file, and the analysis leaves them out.
                <details className="file-header">
                  <summary>{t('start.headerLines', { count: detected.header.lines })}</summary>
                  <pre tabIndex={0}>{detected.header.text}</pre>
                </details>
              ) : null}
            </fieldset>

            {error('analyse')}

            {props.largeText ? (
              <div className="large-warning" role="alert">
                <p>{t('start.largeWarning', { size: millions(props.largeText.characters), wait: wait(props.largeText.seconds) })}</p>
                <div className="actions">
                  <button type="button" className="primary" onClick={props.onConfirmLarge}>
                    {t('start.largeAnalyse')}
                  </button>
                  <button type="button" onClick={props.onDismissLarge}>
                    {t('common.cancel')}
                  </button>
                </div>
              </div>
            ) : null}

            <div className="actions">
              <button type="submit" className="primary" disabled={empty || busy}>
                {t('start.analyse')}
              </button>
              {props.analysing ? (
                <span className="progress-line" role="status">
                  {props.analysing.progress ? (
                    <progress aria-label={t('start.analysing')} max={props.analysing.progress.total} value={props.analysing.progress.done} />
                  ) : (
                    <progress aria-label={t('start.analysing')} />
                  )}{' '}
                  {t('start.analysing')}
                  <button type="button" onClick={props.onCancel}>
                    {t('start.cancelAnalysis')}
                  </button>
                </span>
              ) : null}
            </div>
          </form>
        </section>

        <div className="start-side">
          <section className="panel sample" aria-labelledby="sample-heading">
            <h2 id="sample-heading">{t('start.sampleHeading')}</h2>
            <p>{t('start.sampleText')}</p>
            <button type="button" className="primary" onClick={props.onSample} disabled={busy}>
              {t('start.trySample')}
            </button>
          </section>
          <section className="panel" aria-labelledby="region-start-heading">
            <h2 id="region-start-heading">{t('region.startHeading')}</h2>
            <p>{t('region.startText')}</p>
            <button type="button" onClick={props.onRegion}>
              {t('region.startButton')}
            </button>
          </section>
          <section className="panel" aria-labelledby="open-heading">
            <h2 id="open-heading">{t('start.openHeading')}</h2>
            <p>{t('start.openText')}</p>
            <button type="button" onClick={props.onOpen} disabled={busy}>
              {t('start.open')}
            </button>
            {error('open')}
          </section>
          <section className="panel recent" aria-labelledby="recent-heading">
            <h2 id="recent-heading">{t('start.recentHeading')}</h2>
            {props.recent.length === 0 ? (
              <p className="hint">{t('start.recentNone')}</p>
            ) : (
              <ul className="recent-list">
                {props.recent.map((entry) => (
                  <li key={entry.id}>
                    <button type="button" className="recent-item" onClick={() => props.onOpenRecent(entry)} disabled={busy}>
                      <span className="recent-name">{entry.name}</span>
                      <span className="recent-when">{t('start.recentWhen', { time: formatDateTime(entry.at, i18n.language) })}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </main>
  );
}
