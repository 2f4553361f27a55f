/**
 * Reading text whose encoding is not declared, and HTML whose encoding is. A UTF-8 file with a few invalid bytes
 * is read as UTF-8, the bytes reported (never silently re-read as Windows-1252, which changed ardenne-fr.txt's
 * findings); a real Windows-1252 file still reads as it always did; HTML charset labels count as a browser counts
 * them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUnlabelled, utf8Census } from '../../core/import/decode.js';
import { htmlToText, readHtml } from '../../core/import/html.js';
import { readLaw } from '../../core/node/read.js';
import { problemText } from '../../core/i18n/problems.js';
import { lexgap, localeEnv, SHARED } from '../support/cli.js';
import { english } from '../support/words.js';
import { tempDir } from './support.js';

const dir = tempDir('decode');
const ARDENNE = join(SHARED, 'eval', 'ardenne-fr.txt');
const original = readFileSync(ARDENNE);
const text = original.toString('utf8');
const latin1 = (s: string) => Buffer.from(s, 'latin1');

/** Text in Windows-1252, as an old Windows program saves it (every character of the law is in it). */
function cp1252(s: string): Buffer {
  const high = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
  return Buffer.from(Array.from(s, (c) => (high.includes(c) ? 0x80 + high.indexOf(c) : c.charCodeAt(0))));
}

/** ardenne-fr.txt with one byte that is not UTF-8 on the blank line under its first line, far from any provision. */
function withInvalidByte(): { bytes: Buffer; at: number } {
  const at = original.indexOf('\n') + 1;
  return { bytes: Buffer.concat([original.subarray(0, at), Buffer.from([0xff]), original.subarray(at)]), at };
}

const summary = (json: string) => JSON.parse(readFileSync(json, 'utf8')).summary as Record<string, number>;

describe('a UTF-8 law with an invalid byte', () => {
  it('is read as UTF-8, with the byte reported, and its findings are those of the clean file', () => {
    const { bytes, at } = withInvalidByte();
    const law = join(dir, 'ardenne-fr.txt');
    writeFileSync(law, bytes);
    const clean = lexgap(['analyze', ARDENNE, '--json', join(dir, 'clean.json')]);
    const damaged = lexgap(['analyze', law, '--json', join(dir, 'damaged.json')]);
    expect(clean.code).toBe(0);
    expect(damaged.code).toBe(0);
    expect(damaged.stderr.trim().split('\n')).toEqual([
      `lexgap: warning: ardenne-fr.txt is not entirely valid UTF-8: 1 byte could not be read (at byte ${at.toLocaleString('en-US')}) and shows as \uFFFD; the rest of the text was read as it is. Check the text, or save the file again as UTF-8.`,
    ]);
    expect(summary(join(dir, 'damaged.json'))).toEqual(summary(join(dir, 'clean.json')));
  });

  it('is read in the app the same way, the warning a code with data worded by the same catalogue', async () => {
    const { bytes, at } = withInvalidByte();
    const law = join(dir, 'in-app.txt');
    writeFileSync(law, bytes);
    const read = await readLaw(law);
    expect(read.text.replace('\uFFFD', '')).toBe(text);
    expect(read.warnings).toEqual([{ code: 'invalid-bytes', params: { file: 'in-app.txt', count: 1, at } }]);
    expect(english(read.warnings[0])).toMatch(/^in-app\.txt is not entirely valid UTF-8: 1 byte could not be read/);
    expect(problemText(read.warnings[0]!, 'fr')).toMatch(/^in-app\.txt n’est pas entièrement en UTF-8 valide : 1 octet n’a pas pu être lu/);
  });

  it('is said in the CLI in the user\'s language', () => {
    const { bytes, at } = withInvalidByte();
    const law = join(dir, 'ardenne-es.txt');
    writeFileSync(law, bytes);
    const run = lexgap(['analyze', law], { env: localeEnv('es_ES.UTF-8') });
    expect(run.code).toBe(0);
    expect(run.stderr.trim()).toBe(
      `lexgap: advertencia: ardenne-es.txt no está enteramente en UTF-8 válido: 1 byte no pudo leerse (en el byte ${at}) y se muestra como \uFFFD; el resto del texto se leyó tal cual. Revise el texto, o guarde de nuevo el archivo en UTF-8.`,
    );
  });
});

describe('text whose encoding is not declared', () => {
  const cases: [string, Uint8Array, string, number][] = [
    ['UTF-8', original, text, 0],
    ['Windows-1252 (a French law saved by an old Windows program)', cp1252(text), text, 0],
    ['Windows-1252 with only a curly apostrophe', latin1('The Minister\x92s licence.'), 'The Minister\u2019s licence.', 0],
    ['UTF-8 with two bad bytes among many accents', Buffer.concat([Buffer.from('Décret — arme à feu '), Buffer.from([0xc3]), Buffer.from(' et '), Buffer.from([0x80]), Buffer.from(' marquée')]), 'Décret — arme à feu \uFFFD et \uFFFD marquée', 2],
    ['UTF-16 with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Loi n° 5', 'utf16le')]), 'Loi n° 5', 0],
  ];
  it.each(cases)('%s', (_name, bytes, expected, invalid) => {
    const read = readUnlabelled(bytes);
    expect(read.text).toBe(expected);
    expect(read.invalid?.count ?? 0).toBe(invalid);
  });

  it('counts valid sequences and invalid bytes as the WHATWG decoder reads them', () => {
    expect(utf8Census(Buffer.from('aé€😀'))).toEqual({ multibyte: 3, invalid: 0, firstInvalid: -1 });
    expect(utf8Census(Buffer.from([0x61, 0xe9, 0x62, 0xed, 0xa0, 0x80]))).toEqual({ multibyte: 0, invalid: 4, firstInvalid: 1 });
    expect(utf8Census(Buffer.from([0xf0, 0x9f, 0x98]))).toEqual({ multibyte: 0, invalid: 3, firstInvalid: 0 });
  });
});

describe('HTML charset labels, as a browser reads them', () => {
  const page = (meta: string, body: Buffer) => Buffer.concat([Buffer.from(`<html><head>${meta}</head><body><p>`), body, Buffer.from('</p></body></html>')]);
  const cases: [string, Buffer, string][] = [
    ['utf-16 in a meta means UTF-8', page('<meta charset="utf-16">', Buffer.from('Décret sur les armes à feu')), 'Décret sur les armes à feu'],
    ['UTF-16LE in http-equiv means UTF-8', page('<meta http-equiv="Content-Type" content="text/html; charset=UTF-16LE">', Buffer.from('Arme à feu')), 'Arme à feu'],
    ['x-user-defined means Windows-1252', page('<meta charset="x-user-defined">', latin1('Arme à feu')), 'Arme à feu'],
    ['iso-8859-1 means Windows-1252', page('<meta charset="iso-8859-1">', latin1('Minister\x92s arme à feu')), 'Minister\u2019s arme à feu'],
    ['windows-1251', page('<meta charset="windows-1251">', Buffer.from([0xd1, 0xf2, 0xe0, 0xf2, 0xfc, 0xff])), 'Статья'],
    ['a byte-order mark wins over the meta', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), page('<meta charset="windows-1252">', Buffer.from('Arme à feu'))]), 'Arme à feu'],
    ['no label: read as unlabelled text', page('', Buffer.from('Arme à feu')), 'Arme à feu'],
  ];
  it.each(cases)('%s', (_name, bytes, expected) => {
    expect(htmlToText(readHtml(bytes).text)).toBe(expected);
  });
});
