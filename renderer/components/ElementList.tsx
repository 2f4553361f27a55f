/**
 * The Protocol's elements grouped by article, as a single-select listbox (WAI-ARIA listbox with grouped
 * options): one tab stop; arrow keys, Home and End move the selection, which the detail panel follows.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ArticleGroup, ElementRow } from '../model.js';
import { TIER_LABEL } from '../labels.js';
import { StatusBadge } from './StatusBadge.js';

export interface ElementListProps {
  groups: ArticleGroup[];
  selectedId: string | undefined;
  onSelect(id: string): void;
}

export const optionId = (elementId: string) => `element-${elementId.replaceAll('.', '-')}`;

export function ElementList({ groups, selectedId, onSelect }: ElementListProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const ids = groups.flatMap((g) => g.rows.map((r) => r.element.id));

  useEffect(() => {
    if (!selectedId) return;
    document.getElementById(optionId(selectedId))?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (ids.length === 0) return;
    const index = selectedId ? ids.indexOf(selectedId) : -1;
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = Math.min(index + 1, ids.length - 1);
    else if (event.key === 'ArrowUp') next = Math.max(index - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = ids.length - 1;
    else if (event.key === 'PageDown') next = Math.min(index + 10, ids.length - 1);
    else if (event.key === 'PageUp') next = Math.max(index - 10, 0);
    if (next === undefined) return;
    event.preventDefault();
    const id = ids[next];
    if (id) onSelect(id);
  }

  return (
    <div
      ref={listRef}
      className="element-list"
      role="listbox"
      aria-label="Protocol elements, by article"
      tabIndex={0}
      aria-activedescendant={selectedId ? optionId(selectedId) : undefined}
      onKeyDown={onKeyDown}
    >
      {groups.map((group) => {
        const labelId = `article-${group.article.number}`;
        return (
          <div key={group.article.number} role="group" aria-labelledby={labelId} className="element-group">
            <div role="presentation" id={labelId} className="group-label">
              Article {group.article.number}. {group.article.title.en.text}
            </div>
            {group.rows.map((row) => (
              <Option
                key={row.element.id}
                row={row}
                selected={row.element.id === selectedId}
                onSelect={(id) => {
                  onSelect(id);
                  listRef.current?.focus();
                }}
              />
            ))}
          </div>
        );
      })}
    </div>
  );
}

function Option({ row, selected, onSelect }: { row: ElementRow; selected: boolean; onSelect(id: string): void }) {
  const { element, finding } = row;
  return (
    <div
      id={optionId(element.id)}
      role="option"
      aria-selected={selected}
      className={`element-option${selected ? ' selected' : ''}`}
      onClick={() => onSelect(element.id)}
    >
      <span className="element-ref">{element.ref}</span>
      <span className="element-title">{element.title.en}</span>
      <StatusBadge status={finding?.status} />
      <span className="element-tier">{TIER_LABEL[element.tier]}</span>
    </div>
  );
}
