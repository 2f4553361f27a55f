/**
 * Documents with real structure (headings, automatic list numbering, tables, scripts) and a PDF with running
 * headers, footers, page numbers and soft hyphens, made by LibreOffice and Chromium: the text that comes out
 * must keep each heading and item on its own line and leave the page furniture behind.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convert, type Format } from '../../core/import/index.js';
import { chromiumPdf, requireTools, soffice, tempDir } from './support.js';

const dir = tempDir('structure');
const read = async (path: string, format: Format) => convert(new Uint8Array(readFileSync(path)), format, path);

const LAW_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Structured Law</title>
<style>.x { color: red }</style><script>var leaked = "SCRIPT TEXT";</script></head>
<body>
<h1>FIREARMS (CONTROL) ACT 2024</h1>
<h2>PART 1 PRELIMINARY</h2>
<h3>Section 1. Short title</h3>
<p>This Act may be cited as the Firearms (Control) Act 2024.</p>
<h3>Section 2. Marking</h3>
<p>(1) Every manufacturer shall mark each firearm at the time of manufacture.</p>
<p>(2) The marking shall include:</p>
<ol><li>the name of the manufacturer;</li><li>the country or place of manufacture; and</li><li>the serial number.</li></ol>
<h3>Section 3. Categories</h3>
<table><tr><td>Category A</td><td>Prohibited firearms</td></tr><tr><td>Category B</td><td>Firearms subject to licence</td></tr></table>
<p>a) an end&#8209;user certificate is required for every export&nbsp;licence.</p>
</body></html>`;

/** Lines each document must give back whole, each on a line of its own. */
const LINES = [
  'FIREARMS (CONTROL) ACT 2024',
  'PART 1 PRELIMINARY',
  'Section 1. Short title',
  'This Act may be cited as the Firearms (Control) Act 2024.',
  'Section 2. Marking',
  '(1) Every manufacturer shall mark each firearm at the time of manufacture.',
  '(2) The marking shall include:',
  'Section 3. Categories',
];

/** List items: Word and OpenDocument number them automatically, so only the words are in the file. */
const ITEMS = ['the name of the manufacturer;', 'the country or place of manufacture; and', 'the serial number.'];

describe('a structured law as .html, .docx, .odt, .rtf and .pdf', () => {
  beforeAll(() => requireTools('soffice'));
  const files: Record<string, string> = {};
  beforeAll(() => {
    files.html = join(dir, 'structured.html');
    writeFileSync(files.html, LAW_HTML);
    // LibreOffice opens HTML in its web view, whose exports need the filter named.
    files.docx = soffice([files.html], 'docx:MS Word 2007 XML', dir)[0]!;
    files.odt = soffice([files.html], 'odt:writer8', dir)[0]!;
    files.rtf = soffice([files.html], 'rtf:Rich Text Format', dir)[0]!;
    // From the .docx: LibreOffice's PDF of its own HTML import drops the first heading.
    files.pdf = soffice([files.docx], 'pdf', dir)[0]!;
  });

  it.each(['html', 'docx', 'odt', 'rtf', 'pdf'] as Format[])('.%s: headings, units and items on their own lines; no script', async (format) => {
    const lines = (await read(files[format]!, format)).split('\n');
    for (const line of LINES) expect(lines).toContain(line);
    // Automatic numbers survive where the format writes them out (.rtf, .pdf); the words survive everywhere.
    for (const item of ITEMS) expect(lines.some((l) => l === item || new RegExp(`^\\d+\\. ${item.replace(/[().]/g, '\\$&')}$`).test(l))).toBe(true);
    expect(lines.join('\n')).not.toContain('SCRIPT TEXT');
    expect(lines.join('\n')).not.toContain('color: red');
    expect(lines.some((l) => /^Category A\W+Prohibited firearms$/.test(l))).toBe(true);
    expect(lines.some((l) => /^a\) an end.user certificate is required for every export licence\.$/.test(l))).toBe(true);
  });
});

describe('a PDF printed by Chromium, with running header, footer, page numbers and soft hyphens', () => {
  beforeAll(() => requireTools('chromium'));
  let text = '';
  const SENTENCE = 'The licensee shall keep records of every firearm manufactured, imported or exported, including the serial number and the name of the end-user, for not less than ten years.';
  beforeAll(async () => {
    const articles = Array.from({ length: 12 }, (_, i) =>
      `<h3>Article ${i + 1}</h3><p>${SENTENCE} ${SENTENCE} Fire&shy;arms and ammu&shy;nition are covered.</p><p>(1) ${SENTENCE}</p>`,
    ).join('\n');
    const html = join(dir, 'narrow.html');
    // A narrow column forces many line breaks, some at the soft hyphens.
    writeFileSync(html, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Narrow Law Title</title><style>body{width:9cm;font-size:11pt}</style></head><body><h1>FIREARMS CONTROL ACT</h1>${articles}</body></html>`);
    const pdf = join(dir, 'narrow.pdf');
    chromiumPdf(html, pdf);
    text = await read(pdf, 'pdf');
  });

  it('drops the running header and footer (title, date, address, "1/5")', () => {
    expect(text).not.toContain('Narrow Law Title');
    expect(text).not.toContain('file://');
    expect(text).not.toMatch(/^\s*\d+\s*\/\s*\d+\s*$/m);
    expect(text).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{2}/);
  });

  it('keeps the title whole and every article at the start of its own line, in order', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('FIREARMS CONTROL ACT');
    expect(lines.filter((l) => /^Article \d+$/.test(l))).toEqual(Array.from({ length: 12 }, (_, i) => `Article ${i + 1}`));
    expect(lines.filter((l) => l === `(1) ${SENTENCE}`)).toHaveLength(12);
  });

  it('mends words hyphenated at a line end and keeps real hyphens', () => {
    expect(text.match(/Firearms and ammunition are covered\./g)).toHaveLength(12);
    expect(text).not.toMatch(/Fire\S*\s+arms/);
    expect(text).toContain('end-user');
  });
});
