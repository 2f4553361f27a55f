/**
 * Wording cues per language, as plain phrases matched on lower-case, accent-folded text at word boundaries. A cue
 * ending in "*" matches any word that begins so ("confiscat*"). Adding a language is adding a file of cues.
 */
import type { Actor, Character, Direction, Scope, Subject } from '../vocabulary.js';

export interface Cues {
  /** Cues of each character, strongest first. A clause takes the first character whose cues it holds, in CHARACTER_ORDER. */
  characters: Partial<Record<Character, string[]>>;
  /** A penalty: with a criminal cue an offence, with only an administrative cue an infraction. */
  criminal: string[];
  administrative: string[];
  /** Words naming each regime. */
  subjects: Record<Subject, string[]>;
  /** Words naming a direction of movement. */
  directions: Record<Direction, string[]>;
  actors: Record<Actor, string[]>;
  scopes: Record<Scope, string[]>;
  /** Headings of penal parts ("Offences", "Dispositions pénales") and of administrative-sanction parts. */
  penalHeadings: string[];
  /** A penalty for breaking any provision of the law ("Every person who commits a breach of this Ordinance ..."). */
  generalPenalty: string[];
  administrativeHeadings: string[];
}
