/**
 * The regional workspace: several laws, each with its own review, side by side. The matrix puts the Protocol's
 * elements (rows, by article) against the laws (columns), each status in words and shape; filters narrow it to an
 * article, a kind of obligation, the rows where the laws differ or the gaps they share. Harmonization notes say,
 * article by article, where laws fall short together and which law offers a model. A cell opens that law's finding.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../core/limits.js';
import type { Paper, ReportLanguage } from '../../core/report/index.js';
import { TIERS, type Tier } from '../../model-law/index.js';
import type { UiLanguage } from '../i18n/index.js';
import { regionResults, sharedGaps, SHARED_RULES, type RegionLaw, type RegionView, type SharedRule } from '../region.js';
import type { RegionNote, RegionPlace } from '../app/use-region.js';
import { presentLaw } from '../review/presentation.js';
import { getCatalogue } from '../review/view.js';
import { CoverageBoard, PresentationView } from './CoverageBoard.js';
import { StatusBadge } from './StatusBadge.js';

export interface RegionScreenProps {
  laws: RegionLaw[];
  view?: RegionView;
  lang: UiLanguage;
  /** The name of the project open in the workspace, when it is not in the comparison yet. */
  openProjectName?: string;
  onAddOpen(): void;
  onAddSample(): void;
  onAddFile(): void;
  onAddText(text: string, country: string): Promise<boolean>;
  onRemove(key: string): void;
  /** Names a law of the comparison (its title); an empty title gives back the one read from the law. */
  onRename(key: string, title: string): void;
  onOpenCell(key: string, element: string): void;
  /** Work under way, shown beside the control that started it. */
  busy?: RegionNote;
  /** What went wrong, shown beside the control that caused it. */
  error?: RegionNote;
  onDismissError(): void;
  exporting?: string;
  onReport(lang: ReportLanguage, paper: Paper): void;
  onCsv(): void;
  onJson(): void;
  /** The platform keeps the comparison across visits (autosave); otherwise the screen says it is for this visit only. */
  kept: boolean;
  /** Saves the comparison as a file (core/region.ts). */
  onSaveFile(): void;
  /** Opens a saved comparison file, adding its laws; absent where the platform cannot open one. */
  onOpenFile?(): void;
}

interface MatrixFilters {
  article: string;
  tier: 'all' | Tier;
  differ: boolean;
  shared: boolean;
}

const RULE_WORDS: Record<SharedRule, 'GapTwo' | 'GapEvery' | 'MissingTwo' | 'MissingEvery'> = {
  'gap-two': 'GapTwo',
  'gap-every': 'GapEvery',
  'missing-two': 'MissingTwo',
  'missing-every': 'MissingEvery',
};

const NO_FILTERS: MatrixFilters = { article: 'all', tier: 'all', differ: false, shared: false };

export function RegionScreen(props: RegionScreenProps) {
  const { t } = useTranslation();
  const { laws, view, lang } = props;
  const [text, setText] = useState('');
  const [country, setCountry] = useState('');
  const [filters, setFilters] = useState<MatrixFilters>(NO_FILTERS);
  const [reportLang, setReportLang] = useState<ReportLanguage>(lang);
  const [paper, setPaper] = useState<Paper>(() => (navigator.language === 'en-US' || navigator.language.startsWith('es-MX') ? 'letter' : 'a4'));
  const ids = { text: useId(), country: useId(), article: useId(), tier: useId(), reportLang: useId(), paper: useId(), rule: useId(), rename: useId(), error: useId() };
  const [rule, setRule] = useState<SharedRule>('gap-two');
  const [renaming, setRenaming] = useState<{ key: string; title: string }>();
  const [presenting, setPresenting] = useState(false);
  const busy = !!props.busy;
  const catalogue = getCatalogue();
  const elements = new Map(catalogue.elements.map((e) => [e.id, e]));
  const articles = new Map(catalogue.articles.map((a) => [a.number, a]));
  const set = (patch: Partial<MatrixFilters>) => setFilters((f) => ({ ...f, ...patch }));

  const comparison = view?.comparison;
  const shared = useMemo(() => (comparison ? sharedGaps(comparison, rule) : new Set<string>()), [comparison, rule]);
  const presented = useMemo(() => (comparison ? regionResults(comparison).map((law) => presentLaw(law, catalogue)) : []), [comparison, catalogue]);
  const rows =
    comparison?.rows.filter((r) => {
      const e = elements.get(r.id);
      if (filters.article !== 'all' && String(r.article) !== filters.article) return false;
      if (filters.tier !== 'all' && e?.tier !== filters.tier) return false;
      if (filters.differ && new Set(r.statuses).size < 2) return false;
      if (filters.shared && !shared.has(r.id)) return false;
      return true;
    }) ?? [];
  const groups = [...new Set(rows.map((r) => r.article))].map((article) => ({ article, rows: rows.filter((r) => r.article === article) }));
  const shownArticles = new Set(groups.map((g) => g.article));
  const filtered = filters.article !== 'all' || filters.tier !== 'all' || filters.differ || filters.shared;
  const nameOf = (i: number) => comparison?.laws[i]?.name ?? '';
  const names = (indices: number[]) => indices.map(nameOf).join(', ');

  /** Arrow keys move between the matrix's cells, as in a spreadsheet. */
  const onGridKey = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const row = Number(target.dataset.row);
    const col = Number(target.dataset.col);
    if (Number.isNaN(row) || Number.isNaN(col)) return;
    const move: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const step = move[event.key];
    if (!step) return;
    const next = event.currentTarget.querySelector<HTMLElement>(`[data-row="${row + step[0]}"][data-col="${col + step[1]}"]`);
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  /** The progress and the error that belong `at` this place of the screen, if any. */
  const notesAt = (at: RegionPlace) => (
    <>
      {props.busy?.at === at ? (
        <p className="progress-line" role="status">
          <progress aria-label={props.busy.message} /> {props.busy.message}
        </p>
      ) : null}
      {props.error?.at === at ? (
        <div className="form-error" role="alert" id={ids.error}>
          <p>{props.error.message}</p>
          <button type="button" className="link" onClick={props.onDismissError}>
            {t('common.dismiss')}
          </button>
        </div>
      ) : null}
    </>
  );
  /** The controls that caused the error on show are described by it. */
  const describedAt = (at: RegionPlace) => (props.error?.at === at ? { 'aria-describedby': ids.error } : {});

  let rowIndex = 0;
  if (presenting && comparison) return <PresentationView title={t('present.regionHeading')} laws={presented} lang={lang} onClose={() => setPresenting(false)} />;
  return (
    <main className="region" id="main" aria-labelledby="region-heading">
      <div className="dashboard-head">
        <h1 id="region-heading">{t('region.heading')}</h1>
        <p className="lede">{t('region.intro')}</p>
        <p className="hint">{t(props.kept ? 'region.keptNote' : 'region.memoryNote')}</p>
      </div>

      <div className="region-top">
        <section className="panel region-laws" aria-labelledby="region-laws-heading">
          <h2 id="region-laws-heading">{t('region.lawsHeading', { n: laws.length })}</h2>
          {laws.length === 0 ? (
            <p className="hint">{t('region.none')}</p>
          ) : (
            <ol className="region-law-list">
              {laws.map((l, i) => (
                <li key={l.key}>
                  <span className="region-law-name">{comparison?.laws[i]?.name ?? l.project.law.file}</span>
                  {renaming?.key === l.key ? (
                    <form
                      className="region-rename"
                      onSubmit={(event) => {
                        event.preventDefault();
                        props.onRename(l.key, renaming.title);
                        setRenaming(undefined);
                      }}
                    >
                      <label htmlFor={ids.rename}>{t('region.renameLabel')}</label>
                      <input id={ids.rename} value={renaming.title} maxLength={LIMITS.title} autoFocus onChange={(e) => setRenaming({ key: l.key, title: e.target.value })} />
                      <button type="submit">{t('region.renameKeep')}</button>
                      <button type="button" className="link" onClick={() => setRenaming(undefined)}>
                        {t('common.cancel')}
                      </button>
                    </form>
                  ) : (
                    <span className="hint region-law-title" title={comparison?.laws[i]?.title}>
                      {comparison?.laws[i]?.title}
                    </span>
                  )}
                  {renaming?.key === l.key ? null : (
                    <button type="button" className="link" onClick={() => setRenaming({ key: l.key, title: comparison?.laws[i]?.title ?? '' })} aria-label={t('region.renameNamed', { name: nameOf(i) })}>
                      {t('region.rename')}
                    </button>
                  )}
                  <button type="button" className="link" onClick={() => props.onRemove(l.key)} aria-label={t('region.removeNamed', { name: nameOf(i) })}>
                    {t('region.remove')}
                  </button>
                </li>
              ))}
            </ol>
          )}
          <div className="actions" {...describedAt('laws')}>
            {props.openProjectName ? (
              <button type="button" onClick={props.onAddOpen} disabled={busy}>
                {t('region.addOpen', { name: props.openProjectName })}
              </button>
            ) : null}
            <button type="button" onClick={props.onAddSample} disabled={busy}>
              {t('region.addSample')}
            </button>
            <button type="button" onClick={props.onAddFile} disabled={busy}>
              {t('region.addFile')}
            </button>
            {props.onOpenFile ? (
              <button type="button" onClick={props.onOpenFile} disabled={busy}>
                {t('region.openFile')}
              </button>
            ) : null}
          </div>
          {notesAt('laws')}
        </section>

        <section className="panel region-add" aria-labelledby="region-add-heading">
          <h2 id="region-add-heading">{t('region.addHeading')}</h2>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!text.trim() || busy) return;
              void props.onAddText(text, country.trim()).then((added) => {
                if (added) {
                  setText('');
                  setCountry('');
                }
              });
            }}
          >
            <div className="field">
              <label htmlFor={ids.country}>{t('start.country')}</label>
              <input id={ids.country} value={country} maxLength={LIMITS.country} onChange={(e) => setCountry(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={ids.text}>{t('region.pasteLabel')}</label>
              <textarea id={ids.text} dir="auto" rows={3} value={text} onChange={(e) => setText(e.target.value)} {...describedAt('paste')} />
            </div>
            <button type="submit" className="primary" disabled={busy || !text.trim()}>
              {t('region.addText')}
            </button>
          </form>
          {notesAt('paste')}
        </section>
        {comparison ? (
          <section className="panel region-export" aria-labelledby="region-export-heading">
            <h2 id="region-export-heading">{t('region.exportHeading')}</h2>
            <div className="region-export-row">
              <div className="field">
                <label htmlFor={ids.reportLang}>{t('export.reportLanguage')}</label>
                <select id={ids.reportLang} value={reportLang} onChange={(e) => setReportLang(e.target.value as ReportLanguage)}>
                  {(['en', 'fr', 'es'] as const).map((l) => (
                    <option key={l} value={l}>
                      {t(`language.${l}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={ids.paper}>{t('export.paper')}</label>
                <select id={ids.paper} value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
                  <option value="a4">{t('export.a4')}</option>
                  <option value="letter">{t('export.letter')}</option>
                </select>
              </div>
              <button type="button" className="primary" disabled={!!props.exporting} onClick={() => props.onReport(reportLang, paper)}>
                {t('region.writeReport')}
              </button>
              <button type="button" disabled={!!props.exporting} onClick={props.onCsv}>
                {t('export.csv')}
              </button>
              <button type="button" disabled={!!props.exporting} onClick={props.onJson}>
                {t('export.json')}
              </button>
              <button type="button" disabled={!!props.exporting} onClick={props.onSaveFile}>
                {t('region.saveFile')}
              </button>
            </div>
            {props.exporting ? (
              <p className="progress-line" role="status">
                <progress aria-label={props.exporting} /> {props.exporting}
              </p>
            ) : null}
          </section>
        ) : null}
      </div>

      {comparison ? (
        <>
          <section className="panel region-board" aria-labelledby="region-board-heading">
            <div className="head-with-action">
              <h2 id="region-board-heading">{t('present.regionHeading')}</h2>
              <button type="button" onClick={() => setPresenting(true)}>
                {t('present.open')}
              </button>
            </div>
            <CoverageBoard laws={presented} lang={lang} />
          </section>

          <section className="panel region-matrix" aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">{t('region.matrixHeading')}</h2>
            <div className="filters region-filters">
              <div className="filter">
                <label htmlFor={ids.article}>{t('list.article')}</label>
                <select id={ids.article} value={filters.article} onChange={(e) => set({ article: e.target.value })}>
                  <option value="all">{t('list.all')}</option>
                  {[...new Set(comparison.rows.map((r) => r.article))].map((a) => (
                    <option key={a} value={String(a)}>
                      {t('list.articleNumber', { number: a })}
                    </option>
                  ))}
                </select>
              </div>
              <div className="filter">
                <label htmlFor={ids.tier}>{t('list.tier')}</label>
                <select id={ids.tier} value={filters.tier} onChange={(e) => set({ tier: e.target.value as MatrixFilters['tier'] })}>
                  <option value="all">{t('list.all')}</option>
                  {TIERS.filter((tier) => comparison.rows.some((r) => elements.get(r.id)?.tier === tier)).map((tier) => (
                    <option key={tier} value={tier}>
                      {t(`tier.${tier}`)}
                    </option>
                  ))}
                </select>
              </div>
              <label className="choice">
                <input type="checkbox" checked={filters.differ} onChange={(e) => set({ differ: e.target.checked })} />
                {t('region.onlyDiffer')}
              </label>
              <label className="choice">
                <input type="checkbox" checked={filters.shared} onChange={(e) => set({ shared: e.target.checked })} />
                {t('region.onlyShared')}
              </label>
              <div className="filter">
                <label htmlFor={ids.rule}>{t('region.sharedRule')}</label>
                <select id={ids.rule} value={rule} onChange={(e) => setRule(e.target.value as SharedRule)}>
                  {SHARED_RULES.map((r) => (
                    <option key={r} value={r}>
                      {t(`region.sharedRule${RULE_WORDS[r]}`)}
                    </option>
                  ))}
                </select>
              </div>
              {filtered ? (
                <button type="button" className="link" onClick={() => setFilters(NO_FILTERS)}>
                  {t('list.clear')}
                </button>
              ) : null}
            </div>
            <p className="hint" role="status">
              {t('region.showing', { shown: rows.length, total: comparison.rows.length })}
            </p>
            <ul className="legend" aria-label={t('dashboard.legend')}>
              {(['covered', 'partial', 'missing', 'not-applicable'] as const).map((s) => (
                <li key={s}>
                  <StatusBadge status={s} />
                </li>
              ))}
            </ul>
            <div className="matrix-scroll">
              <table className="matrix" onKeyDown={onGridKey}>
                <caption className="visually-hidden">{t('region.matrixCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('region.elementColumn')}</th>
                    {comparison.laws.map((l) => (
                      <th scope="col" key={l.sha256 + l.name} title={l.title}>
                        {l.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                {groups.map((g) => (
                  <tbody key={g.article}>
                    <tr className="matrix-article">
                      <th scope="colgroup" colSpan={comparison.laws.length + 1}>
                        {t('list.articleGroup', { number: g.article, title: articles.get(g.article)?.title[lang].text ?? '' })}
                      </th>
                    </tr>
                    {g.rows.map((r) => {
                      const e = elements.get(r.id);
                      const index = rowIndex++;
                      return (
                        <tr key={r.id} className={shared.has(r.id) ? 'shared-gap' : undefined}>
                          <th scope="row">
                            <span className="provision-ref">{e?.ref ?? r.id}</span> <span className="matrix-title">{e?.title[lang]}</span>
                            {shared.has(r.id) ? <span className="shared-tag">{t('region.sharedTag')}</span> : null}
                          </th>
                          {r.statuses.map((s, i) => (
                            <td key={i}>
                              <button
                                type="button"
                                className="matrix-cell"
                                data-row={index}
                                data-col={i}
                                tabIndex={index === 0 && i === 0 ? 0 : -1}
                                onClick={() => props.onOpenCell(laws[i]!.key, r.id)}
                                title={t('region.openCell', { name: nameOf(i), ref: e?.ref ?? r.id })}
                              >
                                <StatusBadge status={s} />
                                {r.findings[i]?.decision ? <span className="visually-hidden"> ({t('review.reviewedMark')})</span> : null}
                              </button>
                            </td>
                          ))}
                        </tr>
                      );
                    })}
                  </tbody>
                ))}
              </table>
            </div>
            {rows.length === 0 ? <p className="hint">{t('region.noRows')}</p> : null}
          </section>

          <section className="panel region-notes" aria-labelledby="notes-heading">
            <h2 id="notes-heading">{t('region.notesHeading')}</h2>
            {laws.length < 2 ? <p className="hint">{t('region.notesNeedTwo')}</p> : null}
            {laws.length >= 2
              ? view!.notes
                  .map((n) => ({ ...n, sharedGaps: n.sharedGaps.filter((g) => shared.has(g.element)) }))
                  .filter((n) => shownArticles.has(n.article) && (n.sharedGaps.length || n.models.length))
                  .map((n) => (
                    <section key={n.article} className="region-note" aria-labelledby={`note-${n.article}`}>
                      <h3 id={`note-${n.article}`}>{t('list.articleGroup', { number: n.article, title: articles.get(n.article)?.title[lang].text ?? '' })}</h3>
                      {n.sharedGaps.length ? (
                        <>
                          <h4>{t('region.sharedGaps')}</h4>
                          <ul>
                            {n.sharedGaps.map((gap) => (
                              <li key={gap.element}>
                                <strong>{elements.get(gap.element)?.ref}</strong> {elements.get(gap.element)?.title[lang]}:{' '}
                                {gap.everyLaw ? t('region.gapEvery', { laws: names(gap.laws) }) : t('region.gapSome', { laws: names(gap.laws) })}
                              </li>
                            ))}
                          </ul>
                        </>
                      ) : null}
                      {n.models.length ? (
                        <>
                          <h4>{t('region.models')}</h4>
                          <ul>
                            {n.models.map((m) => (
                              <li key={m.element}>
                                <strong>{elements.get(m.element)?.ref}</strong> {elements.get(m.element)?.title[lang]}:{' '}
                                {t('region.model', { law: nameOf(m.law), clause: m.clause.label, laws: names(m.gapIn) })}
                                {/* The model clause itself, as the law words it (text, never HTML). */}
                                <details className="model-clause">
                                  <summary>{t('region.clauseText', { clause: m.clause.label, law: nameOf(m.law) })}</summary>
                                  <blockquote>{m.clause.text}</blockquote>
                                </details>
                              </li>
                            ))}
                          </ul>
                        </>
                      ) : null}
                    </section>
                  ))
              : null}
          </section>
        </>
      ) : null}
    </main>
  );
}
