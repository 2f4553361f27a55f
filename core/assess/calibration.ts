/**
 * Confidence that means something: the share of findings of the same status and strength band that were right on
 * the lawyer-labelled real laws (../shared/eval-real), as `npm run calibrate` measured it and wrote to
 * model-law/calibration.json. A band with too few findings falls back to its status's overall share.
 */
import table from '../../model-law/calibration.json' with { type: 'json' };
import type { Language, ReviewReason, Status } from '../types.js';

export interface StatusTable {
  /** Per status, per band: right / all findings, and the status's overall share. */
  statuses: Record<Status, { overall: number; bands: { n: number; right: number }[] }>;
  /**
   * Per status, reasons that change the share of right findings of that status, as a factor: a near miss says much
   * about a "missing", a title that disagrees more about a "partial" than about a "covered".
   */
  reasons: Partial<Record<Status, Partial<Record<ReviewReason, number>>>>;
  /** Per element, per status: how often that status was right for that element (some are rarely in a law at all). */
  elements: Record<string, Partial<Record<Status, { n: number; right: number }>>>;
}

export interface CalibrationTable {
  /** Upper bounds of the strength bands, ascending; the last band is open. */
  bands: number[];
  /**
   * One table per group of languages: the languages whose recognisers have been measured on several real laws
   * ("core": English, French, Spanish), and the others, read less well, whose findings deserve less trust.
   */
  groups: Record<LanguageGroup, StatusTable>;
}

export type LanguageGroup = 'core' | 'other';
export const languageGroup = (lang: Language): LanguageGroup => (lang === 'en' || lang === 'fr' || lang === 'es' ? 'core' : 'other');

/** Fewer findings than this in a band and its own share is not trusted. */
const MIN_BAND = 8;
/** An element's own record counts as this many findings of the status's overall share besides its own. */
const ELEMENT_PRIOR = 4;

export function band(strength: number, bands: readonly number[]): number {
  const k = bands.findIndex((b) => strength < b);
  return k < 0 ? bands.length : k;
}

export function calibrated(status: Status, strength: number, reasons: readonly ReviewReason[], lang: Language, element: string, t: CalibrationTable = table as CalibrationTable): number {
  const group = t.groups[languageGroup(lang)];
  const s = group.statuses[status];
  const b = s.bands[band(strength, t.bands)];
  // A band's share, pulled towards the status's overall share when the band holds few findings; and the element's
  // own record for that status, pulled the same way: the two averaged.
  const bandShare = b && b.n ? (b.right + s.overall * MIN_BAND) / (b.n + MIN_BAND) : s.overall;
  const e = group.elements[element]?.[status];
  const elementShare = e ? (e.right + s.overall * ELEMENT_PRIOR) / (e.n + ELEMENT_PRIOR) : s.overall;
  const share = (bandShare + elementShare) / 2;
  const factor = reasons.reduce((f, r) => f * (group.reasons[status]?.[r] ?? 1), 1);
  // A finding the engine has a reason to doubt is never of high confidence, however its band and element fare: on the
  // labelled laws, each judged with a table made without it, high-confidence findings were right 93% of the time with
  // doubted ones among them and 95% without (npm run calibrate).
  const ceiling = reasons.length ? HIGH_CONFIDENCE - 0.01 : 0.99;
  return Math.round(Math.max(0.01, Math.min(ceiling, share * factor)) * 100) / 100;
}

/** Where high confidence starts. */
export const HIGH_CONFIDENCE = 0.9;

/** The band a confidence falls in, as the report and the screen show it: the one rule for both. */
export function confidenceLevel(confidence: number): 'high' | 'medium' | 'low' {
  if (confidence >= HIGH_CONFIDENCE) return 'high';
  if (confidence >= 0.7) return 'medium';
  return 'low';
}
