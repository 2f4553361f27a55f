import type { Status } from '../../core/types.js';
import { STATUS_LABEL } from '../labels.js';

/** The status in words, in its colour: colour is never the only signal. */
export function StatusBadge({ status }: { status: Status | undefined }) {
  if (!status) return <span className="badge badge-none">Not assessed</span>;
  return <span className={`badge badge-${status}`}>{STATUS_LABEL[status]}</span>;
}
