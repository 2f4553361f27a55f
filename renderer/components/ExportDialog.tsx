import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_LANGUAGES, type Paper, type ReportLanguage } from '../../core/report/index.js';
import { Dialog } from './Dialog.js';

export interface ExportDialogProps {
  uiLanguage: ReportLanguage;
  /** The law's language, when a report can be written in it. */
  lawLanguage?: ReportLanguage;
  busy?: string;
  onReport(lang: ReportLanguage, paper: Paper): void;
  onCsv(): void;
  onJson(): void;
  /** The web version only: the project as a .lexgap file, to take to the desktop app or send to a colleague. */
  onProjectFile?: () => void;
  onClose(): void;
}

/** The exports: the Word report (in any language lexgap writes, the interface's and the law's first; A4 or Letter), CSV and JSON. */
export function ExportDialog(props: ExportDialogProps) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<ReportLanguage>(props.uiLanguage);
  const [paper, setPaper] = useState<Paper>(() => (navigator.language === 'en-US' || navigator.language.startsWith('es-MX') ? 'letter' : 'a4'));
  const name = useId();
  const paperName = useId();
  const first: ReportLanguage[] = [props.uiLanguage, ...(props.lawLanguage && props.lawLanguage !== props.uiLanguage ? [props.lawLanguage] : [])];
  const languages: ReportLanguage[] = [...first, ...REPORT_LANGUAGES.filter((l) => !first.includes(l))];
  const whose = (l: ReportLanguage) => (l === props.uiLanguage ? t('export.uiLanguage') : l === props.lawLanguage ? t('export.lawLanguage') : undefined);
  const busy = !!props.busy;
  return (
    <Dialog title={t('export.heading')} onClose={props.onClose} className="export-dialog">
      <section className="export-section" aria-labelledby="export-report-heading">
        <h3 id="export-report-heading">{t('export.report')}</h3>
        <p className="hint">{t('export.reportHint')}</p>
        <fieldset>
          <legend>{t('export.reportLanguage')}</legend>
          {languages.map((l) => (
            <label key={l} className="choice">
              <input type="radio" name={name} value={l} checked={lang === l} onChange={() => setLang(l)} />
              {t(`language.${l}`)} {whose(l) ? <span className="hint">({whose(l)})</span> : null}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('export.paper')}</legend>
          {(['a4', 'letter'] as const).map((p) => (
            <label key={p} className="choice">
              <input type="radio" name={paperName} value={p} checked={paper === p} onChange={() => setPaper(p)} />
              {t(`export.${p}`)}
            </label>
          ))}
        </fieldset>
        <button type="button" className="primary" disabled={busy} onClick={() => props.onReport(lang, paper)}>
          {t('export.writeReport')}
        </button>
      </section>
      <section className="export-section" aria-labelledby="export-data-heading">
        <h3 id="export-data-heading">{t('export.data')}</h3>
        <p className="hint">{t('export.dataHint')}</p>
        <div className="actions">
          <button type="button" disabled={busy} onClick={props.onCsv}>
            {t('export.csv')}
          </button>
          <button type="button" disabled={busy} onClick={props.onJson}>
            {t('export.json')}
          </button>
          {props.onProjectFile ? (
            <button type="button" disabled={busy} onClick={props.onProjectFile}>
              {t('export.project')}
            </button>
          ) : null}
        </div>
      </section>
      {props.busy ? (
        <p className="progress-line" role="status">
          <progress aria-label={props.busy} /> {props.busy}
        </p>
      ) : null}
    </Dialog>
  );
}
