/**
 * Files that are not what a drafter meant to give, read through readLaw (and so through the worker thread):
 * each gets an InputError with a stable rule and one line, in plain words, naming the file and what to do.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { english } from '../support/words.js';
import { listZip, unzipSafely } from '../../core/import/zip.js';
import { InputError } from '../../core/input-error.js';
import { readLaw, readStdin, type ReadOptions } from '../../core/node/read.js';
import { SHARED } from '../support/cli.js';
import { copyInto, requireTools, soffice, tempDir } from './support.js';

const dir = tempDir('bad');
const at = (name: string) => join(dir, name);
const write = (name: string, data: Uint8Array | string) => {
  writeFileSync(at(name), data);
  return at(name);
};

/** The same "random" bytes on every run. */
function noise(length: number): Uint8Array {
  let x = 12345;
  return Uint8Array.from({ length }, () => (x = (x * 1103515245 + 12345) >>> 0) >>> 24);
}

/** A highly compressible entry dressed as a Word document: a few kilobytes that unpack to 20 MB. */
function zipBomb(): Uint8Array {
  return zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'word/document.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
}


describe('bad input', () => {
  beforeAll(() => requireTools('soffice', 'qpdf', 'pdftoppm', 'img2pdf'));
  beforeAll(() => {
    const [txt] = copyInto([join(SHARED, 'eval', 'kestria-en.txt')], dir);
    const [docx] = soffice([txt!], 'docx', dir);
    const [pdf] = soffice([txt!], 'pdf', dir);
    soffice([txt!], 'odt', dir);
    const docxBytes = readFileSync(docx!);
    const pdfBytes = readFileSync(pdf!);
    write('truncated.docx', docxBytes.subarray(0, docxBytes.length / 2));
    write('truncated.pdf', pdfBytes.subarray(0, Math.floor(pdfBytes.length * 0.6)));
    write('renamed.pdf', docxBytes);
    write('odt-named.docx', readFileSync(at('kestria-en.odt')));
    write('photos.docx', zipSync({ 'photo.jpg': noise(2000) }));
    write('bomb.docx', zipBomb());
    write('empty.pdf', '');
    write('garbage.pdf', noise(5000));
    write('old.doc', '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1');
    execFileSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', pdf!, at('encrypted.pdf')]);
    // A scan: the first page rendered to an image, and the image made into a PDF again.
    execFileSync('pdftoppm', ['-r', '100', '-png', '-f', '1', '-l', '1', '-singlefile', pdf!, at('page')]);
    execFileSync('img2pdf', [at('page.png'), '-o', at('scanned.pdf')]);
  });

  const cases: { name: string; file: string; rule: string; message: RegExp; options?: ReadOptions }[] = [
    { name: 'an empty file', file: 'empty.pdf', rule: 'empty', message: /empty\.pdf is empty/ },
    { name: 'binary garbage named .pdf', file: 'garbage.pdf', rule: 'not-a-document', message: /garbage\.pdf is not a PDF: it holds binary data/ },
    { name: 'a Word document named .pdf', file: 'renamed.pdf', rule: 'wrong-extension', message: /renamed\.pdf is named as a PDF but is a Word document \(\.docx\)\. Rename it/ },
    { name: 'an OpenDocument text named .docx', file: 'odt-named.docx', rule: 'wrong-extension', message: /odt-named\.docx .* is an OpenDocument text \(\.odt\)\. Rename it to \.odt/ },
    { name: 'a zip of photos named .docx', file: 'photos.docx', rule: 'not-a-document', message: /photos\.docx is not a Word document/ },
    { name: 'an old .doc', file: 'old.doc', rule: 'unsupported-format', message: /old\.doc: lexgap cannot read \.doc files\. Open it in Word or LibreOffice and save it as a Word document/ },
    { name: 'a truncated .docx', file: 'truncated.docx', rule: 'corrupt', message: /truncated\.docx is damaged or incomplete/ },
    { name: 'a truncated .pdf', file: 'truncated.pdf', rule: 'truncated', message: /truncated\.pdf is incomplete: the PDF is cut off/ },
    { name: 'a password-protected PDF', file: 'encrypted.pdf', rule: 'encrypted', message: /encrypted\.pdf is password-protected\. .*save an unprotected copy/ },
    { name: 'a scanned PDF with no text', file: 'scanned.pdf', rule: 'image-only', message: /scanned\.pdf holds scanned page images, not text\. Run it through OCR/ },
    { name: 'a zip bomb', file: 'bomb.docx', rule: 'zip-bomb', message: /bomb\.docx is not a normal document: it would unpack to far more data/ },
    {
      name: 'a file over the size limit',
      file: 'kestria-en.docx',
      rule: 'too-large',
      message: /kestria-en\.docx is too large \(0\.0 MB; the limit is 0\.0 MB\)\. Split the law/,
      options: { limits: { maxBytes: 1000 } },
    },
    {
      name: 'a document that unpacks past the limit',
      file: 'kestria-en.docx',
      rule: 'zip-bomb',
      message: /kestria-en\.docx is not a normal document/,
      options: { limits: { zipLimits: { maxUnpackedBytes: 10_000, maxRatio: 100 } } },
    },
    {
      name: 'a document that needs more memory than allowed',
      file: 'kestria-en.pdf',
      rule: 'too-complex',
      message: /kestria-en\.pdf needs more memory to read than lexgap allows/,
      options: { limits: { maxMemoryMb: 8 } },
    },
    {
      name: 'a document that takes too long',
      file: 'kestria-en.pdf',
      rule: 'timeout',
      message: /kestria-en\.pdf took too long to read \(over 0 seconds\)/,
      options: { limits: { timeoutMs: 20 } },
    },
  ];

  it.each(cases)('$name: $rule, in one line', async ({ file, rule, message, options }) => {
    const error = await readLaw(at(file), options).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: rule });
    const text = english(error);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
    expect(text.startsWith(file)).toBe(true);
  });

  it('reads the same law from every good file it was made into', async () => {
    const texts = await Promise.all(['kestria-en.docx', 'kestria-en.pdf', 'kestria-en.odt'].map(async (f) => (await readLaw(at(f))).text));
    expect(new Set(texts.map((t) => t.replace(/\s+/g, ' '))).size).toBe(1);
  });

  it('reports progress page by page while reading a PDF', async () => {
    const progress: [number, number][] = [];
    const law = await readLaw(at('kestria-en.pdf'), { onProgress: (done, total) => progress.push([done, total]) });
    expect(law.text).toContain('Arms and Ammunition Act 2016');
    const total = progress[0]![1];
    expect(total).toBeGreaterThan(1);
    expect(progress).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
  });

  it('recognises a document on standard input by its first bytes', async () => {
    const law = await readStdin(Readable.from([readFileSync(at('kestria-en.docx'))]));
    expect(law.file).toBe('stdin');
    expect(law.text).toContain('Arms and Ammunition Act 2016');
  });
});

describe('the zip reader', () => {
  it('unpacks an entry no larger than it declares, whatever its data holds', () => {
    const zip = zipSync({ 'content.xml': new Uint8Array(3 * 1024 * 1024).fill(65) }, { level: 9 });
    // Make the central directory claim 1,000 bytes unpacked (uncompressed size sits 24 bytes into the record).
    const view = new DataView(zip.buffer, zip.byteOffset);
    let cd = zip.length - 22;
    while (view.getUint32(cd, true) !== 0x02014b50) cd--;
    view.setUint32(cd + 24, 1000, true);
    const entries = listZip(zip, 'liar.odt', 'odt');
    expect(entries[0]!.originalSize).toBe(1000);
    const files = unzipSafely(zip, entries, () => true, 'liar.odt', 'odt');
    expect(files['content.xml']!.length).toBeLessThanOrEqual(1000);
  });
});
