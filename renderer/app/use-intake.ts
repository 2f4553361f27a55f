/**
 * A new law coming in on the start screen: the draft (country, title, language, text), reading a document
 * chosen or dropped, the sample law, and the analysis that makes a new project of it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { projectFromAnalysis, type Project } from '../../core/project.js';
import { EMPTY_DRAFT, type Draft, type Importing } from '../components/StartScreen.js';
import type { Platform } from '../platform/types.js';
import type { Describe } from './describe.js';

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

export function useIntake({ platform, describe, announce, showFormError, guard, onCreated, showStart }: IntakeDeps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [importing, setImporting] = useState<Importing>();
  const [analysing, setAnalysing] = useState(false);

  async function analyse(source: { text: string; file: string; language: Draft['language']; country?: string; title?: string }) {
    setAnalysing(true);
    showFormError(undefined);
    announce(t('start.analysing'));
    try {
      const analysis = await platform.analyzeText({ text: source.text, file: source.file, language: source.language });
      // What the person typed, else the law's identity as the analysis read it.
      const { title, countryName, country } = analysis.source;
      onCreated(projectFromAnalysis(analysis, { text: source.text, file: source.file }, { country: source.country || countryName || country, title: source.title || title }));
    } catch (err) {
      showFormError(describe(err));
      announce('');
    } finally {
      setAnalysing(false);
    }
  }

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

  /** The text read from a document, with the title and country it states offered for the person to check. */
  async function takeImported(law: { file: string; text: string }) {
    // The engine's own reader of a law's identity (core/identity), loaded when a document comes in.
    const [{ lawIdentity }, { detectLanguage }] = await Promise.all([import('../../core/identity/index.js'), import('../../core/language.js')]);
    const identity = lawIdentity(law.text, detectLanguage(law.text), law.file);
    const country = identity.countryName ?? identity.country ?? '';
    setDraft((d) => ({ ...d, text: law.text, file: law.file, country: d.country || country, title: d.title || identity.title || '' }));
    announce(t('notice.imported', { file: law.file }));
  }

  async function importFile(file: File) {
    showFormError(undefined);
    setImporting({ file: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await takeImported(await platform.importLawFile({ name: file.name, bytes }, (progress) => setImporting({ file: file.name, progress })));
    } catch (err) {
      showFormError(describe(err));
    } finally {
      setImporting(undefined);
    }
  }

  async function chooseFile() {
    showFormError(undefined);
    showStart();
    setImporting({});
    try {
      const law = await platform.importLaw((progress) => setImporting((i) => ({ ...i, progress })));
      if (law) await takeImported(law);
    } catch (err) {
      showFormError(describe(err));
    } finally {
      setImporting(undefined);
    }
  }

  return { draft, setDraft, importing, analysing, analyseDraft, trySample, importFile, chooseFile };
}
