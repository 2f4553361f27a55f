/**
 * Candidates for every element: the clauses that could prove it the way a lawyer reads a law. A clause is a
 * candidate when it is the right kind of provision for the element (its character), about the right regime (not
 * explosives, fireworks, knives or precursors only), dealing with other States where the element asks it, and when
 * the element's concepts meet in one passage of it with at least one of the element's own words (an anchor).
 * Each candidate carries the features that say how strongly it proves the element, so the assessment can rank,
 * decide and say when it is unsure.
 */
import type { Character, Concept, Facet, Recogniser, Terms } from '../../model-law/schema.js';
import type { Clause, Language } from '../types.js';
import { OTHER_REGIMES, type ClauseTags } from '../tag/vocabulary.js';
import { anyWithin, buildIndex, occurrences, type LawIndex } from './index.js';
import { tokenize } from '../text/normalize.js';

export interface Features {
  /** Rarity in this law of the anchor word that matched, 0 (everywhere) to 1 (rare). */
  anchor: number;
  /** The clause's title or nearest heading uses the element's words. */
  titleAgrees: boolean;
  /** The clause is a register, a form or a licence's contents (a list of items) and the element is not about one. */
  listLike: boolean;
  /** The clause proves the element through a rule it cites (an offence that only points at a prohibition). */
  inherited: boolean;
  /** The clause is longer than the size limit and could not be split. */
  oversize: boolean;
  /** Share of the element's list items the clause names. */
  facetShare: number;
  /** Supporting words near the passage. */
  support: number;
  /** The clause holds the words that lay the obligation down (the recogniser's `rule`). */
  rule?: boolean;
  /** A definition of the element's own term ("Arme à feu"), not of a kind of it ("Arme à canon lisse"). */
  ownTerm?: boolean;
}

export interface Candidate {
  clause: number;
  /** How strongly the clause proves the element, 0 to 1, for ranking. */
  strength: number;
  /** Words of the law that matched, as printed. */
  terms: string[];
  facets: string[];
  /** Why the clause can prove at most a partial: a partialOnly character or a downgrade, by shortfall id. */
  cap?: string;
  /** Token range of the passage where the concepts meet. */
  window: { start: number; end: number };
  features: Features;
  /** The clause this one relies on and that is cited with it: the rule an offence points at, the penalty that backs a prohibition. */
  with?: number;
  /**
   * For a long clause: its subdivision that holds the passage's most telling words, cited in its place: a drafter reads
   * "(6)(b) such description of the firearm as may enable it to be identified", not a section of several pages.
   */
  focus?: number;
}

export interface ElementMatch {
  candidates: Candidate[];
  /** Clauses expressing a weaker form of the element, with the form's id. */
  weaker: { form: string; candidates: Candidate[] }[];
  /** The best share of concepts any clause expressed, for the confidence of a "missing". */
  nearest: number;
  /** Clauses that matched the words but were set aside, with why (another regime, the wrong kind of provision). */
  setAside: { clause: number; why: SetAsideReason }[];
}

export type SetAsideReason = 'other-regime' | 'character' | 'domestic' | 'excluded';

interface TermHits {
  term: string;
  positions: number[];
  /** Last token of each occurrence, parallel to positions. */
  ends: number[];
  /** Share of clauses the term occurs in. */
  spread: number;
}

/** Terms for the law's language; where the catalogue has none in that language, English, French and Spanish. */
export function termsFor(terms: Terms, lang: Language): { lang: Language; term: string }[] {
  const own = terms[lang];
  if (own?.length) return own.map((term) => ({ lang, term }));
  return (['en', 'fr', 'es'] as const).flatMap((l) => terms[l].map((term) => ({ lang: l, term })));
}

/** Clauses added to a law's count when judging how common a word is in it. */
const SPREAD_PRIOR = 10;

/** Looks terms up once per analysis: the same concept serves several elements. */
export class TermLookup {
  private cache = new Map<string, TermHits>();
  constructor(
    private readonly index: LawIndex,
    private readonly clauses: Clause[],
  ) {}

  hits(terms: Terms): TermHits[] {
    return termsFor(terms, this.index.lang)
      .map(({ lang, term }) => {
        const key = `${lang}\u0000${term}`;
        let hit = this.cache.get(key);
        if (!hit) {
          const occ = occurrences(this.index, term, lang);
          const positions = occ.map((o) => o.start);
          let inClauses = 0;
          if (positions.length) for (const r of this.index.ranges) if (anyWithin(positions, r.start, r.end)) inClauses++;
          // A few clauses of pseudo-count: in a short law every word is in a large share of the clauses.
          hit = { term, positions, ends: occ.map((o) => o.end), spread: inClauses / (this.clauses.length + SPREAD_PRIOR) };
          this.cache.set(key, hit);
        }
        return hit;
      })
      .filter((h) => h.positions.length > 0);
  }

  /** The words of the law that an occurrence covers, as printed. */
  quote(source: string, start: number, end: number): string {
    const t = this.index.tokens;
    return source.slice(t[start]!.start, t[end]!.end).replace(/\uE000/g, '').replace(/\s+/g, ' ');
  }
}

interface ConceptInRange {
  matched: boolean;
  /** Rarity of the best matching term, 0 (everywhere) to 1 (rare). */
  strength: number;
  quotes: string[];
}

const rarity = (h: TermHits) => 1 - Math.min(1, h.spread * 4);

function conceptIn(hits: TermHits[], range: { start: number; end: number }, lookup: TermLookup, source: string): ConceptInRange {
  const quotes: string[] = [];
  let strength = 0;
  for (const h of hits) {
    let found = false;
    for (let k = firstAtOrAfter(h.positions, range.start); k < h.positions.length && h.positions[k]! < range.end; k++) {
      const p = h.positions[k]!;
      if (h.ends[k]! < range.end) {
        if (quotes.length < 3) quotes.push(lookup.quote(source, p, h.ends[k]!));
        found = true;
        break;
      }
    }
    if (found) strength = Math.max(strength, rarity(h));
  }
  return { matched: quotes.length > 0, strength, quotes };
}

/** For a definition: the defined term itself must name the concept ("illicit trafficking", not a word of its text). */
function definesConcept(clause: Clause, concept: Concept, lang: Language): boolean {
  if (clause.term === undefined) return false;
  const index = buildIndex(clause.term, [], lang);
  return termsFor(concept.terms, lang).some((t) => occurrences(index, t.term, t.lang).length > 0);
}

/** Whether the clause's defined term is, word for word, one of the concept's terms. */
function definesExactly(clause: Clause, concept: Concept, lang: Language): boolean {
  if (clause.term === undefined) return false;
  const index = buildIndex(clause.term, [], lang);
  const last = index.tokens.length - 1;
  return termsFor(concept.terms, lang).some((t) => occurrences(index, t.term, t.lang).some((o) => o.start === 0 && o.end === last));
}

/** Tokens (stopwords aside) within which all concepts of an element must meet: about two sentences. */
const WINDOW = 45;
/** How far around the passage excluding terms are looked for. */
const EXCLUDE_REACH = 25;
/** At most this many tokens before a clause's first subdivision introduce it ("The register shall contain: ..."). */
const LEAD_IN = 30;
/** Room after the passage for the rest of a phrase that starts inside it. */
const PHRASE_TAIL = 8;
/** Own wording longer than this many tokens makes a clause weak evidence. */
const LONG_CLAUSE = 350;

/** A clause longer than this many characters (about half a page) is cited by its subdivisions that hold the passage. */
const READABLE = 1500;

/** Characters of lists of items: evidence of an element only where the element is about such a list. */
const LIST_CHARACTERS: ReadonlySet<Character> = new Set(['register', 'contents']);

/**
 * The shortest passage of the clause, at most WINDOW tokens long, where every concept occurs: a sweep over the
 * concepts' positions in the clause, in order.
 */
function conceptWindow(conceptHits: TermHits[][], range: { start: number; end: number }): { start: number; end: number } | undefined {
  const events: [number, number][] = [];
  conceptHits.forEach((hits, c) => {
    // Positions are sorted: only those in the clause are read (a long law has thousands of clauses).
    for (const h of hits)
      for (let k = firstAtOrAfter(h.positions, range.start); k < h.positions.length && h.positions[k]! < range.end; k++)
        if (h.ends[k]! < range.end) events.push([h.positions[k]!, c]);
  });
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const need = conceptHits.length;
  const count = new Array<number>(need).fill(0);
  let have = 0;
  let best: { start: number; end: number } | undefined;
  let lo = 0;
  for (let hi = 0; hi < events.length; hi++) {
    if (count[events[hi]![1]]!++ === 0) have++;
    while (have === need) {
      const span = { start: events[lo]![0], end: events[hi]![0] };
      if (span.end - span.start <= WINDOW && (!best || span.end - span.start < best.end - best.start)) best = span;
      if (--count[events[lo]![1]]! === 0) have--;
      lo++;
    }
  }
  return best;
}

export interface MatchContext {
  clauses: Clause[];
  tags: ClauseTags[];
  index: LawIndex;
  lookup: TermLookup;
  source: string;
  /** The country the law belongs to, when its opening names it. */
  ownCountry?: string;
  /** For each clause, the index of the article or section it belongs to. */
  units: number[];
  /** For each clause, the index of its parent, or -1. */
  parents: number[];
  /** For each token of the law, the innermost clause that holds it, or -1. */
  innermostAt: Int32Array;
  /** Clauses that hold separately segmented definitions: those definitions, not their container, are the evidence. */
  definitionContainers: Set<number>;
  /** The stems of a clause's title and nearest heading. */
  headingTokens: (i: number) => Set<string>;
  /**
   * A general penalty ("Every person who commits a breach of this Ordinance ... is liable to imprisonment"): where a
   * law has one, its prohibitions are offences too.
   */
  generalPenalty?: number;
}

/** The words of a clause's parent before its first subdivision: the sentence that introduces a list. */
function leadIn(ctx: MatchContext, i: number): { start: number; end: number } | undefined {
  const p = ctx.parents[i]!;
  if (p < 0 || ctx.parents[p + 1] !== p) return undefined;
  const parent = ctx.index.ranges[p]!;
  const end = Math.min(ctx.index.ranges[p + 1]!.start, parent.start + LEAD_IN * 2);
  return end > parent.start ? { start: parent.start, end } : undefined;
}

/** Whether a clause's subject regimes rule it out: it is about other regimes only. */
function otherRegimeOnly(tags: ClauseTags): boolean {
  return tags.subjects.length > 0 && tags.subjects.every((s) => OTHER_REGIMES.includes(s));
}

interface Gate {
  ok: boolean;
  cap?: string;
  why?: SetAsideReason;
}

function gate(rec: Recogniser, tags: ClauseTags): Gate {
  if (!rec.anyRegime && otherRegimeOnly(tags)) return { ok: false, why: 'other-regime' };
  if (rec.international && tags.scope !== 'international') return { ok: false, why: 'domestic' };
  if (rec.proves.includes(tags.character) || (tags.alsoCharacter !== undefined && rec.proves.includes(tags.alsoCharacter))) return { ok: true };
  const partial = rec.partialOnly?.find((p) => p.character === tags.character);
  if (partial) return { ok: true, cap: partial.id };
  return { ok: false, why: 'character' };
}

const termStems = new Map<string, string[]>();
/** The stems of a term's words (prefix and exact marks dropped), cached across analyses. */
function stemsOf(term: string, lang: Language): string[] {
  const key = `${lang}\u0000${term}`;
  let stems = termStems.get(key);
  if (!stems) termStems.set(key, (stems = tokenize(term.replace(/[=*]/g, ''), lang).map((t) => t.norm)));
  return stems;
}

/** Whether one of the anchor concepts' words stands in the clause's title or the heading just above it. */
function titleAgrees(concepts: Concept[], ctx: MatchContext, i: number): boolean {
  const heading = ctx.headingTokens(i);
  if (!heading.size) return false;
  for (const c of concepts) {
    if (!c.anchor) continue;
    for (const { term, lang } of termsFor(c.terms, ctx.index.lang)) {
      const words = stemsOf(term, lang);
      if (words.length && words.every((w) => heading.has(w))) return true;
    }
  }
  return false;
}

function matchConcepts(concepts: Concept[], rec: Recogniser, ctx: MatchContext, options: { facets: boolean; inDefinitionOfAnother?: boolean | undefined; inDefinitionOf?: Terms | undefined }): Omit<ElementMatch, 'weaker'> {
  const { clauses, index, lookup, source } = ctx;
  const anchors = concepts.some((c) => c.anchor) ? concepts.map((c) => Boolean(c.anchor)) : concepts.map(() => true);
  const conceptHits = concepts.map((c) => lookup.hits(c.terms));
  const excludeHits = rec.exclude ? lookup.hits(rec.exclude) : [];
  const supportHits = rec.support ? lookup.hits(rec.support) : [];
  const ruleHits = rec.rule ? lookup.hits(rec.rule) : [];
  const downgradeHits = (rec.downgrade ?? []).map((d) => lookup.hits(d.terms));
  const facets = options.facets ? (rec.facets ?? []) : [];
  const facetHits = facets.map((f) => lookup.hits(f.terms));
  const wholeHits = options.facets && rec.wholeTerms ? lookup.hits(rec.wholeTerms) : [];
  const candidates: Candidate[] = [];
  const setAside: ElementMatch['setAside'] = [];
  let nearest = 0;
  // Only clauses holding an anchor can match: start from the first anchor concept's occurrences.
  const anchorHits = conceptHits.filter((_, k) => anchors[k]).flat();
  if (!anchorHits.length) return { candidates, nearest, setAside };
  const isDefinition = rec.proves.length === 1 && rec.proves[0] === 'definition';
  // Only the clauses that hold an anchor (and the clauses that contain them) can match: found from the anchors'
  // positions, not by reading every clause.
  const holding = new Set<number>();
  for (const h of anchorHits)
    for (const p of h.positions) for (let c = ctx.innermostAt[p] ?? -1; c >= 0 && !holding.has(c); c = ctx.parents[c]!) holding.add(c);
  [...holding].sort((a, b) => a - b).forEach((i) => {
    const clause = clauses[i]!;
    const range = index.ranges[i]!;
    if (isDefinition && ctx.definitionContainers.has(i)) return;
    const found = conceptHits.map((hits) => conceptIn(hits, range, lookup, source));
    // An item takes the words of the sentence that introduces it ("The marking comprises: ... c) any transfer by
    // the State"): a concept missing from the item may stand in its parent's lead-in.
    const chapeau = leadIn(ctx, i);
    const inLead = found.map((f, k) => !f.matched && chapeau !== undefined && conceptHits[k]!.some((h) => anyWithin(h.positions, chapeau.start, chapeau.end)));
    const share = found.filter((f, k) => f.matched || inLead[k]).length / found.length;
    if (share < 1) {
      nearest = Math.max(nearest, share);
      return;
    }
    const tags = ctx.tags[i]!;
    const g = gate(rec, tags);
    if (!g.ok) {
      setAside.push({ clause: i, why: g.why! });
      return;
    }
    nearest = 1;
    if (isDefinition && !options.inDefinitionOf && !definesConcept(clause, concepts.find((_, k) => anchors[k])!, index.lang)) return;
    if (options.inDefinitionOfAnother && (tags.character !== 'definition' || clause.term === undefined || definesConcept(clause, concepts.find((_, k) => anchors[k])!, index.lang))) return;
    if (options.inDefinitionOf && (tags.character !== 'definition' || !definesExactly(clause, { id: 'defined', terms: options.inDefinitionOf }, index.lang))) return;
    // The concepts, one of them an anchor, must meet in one passage, not be scattered over a long section.
    const own = conceptHits.filter((_, k) => !inLead[k]);
    const window = conceptWindow(own, range);
    if (!window) return;
    // In a list of definitions the concepts meet inside one of them: "licencia" of one term and "intermediario" of
    // the next are two definitions, not one rule.
    if (tags.character === 'definition' && ctx.innermostAt[window.start] !== ctx.innermostAt[window.end]) return;
    // Nor do two items of any list: "exhibit arms without the mechanism deactivated" and the next item's "receipt"
    // are two prohibitions, not a verified deactivation. The list's lead-in still rules its items.
    if (!isListElement(rec) && acrossItems(ctx, i, window)) return;
    const inWindow = conceptHits.map((hits) => conceptIn(hits, { start: window.start, end: window.end + PHRASE_TAIL }, lookup, source));
    if (!inWindow.some((f, k) => f.matched && anchors[k])) return;
    const near = { start: Math.max(range.start, window.start - EXCLUDE_REACH), end: Math.min(range.end, window.end + EXCLUDE_REACH) };
    // The sentence that opens a list ("The Registry shall contain: ...") rules its items too.
    const u = ctx.units[i]!;
    const unit = index.ranges[u]!;
    const firstChild = ctx.units[u + 1] === u ? index.ranges[u + 1]!.start : unit.end;
    const lead = { start: unit.start, end: Math.min(firstChild, unit.start + LEAD_IN) };
    const around = (hits: TermHits[]) => hits.some((h) => anyWithin(h.positions, near.start, near.end) || anyWithin(h.positions, lead.start, lead.end));
    if (around(excludeHits)) {
      setAside.push({ clause: i, why: 'excluded' });
      return;
    }
    const downgrade = downgradeHits.findIndex(around);
    // List items are read in the clause itself and its subdivisions, never in its siblings; an item's words inside
    // another item's longer words do not name it ("destinataire" in "l'État destinataire").
    const whole = wholeHits.find((h) => anyWithin(h.positions, range.start, range.end));
    const named = whole ? facets.map((f) => ({ id: f.id, quote: whole.term })) : namedFacets(facets, facetHits, range, clause, ctx);
    // Items a clause names by what it is: a criminal penalty of confiscation is ordered by a court.
    // Only where the clause's own words are penal, and not where they also impose administrative penalties (an
    // authority's confiscation is no court's; "keeping confiscated guns" under an offence's lead-in orders nothing).
    for (const f of facets) if (f.characters?.includes(tags.character) && tags.criminal && !tags.administrative && !named.some((n) => n.id === f.id)) named.push({ id: f.id, quote: '' });
    const support = supportHits.filter((h) => anyWithin(h.positions, range.start, range.end)).length;
    const anchorStrength = Math.max(...inWindow.map((f, k) => (anchors[k] ? f.strength : 0)));
    const ownTokens = range.end - range.start;
    const features: Features = {
      anchor: anchorStrength,
      titleAgrees: titleAgrees(concepts, ctx, i),
      listLike: LIST_CHARACTERS.has(tags.character) && !isListElement(rec),
      inherited: false,
      oversize: Boolean(clause.oversize) || ownTokens > LONG_CLAUSE,
      facetShare: facets.length ? named.length / facets.length : 0,
      support,
      ...(ruleHits.some((h) => anyWithin(h.positions, range.start, range.end)) ? { rule: true } : {}),
      ...(isDefinition && definesExactly(clause, concepts.find((_, k) => anchors[k])!, index.lang) ? { ownTerm: true } : {}),
    };
    const focus = features.oversize || clause.text.length > READABLE ? subdivisionHolding(conceptHits, { start: window.start, end: Math.min(range.end, window.end + PHRASE_TAIL) }, i, ctx) : undefined;
    // The topics listed under a power to make regulations ("42. Regulations (1) The Minister may make regulations
    // relating to ... (f) the disposal of ...") are not the section's rule, whatever the section's own kind.
    const delegated = [focus, ctx.innermostAt[window.start], ctx.innermostAt[window.end]].find((k) => k !== undefined && underDelegation(ctx, k, i));
    if (delegated !== undefined) {
      setAside.push({ clause: delegated, why: 'character' });
      return;
    }
    // An item of a definition is cited with the line that names the term it belongs to ("d) A dealer ... shall mean").
    const definingParent = (options.inDefinitionOfAnother || options.inDefinitionOf) && ctx.parents[i]! >= 0 && clauses[ctx.parents[i]!]!.term === clause.term ? ctx.parents[i]! : undefined;
    candidates.push({
      ...(definingParent !== undefined ? { with: definingParent } : {}),
      clause: i,
      strength: strengthOf(features, facets.length > 0),
      terms: [...new Set([...inWindow.flatMap((f) => f.quotes), ...named.map((f) => f.quote)])].filter(Boolean),
      facets: named.map((f) => f.id),
      ...(g.cap ? { cap: g.cap } : downgrade >= 0 ? { cap: rec.downgrade![downgrade]!.id } : {}),
      ...(focus !== undefined ? { focus } : {}),
      window,
      features,
    });
  });
  // Where the element is a list (a register's or a licence's contents), the list that names more of it is the
  // evidence, not one of its items ("1° La description du matériel" under "Le registre ... comporte les mentions").
  return { candidates: leaves(innermost(candidates, clauses), clauses, isListElement(rec)), nearest, setAside };
}

/** Clause `k` and the clauses that contain it, innermost first, up to clause `outer` (included) or the outermost. */
function* enclosing(ctx: MatchContext, k: number, outer = -1): Generator<number> {
  for (let c = k; c >= 0; c = ctx.parents[c]!) {
    yield c;
    if (c === outer) return;
  }
}

/** Whether clause `k`, or a clause between it and clause `i` that contains it, is a power to make regulations. */
function underDelegation(ctx: MatchContext, k: number, i: number): boolean {
  for (const c of enclosing(ctx, k, i)) if (ctx.tags[c]!.character === 'delegation') return true;
  return false;
}

/** Whether a passage of clause `i` starts in one of its subdivisions and ends in another that does not contain it. */
function acrossItems(ctx: MatchContext, i: number, window: { start: number; end: number }): boolean {
  const a = ctx.innermostAt[window.start]!;
  const b = ctx.innermostAt[window.end]!;
  if (a === b || a === i || b === i) return false;
  return ![...enclosing(ctx, a)].includes(b) && ![...enclosing(ctx, b)].includes(a);
}

/**
 * The subdivision of clause `i` that holds the passage's most telling word (the rarest in the law); none when that word
 * stands in the clause's own lead-in (then the clause itself is the one to read).
 */
function subdivisionHolding(conceptHits: TermHits[][], passage: { start: number; end: number }, i: number, ctx: MatchContext): number | undefined {
  let best: { at: number; spread: number } | undefined;
  for (const h of conceptHits.flat()) {
    const k = firstAtOrAfter(h.positions, passage.start);
    if (k < h.positions.length && h.positions[k]! < passage.end && h.ends[k]! < passage.end && (!best || h.spread < best.spread)) best = { at: h.positions[k]!, spread: h.spread };
  }
  const inner = best ? (ctx.innermostAt[best.at] ?? -1) : -1;
  return inner >= 0 && inner !== i ? inner : undefined;
}

/**
 * A section and a subsection of it that both prove the element: the subsection is the operative clause, unless the
 * section proves it more strongly (its title agrees, or it names more of the list).
 */
function leaves(candidates: Candidate[], clauses: Clause[], wholeList: boolean): Candidate[] {
  // By where they start, so each candidate looks only at those that start within it (not all of them: a long law
  // has thousands).
  const byStart = [...candidates].sort((a, b) => clauses[a.clause]!.span.start - clauses[b.clause]!.span.start);
  const starts = byStart.map((c) => clauses[c.clause]!.span.start);
  const hasStrongerInside = (c: Candidate) => {
    const { span } = clauses[c.clause]!;
    for (let k = firstAtOrAfter(starts, span.start); k < byStart.length && starts[k]! <= span.end; k++) {
      const d = byStart[k]!;
      if (d !== c && clauses[d.clause] !== clauses[c.clause] && clauses[d.clause]!.span.end <= span.end && d.strength >= c.strength - 0.05 && !(wholeList && c.facets.length > d.facets.length)) return true;
    }
    return false;
  };
  return candidates.filter((c) => !hasStrongerInside(c));
}

/** Elements whose obligation is a list (a register's or a licence's contents): lists are their right evidence. */
function isListElement(rec: Recogniser): boolean {
  return rec.proves[0] === 'register' || rec.proves[0] === 'contents';
}

/** How strongly a candidate proves its element, from its features: a ranking score, calibrated later into a confidence. */
export function strengthOf(f: Features, hasFacets: boolean): number {
  // Rarity tells little in a short law (every word is in one clause of ten): it weighs less than the title.
  let s = 0.5 + 0.1 * f.anchor + (f.titleAgrees || f.ownTerm ? 0.15 : 0) + Math.min(0.1, f.support * 0.04);
  if (hasFacets) s += 0.15 * f.facetShare;
  else s += 0.075;
  if (f.inherited) s -= 0.1;
  if (f.oversize) s -= 0.1;
  return Math.round(Math.max(0.05, Math.min(1, s)) * 100) / 100;
}

/**
 * A section and its subsection often match through the same passage: keep the subsection, the more precise
 * evidence, so that neither the evidence list nor the list items found count the passage twice.
 */
function innermost(candidates: Candidate[], clauses: Clause[]): Candidate[] {
  const byPassage = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = `${c.window.start}:${c.window.end}`;
    const kept = byPassage.get(key);
    if (!kept || clauses[c.clause]!.text.length < clauses[kept.clause]!.text.length) byPassage.set(key, c);
  }
  return candidates.filter((c) => byPassage.get(`${c.window.start}:${c.window.end}`) === c);
}

function namedFacets(facets: Facet[], hits: TermHits[][], range: { start: number; end: number }, clause: Clause, ctx: MatchContext): { id: string; quote: string }[] {
  const spans = hits.map((hs) =>
    hs.flatMap((h) => {
      const out: { start: number; end: number }[] = [];
      for (let k = firstAtOrAfter(h.positions, range.start); k < h.positions.length && h.positions[k]! < range.end; k++)
        if (h.ends[k]! < range.end) out.push({ start: h.positions[k]!, end: h.ends[k]! });
      return out;
    }),
  );
  // Spans by where they end: whether another item's longer span ends with this one is a lookup, not a scan.
  const byEnd = new Map<number, { start: number; facet: number }[]>();
  spans.forEach((list, facet) => {
    for (const o of list) {
      const at = byEnd.get(o.end);
      if (at) at.push({ start: o.start, facet });
      else byEnd.set(o.end, [{ start: o.start, facet }]);
    }
  });
  return facets.flatMap((f, k) => {
    // Only a qualifier before it hides an item: "destinataire" in "l'État destinataire", not "country of export" at
    // the start of "country of export, the country of import".
    const own = spans[k]!.find((s) => !(byEnd.get(s.end) ?? []).some((o) => o.facet !== k && o.start < s.start));
    if (own) return [{ id: f.id, quote: ctx.lookup.quote(ctx.source, own.start, own.end) }];
    const quote = facetIn(f, [], range, clause, ctx);
    return quote === undefined ? [] : [{ id: f.id, quote }];
  });
}

function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a list item is named in the clause, with the words that name it. */
function facetIn(facet: Facet, hits: TermHits[], range: { start: number; end: number }, clause: Clause, ctx: MatchContext): string | undefined {
  const found = conceptIn(hits, range, ctx.lookup, ctx.source);
  if (found.matched) return found.quotes[0];
  // A marking clause that names the country itself ("the mention 'Ardenne'") shows the country of marking.
  if (facet.ownCountry && ctx.ownCountry && clause.text.toLowerCase().includes(ctx.ownCountry.toLowerCase())) return ctx.ownCountry;
  return undefined;
}

/**
 * An offence that only points at a rule ("A person who contravenes section 6 commits an offence") takes its
 * subject from the rule it cites: it is a candidate when the cited unit expresses the element's concepts.
 */
function inheritedOffences(concepts: Concept[], rec: Recogniser, ctx: MatchContext, direct: Candidate[]): Candidate[] {
  const asRule: Recogniser = { ...rec, proves: ['duty', 'prohibition', 'permission', 'provision', 'contents', 'register', 'institution'], partialOnly: [] };
  const rules = matchConcepts(concepts, asRule, ctx, { facets: true }).candidates;
  const ruleByUnit = new Map<string, Candidate>();
  for (const r of rules) {
    const unitId = ctx.clauses[ctx.units[r.clause]!]!.id;
    if (!ruleByUnit.has(unitId) || r.strength > ruleByUnit.get(unitId)!.strength) ruleByUnit.set(unitId, r);
  }
  const already = new Set(direct.map((c) => c.clause));
  const out: Candidate[] = [];
  ctx.clauses.forEach((clause, i) => {
    if (already.has(i) || !clause.refs.length) return;
    const g = gate(rec, ctx.tags[i]!);
    if (!g.ok) return;
    const rule = clause.refs.map((id) => ruleByUnit.get(id)).find(Boolean);
    if (!rule) return;
    const cited = ctx.clauses[rule.clause]!;
    const features = { ...rule.features, inherited: true };
    // The conduct is in the rule cited, the penalty in this clause: the rule is the evidence, cited with its penalty.
    out.push({
      ...rule,
      strength: strengthOf(features, (rec.facets ?? []).length > 0),
      terms: [...rule.terms, clause.label],
      features,
      with: i,
      ...(g.cap ? { cap: g.cap } : {}),
    });
    void cited;
  });
  return innermost(out, ctx.clauses);
}

/** Prohibitions of a law with a general penalty are offences: "No person shall ..." with "Every person who commits a breach of this Ordinance ... is liable to imprisonment". */
function prohibitionsUnderGeneralPenalty(rec: Recogniser, ctx: MatchContext, direct: Candidate[]): Candidate[] {
  if (ctx.generalPenalty === undefined) return [];
  const asProhibition: Recogniser = { ...rec, proves: ['prohibition'], partialOnly: [] };
  const already = new Set(direct.map((c) => c.clause));
  // "No person shall" says the conduct is unlawful: the prohibition needs no word of its own for it.
  const concepts = rec.concepts.filter((c) => c.id !== 'unlawful');
  return matchConcepts(concepts, asProhibition, ctx, { facets: true }).candidates
    .filter((c) => !already.has(c.clause))
    .map((c) => {
      const features = { ...c.features, inherited: true };
      return { ...c, strength: strengthOf(features, (rec.facets ?? []).length > 0), features, with: ctx.generalPenalty! };
    });
}

export function matchElement(rec: Recogniser, ctx: MatchContext): ElementMatch {
  const main = matchConcepts(rec.concepts, rec, ctx, { facets: true });
  if (rec.proves.includes('offence')) {
    main.candidates.push(...inheritedOffences(rec.concepts, rec, ctx, main.candidates));
    main.candidates.push(...prohibitionsUnderGeneralPenalty(rec, ctx, main.candidates));
  }
  const weaker = (rec.weaker ?? []).map((w) => ({ form: w.id, candidates: matchConcepts(w.concepts, rec, ctx, { facets: false, inDefinitionOfAnother: w.inDefinitionOfAnother, inDefinitionOf: w.inDefinitionOf }).candidates }));
  const byStrength = (a: Candidate, b: Candidate) =>
    b.strength - a.strength || a.clause - b.clause;
  main.candidates.sort(byStrength);
  for (const w of weaker) w.candidates.sort(byStrength);
  return { candidates: main.candidates, weaker: weaker.filter((w) => w.candidates.length), nearest: main.nearest, setAside: main.setAside };
}
