/**
 * The catalogue's legal facts in a reader's words, for the report and the screen alike: what limits a duty, whether
 * a law must say it, what it was checked against, the Model Law's edition, and an obligation rolled up from several
 * elements (art 15(1): met when any of its measures is in place). The facts are the catalogue's; the words are the
 * report namespace's (locales/<language>/report.json).
 */
import type { Catalogue, Element, Rollup, SourceRef } from '../../model-law/schema.js';
import type { ReviewStatus } from '../types.js';
import { rollupStatus } from './rollup.js';
import type { ReportWords } from './words.js';

/** "Licensing of brokering" as it reads inside a sentence: "licensing of brokering". */
export function lower(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** An element inside a sentence: "licensing of brokering (Art. 15(1)(b))". */
export function elementItem(e: Pick<Element, 'title' | 'ref'>, lang: ReportWords['lang']): string {
  return `${lower(e.title[lang])} (${e.ref})`;
}

/** What limits the duty, as the Protocol words it, or undefined where nothing does. */
export function qualifierWords(e: Pick<Element, 'qualifiers'>, words: ReportWords): string | undefined {
  return e.qualifiers?.length ? e.qualifiers.map((q) => words.t(`qualifier.${q}`)).join(words.t('punctuation.semicolon')) : undefined;
}

/** Whether a law must say it or the ministry mostly meets it. */
export function meansWords(e: Pick<Element, 'means'>, words: ReportWords): string {
  return words.t(`means.${e.means}`);
}

/** Where a statement was checked ("English text (Netherlands Treaty Series), art. 5(2)(a)"), or that it was not. */
export function sourceWords(e: { verified: boolean; sources?: readonly SourceRef[] | undefined }, words: ReportWords): string {
  if (!e.verified || !e.sources?.length) return words.t('findings.notVerified');
  return e.sources.map((s) => `${words.t(`source.${s.source}`)}, ${s.at}`).join(words.t('punctuation.semicolon'));
}

/** The Model Law's edition as the cover, the method and the screen name it. */
export function editionWords(catalogue: Pick<Catalogue, 'modelLaw'>, words: ReportWords): { edition: string; published: string; salesNumber: string; chapters: string } {
  const m = catalogue.modelLaw;
  return {
    edition: m.edition[words.lang],
    published: m.published[words.lang],
    salesNumber: m.salesNumber,
    chapters: `${words.t(`source.${m.chaptersCheckedAgainst.source}`)}, ${m.chaptersCheckedAgainst.at}`,
  };
}

/** The roll-up an element belongs to (art 15(1) for its measures (a) to (c)), if any. */
export function rollupOf(catalogue: Pick<Catalogue, 'rollups'>, id: string): Rollup | undefined {
  return catalogue.rollups.find((r) => r.anyOf.includes(id));
}

/**
 * What a roll-up's status means, in words: met, and by which measures, with the others the system could also
 * include; met only in part; or not met, and that the State must consider it. Then the rule itself.
 */
export function rollupSentences(r: Rollup, catalogue: Pick<Catalogue, 'elements'>, statusOf: ReadonlyMap<string, ReviewStatus>, words: ReportWords): string[] {
  const { t, lang } = words;
  const members = r.anyOf.flatMap((id) => catalogue.elements.find((e) => e.id === id) ?? []);
  const items = (status: ReviewStatus) => members.filter((e) => statusOf.get(e.id) === status).map((e) => elementItem(e, lang));
  const status = rollupStatus(r, statusOf);
  const paragraph = paragraphOf(r);
  const rule = t('rollup.rule', { paragraph });
  if (status === 'covered') {
    const absent = members.filter((e) => statusOf.get(e.id) !== 'covered' && statusOf.get(e.id) !== 'not-applicable').map((e) => elementItem(e, lang));
    return [t('rollup.met', { paragraph, present: words.list(items('covered')) }), ...(absent.length ? [t('rollup.alsoCould', { absent: words.list(absent) })] : []), rule];
  }
  if (status === 'partial') return [t('rollup.partial', { paragraph, partial: words.list(items('partial')) }), rule];
  if (status === 'missing') return [t('rollup.missing', { paragraph, members: words.list(members.map((e) => elementItem(e, lang))) })];
  return [t('rollup.notApplicable', { paragraph })];
}

/** The paragraph a roll-up stands for, as a sentence cites it after "article": "15(1)" from "Art. 15(1)". */
export function paragraphOf(r: Pick<Rollup, 'ref'>): string {
  return r.ref.replace(/^Art\.\s*/, '');
}
