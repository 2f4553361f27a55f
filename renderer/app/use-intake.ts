/**
 * A new law coming in on the start screen: the draft (country, title, language, text), reading a document
 * chosen or dropped, the sample law, and the analysis that makes a new project of it.
 */
import { useRef, useState } from 'react';
import { LIMITS } from '../../core/limits.js';
import { useTranslation } from 'react-i18next';
import { projectFromAnalysis, type Project } from '../../core/project.js';
import { EMPTY_DRAFT, type Draft, type Importing } from '../components/StartScreen.js';
import { Cancelled, type ImportedLaw, type ImportProgress, type Platform } from '../platform/types.js';
import type { Describe } from './describe.js';
import { identifyInEngine } from '../engine/client.js';

export interface IntakeDeps {
  platform: Platform;
  describe: Describe;
  announce(message: string): void;
  showFormError(message: string | undefined): void;
  /** Runs `then` at once, or after asking about unsaved changes. */
  guard(then: () => void): void;
  /** A new project was made: open it (never saved yet). */
  onCreated(project: Project): void;
  /** The start screen is where a file being read shows its progress. */
  showStart(): void;
}

/** A text far longer than a law, waiting for the person to say it should be analysed all the same. */
export interface LargeText {
  characters: number;
  /** The expected wait, in seconds, from the measured throughput (core/limits.ts). */
  seconds: number;
}

type Source = { text: string; file: string; language: Draft['language']; country?: string; title?: string };

export function useIntake({ platform, describe, announce, showFormError, guard, onCreated, showStart }: IntakeDeps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [importing, setImporting] = useState<Importing>();
  const [analysing, setAnalysing] = useState<{ progress?: ImportProgress }>();
  const [largeText, setLargeText] = useState<LargeText & { source: Source }>();
  /** Stops the reading or the analysis under way (and the worker doing it). */
  const work = useRef<AbortController>(undefined);
  const begin = () => {
    work.current?.abort();
    work.current = new AbortController();
    return work.current.signal;
  };

  async function analyse(source: Source, confirmed = false) {
    // A text far past any law: say how large it is and how long it will take before taking that time.
    if (!confirmed && source.text.length > LIMITS.largeText) {
      setLargeText({ source, characters: source.text.length, seconds: Math.ceil(source.text.length / LIMITS.analyseCharsPerSecond) });
      return;
    }
    setLargeText(undefined);
    const signal = begin();
    setAnalysing({});
    showFormError(undefined);
    announce(t('start.analysing'));
    try {
      const analysis = await platform.analyzeText({ text: source.text, file: source.file, language: source.language }, { signal, onProgress: (progress) => setAnalysing({ progress }) });
      // What the person typed, else the law's identity as the analysis read it.
      const { title, countryName, country } = analysis.source;
      onCreated(projectFromAnalysis(analysis, { text: source.text, file: source.file }, { country: source.country || countryName || country, title: source.title || title }));
    } catch (err) {
      if (err instanceof Cancelled) announce(t('start.analysisCancelled'));
      else {
        showFormError(describe(err));
        announce('');
      }
    } finally {
      setAnalysing(undefined);
    }
  }

  /** The large text is to be analysed after all, or not. */
  const confirmLarge = () => largeText && void analyse(largeText.source, true);
  const dismissLarge = () => setLargeText(undefined);
  const cancel = () => work.current?.abort();

  const analyseDraft = () =>
    guard(() => void analyse({ text: draft.text, file: draft.file ?? t('start.pastedText'), language: draft.language, country: draft.country.trim(), title: draft.title.trim() }));

  const trySample = () =>
    guard(async () => {
      try {
        const sample = await platform.getSampleLaw();
        await analyse({ text: sample.text, file: sample.file, language: 'auto' });
      } catch (err) {
        showFormError(describe(err));
      }
    });

  /**
   * The text read from a document, with the title and country it states offered for the person to check, and
   * what they should know about how it was read (shown beside the text until dismissed or another law comes).
   */
  async function takeImported(law: ImportedLaw) {
    // The engine's own reader of a law's identity (core/identity), in its worker: detecting the language alone
    // holds a thread for a tenth of a second.
    const identity = await identifyInEngine(law.text, law.file);
    const country = identity.countryName ?? identity.country ?? '';
    setDraft((d) => ({ ...d, text: law.text, file: law.file, country: d.country || country, title: d.title || identity.title || '', warnings: law.warnings?.length ? law.warnings : undefined }));
    announce(t('notice.imported', { file: law.file }));
  }

  /** A reading ended: cancelled by the person (said, not raised), or failed. */
  const readingFailed = (err: unknown) => (err instanceof Cancelled ? announce(t('start.readingCancelled')) : showFormError(describe(err)));

  async function importFile(file: File) {
    showFormError(undefined);
    setLargeText(undefined);
    const signal = begin();
    setImporting({ file: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await takeImported(await platform.importLawFile({ name: file.name, bytes }, (progress) => setImporting({ file: file.name, progress }), signal));
    } catch (err) {
      readingFailed(err);
    } finally {
      setImporting(undefined);
    }
  }

  async function chooseFile() {
    showFormError(undefined);
    showStart();
    setLargeText(undefined);
    const signal = begin();
    setImporting({});
    try {
      const law = await platform.importLaw((progress) => setImporting((i) => ({ ...i, progress })), signal);
      if (law) await takeImported(law);
    } catch (err) {
      readingFailed(err);
    } finally {
      setImporting(undefined);
    }
  }

  const dismissWarnings = () => setDraft((d) => ({ ...d, warnings: undefined }));

  return { draft, setDraft, importing, analysing, largeText, confirmLarge, dismissLarge, cancel, analyseDraft, trySample, importFile, chooseFile, dismissWarnings };
}
