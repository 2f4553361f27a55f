/** One element in full: what the Protocol requires, what the law says about it, and what is missing. */
import type { Clause, Evidence } from '../../core/types.js';
import type { Chapter } from '../../model-law/index.js';
import { highlight } from '../highlight.js';
import { STATUS_EXPLANATION, TIER_LABEL, confidenceLabel } from '../labels.js';
import type { ElementRow } from '../model.js';
import { StatusBadge } from './StatusBadge.js';

export interface ElementDetailProps {
  row: ElementRow | undefined;
  clauses: Map<string, Clause>;
  chapters: Chapter[];
}

export function ElementDetail({ row, clauses, chapters }: ElementDetailProps) {
  if (!row) {
    return (
      <section className="panel detail" aria-labelledby="detail-heading">
        <h2 id="detail-heading">Element</h2>
        <p className="hint">Choose an element in the list to see what the law says about it.</p>
      </section>
    );
  }
  const { element, finding } = row;
  const evidence = finding?.evidence ?? [];
  return (
    <section className="panel detail" aria-labelledby="detail-heading">
      <h2 id="detail-heading">
        <span className="element-ref">{element.ref}</span> {element.title.en}
      </h2>
      <p className="detail-status">
        <StatusBadge status={finding?.status} />
        <span>{finding ? STATUS_EXPLANATION[finding.status] : 'The engine did not assess this element.'}</span>
      </p>
      <dl className="facts">
        <dt>Kind of obligation</dt>
        <dd>{TIER_LABEL[element.tier]}</dd>
        {finding && finding.status !== 'missing' ? (
          <>
            <dt>Confidence</dt>
            <dd>
              {confidenceLabel(finding.confidence)} ({Math.round(finding.confidence * 100)}%)
            </dd>
          </>
        ) : null}
      </dl>

      <h3>What the Protocol requires</h3>
      <p className="obligation">{element.obligation.en}</p>
      {element.note ? <p className="hint">{element.note}</p> : null}

      {finding && finding.missing.length > 0 ? (
        <>
          <h3>What is missing</h3>
          <ul className="missing">
            {finding.missing.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h3>Where the law addresses it</h3>
      {evidence.length === 0 ? (
        <p className="hint">No clause of the law was found for this element.</p>
      ) : (
        <ol className="evidence">
          {evidence.map((item) => (
            <EvidenceItem key={item.clause} evidence={item} clause={clauses.get(item.clause)} />
          ))}
        </ol>
      )}

      {chapters.length > 0 ? (
        <>
          <h3>Model Law</h3>
          <ul className="chapters">
            {chapters.map((chapter) => (
              <li key={chapter.id}>
                Chapter {chapter.numeral}: {chapter.title.en}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function EvidenceItem({ evidence, clause }: { evidence: Evidence; clause: Clause | undefined }) {
  if (!clause) return <li className="hint">A clause the engine cited ({evidence.clause}) is not in the text.</li>;
  const runs = highlight(clause.text, evidence.terms);
  const where = clause.path.filter((p) => p !== clause.label);
  return (
    <li className="evidence-item">
      <h4>{clause.label}</h4>
      {where.length > 0 ? <p className="clause-path">{where.join(' › ')}</p> : null}
      <blockquote className="clause-text">
        {runs.map((run, i) => (run.match ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>))}
      </blockquote>
      {evidence.terms.length > 0 ? (
        <p className="terms">
          <span className="terms-label">Matched terms:</span> {evidence.terms.join(', ')}
        </p>
      ) : null}
    </li>
  );
}
