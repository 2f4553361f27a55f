/**
 * The law's own text, with the clauses the selected element rests on marked, and the clause in focus shown in
 * context: scrolled into view and highlighted, its matched words marked. The text is laid out a line at a time,
 * and only the lines near the view of a long law: a browser takes seconds to lay out megabytes of text, and
 * would do it again on every click.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Project } from '../../core/project.js';
import type { Clause } from '../../core/types.js';
import { LIMITS } from '../../core/limits.js';
import { highlight } from '../highlight.js';
import { LawOutline } from './LawOutline.js';

interface Piece {
  text: string;
  kind: 'plain' | 'evidence' | 'focus';
}

type Spanned = Pick<Clause, 'span'>;

/** Cuts the text at the marked spans; the focused span wins where spans overlap (a subsection in its section). */
export function pieces(text: string, evidence: readonly Spanned[], focus: Spanned | undefined): Piece[] {
  const marks = new Uint8Array(text.length + 1);
  for (const c of evidence) marks.fill(1, Math.max(0, c.span.start), Math.min(text.length, c.span.end));
  if (focus) marks.fill(2, Math.max(0, focus.span.start), Math.min(text.length, focus.span.end));
  const out: Piece[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marks[i] !== marks[start]) {
      out.push({ text: text.slice(start, i), kind: marks[start] === 2 ? 'focus' : marks[start] === 1 ? 'evidence' : 'plain' });
      start = i;
    }
  }
  return out;
}

/** A line of the law shown as one block: its start and end in the text (without the line break). */
export interface Block {
  start: number;
  end: number;
}

/** The law cut into lines, a line longer than `longest` cut at a space near it so no block is slow to lay out. */
export function blocksOf(text: string, longest = 2_000): Block[] {
  const out: Block[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline < 0 ? text.length : newline;
    let at = start;
    while (lineEnd - at > longest) {
      const space = text.lastIndexOf(' ', at + longest);
      const cut = space > at ? space + 1 : at + longest;
      out.push({ start: at, end: cut });
      at = cut;
    }
    out.push({ start: at, end: lineEnd });
    if (newline < 0) break;
    start = newline + 1;
  }
  return out;
}

/** The block holding offset `at` (the last block starting at or before it). */
export function blockAt(blocks: readonly Block[], at: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The part of a span inside a block, in the block's own offsets. */
const within = (block: Block, span: Clause['span']) => ({ span: { start: span.start - block.start, end: span.end - block.start } });
const overlaps = (block: Block, span: Clause['span']) => span.start < Math.max(block.end, block.start + 1) && span.end > block.start;

function BlockText({ text, block, evidence, focus, terms }: { text: string; block: Block; evidence: readonly Clause[]; focus: Clause | undefined; terms: string[] }) {
  const own = text.slice(block.start, block.end);
  const marked = evidence.filter((c) => overlaps(block, c.span)).map((c) => within(block, c.span));
  const focused = focus && overlaps(block, focus.span) ? within(block, focus.span) : undefined;
  if (!own) return <>{'\n'}</>;
  return (
    <>
      {pieces(own, marked, focused).map((p, i) =>
        p.kind === 'plain' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'evidence' ? (
          <span key={i} className="law-evidence">
            {p.text}
          </span>
        ) : (
          <span key={i} className="law-focus">
            {highlight(p.text, terms).map((run, j) => (run.match ? <mark key={j}>{run.text}</mark> : <span key={j}>{run.text}</span>))}
          </span>
        ),
      )}
    </>
  );
}

/** Lines laid out beyond the view, above and below: all of them for a law of ordinary length. */
const overscanFor = (text: string, blocks: number) => (isLong(text) ? 20 : blocks);

export interface LawPaneProps {
  project: Project;
  evidence: Clause[];
  focus: Clause | undefined;
  terms: string[];
  /** Shows a clause chosen in the outline in the text. */
  onShowClause?(clause: string): void;
}

export function LawPane(props: LawPaneProps) {
  const [view, setView] = useState<'text' | 'outline'>('text');
  const { t } = useTranslation();
  const { project, onShowClause } = props;
  const clauses = project.analysis.clauses;
  return (
    <section className="panel law" aria-labelledby="law-heading">
      <div className="law-head">
        <h2 id="law-heading">{t('law.heading')}</h2>
        <p className="hint">
          {project.law.file} · {t(`language.${project.law.language}`)} · {t('law.clauses', { count: clauses.length })}
        </p>
        {onShowClause ? (
          <div className="law-views" role="group" aria-label={t('law.views')}>
            <button type="button" aria-pressed={view === 'text'} onClick={() => setView('text')}>
              {t('law.textView')}
            </button>
            <button type="button" aria-pressed={view === 'outline'} onClick={() => setView('outline')}>
              {t('law.outlineView')}
            </button>
          </div>
        ) : null}
      </div>
      {view === 'outline' && onShowClause ? (
        <LawOutline
          clauses={clauses}
          current={props.focus?.id}
          onShow={(clause) => {
            onShowClause(clause);
            setView('text');
          }}
        />
      ) : (
        <LawText {...props} />
      )}
    </section>
  );
}

/** A law this long is laid out after the rest of the screen has been, in a task of its own. */
const isLong = (text: string) => text.length > LIMITS.largeText / 4;

function LawText(props: LawPaneProps) {
  const { t } = useTranslation();
  const { focus, evidence } = props;
  const long = isLong(props.project.law.text);
  // Measuring the lines of a long law forces the whole screen's layout: done once the screen has been drawn
  // without them, the two are two tasks, not one that holds the page.
  const [ready, setReady] = useState(!long);
  useEffect(() => {
    if (ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setReady(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready]);
  return (
    <>
      {focus ? (
        <p className="law-focus-label">
          {t('law.showing', { clause: focus.label })}
        </p>
      ) : (
        <p className="law-focus-label hint">{evidence.length ? t('law.noFocus') : t('law.noEvidence')}</p>
      )}
      {ready ? <LawLines {...props} /> : <div className="law-text" aria-busy="true" />}
    </>
  );
}

function LawLines({ project, evidence, focus, terms }: LawPaneProps) {
  const { t } = useTranslation();
  const boxRef = useRef<HTMLDivElement>(null);
  const text = project.law.text;
  const blocks = useMemo(() => blocksOf(text), [text]);
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => boxRef.current,
    // About 95 characters to a line of the pane, 1.55 lines of 15 px each.
    estimateSize: (i) => Math.max(1, Math.ceil((blocks[i]!.end - blocks[i]!.start) / 95)) * 23.5,
    overscan: overscanFor(text, blocks.length),
    paddingStart: 14,
    paddingEnd: 32,
  });
  // The clause in focus, else the first evidence in the law's order.
  const target = focus ?? evidence.reduce<Clause | undefined>((first, c) => (!first || c.span.start < first.span.start ? c : first), undefined);

  useEffect(() => {
    if (!target) {
      virtualizer.scrollToOffset(0);
      return;
    }
    // Scroll the text box only, never the page: the clause at the top of the box.
    virtualizer.scrollToIndex(blockAt(blocks, target.span.start), { align: 'start' });
  }, [target, blocks, virtualizer]);

  return (
    <div ref={boxRef} className="law-text" lang={project.law.language} dir="auto" tabIndex={0} role="region" aria-label={t('law.textLabel')}>
      <div className="law-lines" style={{ blockSize: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="law-line" style={{ transform: `translateY(${item.start}px)` }}>
            <BlockText text={text} block={blocks[item.index]!} evidence={evidence} focus={focus} terms={terms} />
          </div>
        ))}
      </div>
    </div>
  );
}
