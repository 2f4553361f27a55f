/**
 * Writing small PDFs by hand, for what no real tool makes on purpose: streams that decompress to gigabytes,
 * PostScript functions, JavaScript actions, deep nesting. Objects are numbered in order from 1; the writer adds
 * the header, the cross-reference table and the trailer, so pdf.js reads the file without repairing it.
 */
import { deflateRawSync, constants } from 'node:zlib';

export type PdfObject = string | { dict: string; stream: Uint8Array };

const latin1 = (s: string) => Buffer.from(s, 'latin1');

/** A PDF of the given objects; object 1 must be the catalogue. */
export function buildPdf(objects: PdfObject[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [latin1('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n')];
  let at = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(at);
    const body =
      typeof o === 'string'
        ? latin1(`${i + 1} 0 obj\n${o}\nendobj\n`)
        : Buffer.concat([latin1(`${i + 1} 0 obj\n<< ${o.dict} /Length ${o.stream.length} >>\nstream\n`), o.stream, latin1('\nendstream\nendobj\n')]);
    parts.push(body);
    at += body.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(latin1(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${at}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** PDF string literal: backslashes and parentheses escaped. */
const literal = (s: string) => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** Page content that writes each line of text, one below the other, in Helvetica (font /F1). */
export function textContent(lines: readonly string[]): string {
  return ['BT /F1 11 Tf 14 TL 56 800 Td', ...lines.map((l) => `${literal(l)} '`), 'ET'].join('\n');
}

/**
 * A one-page PDF with these lines of text. `pageExtra` goes into the page dictionary, `extra` are further objects
 * (numbered from 6), `catalogExtra` into the catalogue (an /OpenAction, /AcroForm...).
 */
export function textPdf(lines: readonly string[], options: { pageExtra?: string; catalogExtra?: string; extra?: PdfObject[]; contents?: Uint8Array; contentFilter?: string } = {}): Buffer {
  const content = options.contents ?? latin1(textContent(lines));
  return buildPdf([
    `<< /Type /Catalog /Pages 2 0 R ${options.catalogExtra ?? ''} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R ${options.pageExtra ?? ''} >>`,
    { dict: options.contentFilter ?? '', stream: content },
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ...(options.extra ?? []),
  ]);
}

/** Adler-32 of `length` zero bytes (zlib's trailer), without making them. */
function adler32OfZeros(length: number): number {
  const b = length % 65521;
  return ((b << 16) | 1) >>> 0;
}

/**
 * A zlib stream (what /FlateDecode reads) that inflates to `mb` megabytes of zero bytes, made without making
 * them: one megabyte deflated once with a full flush is a self-contained block sequence, repeated.
 */
export function zerosBomb(mb: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0)); // an empty final block
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler32OfZeros(mb * 1024 * 1024));
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...Array.from({ length: mb }, () => block), end, trailer]);
}
