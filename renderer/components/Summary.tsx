import type { Analysis } from '../../core/types.js';
import { languageName } from '../labels.js';
import { StatusBadge } from './StatusBadge.js';

export function Summary({ analysis }: { analysis: Analysis }) {
  const { covered, partial, missing } = analysis.summary;
  const total = covered + partial + missing;
  return (
    <div className="summary">
      <p className="summary-source">
        <strong>{analysis.source.file}</strong> · {languageName(analysis.source.language)} · {analysis.clauses.length}{' '}
        {analysis.clauses.length === 1 ? 'clause' : 'clauses'} read
      </p>
      <ul className="summary-counts" aria-label={`Summary of ${total} Protocol elements`}>
        <li>
          <StatusBadge status="covered" /> <span className="count">{covered}</span>
        </li>
        <li>
          <StatusBadge status="partial" /> <span className="count">{partial}</span>
        </li>
        <li>
          <StatusBadge status="missing" /> <span className="count">{missing}</span>
        </li>
      </ul>
    </div>
  );
}
