import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_META, createWindowOptions, isSafeExternalUrl } from '../../main/security.js';

describe('createWindowOptions', () => {
  it('follows the security checklist', () => {
    const prefs = createWindowOptions('/app/dist/main/preload.cjs', { devTools: false }).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/dist/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs?.disableBlinkFeatures).toBe('Auxclick');
  });

  it('is pinned again where main.ts makes the window, after any spread', () => {
    const source = readFileSync(new URL('../../main/main.ts', import.meta.url), 'utf8');
    const construction = /new BrowserWindow\(\{[\s\S]*?\n {2}\}\);/.exec(source)?.[0] ?? '';
    const pinned = construction.slice(construction.indexOf('webPreferences'));
    for (const setting of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webSecurity: true']) expect(pinned).toContain(setting);
    expect(pinned.indexOf('...options.webPreferences')).toBeLessThan(pinned.indexOf('contextIsolation: true'));
  });
});

describe('Content-Security-Policy', () => {
  it('allows only the app itself and never eval or inline code', () => {
    for (const policy of [CONTENT_SECURITY_POLICY, CSP_META]) {
      expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
      expect(policy).toMatch(/script-src 'self'(;|$)/);
      expect(policy).not.toMatch(/unsafe-(eval|inline)|wasm-unsafe-eval|\*|https?:|data:/);
      expect(policy).toContain("object-src 'none'");
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('is repeated as a meta tag in renderer/index.html', () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(CSP_META);
  });
});

describe('isSafeExternalUrl', () => {
  const cases: Array<[string, unknown, boolean]> = [
    ['an https page', 'https://www.unodc.org/unodc/en/firearms-protocol/index.html', true],
    ['https with a query', 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-c', true],
    ['http', 'http://www.unodc.org/', false],
    ['file', 'file:///etc/passwd', false],
    ['javascript', 'javascript:alert(1)', false],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic', false],
    ['smb', 'smb://server/share', false],
    ['our own app origin', 'app://lexgap/index.html', false],
    ['credentials in the URL', 'https://user:pass@example.org/', false],
    ['a user name that fakes a host', 'https://www.unodc.org@evil.example/', false],
    ['a single-label host', 'https://localhost/', false],
    ['a space', 'https://example.org/a b', false],
    ['a newline', 'https://example.org/\nfile:///', false],
    ['not a URL', 'unodc.org', false],
    ['empty', '', false],
    ['not a string', { href: 'https://example.org/' }, false],
    ['too long', `https://example.org/${'a'.repeat(3000)}`, false],
  ];
  it.each(cases)('%s', (_name, url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
  });
});
