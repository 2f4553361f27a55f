/**
 * The reference catalogue, validated once when first loaded. Data lives in protocol.ts (what the Protocol
 * requires), chapters.ts (the Model Law and its edition), recognisers/ (how each element shows in a national law)
 * and sources.ts (the texts the catalogue was checked against).
 */
import { articles, elements, rollups } from './protocol.js';
import { chapters, modelLaw } from './chapters.js';
import { sources } from './sources.js';
import { recognisers } from './recognisers/index.js';
import { Catalogue } from './schema.js';

export * from './schema.js';

let loaded: Catalogue | undefined;

/** The catalogue, checked against its schema; throws with every problem listed if the data is malformed. */
export function loadCatalogue(): Catalogue {
  loaded ??= Catalogue.parse({ articles, elements, rollups, recognisers, chapters, modelLaw, sources });
  return loaded;
}
