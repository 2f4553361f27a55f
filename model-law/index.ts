/**
 * The reference catalogue, validated once when first loaded. Data lives in protocol.ts (what the Protocol
 * requires), chapters.ts (the Model Law and its edition), recognisers/ (how each element shows in a national law)
 * and sources.ts (the texts the catalogue was checked against); languages/ adds the titles in Arabic, Russian and Chinese.
 */
import { articles, elements, rollups } from './protocol.js';
import { chapters, modelLaw } from './chapters.js';
import { sources } from './sources.js';
import { recognisers } from './recognisers/index.js';
import { Catalogue } from './schema.js';
import { withTitles } from './languages/titles.js';
import { ar } from './languages/ar.js';
import { ru } from './languages/ru.js';
import { zh } from './languages/zh.js';

export * from './schema.js';

let loaded: Catalogue | undefined;

/** The catalogue, checked against its schema; throws with every problem listed if the data is malformed. */
export function loadCatalogue(): Catalogue {
  loaded ??= Catalogue.parse({ ...withTitles({ articles, elements, rollups, chapters, modelLaw, recognisers }, { ar, ru, zh }), sources });
  return loaded;
}
