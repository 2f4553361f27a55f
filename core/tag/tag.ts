/**
 * Tags every clause with its legal character, the regimes it is about, the movement it governs, whom it binds and
 * whether it deals with other States, from the wording cues of its language. A clause whose own words say nothing
 * takes what its parent, title or headings say: "(a) the name of the manufacturer" is an item of the register
 * that introduces it; "The Registrar shall keep records" in an explosives chapter is about explosives.
 */
import type { Clause, Language } from '../types.js';
import { CueIndex, prepared } from './phrases.js';
import { ar } from './cues/ar.js';
import { en } from './cues/en.js';
import { es } from './cues/es.js';
import { fr } from './cues/fr.js';
import { ru } from './cues/ru.js';
import type { Cues } from './cues/types.js';
import { zh } from './cues/zh.js';
import { ACTORS, DIRECTIONS, SUBJECTS, type Actor, type Character, type ClauseTags, type Direction, type Subject } from './vocabulary.js';

const CUES: Record<Language, Cues> = { en, fr, es, ar, ru, zh };

/** Which character wins when a clause shows several: the most specific first. */
const CHARACTER_ORDER: Character[] = ['purpose', 'exemption', 'transitional', 'delegation', 'prohibition', 'register', 'contents', 'duty', 'permission', 'institution'];

const TRANSITIONAL_HEADINGS = ['transitional', 'transitoire*', 'transitori*', 'переходн*', '附则', 'انتقالية'];
/** Conduct a penal part punishes when the paragraph names no penalty of its own. */
/** Characters of a rule a penalty may back. */
const RULES: ReadonlySet<Character> = new Set(['duty', 'prohibition', 'register', 'contents', 'permission', 'institution']);
const ANNEX_LABEL = /^(?:Annex|Annexe|Anexo|Appendix|Appendice|Apéndice|Schedule|Glossary|Glossaire|Glosario|Lexique)\b/u;
const CONTRAVENES = ['contravenes', 'contrary to', 'in breach of', 'en violation', 'en infraction', 'en méconnaissance', 'sin permiso', 'sin el permiso', 'sin autorización', 'without a licence', 'without a permit', 'without authority', 'contraviniendo', 'en contravención'];

type Label = `c:${Character}` | `s:${Subject}` | `d:${Direction}` | `a:${Actor}` | 'criminal' | 'administrative' | 'international' | 'h:penal' | 'h:administrative' | 'h:transitional' | 'contravenes' | 'general-penalty';

const indexes = new Map<Language, CueIndex<Label>>();

/** All the cues of a language under one index: one pass over a text finds every label. */
function indexFor(lang: Language): CueIndex<Label> {
  let index = indexes.get(lang);
  if (index) return index;
  const k = CUES[lang];
  const lists: [Label, readonly string[]][] = [
    ...CHARACTER_ORDER.map((ch): [Label, readonly string[]] => [`c:${ch}`, k.characters[ch] ?? []]),
    ...SUBJECTS.map((s): [Label, readonly string[]] => [`s:${s}`, k.subjects[s]]),
    ...DIRECTIONS.map((d): [Label, readonly string[]] => [`d:${d}`, k.directions[d]]),
    ...ACTORS.map((a): [Label, readonly string[]] => [`a:${a}`, k.actors[a]]),
    ['criminal', k.criminal],
    ['administrative', k.administrative],
    ['international', k.scopes.international],
    ['h:penal', k.penalHeadings],
    ['h:administrative', k.administrativeHeadings],
    ['h:transitional', TRANSITIONAL_HEADINGS],
    ['contravenes', CONTRAVENES],
    ['general-penalty', k.generalPenalty],
  ];
  index = new CueIndex(lists, lang);
  indexes.set(lang, index);
  return index;
}

const contains = (outer: Clause, inner: Clause) => outer !== inner && outer.span.start <= inner.span.start && inner.span.end <= outer.span.end;

/** Each clause's parent (the nearest clause that contains it), or -1. */
export function parents(clauses: Clause[]): number[] {
  const out: number[] = [];
  const stack: number[] = [];
  clauses.forEach((c, i) => {
    while (stack.length && !contains(clauses[stack[stack.length - 1]!]!, c)) stack.pop();
    out.push(stack.length ? stack[stack.length - 1]! : -1);
    stack.push(i);
  });
  return out;
}

/** A clause's own wording: its text before its first child (the lead-in), or all of it when it has none. */
function ownWords(clause: Clause, firstChild: Clause | undefined): string {
  if (!firstChild) return clause.text;
  const at = clause.text.indexOf(firstChild.text.slice(0, 40));
  return at > 0 ? clause.text.slice(0, at) : clause.text.slice(0, 300);
}

type Found = Map<Label, number>;
const has = (found: Found, label: Label) => found.has(label);

/** The clause that makes a breach of any provision of the law an offence, if the law has one. */
// A general penalty speaks of the law itself ("this Ordinance", "la présente loi", "本法"): read only such clauses.
const THE_LAW_ITSELF = /\b(this|present|présente?|presente?)\b|هذا النظام|本法|настоящ/iu;

export function generalPenalty(clauses: Clause[], lang: Language): number | undefined {
  const index = indexFor(lang);
  const k = clauses.findIndex((c) => {
    if (!THE_LAW_ITSELF.test(c.text.slice(0, 800))) return false;
    const found = index.find(prepared(c.text.slice(0, 800), lang));
    return found.has('general-penalty') && found.has('criminal');
  });
  return k >= 0 ? k : undefined;
}

export function tagClauses(clauses: Clause[], lang: Language): ClauseTags[] {
  const index = indexFor(lang);
  const read = (text: string): Found => (text ? index.find(prepared(text, lang)) : new Map());
  const parent = parents(clauses);
  const firstChild = new Map<number, Clause>();
  parent.forEach((p, i) => {
    if (p >= 0 && !firstChild.has(p)) firstChild.set(p, clauses[i]!);
  });
  // Headings repeat along the clauses of a part: read each once.
  const headingCache = new Map<string, Found>();
  const heading = (text: string) => {
    let f = headingCache.get(text);
    if (!f) headingCache.set(text, (f = read(text)));
    return f;
  };
  const tags: ClauseTags[] = [];
  // The regimes a clause's own words name, by id, for the clauses that only cite it ("the offences of article L. 2339-14").
  const ownSubjects = new Map<string, Subject[]>();
  const byId = new Map(clauses.map((c, i) => [c.id, i]));
  const citedSubjects = (id: string): Subject[] => {
    const k = byId.get(id);
    if (k === undefined) return [];
    const f = read(clauses[k]!.text.slice(0, 1500));
    return SUBJECTS.filter((s) => has(f, `s:${s}`));
  };
  clauses.forEach((clause, i) => {
    const own = read(ownWords(clause, firstChild.get(i)));
    const title = read(clause.title ?? '');
    const path = heading(clause.path.join(' \n '));
    const nearest = heading(clause.path.at(-1) ?? '');
    const up = parent[i]! >= 0 ? tags[parent[i]!] : undefined;

    // Character: a definition, a penalty (criminal or administrative), then the most specific cue of its own words.
    let character: Character | undefined;
    let ownRule: Character | undefined;
    if (clause.kind === 'definition') character = 'definition';
    else {
      const adminPart = has(path, 'h:administrative');
      const penalPart = !adminPart && has(path, 'h:penal');
      const ownCharacter = CHARACTER_ORDER.find((ch) => has(own, `c:${ch}`));
      ownRule = ownCharacter && RULES.has(ownCharacter) ? ownCharacter : undefined;
      // A schedule that lists offences ("List of certain offences": treason, robbery) creates none, nor does a clause
      // saying what the law is about ("... define the circumstances for seizure, fines and forfeiture").
      if (ANNEX_LABEL.test(clause.label) || ownCharacter === 'purpose') character = ownCharacter === 'purpose' ? 'purpose' : undefined;
      else if (has(own, 'criminal')) character = 'offence';
      else if (has(own, 'administrative') || (adminPart && (clause.kind === 'offence' || up?.character === 'infraction'))) character = 'infraction';
      else if (clause.kind === 'offence') character = adminPart ? 'infraction' : 'offence';
      else if (up && (up.character === 'offence' || up.character === 'infraction') && !ownCharacter) character = up.character;
      else if (penalPart && has(own, 'contravenes')) character = 'offence';
      if (!character && (has(nearest, 'h:transitional') || has(title, 'h:transitional'))) character = 'transitional';
      character ??= ownCharacter;
      // An item with no verb of its own ("(a) the name of the manufacturer;") is part of what introduces it.
      if (!character && up) character = up.character;
      character ??= 'provision';
    }

    // Subjects: its own words and title, else the clauses it cites, its heading, its parent, its path.
    const subjectsOf = (...found: Found[]) => SUBJECTS.filter((s) => found.some((f) => has(f, `s:${s}`)));
    let subjects = subjectsOf(own, title);
    if (subjects.length) ownSubjects.set(clause.id, subjects);
    else if (clause.refs.length) subjects = [...new Set(clause.refs.flatMap((id) => ownSubjects.get(id) ?? citedSubjects(id)))];
    if (!subjects.length) subjects = subjectsOf(nearest);
    if (!subjects.length && up) subjects = up.subjects;
    if (!subjects.length) subjects = subjectsOf(path);

    const directions = DIRECTIONS.filter((d) => has(own, `d:${d}`) || has(title, `d:${d}`));
    // The actor named first in its own words.
    let actor: Actor | undefined;
    let first = Infinity;
    for (const a of ACTORS) {
      const at = own.get(`a:${a}`);
      if (at !== undefined && at < first) {
        first = at;
        actor = a;
      }
    }
    const tag: ClauseTags = { character, subjects, directions: directions.length ? directions : (up?.directions ?? []) };
    // A duty backed by its own penalty ("... must be retained for ten years. Penalty: 100 units.") is still a duty.
    if ((character === 'offence' || character === 'infraction') && ownRule) tag.alsoCharacter = ownRule;
    if (has(own, 'criminal')) tag.criminal = true;
    if (has(own, 'administrative')) tag.administrative = true;
    if (actor) tag.actor = actor;
    else if (up?.actor) tag.actor = up.actor;
    if (has(own, 'international') || has(title, 'international')) tag.scope = 'international';
    tags.push(tag);
  });
  return tags;
}
