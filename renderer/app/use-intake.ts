/**
 * A new law coming in on the start screen: the draft (country, title, date, language, text), reading a document
 * chosen or dropped, the sample law, and the analysis that makes a new project of it. Every law starts from a
 * clean slate: what the previous file said of itself never carries over to the next one.
 */
import { useEffect, useRef, useState } from 'react';
import { LIMITS } from '../../core/limits.js';
import { useTranslation } from 'react-i18next';
import { projectFromAnalysis, type Project } from '../../core/project.js';
import { EMPTY_DRAFT, type Detected, type Draft, type ErrorAt, type Importing } from '../components/StartScreen.js';
import { Cancelled, type ImportedLaw, type ImportProgress, type Platform } from '../platform/types.js';
import type { Describe } from './describe.js';
import { identifyInEngine } from '../engine/client.js';

export interface IntakeDeps {
  platform: Platform;
  describe: Describe;
  announce(message: string): void;
  /** Shows an error on the start screen beside what caused it (undefined clears it). */
  showFormError(message: string | undefined, at?: ErrorAt): void;
  /** Runs `then` at once, or after asking about unsaved changes. */
  guard(then: () => void): void;
  /** A new project was made: open it (never saved yet). */
  onCreated(project: Project): void;
  /** The start screen is where a file being read shows its progress. */
  showStart(): void;
}

/**
 * What a file says of itself: the engine's readers of a law's identity, language and header, in the engine's worker
 * (detecting the language alone holds a thread for a tenth of a second).
 */
export async function detect(text: string, file: string): Promise<Detected> {
  const { identity, language, header } = await identifyInEngine(text, file);
  const country = identity.countryName ?? identity.country;
  return {
    language,
    ...(identity.title ? { title: identity.title } : {}),
    ...(country ? { country } : {}),
    ...(identity.date ? { date: identity.date } : {}),
    ...(header ? { header: { text: text.slice(0, header.end), lines: header.lines } } : {}),
  };
}

/**
 * The draft for a newly read file. What the person typed before giving any file stays; once a file was read, a new
 * file starts from a clean slate: its own title, country and date, or nothing (never the previous law's).
 */
export function draftForFile(previous: Draft, law: ImportedLaw, detected: Detected): Draft {
  const typed = (field: 'title' | 'country' | 'date') => (!previous.detected && previous[field].trim() ? previous[field] : undefined);
  return {
    ...EMPTY_DRAFT,
    language: previous.language,
    text: law.text,
    file: law.file,
    title: typed('title') ?? detected.title ?? '',
    country: typed('country') ?? detected.country ?? '',
    date: typed('date') ?? detected.date ?? '',
    detected,
    ...(law.warnings?.length ? { warnings: law.warnings } : {}),
  };
}

/**
 * The draft once lexgap has read what pasted or typed text says of itself. A field the person typed stays; one lexgap
 * filled before (or left empty) takes what this text says, so that a second paste never keeps the first one's title.
 */
export function draftForPaste(previous: Draft, detected: Detected): Draft {
  const field = (name: 'title' | 'country' | 'date') => {
    const typed = previous[name].trim() && previous[name] !== (previous.detected?.[name] ?? '');
    return typed ? previous[name] : (detected[name] ?? '');
  };
  return { ...previous, title: field('title'), country: field('country'), date: field('date'), detected };
}

/** How long typing must pause before pasted or typed text is read for its identity (a paste is one change). */
export const PASTE_DETECT_DELAY_MS = 300;

/** A law says who it is at its top: that much of a very large pasted text is read for its identity. */
export const PASTE_DETECT_CHARACTERS = 200_000;

/** A text far longer than a law, waiting for the person to say it should be analysed all the same. */
export interface LargeText {
  characters: number;
  /** The expected wait, in seconds, from the measured throughput (core/limits.ts). */
  seconds: number;
}

type Source = { text: string; file: string; language: Draft['language']; country?: string; title?: string; date?: string };

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

  /** Analyses the law; true once its project is made. */
  async function analyse(source: Source, confirmed = false): Promise<boolean> {
    // A text far past any law: say how large it is and how long it will take before taking that time.
    if (!confirmed && source.text.length > LIMITS.largeText) {
      setLargeText({ source, characters: source.text.length, seconds: Math.ceil(source.text.length / LIMITS.analyseCharsPerSecond) });
      return false;
    }
    setLargeText(undefined);
    const signal = begin();
    setAnalysing({});
    showFormError(undefined);
    announce(t('start.analysing'));
    try {
      const analysis = await platform.analyzeText({ text: source.text, file: source.file, language: source.language }, { signal, onProgress: (progress) => setAnalysing({ progress }) });
      // What the person typed or confirmed, else the law's identity as the analysis read it.
      const { title, countryName, country, date } = analysis.source;
      onCreated(
        projectFromAnalysis(analysis, { text: source.text, file: source.file }, { country: source.country || countryName || country, title: source.title || title, date: source.date || date }),
      );
      return true;
    } catch (err) {
      if (err instanceof Cancelled) announce(t('start.analysisCancelled'));
      else {
        showFormError(describe(err));
        announce('');
      }
      return false;
    } finally {
      setAnalysing(undefined);
    }
  }

  // Pasted or typed text gets what a file gets: its title, country, date, language and header lines, read in the
  // engine's worker for the person to confirm. A reading that comes after the text changed again is dropped.
  useEffect(() => {
    if (draft.file !== undefined || !draft.text.trim()) return;
    const text = draft.text;
    const timer = setTimeout(() => {
      detect(text.slice(0, PASTE_DETECT_CHARACTERS), t('start.pastedText')).then(
        (detected) => setDraft((d) => (d.text === text && d.file === undefined ? draftForPaste(d, detected) : d)),
        // Not read (the worker was stopped, or failed): the person fills the fields, as before.
        () => undefined,
      );
    }, PASTE_DETECT_DELAY_MS);
    return () => clearTimeout(timer);
    // Read again only when the text, or where it came from, changes.
  }, [draft.text, draft.file]);

  /** The large text is to be analysed after all, or not. */
  // The next law starts from a clean slate once this one is analysed.
  const confirmLarge = () => largeText && void analyse(largeText.source, true).then((done) => done && setDraft(EMPTY_DRAFT));
  const dismissLarge = () => setLargeText(undefined);
  const cancel = () => work.current?.abort();

  const analyseDraft = () =>
    guard(async () => {
      const done = await analyse({
        text: draft.text,
        file: draft.file ?? t('start.pastedText'),
        language: draft.language,
        country: draft.country.trim(),
        title: draft.title.trim(),
        date: draft.date.trim(),
      });
      // The next law starts from a clean slate.
      if (done) setDraft(EMPTY_DRAFT);
    });

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
   * The text read from a document, with the title, country, date and language it states offered for the person
   * to check, its header lines shown apart, and what they should know about how it was read (shown beside the
   * text until dismissed or another law comes).
   */
  async function takeImported(law: ImportedLaw) {
    const detected = await detect(law.text, law.file);
    setDraft((d) => draftForFile(d, law, detected));
    announce(t('notice.imported', { file: law.file }));
  }

  /** A reading ended: cancelled by the person (said, not raised), or failed. */
  const readingFailed = (err: unknown) => (err instanceof Cancelled ? announce(t('start.readingCancelled')) : showFormError(describe(err), 'file'));

  async function importFile(file: File) {
    showFormError(undefined);
    setLargeText(undefined);
    const signal = begin();
    setImporting({ file: file.name });
    try {
      await takeImported(await platform.importLawFile({ name: file.name, bytes: file }, (progress) => setImporting({ file: file.name, progress }), signal));
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
