/**
 * From candidates to a finding: covered, partial or missing, with the evidence best first, what a partial lacks (as
 * codes with data), a calibrated confidence, and whether a person should look first and why.
 *
 * Covered needs a clause of the right kind that proves the element outright: every required list item, the
 * numeric checks met by the clause itself, no weaker wording. Anything short of that is partial; nothing is missing.
 */
import type { Check, Element, Facet, Recogniser } from '../../model-law/schema.js';
import type { Candidate, ElementMatch } from '../match/match.js';
import type { Clause, Evidence, Finding, Language, ReviewReason, Shortfall, Status } from '../types.js';
import { calibrated } from './calibration.js';
import { retentionStatements } from './years.js';

const MAX_EVIDENCE = 5;
const EVERY_FIREARM = /\b(all|every|each) (firearms?|arms?|weapons?)\b|\b(toutes les armes|chaque arme|todas las armas|cada arma)\b/iu;
/** How much weaker than the best clause the clause laying the rule down may be, and still lead the evidence. */
const RULE_REACH = 0.2;
/** A covered finding needs evidence at least this strong; weaker evidence makes it a partial to review. */
export const COVERED_STRENGTH = 0.6;
/** Candidates this close to the best one are read together for list items and periods. */
const NEAR_BEST = 0.15;

function neededFacets(rec: Recogniser): { facets: Facet[]; need: number } {
  const facets = (rec.facets ?? []).filter((f) => !f.optional);
  return { facets, need: rec.facetsForCovered ?? facets.length };
}

/** The list items the evidence names, and the shortfall if too few or a required one is absent. */
function facetShortfall(rec: Recogniser, present: Set<string>): { shortfall?: Shortfall; addressed: boolean } {
  const { facets, need } = neededFacets(rec);
  if (!facets.length) return { addressed: true };
  const absent = facets.filter((f) => !present.has(f.id));
  const have = facets.length - absent.length;
  const addressed = have >= (rec.facetsForPartial ?? 1);
  const enough = have >= need && !absent.some((f) => f.required);
  return enough ? { addressed } : { addressed, shortfall: { code: 'items-missing', items: absent.map((f) => f.id) } };
}

/**
 * The period checks, read in the evidence clauses themselves: the longest period any of them states, and the
 * clauses that state a period meeting the check (or, failing one, the longest), strongest first.
 */
function checkShortfalls(checks: Check[], evidence: Candidate[], clauses: Clause[]): { shortfalls: Shortfall[]; statedBy: Candidate[] } {
  const shortfalls: Shortfall[] = [];
  let statedBy: Candidate[] = [];
  for (const check of checks) {
    const periods = evidence.map((c) => {
      const stated = retentionStatements(clauses[c.clause]!.text);
      const most = stated.length ? Math.max(...stated.map((s) => s.years)) : -1;
      return { c, most, limited: stated.filter((s) => s.years === most).every((s) => s.limited) };
    });
    const best = Math.max(-1, ...periods.map((p) => p.most));
    const stating = periods.filter((p) => p.most >= 0 && (best >= check.value ? p.most >= check.value : p.most === best));
    statedBy = stating.map((p) => p.c);
    // Records kept long enough only for one kind of transaction (an export register, sales at a distance), unless
    // they are said to cover every firearm.
    const general = stating.some((p) => !p.limited || EVERY_FIREARM.test(clauses[p.c.clause]!.text));
    if (best < 0) shortfalls.push({ code: 'no-period', required: check.value });
    else if (best < check.value) shortfalls.push({ code: 'period-short', stated: best, required: check.value });
    else if (!general) shortfalls.push({ code: 'period-limited', stated: best, required: check.value });
  }
  return { shortfalls, statedBy };
}

function reasonsFor(status: Status, evidence: Candidate[], match: ElementMatch, capped: boolean): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  const best = evidence[0];
  if (best) {
    if (best.features.listLike) reasons.push('list-evidence');
    if (best.features.anchor < 0.35) reasons.push('generic-words');
    if (best.features.oversize) reasons.push('long-clause');
    if (best.features.inherited) reasons.push('cross-reference');
    if (!best.features.titleAgrees && evidence.every((c) => !c.features.titleAgrees)) reasons.push('title-disagrees');
    if (evidence.length === 1) reasons.push('single-clause');
    if (capped && best.cap === 'sanction-administrative') reasons.push('administrative');
  } else if (status === 'missing' && match.setAside.length) reasons.push('near-miss');
  if (match.setAside.some((s) => s.why === 'other-regime') && status !== 'missing') reasons.push('other-regime');
  return reasons;
}

export function assessElement(element: Element, rec: Recogniser, match: ElementMatch, clauses: Clause[], lang: Language): Finding {
  const evidenceOf = (list: Candidate[]): Evidence[] => {
    const out: Evidence[] = [];
    for (const c of list) {
      for (const k of [c.focus ?? c.clause, ...(c.with === undefined ? [] : [c.with])]) {
        const id = clauses[k]!.id;
        if (!out.some((e) => e.clause === id)) out.push({ clause: id, score: c.strength, terms: k === c.with ? [] : c.terms });
      }
      if (out.length >= MAX_EVIDENCE) break;
    }
    return out.slice(0, MAX_EVIDENCE);
  };
  const finding = (status: Status, evidence: Candidate[], shortfalls: Shortfall[], capped = false): Finding => {
    const reasons = reasonsFor(status, evidence, match, capped);
    const strength = evidence.length ? Math.max(...evidence.map((c) => c.strength)) : match.nearest;
    const confidence = calibrated(status, strength, reasons, lang, element.id);
    return {
      id: element.id,
      status,
      confidence,
      strength,
      evidence: evidenceOf(evidence),
      shortfalls,
      review: reasons.some((r) => REVIEW_TRIGGERS.has(r)) || confidence < REVIEW_BELOW,
      reasons,
    };
  };

  // Clauses that prove the element outright come first; those capped at partial (an administrative fine for a
  // criminal offence, possession of a tampered firearm) count only when nothing better does.
  const full = match.candidates.filter((c) => c.cap === undefined);
  const capped = match.candidates.filter((c) => c.cap !== undefined);
  if (full.length) {
    const best = full[0]!;
    const close = full.filter((c) => c.strength >= best.strength - NEAR_BEST);
    // List items: in one clause (the one of the close candidates naming most), or across them where the law may
    // spread them (import licensing in one article, transit in another).
    const byItems = [...close].sort((a, b) => b.facets.length - a.facets.length || b.strength - a.strength)[0]!;
    // A rule that uses a defined term ("firearms are marked at manufacture") has the items of its definition ("the
    // marking: the manufacturer, the country, the serial number").
    const defined = capped.filter((c) => clauses[c.clause]!.character === 'definition' && c.facets.length).sort((a, b) => b.facets.length - a.facets.length)[0];
    const present = new Set([...(rec.facetsAcrossClauses ? full.flatMap((c) => c.facets) : byItems.facets), ...(defined?.facets ?? [])]);
    const facets = facetShortfall(rec, present);
    if (facets.addressed) {
      // A period is read in every candidate clause: the one stating the longest leads the evidence.
      const checks = checkShortfalls(rec.checks ?? [], full.slice(0, 30), clauses);
      const shortfalls = [...(facets.shortfall ? [facets.shortfall] : []), ...checks.shortfalls];
      // The evidence: the clause that states the period or names the items first, then the others by strength.
      // Before them, the clauses that lay the rule down ("without a licence"), where nearly as strong as the best:
      // the first two in the law's order, as a law states its rule before it regulates the licences.
      const rules = full.filter((c) => c.features.rule && c.strength >= best.strength - RULE_REACH).sort((a, b) => a.clause - b.clause).slice(0, 2);
      const lead = rec.facets?.length && !rec.facetsAcrossClauses ? byItems : best;
      // Items spread over several clauses: the best clause for each item first, so the evidence shows them all.
      const perItem = rec.facetsAcrossClauses ? (rec.facets ?? []).flatMap((f) => full.find((c) => c.facets.includes(f.id)) ?? []) : [];
      const evidence = [...new Set([...checks.statedBy.slice(0, 2), ...rules, lead, ...(defined ? [defined] : []), ...perItem, ...full])];
      const strong = evidence[0]!.strength >= COVERED_STRENGTH || best.strength >= COVERED_STRENGTH;
      const status: Status = !shortfalls.length && strong ? 'covered' : 'partial';
      return finding(status, evidence, shortfalls);
    }
  }
  if (capped.length) {
    const best = capped[0]!;
    return finding('partial', capped, [{ code: 'weaker', form: best.cap! }], true);
  }
  const weaker = match.weaker[0];
  if (weaker) return finding('partial', weaker.candidates, [{ code: 'weaker', form: weaker.form }]);
  return finding('missing', [], []);
}

/** Reasons that always call for a person's look. */
const REVIEW_TRIGGERS: ReadonlySet<ReviewReason> = new Set(['list-evidence', 'generic-words', 'long-clause', 'cross-reference', 'other-regime', 'administrative']);
/** A finding whose calibrated confidence is below this is flagged for review. */
export const REVIEW_BELOW = 0.6;
