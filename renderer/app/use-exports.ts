/** Writing an export (a report, CSV, JSON, a project or comparison file) through the platform, one at a time. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../core/project.js';
import type { Paper, ReportLanguage } from '../../core/report/index.js';
import { baseName, csvBytes, jsonBytes, reportBytes, reportFileName } from '../exports.js';
import type { ExportKind, Platform } from '../platform/types.js';
import type { Describe } from './describe.js';

export type ExportAs = (kind: ExportKind, make: () => Promise<Uint8Array> | Uint8Array, name: string, busyText: string) => Promise<void>;

export function useExports(platform: Platform, describe: Describe, announce: (message: string) => void, showError: (message: string | undefined) => void, onDone: () => void) {
  const { t } = useTranslation();
  /** What is being written, in words, while it is. */
  const [exporting, setExporting] = useState<string>();

  const exportAs: ExportAs = async (kind, make, name, busyText) => {
    setExporting(busyText);
    showError(undefined);
    try {
      const written = await platform.exportFile(kind, name, await make());
      if (written) {
        announce(t('notice.exported', { name: written }));
        onDone();
      }
    } catch (err) {
      showError(describe(err));
      onDone();
    } finally {
      setExporting(undefined);
    }
  };

  /** The open project's exports: the Word report, the CSV, the JSON, and (on the web) the project file. */
  const project = (open: Project | undefined) =>
    open && {
      report: (lang: ReportLanguage, paper: Paper) => void exportAs('docx', () => reportBytes(open, lang, paper), reportFileName(open, lang), t('export.writing')),
      csv: () => void exportAs('csv', () => csvBytes(open), `${baseName(open)}-findings.csv`, t('export.writingData')),
      json: () => void exportAs('json', () => jsonBytes(open), `${baseName(open)}-analysis.json`, t('export.writingData')),
      file: () =>
        void exportAs('json', async () => new TextEncoder().encode((await import('../../core/project.js')).serializeProject(open)), `${baseName(open)}.lexgap`, t('export.writingData')),
    };

  return { exporting, exportAs, project };
}
