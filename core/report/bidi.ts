/**
 * Right-to-left text in the Word reports, the way Word itself marks it: a right-to-left paragraph is `w:bidi` (the
 * report's own paragraphs through the Normal style, a quotation by the direction of its own text), a table of a
 * right-to-left report is `w:bidiVisual` (its first column on the right), and a run of Arabic (or Hebrew) script is
 * `w:rtl`, so that Word shapes it with the complex-script font and size and orders the numbers and punctuation in
 * it as that script reads. Strings are never reversed: the order of the characters is the reading order.
 */
import { TextRun as DocxTextRun, type IRunOptions } from 'docx';

/** Letters of the right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
const RTL_LETTER = /[\u0590-\u07FF\u0860-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;
const LETTER = /\p{L}/u;

/** Whether the text holds any right-to-left letter. */
export function hasRightToLeft(text: string): boolean {
  return RTL_LETTER.test(text);
}

/** Whether the text's first letter is right-to-left: the direction a reader gives a paragraph of it (dir="auto"). */
export function startsRightToLeft(text: string): boolean {
  const first = LETTER.exec(text);
  return first !== null && RTL_LETTER.test(first[0]);
}

/** A paragraph laid out in the direction of its own text (a quotation of the law, whatever the report's direction). */
export function ownDirection(text: string): { bidirectional: boolean } {
  return { bidirectional: startsRightToLeft(text) };
}

/** docx's run, marked right-to-left (`w:rtl`) when its text holds right-to-left script and nobody said otherwise. */
export class TextRun extends DocxTextRun {
  constructor(options: string | IRunOptions) {
    const o: IRunOptions = typeof options === 'string' ? { text: options } : options;
    super(o.rightToLeft === undefined && typeof o.text === 'string' && hasRightToLeft(o.text) ? { ...o, rightToLeft: true } : o);
  }
}
