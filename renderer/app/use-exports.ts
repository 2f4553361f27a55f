/** Writing an export (a report, CSV, JSON, a project or comparison file) through the platform, one at a time. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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

  return { exporting, exportAs };
}
