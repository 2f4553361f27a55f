import { describe, expect, it, vi, type Mock } from 'vitest';
import type { Analysis } from '../../core/types.js';
import {
  API_KEY,
  channelFor,
  MAX_TEXT_LENGTH,
  OPERATIONS,
  type LexgapApi,
  type OperationName,
} from '../../main/ipc-contract.js';
import {
  handleRequest,
  isTrustedSender,
  registerHandlers,
  validateRequest,
  type HandlerDeps,
  type IpcMainLike,
  type SenderFrame,
} from '../../main/ipc.js';
import type { LexgapBridge } from '../../renderer/platform.js';

// Compile-time: the bridge the renderer expects is what the preload exposes (checked by tsc).
const _bridgeMatchesContract: LexgapBridge = {} as LexgapApi;
void _bridgeMatchesContract;

const top = (url: string): SenderFrame => ({ url, parent: null });

describe('isTrustedSender', () => {
  const cases: Array<{ name: string; frame: SenderFrame | null | undefined; trusted: boolean }> = [
    { name: 'our index page', frame: top('app://lexgap/index.html'), trusted: true },
    { name: 'our origin root', frame: top('app://lexgap/'), trusted: true },
    { name: 'our page with a fragment', frame: top('app://lexgap/index.html#fp.8.1.a'), trusted: true },
    { name: 'a subframe of our page', frame: { url: 'app://lexgap/index.html', parent: {} }, trusted: false },
    { name: 'a destroyed frame', frame: null, trusted: false },
    { name: 'no frame at all', frame: undefined, trusted: false },
    { name: 'file://', frame: top('file:///home/user/dist/renderer/index.html'), trusted: false },
    { name: 'https://evil', frame: top('https://evil.example/index.html'), trusted: false },
    { name: 'http on the app host name', frame: top('http://lexgap/index.html'), trusted: false },
    { name: 'devtools', frame: top('devtools://devtools/bundled/devtools_app.html'), trusted: false },
    { name: 'about:blank', frame: top('about:blank'), trusted: false },
    { name: 'a look-alike host', frame: top('app://lexgap.evil.example/index.html'), trusted: false },
    { name: 'a host with our name as prefix', frame: top('app://lexgapx/index.html'), trusted: false },
    { name: 'credentials that fake the host', frame: top('app://lexgap@evil.example/'), trusted: false },
    { name: 'our host with credentials', frame: top('app://user:pw@lexgap/'), trusted: false },
    { name: 'our host on a port', frame: top('app://lexgap:8080/'), trusted: false },
    { name: 'another custom scheme', frame: top('lexgap://lexgap/'), trusted: false },
    { name: 'data: URL', frame: top('data:text/html,<script>1</script>'), trusted: false },
    { name: 'not a URL', frame: top('lexgap'), trusted: false },
    { name: 'an empty URL', frame: top(''), trusted: false },
  ];
  it.each(cases)('$name -> $trusted', ({ frame, trusted }) => {
    expect(isTrustedSender(frame)).toBe(trusted);
  });
});

describe('validateRequest', () => {
  const valid = { text: '6. Every firearm shall bear a serial number.', file: 'act.txt' };
  const cases: Array<{ name: string; op: OperationName; payload: unknown; ok: boolean; path?: string }> = [
    { name: 'text and file', op: 'analyzeText', payload: valid, ok: true },
    { name: 'with a language', op: 'analyzeText', payload: { ...valid, language: 'fr' }, ok: true },
    { name: 'with automatic language', op: 'analyzeText', payload: { ...valid, language: 'auto' }, ok: true },
    { name: 'text at the size limit', op: 'analyzeText', payload: { ...valid, text: 'a'.repeat(MAX_TEXT_LENGTH) }, ok: true },
    { name: 'missing text', op: 'analyzeText', payload: { file: 'act.txt' }, ok: false, path: 'text' },
    { name: 'empty text', op: 'analyzeText', payload: { ...valid, text: '' }, ok: false, path: 'text' },
    { name: 'blank text', op: 'analyzeText', payload: { ...valid, text: ' \n\t ' }, ok: false, path: 'text' },
    { name: 'oversize text', op: 'analyzeText', payload: { ...valid, text: 'a'.repeat(MAX_TEXT_LENGTH + 1) }, ok: false, path: 'text' },
    { name: 'text as a number', op: 'analyzeText', payload: { ...valid, text: 42 }, ok: false, path: 'text' },
    { name: 'text as an array', op: 'analyzeText', payload: { ...valid, text: ['a'] }, ok: false, path: 'text' },
    { name: 'missing file', op: 'analyzeText', payload: { text: valid.text }, ok: false, path: 'file' },
    { name: 'file as an object', op: 'analyzeText', payload: { ...valid, file: { name: 'x' } }, ok: false, path: 'file' },
    { name: 'blank file name', op: 'analyzeText', payload: { ...valid, file: '   ' }, ok: false, path: 'file' },
    { name: 'oversize file name', op: 'analyzeText', payload: { ...valid, file: 'x'.repeat(256) }, ok: false, path: 'file' },
    { name: 'control characters in file', op: 'analyzeText', payload: { ...valid, file: 'a\u0000b' }, ok: false, path: 'file' },
    { name: 'unknown language', op: 'analyzeText', payload: { ...valid, language: 'de' }, ok: false, path: 'language' },
    { name: 'language as a number', op: 'analyzeText', payload: { ...valid, language: 1 }, ok: false, path: 'language' },
    { name: 'an unknown field', op: 'analyzeText', payload: { ...valid, path: '/etc/passwd' }, ok: false },
    { name: 'null', op: 'analyzeText', payload: null, ok: false },
    { name: 'a string', op: 'analyzeText', payload: 'text', ok: false },
    { name: 'nothing', op: 'analyzeText', payload: undefined, ok: false },
    { name: 'getSampleLaw without argument', op: 'getSampleLaw', payload: undefined, ok: true },
    { name: 'getSampleLaw with an argument', op: 'getSampleLaw', payload: { file: '/etc/passwd' }, ok: false },
  ];
  it.each(cases)('$op: $name -> ok=$ok', ({ op, payload, ok, path }) => {
    const result = validateRequest(op, payload);
    expect(result.ok).toBe(ok);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toMatch(/\S/);
      if (path) expect(result.error.issues?.map((i) => i.path)).toContain(path);
    }
  });

  it('trims the file name and says why oversize text is refused', () => {
    const trimmed = validateRequest('analyzeText', { text: 'x', file: '  act.txt ' });
    expect(trimmed).toEqual({ ok: true, value: { text: 'x', file: 'act.txt' } });
    const oversize = validateRequest('analyzeText', { text: 'a'.repeat(MAX_TEXT_LENGTH + 1), file: 'a' });
    expect(!oversize.ok && oversize.error.message).toMatch(/too long/);
  });
});

describe('channels', () => {
  it('derives one prefixed channel per operation', () => {
    expect(OPERATIONS.map((op) => channelFor(op))).toEqual(['lexgap:analyzeText', 'lexgap:getSampleLaw']);
    expect(API_KEY).toBe('lexgap');
  });
});

const fakeAnalysis = { elements: [], clauses: [], summary: { covered: 0, partial: 0, missing: 0 } } as unknown as Analysis;

function fakeDeps(overrides: Partial<HandlerDeps['handlers']> = {}): HandlerDeps & { log: Mock<(message: string) => void> } {
  return {
    handlers: {
      analyzeText: vi.fn(() => fakeAnalysis),
      getSampleLaw: vi.fn(() => ({ file: 'kestria-en.txt', text: 'KINGDOM OF KESTRIA' })),
      ...overrides,
    },
    log: vi.fn<(message: string) => void>(),
  };
}

describe('handleRequest', () => {
  const ours = { senderFrame: top('app://lexgap/index.html') };

  it('runs the operation for our page with a valid payload', async () => {
    const deps = fakeDeps();
    const result = await handleRequest('analyzeText', ours, { text: 'law', file: 'a.txt', language: 'en' }, deps);
    expect(result).toEqual({ ok: true, value: fakeAnalysis });
    expect(deps.handlers.analyzeText).toHaveBeenCalledWith({ text: 'law', file: 'a.txt', language: 'en' });
  });

  it('refuses another origin before looking at the payload', async () => {
    const deps = fakeDeps();
    const result = await handleRequest('getSampleLaw', { senderFrame: top('https://evil.example/') }, undefined, deps);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(deps.handlers.getSampleLaw).not.toHaveBeenCalled();
    expect(deps.log).toHaveBeenCalledWith(expect.stringContaining('https://evil.example/'));
  });

  it('returns a typed error for an invalid payload and does not run the operation', async () => {
    const deps = fakeDeps();
    const result = await handleRequest('analyzeText', ours, { text: 7, file: 'a.txt' }, deps);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', issues: [{ path: 'text' }] } });
    expect(deps.handlers.analyzeText).not.toHaveBeenCalled();
  });

  it('turns a failing operation into a plain-words error without the stack', async () => {
    const deps = fakeDeps({
      analyzeText: () => {
        throw new Error('internal detail at core/match.ts:12');
      },
    });
    const result = await handleRequest('analyzeText', ours, { text: 'law', file: 'a.txt' }, deps);
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(JSON.stringify(result)).not.toContain('internal detail');
    expect(deps.log).toHaveBeenCalledWith(expect.stringContaining('internal detail'));
  });
});

describe('registerHandlers', () => {
  it('registers exactly the contract channels and removes them again', async () => {
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const ipcMain = {
      handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => registered.set(channel, listener),
      removeHandler: (channel: string) => registered.delete(channel),
    } as unknown as IpcMainLike;
    const dispose = registerHandlers(ipcMain, fakeDeps());
    expect([...registered.keys()].sort()).toEqual(['lexgap:analyzeText', 'lexgap:getSampleLaw']);

    const sample = await registered.get('lexgap:getSampleLaw')?.({ senderFrame: top('app://lexgap/index.html') }, undefined);
    expect(sample).toEqual({ ok: true, value: { file: 'kestria-en.txt', text: 'KINGDOM OF KESTRIA' } });
    const refused = await registered.get('lexgap:getSampleLaw')?.({ senderFrame: top('file:///index.html') }, undefined);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });

    dispose();
    expect(registered.size).toBe(0);
  });
});
