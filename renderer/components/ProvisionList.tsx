/**
 * The provisions: the Protocol's elements grouped by article, or by the Model Law chapter that implements them
 * (with the chapter's rolled-up status), with filters and a search box. The list is a single-select listbox
 * with roving focus: one tab stop; arrow keys, Home, End, Page Up and Page Down move focus and selection;
 * Enter goes to the element's detail.
 */
import Fuse from 'fuse.js';
import { useEffect, useId, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { paragraphOf } from '../../core/report/catalogue-words.js';
import type { ChapterStatus } from '../../core/report/rollup.js';
import { reportWords } from '../../core/report/words.js';
import { TIERS, type Tier } from '../../model-law/schema.js';
import type { UiLanguage } from '../i18n/index.js';
import { reviewState } from '../review/queue.js';
import { REVIEW_STATUSES, type ProjectView, type Row } from '../review/view.js';
import { ReviewerMark, StatusBadge } from './StatusBadge.js';

export type Grouping = 'protocol' | 'model-law';
export type StatusFilter = 'all' | 'covered' | 'partial' | 'missing' | 'not-applicable' | 'reviewed' | 'not-reviewed';

export interface Filters {
  grouping: Grouping;
  query: string;
  status: StatusFilter;
  tier: 'all' | Tier;
  article: 'all' | string;
}

export const NO_FILTERS: Filters = { grouping: 'protocol', query: '', status: 'all', tier: 'all', article: 'all' };

interface Group {
  key: string;
  label: string;
  status?: ChapterStatus;
  rows: Row[];
}

export interface ProvisionListProps {
  view: ProjectView;
  lang: UiLanguage;
  filters: Filters;
  onFilters(filters: Filters): void;
  selectedId: string | undefined;
  onSelect(id: string): void;
  onOpenDetail(): void;
  searchRef: RefObject<HTMLInputElement | null>;
}

export const optionDomId = (groupKey: string, elementId: string) => `opt-${groupKey}-${elementId.replaceAll('.', '-')}`;

function matchesStatus(row: Row, status: StatusFilter): boolean {
  if (status === 'all') return true;
  if (status === 'reviewed') return reviewState(row.finding) !== 'open';
  if (status === 'not-reviewed') return reviewState(row.finding) === 'open';
  return row.finding.status === status;
}

export function ProvisionList({ view, lang, filters, onFilters, selectedId, onSelect, onOpenDetail, searchRef }: ProvisionListProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLDivElement>(null);
  const ids = { status: useId(), tier: useId(), article: useId() };
  // A measure of art 15(1) is one possible measure of the article, not a measure the State must consider on its own.
  const measureOf = new Map(view.rollups.flatMap((g) => g.rollup.anyOf.map((id) => [id, reportWords(lang).t('rollup.memberTier', { paragraph: paragraphOf(g.rollup) })] as const)));

  const fuse = useMemo(
    () =>
      new Fuse(
        view.rows.map((r) => ({ id: r.element.id, ref: r.element.ref, title: r.element.title[lang], obligation: r.element.obligation[lang] ?? r.element.obligation.en })),
        { keys: [{ name: 'ref', weight: 2 }, { name: 'title', weight: 2 }, 'obligation', 'id'], threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 },
      ),
    [view.rows, lang],
  );
  const found = useMemo(() => (filters.query.trim() ? new Set(fuse.search(filters.query.trim()).map((r) => r.item.id)) : undefined), [fuse, filters.query]);

  const keep = (row: Row) =>
    matchesStatus(row, filters.status) &&
    (filters.tier === 'all' || row.element.tier === filters.tier) &&
    (filters.article === 'all' || String(row.element.article) === filters.article) &&
    (!found || found.has(row.element.id));

  const groups: Group[] = useMemo(() => {
    const all: Group[] =
      filters.grouping === 'protocol'
        ? view.articles.map((g) => ({ key: g.key, label: t('list.articleGroup', { number: g.article.number, title: g.article.title[lang].text }), rows: g.rows }))
        : view.chapters.map((g) => ({ key: g.key, label: t('list.chapterGroup', { numeral: g.chapter.numeral, title: g.chapter.title[lang] }), status: g.status, rows: g.rows }));
    return all.map((g) => ({ ...g, rows: g.rows.filter(keep) })).filter((g) => g.rows.length > 0 || (filters.grouping === 'model-law' && !isFiltered(filters)));
  }, [view, filters, found, lang, t]);

  const options = groups.flatMap((g) => g.rows.map((r) => ({ key: optionDomId(g.key, r.element.id), id: r.element.id })));
  const shown = new Set(options.map((o) => o.id)).size;
  // The option that holds the tab stop: the selected element's first appearance, else the first option.
  const active = options.find((o) => o.id === selectedId)?.key ?? options[0]?.key;

  useEffect(() => {
    if (!selectedId || !active) return;
    document.getElementById(active)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, active, filters.grouping]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (options.length === 0) return;
    const current = options.findIndex((o) => o.key === (document.activeElement as HTMLElement | null)?.id);
    const index = current >= 0 ? current : options.findIndex((o) => o.key === active);
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = Math.min(index + 1, options.length - 1);
    else if (event.key === 'ArrowUp') next = Math.max(index - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = options.length - 1;
    else if (event.key === 'PageDown') next = Math.min(index + 8, options.length - 1);
    else if (event.key === 'PageUp') next = Math.max(index - 8, 0);
    else if (event.key === 'Enter') {
      event.preventDefault();
      onOpenDetail();
      return;
    }
    if (next === undefined) return;
    event.preventDefault();
    const option = options[next];
    if (!option) return;
    onSelect(option.id);
    document.getElementById(option.key)?.focus();
  }

  const set = (patch: Partial<Filters>) => onFilters({ ...filters, ...patch });
  const articleNumbers = view.articles.map((g) => g.article.number);

  return (
    <section className="panel provisions" aria-labelledby="provisions-heading">
      <div className="provisions-head">
        <h2 id="provisions-heading">{t('list.heading')}</h2>
        <div className="segmented" role="group" aria-label={t('list.groupBy')}>
          <button type="button" aria-pressed={filters.grouping === 'protocol'} onClick={() => set({ grouping: 'protocol' })}>
            {t('list.byProtocol')}
          </button>
          <button type="button" aria-pressed={filters.grouping === 'model-law'} onClick={() => set({ grouping: 'model-law' })}>
            {t('list.byModelLaw')}
          </button>
        </div>
      </div>
      <div className="filters">
        <label className="search">
          <span className="visually-hidden">{t('list.search')}</span>
          <input
            ref={searchRef}
            type="search"
            placeholder={t('list.searchPlaceholder')}
            value={filters.query}
            onChange={(e) => set({ query: e.target.value })}
          />
        </label>
        <div className="filter-row">
          <div className="filter">
            <label htmlFor={ids.status}>{t('list.status')}</label>
            <select id={ids.status} value={filters.status} onChange={(e) => set({ status: e.target.value as StatusFilter })}>
              <option value="all">{t('list.all')}</option>
              {REVIEW_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
              <option value="reviewed">{t('list.reviewed')}</option>
              <option value="not-reviewed">{t('list.notReviewed')}</option>
            </select>
          </div>
          <div className="filter">
            <label htmlFor={ids.tier}>{t('list.tier')}</label>
            <select id={ids.tier} value={filters.tier} onChange={(e) => set({ tier: e.target.value as Filters['tier'] })}>
              <option value="all">{t('list.all')}</option>
              {TIERS.filter((tier) => view.rows.some((r) => r.element.tier === tier)).map((tier) => (
                <option key={tier} value={tier}>
                  {t(`tier.${tier}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="filter">
            <label htmlFor={ids.article}>{t('list.article')}</label>
            <select id={ids.article} value={filters.article} onChange={(e) => set({ article: e.target.value })}>
              <option value="all">{t('list.all')}</option>
              {articleNumbers.map((n) => (
                <option key={n} value={String(n)}>
                  {t('list.articleNumber', { number: n })}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="filter-summary" aria-live="polite">
          {isFiltered(filters) ? t('list.showing', { shown, total: view.rows.length }) : t('list.showingAll', { total: view.rows.length })}
          {isFiltered(filters) ? (
            <button type="button" className="link" onClick={() => onFilters({ ...NO_FILTERS, grouping: filters.grouping })}>
              {t('list.clear')}
            </button>
          ) : null}
        </p>
      </div>
      {options.length === 0 && isFiltered(filters) ? (
        <p className="hint empty-list">{t('list.none')}</p>
      ) : (
        <div ref={listRef} className="provision-list" role="listbox" aria-label={t('list.listLabel')} onKeyDown={onKeyDown}>
          {groups.map((group) => (
            <div key={group.key} role="group" aria-labelledby={`grp-${group.key}`} className="provision-group">
              <div role="presentation" id={`grp-${group.key}`} className="group-label" title={group.label}>
                <span className="group-name">{group.label}</span>
                {group.status ? <StatusBadge status={group.status} /> : null}
              </div>
              {group.rows.length === 0 ? (
                <div role="presentation" className="group-empty">
                  {t('list.chapterNone')}
                </div>
              ) : null}
              {group.rows.map((row) => {
                const key = optionDomId(group.key, row.element.id);
                const selected = row.element.id === selectedId;
                return (
                  <div
                    key={key}
                    id={key}
                    role="option"
                    aria-selected={selected}
                    tabIndex={key === active ? 0 : -1}
                    className={`provision${selected ? ' selected' : ''}`}
                    onClick={() => onSelect(row.element.id)}
                    onFocus={() => {
                      if (!selected) onSelect(row.element.id);
                    }}
                  >
                    <span className="provision-ref">{row.element.ref}</span>
                    <span className="provision-title">{row.element.title[lang]}</span>
                    <span className="provision-status">
                      <StatusBadge status={row.finding.status} />
                    </span>
                    <span className="provision-meta">
                      {measureOf.get(row.element.id) ?? t(`tier.${row.element.tier}`)}
                      {row.finding.decision ? <ReviewerMark /> : null}
                    </span>
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

function isFiltered(f: Filters): boolean {
  return f.query.trim() !== '' || f.status !== 'all' || f.tier !== 'all' || f.article !== 'all';
}
