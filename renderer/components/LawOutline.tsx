/**
 * The outline of the law as lexgap read it (renderer/outline.ts), as a tree the keyboard moves through (the
 * WAI-ARIA tree pattern: arrows, Home, End, Enter): a drafter checks the numbering before citing a clause, and
 * Enter or a click shows the clause in the text. Only expanded branches are laid out.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clause } from '../../core/types.js';
import { outlineOf, visibleNodes, type OutlineNode } from '../outline.js';

export function LawOutline({ clauses, current, onShow }: { clauses: readonly Clause[]; current?: string | undefined; onShow(clause: string): void }) {
  const { t } = useTranslation();
  const roots = useMemo(() => outlineOf(clauses), [clauses]);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set());
  const [active, setActive] = useState<string | undefined>(roots[0]?.key);
  const treeRef = useRef<HTMLUListElement>(null);
  const visible = useMemo(() => visibleNodes(roots, expanded), [roots, expanded]);

  const moveTo = (key: string | undefined) => {
    if (!key) return;
    setActive(key);
    // Focus follows once the item is laid out (an expanded branch renders on this update).
    requestAnimationFrame(() => treeRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus());
  };
  const toggle = (key: string, open: boolean) =>
    setExpanded((was) => {
      const next = new Set(was);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });
  const choose = (node: OutlineNode) => {
    if (node.clause) onShow(node.clause);
    else toggle(node.key, !expanded.has(node.key));
  };

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const at = visible.findIndex((v) => v.node.key === active);
    const here = visible[at];
    if (!here) return;
    const { node, parent } = here;
    const open = expanded.has(node.key);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(visible[at + 1]?.node.key),
      ArrowUp: () => moveTo(visible[at - 1]?.node.key),
      Home: () => moveTo(visible[0]?.node.key),
      End: () => moveTo(visible[visible.length - 1]?.node.key),
      ArrowRight: () => (node.children.length ? (open ? moveTo(node.children[0]!.key) : toggle(node.key, true)) : undefined),
      ArrowLeft: () => (open ? toggle(node.key, false) : moveTo(parent?.key)),
      Enter: () => choose(node),
      ' ': () => choose(node),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  const item = (node: OutlineNode, level: number) => {
    const open = expanded.has(node.key);
    return (
      <li
        key={node.key}
        role="treeitem"
        data-key={node.key}
        aria-level={level}
        aria-expanded={node.children.length ? open : undefined}
        aria-current={node.clause && node.clause === current ? 'location' : undefined}
        tabIndex={node.key === active ? 0 : -1}
        onClick={(event) => {
          event.stopPropagation();
          setActive(node.key);
          if (node.children.length && !node.clause) toggle(node.key, !open);
          else choose(node);
        }}
      >
        <span className="outline-line">
          {node.children.length ? (
            <span
              className="outline-twisty"
              aria-hidden="true"
              onClick={(event) => {
                event.stopPropagation();
                setActive(node.key);
                toggle(node.key, !open);
              }}
            >
              {open ? '▾' : '▸'}
            </span>
          ) : (
            <span className="outline-twisty" aria-hidden="true" />
          )}
          <span className={node.clause ? 'outline-label' : 'outline-heading'}>{node.label}</span>
          {node.gist ? <span className="outline-gist"> {node.gist}</span> : null}
        </span>
        {open && node.children.length ? <ul role="group">{node.children.map((child) => item(child, level + 1))}</ul> : null}
      </li>
    );
  };

  return (
    <div className="law-outline">
      <p className="hint">{t('law.outlineHint')}</p>
      <ul ref={treeRef} role="tree" aria-label={t('law.outlineLabel')} onKeyDown={onKeyDown}>
        {roots.map((node) => item(node, 1))}
      </ul>
    </div>
  );
}
