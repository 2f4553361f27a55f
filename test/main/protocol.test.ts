import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppPath } from '../../main/protocol.js';
import { CONTENT_SECURITY_POLICY } from '../../main/security.js';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'lexgap-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>lexgap</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'outside the renderer');
  mkdirSync(path.join(base, 'elsewhere'));
  writeFileSync(path.join(base, 'elsewhere', 'x.js'), 'outside the renderer');
  // Links inside the renderer folder: to a file and a folder outside it, and to a file inside it.
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'secret.txt'));
  symlinkSync(path.join(base, 'elsewhere'), path.join(root, 'assets', 'linked'));
  symlinkSync(path.join(root, 'index.html'), path.join(root, 'home.html'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveAppPath', () => {
  const inside: Array<[string, string]> = [
    ['app://lexgap/', 'index.html'],
    ['app://lexgap/index.html', 'index.html'],
    ['app://lexgap/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://lexgap/assets/index-abc.js?v=1#x', 'assets/index-abc.js'],
    ['app://lexgap/assets/../index.html', 'index.html'],
    ['app://lexgap/../index.html', 'index.html'],
  ];
  it.each(inside)('%s serves %s', (url, file) => {
    expect(resolveAppPath(root, url)).toBe(path.join(root, file));
  });

  const refused = [
    'app://lexgap/..%2Fsecret.txt',
    'app://lexgap/%2E%2E%2Fsecret.txt',
    'app://lexgap/assets/..%2F..%2Fsecret.txt',
    'app://lexgap/..%5Csecret.txt',
    'app://lexgap/%2Fetc%2Fpasswd/../../../etc/passwd%00',
    'app://lexgap/index.html%00.js',
    'app://lexgap/%E0%A4%A',
    'app://other/index.html',
    'app://lexgap.evil/index.html',
    'app://user@lexgap/index.html',
    'file:///etc/passwd',
    'https://lexgap/index.html',
    'not a url',
  ];
  it.each(refused)('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('createAppProtocolHandler', () => {
  const get = (url: string, method = 'GET') => createAppProtocolHandler(root)(new Request(url, { method }));

  it('serves the page with the CSP header and its content type', async () => {
    const response = await get('app://lexgap/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>lexgap</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://lexgap/assets/index-abc.js');
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('refuses a path outside the renderer', async () => {
    const response = await get('app://lexgap/..%2Fsecret.txt');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('outside the renderer');
  });

  it.each(['app://lexgap/secret.txt', 'app://lexgap/assets/linked/x.js'])('refuses %s, a link that leads outside the renderer', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('outside the renderer');
  });

  it('serves a link that stays inside the renderer', async () => {
    expect(await (await get('app://lexgap/home.html')).text()).toContain('<title>lexgap</title>');
  });

  it('answers 404 for a missing file or a directory', async () => {
    expect((await get('app://lexgap/missing.js')).status).toBe(404);
    expect((await get('app://lexgap/assets')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://lexgap/index.html', 'POST')).status).toBe(405);
  });
});
