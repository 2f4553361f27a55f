/**
 * The law's own text, with the clauses the selected element rests on marked, and the clause in focus shown in
 * context: scrolled into view and highlighted, its matched words marked.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../core/project.js';
import type { Clause } from '../../core/types.js';
import { highlight } from '../highlight.js';

interface Piece {
  text: string;
  kind: 'plain' | 'evidence' | 'focus';
}

/** Cuts the text at the marked spans; the focused span wins where spans overlap (a subsection in its section). */
export function pieces(text: string, evidence: readonly Clause[], focus: Clause | undefined): Piece[] {
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

export function LawPane({ project, evidence, focus, terms }: { project: Project; evidence: Clause[]; focus: Clause | undefined; terms: string[] }) {
  const { t } = useTranslation();
  const boxRef = useRef<HTMLDivElement>(null);
  const text = project.law.text;
  const parts = useMemo(() => pieces(text, evidence, focus), [text, evidence, focus]);

  useEffect(() => {
    const target = boxRef.current?.querySelector<HTMLElement>('.law-focus') ?? boxRef.current?.querySelector<HTMLElement>('.law-evidence');
    const box = boxRef.current;
    if (!box) return;
    if (!target) {
      box.scrollTo({ top: 0 });
      return;
    }
    // Scroll the text box only, never the page: the clause a little below the top of the box.
    const top = target.offsetTop - 24;
    box.scrollTo({ top: Math.max(0, top), behavior: 'auto' });
  }, [parts]);

  const clauses = project.analysis.clauses.length;
  return (
    <section className="panel law" aria-labelledby="law-heading">
      <div className="law-head">
        <h2 id="law-heading">{t('law.heading')}</h2>
        <p className="hint">
          {project.law.file} · {t(`language.${project.law.language}`)} · {t('law.clauses', { count: clauses })}
        </p>
      </div>
      {focus ? (
        <p className="law-focus-label">
          {t('law.showing', { clause: focus.label })}
        </p>
      ) : (
        <p className="law-focus-label hint">{evidence.length ? t('law.noFocus') : t('law.noEvidence')}</p>
      )}
      <div ref={boxRef} className="law-text" lang={project.law.language} dir="auto" tabIndex={0} role="region" aria-label={t('law.textLabel')}>
        {parts.map((p, i) =>
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
      </div>
    </section>
  );
}
