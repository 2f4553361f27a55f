/**
 * A new law coming in on the start screen: the draft (country, title, language, text), reading a document
 * chosen or dropped, the sample law, and the analysis that makes a new project of it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { projectFromAnalysis, type Project } from '../../core/project.js';
import { lawMetadata } from '../../core/segment/metadata.js';
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
      const meta = lawMetadata(source.text);
      onCreated(projectFromAnalysis(analysis, { text: source.text, file: source.file }, { country: source.country || meta.country, title: source.title || meta.title }));
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

  function takeImported(law: { file: string; text: string }) {
    const meta = lawMetadata(law.text);
    setDraft((d) => ({ ...d, text: law.text, file: law.file, country: d.country || meta.country || '', title: d.title || meta.title || '' }));
    announce(t('notice.imported', { file: law.file }));
  }

  async function importFile(file: File) {
    showFormError(undefined);
    setImporting({ file: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      takeImported(await platform.importLawFile({ name: file.name, bytes }, (progress) => setImporting({ file: file.name, progress })));
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
      if (law) takeImported(law);
    } catch (err) {
      showFormError(describe(err));
    } finally {
      setImporting(undefined);
    }
  }

  return { draft, setDraft, importing, analysing, analyseDraft, trySample, importFile, chooseFile };
}
