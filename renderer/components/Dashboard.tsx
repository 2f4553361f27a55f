/**
 * Coverage at a glance, for a room and a projector: totals, then bars by tier and by article, then the Model Law
 * chapters. Each status has a pattern and a word as well as a colour, and every bar carries its numbers.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editionWords, rollupSentences } from '../../core/report/catalogue-words.js';
import { reportWords } from '../../core/report/words.js';
import { projectName, type Project } from '../../core/project.js';
import type { ReviewStatus } from '../../core/types.js';
import type { UiLanguage } from '../i18n/index.js';
import { presentLaw } from '../review/presentation.js';
import { getCatalogue, REVIEW_STATUSES, total, type Counts, type ProjectView } from '../review/view.js';
import { Legend, PresentationView } from './CoverageBoard.js';
import { StatusBadge } from './StatusBadge.js';

export interface DashboardProps {
  project: Project;
  view: ProjectView;
  lang: UiLanguage;
  onShowArticle(article: number): void;
  onShowTier(tier: string): void;
}

export function Dashboard({ project, view, lang, onShowArticle, onShowTier }: DashboardProps) {
  const { t } = useTranslation();
  const all = total(view.counts);
  const shown = REVIEW_STATUSES.filter((s) => s !== 'not-applicable' || view.counts['not-applicable'] > 0);
  const words = reportWords(lang);
  const statusOf = new Map(view.rows.map((r) => [r.element.id, r.finding.status]));
  const [presenting, setPresenting] = useState(false);
  const name = projectName(project);
  const presented = useMemo(() => (presenting ? [presentLaw({ name, status: statusOf }, getCatalogue())] : []), [presenting, view, name]);
  if (presenting) return <PresentationView title={name} laws={presented} lang={lang} onClose={() => setPresenting(false)} />;
  return (
    <main className="dashboard" id="main" aria-labelledby="dashboard-heading">
      <div className="dashboard-head">
        <div className="head-with-action">
          <h1 id="dashboard-heading">{t('dashboard.heading')}</h1>
          <button type="button" onClick={() => setPresenting(true)}>
            {t('present.open')}
          </button>
        </div>
        <p className="lede">
          {t('dashboard.intro', { count: all, reviewed: view.reviewed, law: project.meta.title ?? project.law.file })}
        </p>
      </div>

      <section aria-labelledby="totals-heading" className="totals">
        <h2 id="totals-heading" className="visually-hidden">
          {t('dashboard.totals')}
        </h2>
        <ul className="total-tiles">
          {shown.map((s) => (
            <li key={s} className={`tile tile-${s}`}>
              <span className={`swatch fill-${s}`} aria-hidden="true" />
              <span className="tile-number">{view.counts[s]}</span>
              <span className="tile-label">{t(`status.${s}`)}</span>
              <span className="tile-share">{t('dashboard.share', { percent: all ? Math.round((view.counts[s] / all) * 100) : 0 })}</span>
            </li>
          ))}
        </ul>
      </section>

      <div className="charts">
        <section className="panel chart-panel" aria-labelledby="by-tier-heading">
          <h2 id="by-tier-heading">{t('dashboard.byTier')}</h2>
          <ChartTable
            caption={t('dashboard.byTier')}
            head={t('dashboard.tierColumn')}
            statuses={shown}
            rows={view.byTier.map((r) => ({ key: r.tier, label: t(`tier.${r.tier}`), counts: r.counts, onShow: () => onShowTier(r.tier) }))}
          />
          {view.rollups.map((g) => (
            <div key={g.rollup.id} className="rollup-note">
              <p className="hint">{t('dashboard.rollups')}</p>
              <p>
                <StatusBadge status={g.status} /> {rollupSentences(g.rollup, getCatalogue(), statusOf, words)[0]}
              </p>
            </div>
          ))}
        </section>
        <section className="panel chart-panel" aria-labelledby="by-article-heading">
          <h2 id="by-article-heading">{t('dashboard.byArticle')}</h2>
          <ChartTable
            caption={t('dashboard.byArticle')}
            head={t('dashboard.articleColumn')}
            statuses={shown}
            rows={view.byArticle.map((r) => ({
              key: String(r.article.number),
              label: t('dashboard.article', { number: r.article.number, title: r.article.title[lang].text }),
              counts: r.counts,
              onShow: () => onShowArticle(r.article.number),
            }))}
          />
        </section>
      </div>

      <section className="panel chapters-panel" aria-labelledby="chapters-heading">
        <h2 id="chapters-heading">{t('dashboard.chapters')}</h2>
        <p className="hint">
          {t('dashboard.edition', editionWords(getCatalogue(), words))} {t('dashboard.chaptersIntro')}
        </p>
        <ul className="chapter-grid">
          {view.chapters.map((g) => (
            <li key={g.key} className={`chapter-card chapter-${g.status}`}>
              <span className="chapter-name">
                {t('detail.chapter', { numeral: g.chapter.numeral, title: g.chapter.title[lang] })}
              </span>
              <StatusBadge status={g.status} />
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

interface ChartRow {
  key: string;
  label: string;
  counts: Counts;
  onShow(): void;
}

function ChartTable({ caption, head, statuses, rows }: { caption: string; head: string; statuses: ReviewStatus[]; rows: ChartRow[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Legend statuses={statuses} />
      <table className="chart">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col">{t('dashboard.coverage')}</th>
            {statuses.map((s) => (
              <th scope="col" key={s} className="num">
                {t(`status.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const n = total(r.counts);
            return (
              <tr key={r.key}>
                <th scope="row">
                  <button type="button" className="link row-link" onClick={r.onShow}>
                    {r.label}
                  </button>
                </th>
                <td className="bar-cell">
                  <div className="bar" aria-hidden="true">
                    {statuses
                      .filter((s) => r.counts[s] > 0)
                      .map((s) => (
                        <span key={s} className={`bar-part fill-${s}`} style={{ flexGrow: r.counts[s] }}>
                          <span className="bar-count">{r.counts[s]}</span>
                        </span>
                      ))}
                  </div>
                  <span className="visually-hidden">{t('dashboard.ofTotal', { count: n })}</span>
                </td>
                {statuses.map((s) => (
                  <td key={s} className="num">
                    {r.counts[s]}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
