/**
 * The tags the matcher puts on every clause, as a fixed vocabulary (documented in the README, written to the JSON):
 * what kind of provision it is, which regimes it is about, and where it applies, the direction of movement it
 * governs and who it binds.
 */

import { ACTORS, CHARACTERS, DIRECTIONS, SUBJECTS, type Actor, type Character, type Direction, type Subject } from '../../model-law/schema.js';

export { ACTORS, CHARACTERS, DIRECTIONS, SUBJECTS };
export type { Actor, Character, Direction, Subject };

/** Regimes other than firearms: a clause about these only never proves a firearms element. */
export const OTHER_REGIMES: readonly Subject[] = ['explosives', 'pyrotechnics', 'other-weapons', 'precursors', 'wmd'];

/** Whether a clause deals with other States (cooperation, information exchange). */
export type Scope = 'international' | 'domestic';

export interface ClauseTags {
  character: Character;
  /** An offence whose own words also lay a rule down (a duty followed by "Penalty: ..."): that rule's character. */
  alsoCharacter?: Character;
  /** Its own words carry a criminal penalty or name a crime (not only the lead-in it belongs to). */
  criminal?: true;
  /** Its own words impose an administrative penalty (a fine, an authority's confiscation), whatever else they do. */
  administrative?: true;
  subjects: Subject[];
  directions: Direction[];
  actor?: Actor;
  scope?: Scope;
}
