/**
 * Hostile and pathological inputs for `lexgap`, generated when the suite runs (nothing large is committed): texts
 * built to make a segmenter or a matcher go quadratic, documents built to exhaust a reader's memory, and output
 * paths that would destroy the input. Each case says what the command must do: succeed, or refuse with one line
 * matching `refused`. The suite (hostile.test.ts) and `npm run bench` run the same cases.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { buildPdf, textContent, textPdf, zerosBomb } from '../support/pdf.js';

export interface HostileCase {
  name: string;
  /** Makes the case's files in `dir` (its own folder) and returns the command's arguments. */
  setup(dir: string): string[];
  /** Standard input, for cases that read `-`. */
  input?: () => Uint8Array;
  /**
   * 'ok': exit 0 with its one summary line; a pattern: a non-zero exit with one line on standard error matching
   * it; { okOr }: either (where refusing and reading are both right, e.g. a damaged file a reader may repair).
   */
  expect: 'ok' | RegExp | { okOr: RegExp };
  /** Loose bounds for this case (defaults in DEFAULT_BOUNDS). */
  maxMs?: number;
  maxMb?: number;
  /** What must still hold after the run (the law untouched, nothing written): throws when it does not. */
  after?(dir: string): void;
}

export const DEFAULT_BOUNDS = { maxMs: 45_000, maxMb: 1_200 };

const MB = 1024 * 1024;
const file = (dir: string, name: string, data: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

/** A short real-looking law, for the output-path cases and as the body of documents. */
const LAW = [
  'Firearms Act',
  'Article 1. Every firearm shall be marked at manufacture with the name of the manufacturer, the country and a serial number.',
  'Article 2. Records of every firearm shall be kept for at least ten years.',
  'Article 3. Illicit manufacturing of firearms is an offence punishable by imprisonment.',
  'Article 4. No firearm shall be exported without a licence issued by the competent authority.',
].join('\n\n');

/** The same "random" bytes on every run. */
function noise(length: number): Uint8Array {
  let x = 987654321;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

const enc = (s: string) => new TextEncoder().encode(s);

/** A minimal Word document whose body is `body` (WordprocessingML paragraphs). */
function docx(body: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': enc(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': enc(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': enc(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
    ...extra,
  });
}
const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

/** A minimal OpenDocument text whose body is `body`. */
function odt(body: string): Uint8Array {
  return zipSync({
    mimetype: enc('application/vnd.oasis.opendocument.text'),
    'content.xml': enc(
      `<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    ),
  });
}

/** The input law's bytes, to check afterwards that it was not touched. */
function keepsLaw(name = 'law.txt') {
  return (dir: string) => {
    if (readFileSync(join(dir, name), 'utf8') !== LAW) throw new Error(`${name} was changed`);
  };
}

const TOO_LONG = /too long|too large/;
const NO_OVERWRITE = /(is|are) the (law|input)|same file|would replace/;

export const CASES: HostileCase[] = [
  // ---- Texts that make an engine go quadratic, recurse, or run out of memory.
  { name: "200,000 lines of 'Article 1.' (2.2 MB)", setup: (d) => ['analyze', file(d, 'a.txt', 'Article 1.\n'.repeat(200_000))], expect: /clauses/ },
  { name: 'a 20 MB text of one word', setup: (d) => ['analyze', file(d, 'w.txt', 'a'.repeat(20 * MB))], expect: TOO_LONG },
  { name: "1 MB of repeated 'import '", setup: (d) => ['analyze', file(d, 'i.txt', 'import '.repeat(150_000))], expect: 'ok' },
  { name: "1 MB of one repeated word 'firearm '", setup: (d) => ['analyze', file(d, 'f.txt', 'firearm '.repeat(130_000))], expect: 'ok' },
  { name: 'one character over the text limit (5,000,001)', setup: (d) => ['analyze', file(d, 'l.txt', `${LAW}\n${'x '.repeat(2_500_000)}`.slice(0, 5_000_001))], expect: TOO_LONG },
  { name: 'a 3 MB law on a single line', setup: (d) => ['analyze', file(d, 'line.txt', LAW.replace(/\n+/g, ' ').repeat(Math.ceil((3 * MB) / LAW.length)))], expect: 'ok' },
  {
    name: '30,000 articles of real wording (over the clause limit)',
    setup: (d) => ['analyze', file(d, 'many.txt', Array.from({ length: 30_000 }, (_, i) => `Article ${i + 1}. Every firearm shall be marked with a serial number.`).join('\n'))],
    expect: /clauses/,
  },
  {
    name: '5,000 articles of real wording',
    setup: (d) => ['analyze', file(d, 'five.txt', Array.from({ length: 5_000 }, (_, i) => `Article ${i + 1}. Records of every firearm shall be kept for ten years by the licensed dealer.`).join('\n'))],
    expect: 'ok',
  },
  { name: '10,000 nested Markdown list items', setup: (d) => ['analyze', file(d, 'list.md', Array.from({ length: 10_000 }, (_, i) => `${'  '.repeat(i)}- item ${i} firearm`).join('\n').slice(0, 4 * MB))], expect: { okOr: /clauses|too deep|nested/ } },
  { name: '100,000 nested block quotes', setup: (d) => ['analyze', file(d, 'q.md', `${'>'.repeat(100_000)} Article 1. A firearm shall be marked.`)], expect: 'ok' },
  { name: '100,000 lettered items (a)', setup: (d) => ['analyze', file(d, 'items.txt', 'Article 1.\n' + '(a) a firearm shall be marked;\n'.repeat(100_000))], expect: { okOr: /clauses/ } },
  { name: "100,000 unclosed '[' (link labels)", setup: (d) => ['analyze', file(d, 'br.md', `${LAW}\n${'[a '.repeat(100_000)}`)], expect: 'ok' },
  { name: "200,000 '*' emphasis openers", setup: (d) => ['analyze', file(d, 'em.md', `${LAW}\n${'*a '.repeat(200_000)}`)], expect: 'ok' },
  { name: '50,000 backtick runs of growing length', setup: (d) => ['analyze', file(d, 'bt.md', `${LAW}\n${Array.from({ length: 2_000 }, (_, i) => '`'.repeat(i + 1) + ' x').join(' ')}`)], expect: 'ok' },
  { name: 'a Markdown table of 200,000 cells', setup: (d) => ['analyze', file(d, 't.md', `${LAW}\n\n| a | b |\n|---|---|\n${'| firearm | licence |\n'.repeat(100_000)}`)], expect: 'ok' },
  { name: '1 MB of white space', setup: (d) => ['analyze', file(d, 'blank.txt', ' \n\t'.repeat(350_000))], expect: /empty/ },
  { name: 'binary noise named .txt', setup: (d) => ['analyze', file(d, 'noise.txt', noise(200_000))], expect: /not a text document/ },
  { name: 'NUL bytes named .md', setup: (d) => ['analyze', file(d, 'nul.md', new Uint8Array(100_000))], expect: /not a text document|empty/ },
  { name: '1,000,000 combining accents on one letter', setup: (d) => ['analyze', file(d, 'comb.txt', `${LAW}\nArticle 5. a${'\u0301'.repeat(1_000_000)}`)], expect: 'ok' },
  { name: 'bidirectional overrides and zero-width characters throughout', setup: (d) => ['analyze', file(d, 'bidi.txt', LAW.replace(/ /g, ' \u202E\u200B\u2066').repeat(200))], expect: 'ok' },
  { name: 'article numbers 10,000 digits long', setup: (d) => ['analyze', file(d, 'digits.txt', Array.from({ length: 50 }, () => `Article ${'9'.repeat(10_000)}. A firearm shall be marked.`).join('\n'))], expect: 'ok' },
  { name: 'one clause citing section 1 100,000 times', setup: (d) => ['analyze', file(d, 'refs.txt', `Section 1. Firearms.\nSection 2. ${'as provided under section 1, '.repeat(100_000)}`)], expect: 'ok' },
  {
    name: '20,000 defined terms',
    setup: (d) => ['analyze', file(d, 'defs.txt', `Article 1. Definitions\n${Array.from({ length: 20_000 }, (_, i) => `"term${i} firearm" means a firearm of kind ${i};`).join('\n')}`)],
    expect: { okOr: /clauses/ },
    // 20,000 clauses is eight times the longest law of the corpus: a real analysis, linear but long (about 16 s
    // alone; the bound is loose for a machine shared with other work).
    maxMs: 150_000,
  },
  {
    name: 'a Word report of a law of 12,000 clauses',
    setup: (d) => [
      'analyze',
      file(d, 'long.txt', Array.from({ length: 12_000 }, (_, i) => `Article ${i + 1}. The holder shall keep the licence.`).join('\n')),
      '--report',
      join(d, 'long.docx'),
      '--json',
      join(d, 'long.json'),
    ],
    expect: /Word report holds up to 10,000/,
    maxMs: 150_000,
    after: (d) => {
      if (existsSync(join(d, 'long.json')) || existsSync(join(d, 'long.docx'))) throw new Error('an output was written although the report was refused');
    },
  },
  {
    name: 'a file name with a line break and a terminal escape',
    setup: (d) => ['analyze', file(d, 'evil\n\u001b[31mname.txt', '')],
    // The name comes back escaped: no raw line break or escape character reaches the terminal.
    // eslint-disable-next-line no-control-regex
    expect: /^lexgap: [^\n\u001b]*evil\\u000a\\u001b\[31mname\.txt is empty/,
  },
  { name: 'the law on standard input: 12 MB of one word', setup: () => ['analyze', '-'], input: () => enc('x'.repeat(12 * MB)), expect: TOO_LONG },

  // ---- Documents built against the readers.
  {
    name: 'a PDF of 1 MB whose page inflates to 1 GB',
    setup: (d) => ['analyze', file(d, 'bomb.pdf', textPdf([], { contents: zerosBomb(1024), contentFilter: '/Filter /FlateDecode' }))],
    expect: /decompress|too large|memory/,
    maxMb: 900,
  },
  {
    name: 'a PDF whose stream is deflated twice to 4 GB',
    setup: (d) => {
      const inner = zerosBomb(4096);
      return ['analyze', file(d, 'bomb2.pdf', textPdf([], { contents: deflateSync(inner), contentFilter: '/Filter [/FlateDecode /FlateDecode]' }))];
    },
    expect: /decompress|too large|memory/,
    maxMb: 900,
  },
  {
    name: 'a PDF font program that inflates to 1 GB',
    setup: (d) =>
      ['analyze', file(d, 'font.pdf', buildPdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
        { dict: '', stream: enc(textContent(LAW.split('\n\n'))) },
        '<< /Type /Font /Subtype /TrueType /BaseFont /Evil /FirstChar 32 /LastChar 126 /Widths [] /FontDescriptor 6 0 R >>',
        '<< /Type /FontDescriptor /FontName /Evil /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>',
        { dict: '/Filter /FlateDecode', stream: zerosBomb(1024) },
      ]))],
    expect: /decompress|too large|memory/,
    maxMb: 900,
  },
  {
    name: 'a PDF of 3,000 pages',
    setup: (d) => {
      const pages = 3_000;
      const objects: (string | { dict: string; stream: Uint8Array })[] = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${4 + 2 * i} 0 R`).join(' ')}] /Count ${pages} >>`, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
      for (let i = 0; i < pages; i++) {
        objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`);
        objects.push({ dict: '', stream: enc(textContent([`Article ${i + 1}. Every firearm shall be marked with a serial number.`])) });
      }
      return ['analyze', file(d, 'pages.pdf', buildPdf(objects))];
    },
    expect: 'ok',
  },
  {
    name: 'a PDF with arrays nested 100,000 deep',
    setup: (d) => ['analyze', file(d, 'deep.pdf', textPdf(LAW.split('\n\n'), { pageExtra: `/Evil ${'['.repeat(100_000)}${']'.repeat(100_000)}` }))],
    expect: { okOr: /damaged/ },
  },
  {
    name: 'a PDF whose page tree contains itself',
    setup: (d) => ['analyze', file(d, 'loop.pdf', buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>', { dict: '', stream: enc('BT ET') }]))],
    expect: /damaged|empty/,
  },
  {
    name: 'a PDF with a JavaScript action and a form',
    setup: (d) =>
      ['analyze', file(d, 'js.pdf', textPdf(LAW.split('\n\n'), { catalogExtra: '/OpenAction << /S /JavaScript /JS (app.alert\\("owned"\\); this.submitForm\\("http://127.0.0.1:9/"\\);) >> /AcroForm << /Fields [] /XFA (<xdp/>) >>' }))],
    expect: 'ok',
  },
  {
    name: 'a PDF image of 100,000 by 100,000 pixels',
    setup: (d) =>
      ['analyze', file(d, 'img.pdf', buildPdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
        { dict: '', stream: enc('q 595 0 0 842 0 0 cm /Im1 Do Q') },
        { dict: '/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode', stream: zerosBomb(64) },
      ]))],
    expect: /scanned|empty|decompress|memory/,
  },
  {
    name: 'a PDF page of 2 million text operators',
    setup: (d) => ['analyze', file(d, 'ops.pdf', textPdf([], { contents: enc(`BT /F1 1 Tf ${'(a) Tj '.repeat(2_000_000)}ET`) }))],
    expect: { okOr: /too long|clauses/ },
  },
  {
    name: 'a PDF with a cross-reference table of wrong offsets',
    setup: (d) => ['analyze', file(d, 'xref.pdf', Buffer.from(textPdf(LAW.split('\n\n')).toString('latin1').replace(/\d{10} 00000 n/g, '0000000001 00000 n'), 'latin1'))],
    expect: 'ok',
  },
  { name: 'an RTF of 45 MB', setup: (d) => ['analyze', file(d, 'big.rtf', `{\\rtf1\\ansi ${'Article 1. A firearm shall be marked.\\par '.repeat(Math.ceil((45 * MB) / 42))}}`)], expect: TOO_LONG },
  { name: 'an RTF of groups nested 100,000 deep', setup: (d) => ['analyze', file(d, 'deep.rtf', `{\\rtf1 ${'{'.repeat(100_000)}x${'}'.repeat(100_000)}}`)], expect: /damaged/ },
  { name: 'an RTF with a \\bin of 4 GB', setup: (d) => ['analyze', file(d, 'bin.rtf', `{\\rtf1\\ansi Article 1. A firearm.\\par{\\bin4294967295 x}}`)], expect: { okOr: /empty/ } },
  // The parser's cost grows with the square of the depth: past 10,000 open elements the file is refused.
  { name: 'HTML nested 200,000 elements deep', setup: (d) => ['analyze', file(d, 'deep.html', `<html><body>${'<div>'.repeat(200_000)}${LAW}${'</div>'.repeat(200_000)}</body></html>`)], expect: /damaged: its elements are nested too deeply/ },
  { name: 'HTML nested 5,000 elements deep', setup: (d) => ['analyze', file(d, 'deep5k.html', `<html><body>${'<div>'.repeat(5_000)}${LAW}${'</div>'.repeat(5_000)}</body></html>`)], expect: 'ok' },
  { name: 'HTML of 1,000,000 line breaks', setup: (d) => ['analyze', file(d, 'br.html', `<p>${LAW}</p>${'<br>'.repeat(1_000_000)}`)], expect: 'ok' },
  {
    name: 'HTML declaring charset utf-16 (browsers read UTF-8)',
    setup: (d) => ['analyze', file(d, 'u16.html', `<html><head><meta charset="utf-16"></head><body><p>${LAW.replace(/\n\n/g, '</p><p>')}</p></body></html>`)],
    expect: 'ok',
  },
  {
    name: 'a .docx zip bomb whose directory lies',
    setup: (d) => {
      const bytes = docx(para('x'), { 'word/evil.xml': new Uint8Array(50 * MB) });
      // The central directory's sizes are the ones the reader checks first: claim the bomb is small.
      const b = Buffer.from(bytes);
      for (let at = b.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1')); at >= 0; at = b.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1'), at - 1)) b.writeUInt32LE(1000, at + 24);
      return ['analyze', file(d, 'liar.docx', b)];
    },
    // The reader unpacks no entry past the size it declares: the lie only cuts the bomb short.
    expect: { okOr: /damaged|zip bomb|not a normal document/ },
  },
  {
    name: 'a .docx with elements nested 100,000 deep',
    setup: (d) => ['analyze', file(d, 'deep.docx', docx(`${para(LAW)}<w:p>${'<w:r>'.repeat(100_000)}${'</w:r>'.repeat(100_000)}</w:p>`))],
    expect: { okOr: /damaged|not a normal document/ },
  },
  {
    name: 'a .docx with a billion-laughs entity',
    setup: (d) => {
      const laughs = `<!DOCTYPE d [<!ENTITY a "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]>`;
      const bytes = docx(para('&j;'));
      return ['analyze', file(d, 'laughs.docx', Buffer.from(Buffer.from(bytes).toString('latin1').replace('<?xml version="1.0"?>', `<?xml version="1.0"?>${laughs}`), 'latin1'))];
    },
    expect: { okOr: /damaged|empty/ },
  },
  { name: 'a .docx of 300,000 paragraphs', setup: (d) => ['analyze', file(d, 'paras.docx', docx(para('Article 1. A firearm shall be marked.').repeat(300_000)))], expect: /clauses|too long|not a normal document/ },
  { name: 'an .odt with spans nested 100,000 deep', setup: (d) => ['analyze', file(d, 'deep.odt', odt(`<text:p>${LAW}</text:p><text:p>${'<text:span>'.repeat(100_000)}x${'</text:span>'.repeat(100_000)}</text:p>`))], expect: { okOr: /damaged|not a normal document/ } },
  { name: 'a .docx of 10,001 empty entries', setup: (d) => ['analyze', file(d, 'entries.docx', zipSync(Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`word/e${i}.xml`, new Uint8Array(0)]))))], expect: /zip bomb|not a normal document|not a Word document/ },

  // ---- Output paths that would destroy the input or another output.
  { name: '--report onto the input law', setup: (d) => ['analyze', file(d, 'law.txt', LAW), '--report', join(d, 'law.txt')], expect: NO_OVERWRITE, after: keepsLaw() },
  { name: '--json onto the input law', setup: (d) => ['analyze', file(d, 'law.txt', LAW), '--json', join(d, 'law.txt')], expect: NO_OVERWRITE, after: keepsLaw() },
  {
    name: '--csv onto the input law, spelt another way',
    setup: (d) => {
      mkdirSync(join(d, 'sub'));
      return ['analyze', file(d, 'law.txt', LAW), '--csv', `${d}/./sub/../law.txt`];
    },
    expect: NO_OVERWRITE,
    after: keepsLaw(),
  },
  {
    name: '--json and --report on one path',
    setup: (d) => ['analyze', file(d, 'law.txt', LAW), '--json', join(d, 'out'), '--report', join(d, 'out')],
    expect: /same file|both|one path|twice/,
  },
  {
    name: '--json through a symbolic link',
    setup: (d) => {
      file(d, 'target.json', 'keep');
      symlinkSync(join(d, 'target.json'), join(d, 'link.json'));
      return ['analyze', file(d, 'law.txt', LAW), '--json', join(d, 'link.json')];
    },
    expect: /symbolic link|link/,
    after: (d) => {
      if (readFileSync(join(d, 'target.json'), 'utf8') !== 'keep') throw new Error('the link target was changed');
    },
  },
  {
    name: '--json to a FIFO',
    setup: (d) => {
      execFileSync('mkfifo', [join(d, 'pipe.json')]);
      return ['analyze', file(d, 'law.txt', LAW), '--json', join(d, 'pipe.json')];
    },
    expect: /not a regular file|pipe|device/,
  },
  {
    name: '--csv to a device node',
    setup: (d) => {
      // A device of our own (the null device's numbers), not /dev/null itself: code that renames over its output
      // would replace the machine's /dev/null when run as root.
      let device = join(d, 'null');
      try {
        execFileSync('mknod', [device, 'c', '1', '3'], { stdio: 'ignore' });
      } catch {
        device = '/dev/null'; // not root: nothing can replace it
      }
      return ['analyze', file(d, 'law.txt', LAW), '--csv', device];
    },
    expect: /not a regular file|pipe|device/,
  },
  {
    name: '--json onto a hard link of the input law',
    setup: (d) => {
      const law = file(d, 'law.txt', LAW);
      linkSync(law, join(d, 'same.json'));
      return ['analyze', law, '--json', join(d, 'same.json')];
    },
    expect: NO_OVERWRITE,
    after: keepsLaw(),
  },
  {
    name: 'diff --json onto the earlier version',
    setup: (d) => ['diff', file(d, 'law.txt', LAW), file(d, 'new.txt', `${LAW}\n\nArticle 5. Brokers shall be registered.`), '--json', join(d, 'law.txt')],
    expect: NO_OVERWRITE,
    after: keepsLaw(),
  },
  {
    name: 'compare --report onto the second law',
    setup: (d) => ['compare', file(d, 'a.txt', LAW), file(d, 'law.txt', LAW), '--report', join(d, 'law.txt')],
    expect: NO_OVERWRITE,
    after: keepsLaw(),
  },
];
