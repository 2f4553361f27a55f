/**
 * The reference catalogue, validated once when first loaded. Data lives in protocol.ts (what the Protocol
 * requires), chapters.ts (the Model Law) and recognisers.ts (how each element shows in a national law).
 */
import { articles, elements } from './protocol.js';
import { chapters } from './chapters.js';
import { recognisers } from './recognisers/index.js';
import { Catalogue } from './schema.js';

export * from './schema.js';

let loaded: Catalogue | undefined;

/** The catalogue, checked against its schema; throws with every problem listed if the data is malformed. */
export function loadCatalogue(): Catalogue {
  loaded ??= Catalogue.parse({ articles, elements, recognisers, chapters });
  return loaded;
}
