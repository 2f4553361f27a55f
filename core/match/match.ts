/**
 * Candidates for every element: the clauses that express all of its concepts in a clause of the right role,
 * each scored in [0, 1] with the words that matched, the list items (facets) it names and the rarer terms
 * weighted more (a BM25-like idea: a word found in every clause proves little).
 */
import type { Concept, Facet, Recogniser, Role, Terms } from '../../model-law/schema.js';
import type { Clause, Language } from '../types.js';
import { anyWithin, buildIndex, occurrences, type LawIndex } from './index.js';
import { classifyKind } from '../segment/classify.js';

export interface Candidate {
  clause: number;
  score: number;
  /** Words of the law that matched, as printed. */
  terms: string[];
  facets: string[];
  /** The text around the matching passage, where list items and numbers are read. */
  passage: string;
  /** Index of the recogniser's downgrade whose wording the passage holds: it can prove a partial at best. */
  downgrade?: number;
  /** Token range of the passage where the concepts meet. */
  window: { start: number; end: number };
}

export interface ElementMatch {
  candidates: Candidate[];
  /** Clauses expressing a weaker form of the element, with the index of the weaker form. */
  weaker: { form: number; candidates: Candidate[] }[];
  /** The best share of concepts any clause expressed, for the confidence of a "missing". */
  nearest: number;
}

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
          hit = { term, positions, ends: occ.map((o) => o.end), spread: inClauses / Math.max(1, this.clauses.length) };
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

interface ConceptInClause {
  matched: boolean;
  /** Rarity of the best matching term, 0 (everywhere) to 1 (rare). */
  strength: number;
  quotes: string[];
}

function conceptIn(hits: TermHits[], range: { start: number; end: number }, lookup: TermLookup, source: string): ConceptInClause {
  const quotes: string[] = [];
  let strength = 0;
  for (const h of hits) {
    let found = false;
    for (let k = 0; k < h.positions.length; k++) {
      const p = h.positions[k]!;
      if (p >= range.start && h.ends[k]! < range.end) {
        if (!found && quotes.length < 3) quotes.push(lookup.quote(source, p, h.ends[k]!));
        found = true;
        break;
      }
    }
    if (found) strength = Math.max(strength, 1 - Math.min(1, h.spread * 4));
  }
  return { matched: quotes.length > 0, strength, quotes };
}

// A part or unit titled as penal ("Offences", "Dispositions pénales", "De los delitos", "Unlawful acts").
const OFFENCE_HEADING = /offen[cs]e|penal|criminal|unlawful acts|prohibited acts|p[ée]nal|infraction|d[ée]lit|sanction|delito|san?ci[óo]n|уголовн|عقوب|罚则|刑事/iu;

/** Is this clause the right kind of text for the element? */
function roleAllows(role: Role, clause: Clause, acceptDefinitions: boolean): boolean {
  switch (role) {
    case 'definition':
      return clause.kind === 'definition';
    case 'offence':
      return clause.kind === 'offence' || (clause.kind !== 'definition' && OFFENCE_HEADING.test(clause.path.join(' ')));
    default:
      // A definition explains a word; it does not oblige anyone (unless it sets a standard, as for deactivation).
      return acceptDefinitions || clause.kind !== 'definition';
  }
}

/** For a definition: the defined term itself must name the concept ("illicit trafficking", not a word of its text). */
function definesConcept(clause: Clause, concept: Concept, lang: Language): boolean {
  if (clause.term === undefined) return true;
  const index = buildIndex(clause.term, [], lang);
  return termsFor(concept.terms, lang).some((t) => occurrences(index, t.term, t.lang).length > 0);
}


/** Tokens (stopwords aside) within which all concepts of an element must meet: about two sentences. */
const WINDOW = 45;
/** How far around that passage list items (facets) and excluding terms are looked for. */
const FACET_REACH = 60;
const EXCLUDE_REACH = 25;
/** At most this many tokens before an article's first paragraph introduce them ("Shall be punished: a) ... b) ..."). */
const LEAD_IN = 30;
/** Clauses longer than this many tokens are treated as sections of many provisions. */
const LONG_CLAUSE = 300;
/** Room after the passage for the rest of a phrase that starts inside it. */
const PHRASE_TAIL = 8;

/**
 * The shortest passage of the clause, at most WINDOW tokens long, where every concept occurs: a sweep over
 * the concepts' positions in the clause, in order.
 */
function conceptWindow(conceptHits: TermHits[][], range: { start: number; end: number }): { start: number; end: number } | undefined {
  const events: [number, number][] = [];
  conceptHits.forEach((hits, c) => {
    for (const h of hits)
      for (let k = 0; k < h.positions.length; k++) {
        const p = h.positions[k]!;
        if (p >= range.start && h.ends[k]! < range.end) events.push([p, c]);
      }
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

function matchConcepts(
  concepts: Concept[],
  rec: Recogniser,
  role: Role,
  ctx: MatchContext,
): { candidates: Candidate[]; nearest: number } {
  const { clauses, index, lookup, source } = ctx;
  const conceptHits = concepts.map((c) => lookup.hits(c.terms));
  const excludeHits = rec.exclude ? lookup.hits(rec.exclude) : [];
  const supportHits = rec.support ? lookup.hits(rec.support) : [];
  const downgradeHits = (rec.downgrade ?? []).map((d) => lookup.hits(d.terms));
  const facetHits = (rec.facets ?? []).map((f) => lookup.hits(f.terms));
  const candidates: Candidate[] = [];
  let nearest = 0;
  // Only clauses holding the first concept can match: start from its occurrences.
  const first = conceptHits[0] ?? [];
  if (!first.length) return { candidates, nearest };
  clauses.forEach((clause, i) => {
    const range = index.ranges[i]!;
    if (!first.some((h) => anyWithin(h.positions, range.start, range.end))) return;
    // A definition never creates an offence, even inside a penal part ("illicit manufacturing means ...").
    const penalParagraph = role === 'offence' && clause.kind !== 'definition' && ctx.penalUnits.has(ctx.units[i]!);
    if (!roleAllows(role, clause, rec.acceptDefinitions ?? false) && !penalParagraph) return;
    if (role === 'definition' && ctx.definitionContainers.has(i)) return;
    const found = conceptHits.map((hits) => conceptIn(hits, range, lookup, source));
    const share = found.filter((f) => f.matched).length / found.length;
    nearest = Math.max(nearest, share);
    if (share < 1) return;
    if (role === 'definition' && !definesConcept(clause, concepts[0]!, index.lang)) return;
    // The concepts must meet in one passage, not be scattered over a long section.
    const window = conceptWindow(conceptHits, range);
    if (!window) return;
    const unit = index.ranges[ctx.units[i]!]!;
    const near = { start: Math.max(range.start, window.start - EXCLUDE_REACH), end: Math.min(range.end, window.end + EXCLUDE_REACH) };
    // The sentence that opens a list ("The Registry shall contain: ...") rules its items too.
    const u = ctx.units[i]!;
    const firstChild = ctx.units[u + 1] === u ? index.ranges[u + 1]!.start : unit.end;
    const lead = { start: unit.start, end: Math.min(firstChild, unit.start + LEAD_IN) };
    const around = (hits: TermHits[]) => hits.some((h) => anyWithin(h.positions, near.start, near.end) || anyWithin(h.positions, lead.start, lead.end));
    if (around(excludeHits)) return;
    const downgrade = downgradeHits.findIndex(around);
    // List items may sit in sibling paragraphs ("I. ... II. ... III."): look around the passage within the whole unit.
    const local = { start: Math.max(unit.start, window.start - FACET_REACH), end: Math.min(unit.end, window.end + FACET_REACH) };
    // In a long section the penalty must be stated near the conduct, not anywhere in it.
    if (role === 'offence' && clause.kind === 'offence' && range.end - range.start > LONG_CLAUSE && !OFFENCE_HEADING.test(clause.path.join(' ')))
      if (classifyKind(lookup.quote(source, local.start, Math.max(local.start, local.end - 1))) !== 'offence') return;
    const inWindow = conceptHits.map((hits) => conceptIn(hits, { start: window.start, end: window.end + PHRASE_TAIL }, lookup, source));
    const facets = (rec.facets ?? []).flatMap((f, k) => {
      const quote = facetIn(f, facetHits[k]!, local, clause, ctx);
      return quote === undefined ? [] : [{ id: f.id, quote }];
    });
    const support = supportHits.filter((h) => anyWithin(h.positions, local.start, local.end)).length;
    const strength = inWindow.reduce((s, f) => s + f.strength, 0) / inWindow.length;
    const facetShare = rec.facets?.length ? facets.length / rec.facets.length : 0.5;
    // Shorter clauses are more specific evidence: a subsection beats the whole section it sits in.
    const lengthPenalty = Math.min(0.15, Math.max(0, Math.log10(clause.text.length / 400)) * 0.1);
    const score = 0.45 + 0.25 * strength + 0.25 * facetShare + Math.min(0.1, support * 0.04) - lengthPenalty;
    candidates.push({
      clause: i,
      score: Math.round(Math.max(0.05, Math.min(1, score)) * 100) / 100,
      terms: [...new Set([...inWindow.flatMap((f) => f.quotes), ...facets.map((f) => f.quote)])],
      facets: facets.map((f) => f.id),
      passage: lookup.quote(source, local.start, Math.max(local.start, local.end - 1)),
      ...(downgrade >= 0 ? { downgrade } : {}),
      window,
    });
  });
  return { candidates: innermost(candidates, clauses), nearest };
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

/** Whether a list item is named near the passage, with the words that name it. */
function facetIn(facet: Facet, hits: TermHits[], range: { start: number; end: number }, clause: Clause, ctx: MatchContext): string | undefined {
  const found = conceptIn(hits, range, ctx.lookup, ctx.source);
  if (found.matched) return found.quotes[0];
  // A marking clause that names the country itself ("the mention 'Ardenne'") shows the country of marking.
  if (facet.ownCountry && ctx.ownCountry && clause.text.toLowerCase().includes(ctx.ownCountry.toLowerCase())) return ctx.ownCountry;
  return undefined;
}

export interface MatchContext {
  clauses: Clause[];
  index: LawIndex;
  lookup: TermLookup;
  source: string;
  /** The country the law belongs to, when its opening names it. */
  ownCountry?: string;
  /** For each clause, the index of the article or section it belongs to. */
  units: number[];
  /** Units whose opening words are penal ("Será reprimido con prisión: a) ..."): their paragraphs are offences. */
  penalUnits: Set<number>;
  /** Clauses that hold separately segmented definitions: those definitions, not their container, are the evidence. */
  definitionContainers: Set<number>;
}

/**
 * An offence that only points at a rule ("A person who contravenes section 6 commits an offence") takes its
 * subject from the rule it cites: it is a candidate when the cited unit expresses the element's concepts.
 */
function inheritedOffences(concepts: Concept[], rec: Recogniser, ctx: MatchContext, direct: Candidate[]): Candidate[] {
  const rules = matchConcepts(concepts, rec, 'obligation', ctx).candidates;
  const ruleByUnit = new Map<string, Candidate>();
  for (const r of rules) {
    const unitId = ctx.clauses[ctx.units[r.clause]!]!.id;
    if (!ruleByUnit.has(unitId) || r.score > ruleByUnit.get(unitId)!.score) ruleByUnit.set(unitId, r);
  }
  const already = new Set(direct.map((c) => c.clause));
  const out: Candidate[] = [];
  ctx.clauses.forEach((clause, i) => {
    if (already.has(i) || !(clause.kind === 'offence' || ctx.penalUnits.has(ctx.units[i]!))) return;
    const rule = clause.refs.map((id) => ruleByUnit.get(id)).find(Boolean);
    if (!rule) return;
    const cited = ctx.clauses[rule.clause]!;
    out.push({
      ...rule,
      clause: i,
      // Slightly below a clause that states the conduct itself.
      score: Math.max(0.05, Math.round((rule.score - 0.05) * 100) / 100),
      terms: [...rule.terms, cited.label],
      window: { start: ctx.index.ranges[i]!.start, end: ctx.index.ranges[i]!.end },
    });
  });
  return innermost(out, ctx.clauses);
}

export function matchElement(rec: Recogniser, role: Role, ctx: MatchContext): ElementMatch {
  const main = matchConcepts(rec.concepts, rec, role, ctx);
  if (role === 'offence') main.candidates.push(...inheritedOffences(rec.concepts, rec, ctx, main.candidates));
  const weaker = (rec.weaker ?? []).map((w, form) => ({ form, candidates: matchConcepts(w.concepts, { ...rec, facets: [] }, role, ctx).candidates }));
  const byScore = (a: Candidate, b: Candidate) => b.score - a.score || ctx.clauses[a.clause]!.text.length - ctx.clauses[b.clause]!.text.length || a.clause - b.clause;
  main.candidates.sort(byScore);
  for (const w of weaker) w.candidates.sort(byScore);
  return { candidates: main.candidates, weaker: weaker.filter((w) => w.candidates.length), nearest: main.nearest };
}
