/**
 * How each element shows in a national law, one file per article of the Protocol: the characters of provision that
 * can prove it, the concepts a clause must express (at least one of them the element's own wording, an anchor), the
 * items of list-like obligations, numeric checks, weaker forms, and example sentences run as tests.
 */
import type { Recogniser } from '../schema.js';
import { article3 } from './article-3.js';
import { article4 } from './article-4.js';
import { article5 } from './article-5.js';
import { article6 } from './article-6.js';
import { article7 } from './article-7.js';
import { article8 } from './article-8.js';
import { article9 } from './article-9.js';
import { article10 } from './article-10.js';
import { article11 } from './article-11.js';
import { article12 } from './article-12.js';
import { article13 } from './article-13.js';
import { article15 } from './article-15.js';

export const recognisers: Recogniser[] = [...article3, ...article4, ...article5, ...article6, ...article7, ...article8, ...article9, ...article10, ...article11, ...article12, ...article13, ...article15];
