/**
 * Coverage for a room: the binding obligations each law leaves unmet as the headline, the Model Law's chapters as
 * fractions ("11 of 17 covered"), and a chart of coverage by article with the same figures as a table. One law
 * (the dashboard) or several (the region); large type when presented.
 */
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewStatus } from '../../core/types.js';
import type { UiLanguage } from '../i18n/index.js';
import { sharedUnmet, type ArticleCoverage, type LawPresentation } from '../review/presentation.js';

const PARTS = ['covered', 'partial', 'missing'] as const;

const articleOf = (l: LawPresentation, a: ArticleCoverage) => l.articles.find((x) => x.article.number === a.article.number);
const chapterOf = (l: LawPresentation, id: string) => l.chapters.find((c) => c.chapter.id === id)?.fraction;

export function CoverageBoard({ laws, lang }: { laws: LawPresentation[]; lang: UiLanguage }) {
  const { t } = useTranslation();
  const ids = { headline: useId(), chapters: useId(), chart: useId(), chartTitle: useId() };
  const several = laws.length > 1;
  const shared = several ? sharedUnmet(laws) : [];
  const chapters = laws[0]?.chapters.map((c) => c.chapter) ?? [];
  const fraction = (f: { covered: number; total: number }) => t('present.fraction', { count: f.covered, total: f.total });
  const articleName = (a: ArticleCoverage) => t('present.article', { number: a.article.number });
  const line = (a: ArticleCoverage) => t('present.articleLine', { covered: a.counts.covered, partial: a.counts.partial, missing: a.counts.missing });
  return (
    <div className="coverage-board">
      <section aria-labelledby={ids.headline} className="board-headline">
        <h2 id={ids.headline} className="visually-hidden">
          {t('present.headline')}
        </h2>
        <ul className="headline-list">
          {laws.map((l, j) => (
            <li key={j}>
              {several ? <span className="headline-law">{l.name}</span> : null}
              <span className="headline-number">{l.unmet.length}</span>
              <span className="headline-words">{t('present.unmet', { count: l.unmet.length })}</span>
              <span className="hint">{t('present.unmetOf', { count: l.binding })}</span>
            </li>
          ))}
        </ul>
        {several ? <p className="headline-shared">{t('present.shared', { count: shared.length })}</p> : null}
      </section>

      <section aria-labelledby={ids.chapters} className="board-chapters">
        <h2 id={ids.chapters}>{t('dashboard.chapters')}</h2>
        {several ? (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={ids.chapters}>
            <table className="chart board-table">
              <thead>
                <tr>
                  <th scope="col">{t('present.chapterColumn')}</th>
                  {laws.map((l, j) => (
                    <th scope="col" key={j}>
                      {l.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {chapters.map((chapter) => (
                  <tr key={chapter.id}>
                    <th scope="row">{t('detail.chapter', { numeral: chapter.numeral, title: chapter.title[lang] })}</th>
                    {laws.map((l, j) => (
                      <td key={j}>{chapterOf(l, chapter.id) ? fraction(chapterOf(l, chapter.id)!) : '–'}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <ul className="fraction-grid">
            {laws[0]?.chapters.map(({ chapter, fraction: f }) => (
              <li key={chapter.id}>
                <span className="fraction-name">{t('detail.chapter', { numeral: chapter.numeral, title: chapter.title[lang] })}</span>
                <span className="fraction-value">{fraction(f)}</span>
                <meter min={0} max={f.total} value={f.covered} aria-hidden="true" />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={ids.chartTitle} className="board-chart">
        <h2 id={ids.chartTitle}>{t('dashboard.byArticle')}</h2>
        <Legend statuses={PARTS} />
        {/* The bars are a picture; its words are the table below it. */}
        <div className="article-chart" role="img" aria-label={t('present.chartLabel')} aria-describedby={ids.chart}>
          {laws[0]?.articles.map((a) => (
            <div className="article-chart-row" key={a.article.number}>
              <span className="article-chart-label">{articleName(a)}</span>
              <span className="article-chart-bars">
                {laws.map((l, j) => {
                  const row = articleOf(l, a);
                  if (!row) return null;
                  const n = row.counts.covered + row.counts.partial + row.counts.missing;
                  return (
                    <span className="article-chart-bar" key={j}>
                      {several ? <span className="article-chart-law">{l.name}</span> : null}
                      <span className="bar">
                        {PARTS.filter((s) => row.counts[s] > 0).map((s) => (
                          <span key={s} className={`bar-part fill-${s}`} style={{ flexGrow: row.counts[s] / n }}>
                            <span className="bar-count">{row.counts[s]}</span>
                          </span>
                        ))}
                      </span>
                    </span>
                  );
                })}
              </span>
            </div>
          ))}
        </div>
        <details className="chart-as-table" id={ids.chart}>
          <summary>{t('present.chartTable')}</summary>
          <table className="chart board-table">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.articleColumn')}</th>
                {laws.map((l, j) => (
                  <th scope="col" key={j}>
                    {several ? l.name : t('dashboard.coverage')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {laws[0]?.articles.map((a) => (
                <tr key={a.article.number}>
                  <th scope="row">{t('dashboard.article', { number: a.article.number, title: a.article.title[lang].text })}</th>
                  {laws.map((l, j) => (
                    <td key={j}>{articleOf(l, a) ? line(articleOf(l, a)!) : '–'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
    </div>
  );
}

/** The key to a chart's fills: each status's pattern and its word. */
export function Legend({ statuses }: { statuses: readonly ReviewStatus[] }) {
  const { t } = useTranslation();
  return (
    <ul className="legend" aria-label={t('dashboard.legend')}>
      {statuses.map((s) => (
        <li key={s}>
          <span className={`swatch fill-${s}`} aria-hidden="true" /> {t(`status.${s}`)}
        </li>
      ))}
    </ul>
  );
}

/** The board in large type, for a projector: Escape or the button leaves it. */
export function PresentationView({ title, laws, lang, onClose }: { title: string; laws: LawPresentation[]; lang: UiLanguage; onClose(): void }) {
  const { t } = useTranslation();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <main className="presentation" id="main" aria-labelledby="presentation-heading">
      <div className="presentation-head">
        <h1 id="presentation-heading">{title}</h1>
        <button type="button" onClick={onClose}>
          {t('present.close')}
        </button>
      </div>
      <CoverageBoard laws={laws} lang={lang} />
    </main>
  );
}
