/**
 * Confidence that means something: the share of findings of the same status and strength band that were right on
 * the lawyer-labelled real laws (../shared/eval-real), as `npm run calibrate` measured it and wrote to
 * model-law/calibration.json. A band with too few findings falls back to its status's overall share.
 */
import table from '../../model-law/calibration.json' with { type: 'json' };
import type { ReviewReason, Status } from '../types.js';

export interface CalibrationTable {
  /** Upper bounds of the strength bands, ascending; the last band is open. */
  bands: number[];
  /** Per status, per band: right / all findings, and the status's overall share. */
  statuses: Record<Status, { overall: number; bands: { n: number; right: number }[] }>;
  /** Reasons that lower the share of right findings, as a factor. */
  reasons: Partial<Record<ReviewReason, number>>;
}

/** Fewer findings than this in a band and its own share is not trusted. */
const MIN_BAND = 8;

export function band(strength: number, bands: readonly number[]): number {
  const k = bands.findIndex((b) => strength < b);
  return k < 0 ? bands.length : k;
}

export function calibrated(status: Status, strength: number, reasons: readonly ReviewReason[], t: CalibrationTable = table as CalibrationTable): number {
  const s = t.statuses[status];
  const b = s.bands[band(strength, t.bands)];
  // A band's share, pulled towards the status's overall share when the band holds few findings.
  const share = b && b.n ? (b.right + s.overall * MIN_BAND) / (b.n + MIN_BAND) : s.overall;
  const factor = reasons.reduce((f, r) => f * (t.reasons[r] ?? 1), 1);
  return Math.round(Math.max(0.01, Math.min(0.99, share * factor)) * 100) / 100;
}
