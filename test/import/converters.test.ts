/** The converters on small inputs written by hand: PDF line layout, RTF, HTML and format detection. */
import { english, thrownWords } from '../support/words.js';
import { describe, expect, it } from 'vitest';
import { checkContent, formatOf, sniff } from '../../core/import/detect.js';
import { decodeHtml, htmlToText } from '../../core/import/html.js';
import { layoutPages, type PdfLine } from '../../core/import/pdf-layout.js';
import { rtfToText } from '../../core/import/rtf.js';
import { InputError } from '../../core/input-error.js';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** A page of lines set 14 units apart from the top, 5 units a character, so 40 characters make a full line. */
function page(...texts: (string | null)[]): PdfLine[] {
  // null leaves an empty line's worth of space: a paragraph break.
  return texts.flatMap((text, i) => (text === null ? [] : [{ text, x: 50, right: 50 + 5 * text.length, y: 800 - 14 * i, size: 10 }]));
}

const FULL = 'The licensee shall keep the records of a'; // 40 characters: reaches the margin

describe('PDF lines -> paragraphs', () => {
  const cases: { name: string; pages: PdfLine[][]; expected: string }[] = [
    {
      name: 'joins a wrapped paragraph',
      pages: [page(FULL, 'firearm for ten years.')],
      expected: `${FULL} firearm for ten years.`,
    },
    {
      name: 'ends a paragraph at a short line',
      pages: [page('Section 4. Records', FULL, 'firearm for ten years.', 'Section 5. Marking')],
      expected: `Section 4. Records\n${FULL} firearm for ten years.\nSection 5. Marking`,
    },
    {
      name: 'mends a word hyphenated at the line end when the document has the word',
      pages: [page('Every dealer in firearms shall keep fire-', 'arms in a safe place.')],
      expected: 'Every dealer in firearms shall keep firearms in a safe place.',
    },
    {
      name: 'keeps a hyphen the document writes elsewhere',
      pages: [page('An end-user certificate names the end-', 'user of every firearm.')],
      expected: 'An end-user certificate names the end-user of every firearm.',
    },
    {
      name: 'keeps a hyphen between two words of their own',
      pages: [page('Control at the border is a matter of cross-', 'border cooperation.')],
      expected: 'Control at the border is a matter of cross-border cooperation.',
    },
    {
      name: 'starts a numbered item after a closed line, even a full one',
      pages: [page('(a) the name of the maker of the firearm;', '(b) the serial number.')],
      expected: '(a) the name of the maker of the firearm;\n(b) the serial number.',
    },
    {
      name: 'joins a cross-reference that wraps before its number',
      pages: [page('A licence is granted under subsection of', '(2) of section 4 to any person.')],
      expected: 'A licence is granted under subsection of (2) of section 4 to any person.',
    },
    {
      name: 'keeps an article heading alone on its line after a full line',
      pages: [page('TRANSFERS OF FIREARMS ACROSS THE BORDERS', 'Article 12', 'Exports need a licence.')],
      expected: 'TRANSFERS OF FIREARMS ACROSS THE BORDERS\nArticle 12\nExports need a licence.',
    },
    {
      name: 'ends a heading in capitals where the capitals end',
      pages: [page('CHAPTER II MANUFACTURE AND TRADE IN ARMS', 'Article 46. Authorisation to manufacture.')],
      expected: 'CHAPTER II MANUFACTURE AND TRADE IN ARMS\nArticle 46. Authorisation to manufacture.',
    },
    {
      name: 'keeps a blank line where the page leaves space',
      pages: [page('Section 1. Title', 'Text of section one.', 'More text.', null, 'Section 2. Scope')],
      expected: 'Section 1. Title\nText of section one.\nMore text.\n\nSection 2. Scope',
    },
    {
      name: 'drops page numbers that run with the pages, keeps a number in the text',
      pages: [page('Section 1', '12', 'Text one.', '1'), page('Section 2', 'Text two.', '2'), page('Section 3', 'Text three.', '- 3 -')],
      expected: 'Section 1\n12\nText one.\nSection 2\nText two.\nSection 3\nText three.',
    },
    {
      name: 'drops running headers and footers repeated on most pages',
      pages: ['one', 'two', 'three', 'four'].map((n, i) => page('OFFICIAL GAZETTE No. 45', `Section ${i + 1}`, `Text ${n}.`, `End ${n}.`, `Page ${i + 1} of 4`)),
      expected: ['one', 'two', 'three', 'four'].map((n, i) => `Section ${i + 1}\nText ${n}.\nEnd ${n}.`).join('\n'),
    },
    {
      name: 'reads a page top to bottom whatever order it was drawn in',
      pages: [page('Section 1', 'Text one.').reverse()],
      expected: 'Section 1\nText one.',
    },
  ];
  it.each(cases)('$name', ({ pages, expected }) => expect(layoutPages(pages)).toBe(expected));
});

describe('RTF -> text', () => {
  const cases: { name: string; rtf: string; expected: string }[] = [
    { name: 'paragraphs and line breaks', rtf: String.raw`{\rtf1\ansi Article 1\par Text\line more\par}`, expected: 'Article 1\nText\nmore' },
    { name: "\\'xx bytes in the document's code page (Cyrillic)", rtf: String.raw`{\rtf1\ansi\ansicpg1251 \'d1\'f2\'e0\'f2\'fc\'ff 5\par}`, expected: 'Статья 5' },
    {
      name: "\\'xx bytes in the font's character set (Arabic)",
      rtf: String.raw`{\rtf1\ansi\ansicpg1252{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\fnil\fcharset178 Arial;}}\f1 \'c7\'e1\'e3\'c7\'cf\'c9\f0  5\par}`,
      expected: 'المادة 5',
    },
    { name: '\\uN with its fallback character', rtf: String.raw`{\rtf1\ansi\uc1 ART\u205?CULO 3o.- Texto\par}`, expected: 'ARTÍCULO 3o.- Texto' },
    { name: '\\uN for Chinese, and negative values', rtf: String.raw`{\rtf1\ansi\uc1\u31532?\u19968?\u26465?\u-248?1\u-247?\par}`, expected: '第一条（1）' },
    { name: "\\uc2 skips two \\'xx fallbacks", rtf: String.raw`{\rtf1\ansi\uc2\u8364\'80\'80 5\par}`, expected: '€ 5' },
    {
      name: 'tables, styles, info, headers, footnotes and field codes are not text',
      rtf: String.raw`{\rtf1\ansi{\fonttbl{\f0 Times;}}{\colortbl;\red0\green0\blue0;}{\stylesheet{\s1 heading 1;}}{\info{\title Secret}}{\*\generator Word;}{\header Running head}Section 1{\footnote Note}.\par See {\field{\*\fldinst HYPERLINK "http://x"}{\fldrslt the register}}.\par}`,
      expected: 'Section 1.\nSee the register.',
    },
    { name: 'hidden text is not text', rtf: String.raw`{\rtf1\ansi Shown {\v hidden }text\par}`, expected: 'Shown text' },
    { name: 'special characters', rtf: String.raw`{\rtf1\ansi end\_user, fire\-arms,\~5\tab years \{sic\} \\\emdash\par}`, expected: 'end-user, firearms, 5 years {sic} \\—' },
    { name: 'binary data is skipped, braces and all', rtf: '{\\rtf1\\ansi Before{\\pict\\bin4 }}}}}After\\par}', expected: 'BeforeAfter' },
    { name: 'table cells stay on their row', rtf: String.raw`{\rtf1\ansi\trowd A\cell B\cell\row\pard Next\par}`, expected: 'A | B\nNext' },
    { name: "Word's list numbers are text", rtf: String.raw`{\rtf1\ansi{\listtext 1.\tab}the name of the maker;\par{\*\pn\pnlvlbody\pntxta .}Next\par}`, expected: '1. the name of the maker;\nNext' },
  ];
  it.each(cases)('$name', ({ rtf, expected }) => expect(rtfToText(bytes(rtf), 'law.rtf')).toBe(expected));

  it('refuses nesting no document has', () => {
    expect(() => rtfToText(bytes('{\\rtf1' + '{'.repeat(5000)), 'deep.rtf')).toThrow(expect.objectContaining({ code: 'corrupt' }));
  });
});

describe('HTML -> text', () => {
  const cases: { name: string; html: string; expected: string }[] = [
    { name: 'blocks start lines, inline text runs on', html: '<h2>Article <b>5</b></h2><p>Every <i>firearm</i>\n   shall be marked.</p>', expected: 'Article 5\nEvery firearm shall be marked.' },
    { name: 'scripts, styles and the head are not text', html: '<head><title>T</title><style>p{}</style></head><script>x()</script><p>Law</p><noscript>n</noscript>', expected: 'Law' },
    { name: 'line breaks and entities', html: '<p>(1) A&nbsp;licence&hellip;<br>(2) &eacute;t&eacute; &amp; more</p>', expected: '(1) A licence…\n(2) été & more' },
    { name: 'list items and table rows', html: '<ol><li><p>first;</p></li><li>second.</li></ol><table><tr><th>A</th><td><p>x</p><p>y</p></td></tr></table>', expected: 'first;\nsecond.\nA | x y' },
    { name: 'an empty paragraph is a blank line', html: '<p>Part 1</p><p></p><p>Section 1</p>', expected: 'Part 1\n\nSection 1' },
    { name: 'preformatted text keeps its lines', html: '<pre>Section 1\n  (a) text</pre>', expected: 'Section 1\n(a) text' },
  ];
  it.each(cases)('$name', ({ html, expected }) => expect(htmlToText(html)).toBe(expected));

  it('decodes in the charset the page declares', () => {
    const page = Uint8Array.from([...bytes('<meta charset="windows-1251"><p>'), 0xd1, 0xf2, 0xe0, 0xf2, 0xfc, 0xff, ...bytes('</p>')]);
    expect(htmlToText(decodeHtml(page))).toBe('Статья');
  });
});

describe('what a file is', () => {
  it.each([
    ['%PDF-1.7\n', 'pdf'],
    ['\n\n%PDF-1.4', 'pdf'],
    ['PK\x03\x04rest', 'zip'],
    ['{\\rtf1\\ansi', 'rtf'],
    ['\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1', 'ole'],
    ['MZ\x90\x00\x03\x00', 'binary'],
    ['Article 1. Text', 'unknown'],
  ])('%j is %s', (head, content) => expect(sniff(bytes(head))).toBe(content));

  it.each([
    ['.DOCX', 'docx'],
    ['.htm', 'html'],
    ['.md', 'text'],
    ['', 'text'],
  ])('%s is read as %s', (ext, format) => expect(formatOf(ext, `law${ext}`)).toBe(format));

  it('names what to do with a format it cannot read', () => {
    expect(thrownWords(() => formatOf('.doc', 'law.doc'))).toMatch(/save it as a Word document \(\.docx\)/);
    expect(() => formatOf('.xlsx', 'law.xlsx')).toThrow(expect.objectContaining({ code: 'unsupported-format' }));
  });

  it.each([
    ['law.pdf', 'pdf', '{\\rtf1 text}', 'wrong-extension', /law\.pdf is named as a PDF but is a Rich Text document/],
    ['law.txt', 'text', '%PDF-1.4 ...', 'wrong-extension', /law\.txt is named as a text file but is a PDF/],
    ['law.docx', 'docx', 'Article 1', 'not-a-document', /law\.docx is not a Word document/],
    ['law.rtf', 'rtf', '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1', 'unsupported-format', /old-style Word document/],
    ['law.pdf', 'pdf', '', 'empty', /law\.pdf is empty/],
  ] as const)('%s holding %j: %s', (file, format, content, rule, message) => {
    let error: unknown;
    try {
      checkContent(bytes(content), format, file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: rule });
    expect(english(error)).toMatch(message);
  });
});
