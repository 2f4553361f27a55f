/**
 * Finding a clause of the law by its number or its words, to pick it: the element panel's "attach another clause"
 * and the question that asks which clause supports a status. The clauses are indexed when the person first
 * searches, not when the search is shown: indexing a long law's clauses takes a while.
 */
import Fuse from 'fuse.js';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clause } from '../../core/types.js';

export function ClauseSearch({ clauses, exclude, lawLanguage, label, heading = false, hint, actionLabel, onPick }: {
  clauses: Clause[];
  exclude: ReadonlySet<string>;
  lawLanguage: string;
  label: string;
  /** The label is the heading of a part of the panel. */
  heading?: boolean;
  hint: string;
  /** The words of a found clause's button. */
  actionLabel(clause: Clause): string;
  onPick(id: string): void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const inputId = useId();
  const searching = query.trim().length >= 2;
  const fuse = useMemo(
    () =>
      searching
        ? new Fuse(
            clauses.filter((c) => c.kind !== 'heading'),
            { keys: [{ name: 'label', weight: 3 }, { name: 'title', weight: 2 }, 'text'], threshold: 0.3, ignoreLocation: true, minMatchCharLength: 3 },
          )
        : undefined,
    [clauses, searching],
  );
  const results = fuse ? fuse.search(query.trim(), { limit: 12 }).map((r) => r.item).filter((c) => !exclude.has(c.id)).slice(0, 6) : [];
  return (
    <div className="attach">
      {heading ? (
        <h3>
          <label htmlFor={inputId}>{label}</label>
        </h3>
      ) : (
        <label htmlFor={inputId}>{label}</label>
      )}
      <p className="hint">{hint}</p>
      <input id={inputId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('detail.attachPlaceholder')} />
      {searching ? (
        results.length === 0 ? (
          <p className="hint">{t('detail.attachNone')}</p>
        ) : (
          <ul className="attach-results">
            {results.map((c) => (
              <li key={c.id}>
                <div>
                  <span className="clause-label">{c.label}</span>
                  {c.title ? <span className="clause-title"> · {c.title}</span> : null}
                  <p className="attach-snippet" lang={lawLanguage} dir="auto">
                    {c.text.length > 180 ? `${c.text.slice(0, 180)}…` : c.text}
                  </p>
                </div>
                <button
                  type="button"
                  onClick={() => {
                    onPick(c.id);
                    setQuery('');
                  }}
                >
                  {actionLabel(c)}
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
