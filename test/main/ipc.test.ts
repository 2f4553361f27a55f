import { describe, expect, it, vi, type Mock } from 'vitest';
import { english } from '../support/words.js';
import { InputError, WorkStopped } from '../../core/input-error.js';
import type { Analysis } from '../../core/types.js';
import {
  API_KEY,
  channelFor,
  MAX_EXPORT_BYTES,
  MAX_INPUT_BYTES,
  MAX_REGION_LENGTH,
  MAX_TEXT_LENGTH,
  OPERATIONS,
  PUSH_CHANNEL,
  SUBSCRIBE_CHANNEL,
  type LexgapApi,
  type OperationName,
  type PushMessage,
} from '../../core/app/contract.js';
import {
  handleRequest,
  isTrustedSender,
  MAX_HELD_PUSHES,
  PushHub,
  registerHandlers,
  validateRequest,
  type HandlerContext,
  type HandlerDeps,
  type Handlers,
  type IpcMainLike,
  type PushTarget,
  type SenderFrame,
} from '../../main/ipc.js';
import type { LexgapBridge } from '../../renderer/platform/electron.js';
import { serializeRegion } from '../../core/region.js';
import { LOCATION_ID, sampleProject } from './support.js';

// Compile-time: the bridge the renderer expects is what the preload exposes (checked by tsc).
const _bridgeMatchesContract: LexgapBridge = {} as LexgapApi;
void _bridgeMatchesContract;

const top = (url: string): SenderFrame => ({ url, parent: null });
const OURS = 'app://lexgap/index.html';

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

const project = sampleProject();
const location = { id: LOCATION_ID, name: 'act.lexgap' };
const bytes = new Uint8Array([80, 75, 3, 4]);
const regionJson = serializeRegion([project], { name: 'West Africa' }, new Date('2025-01-02T03:04:05.000Z'));

/** One valid request per operation: what the Platform sends. */
const VALID: Record<OperationName, unknown> = {
  analyzeText: { text: '6. Every firearm shall bear a serial number.', file: 'act.txt' },
  getSampleLaw: undefined,
  importLaw: { job: 'import-1' },
  importLawFile: { name: 'act.docx', bytes, job: 'import-2' },
  chooseLawFiles: undefined,
  stopJob: { job: 'import-2' },
  openProject: undefined,
  openRecent: location,
  recentProjects: undefined,
  saveProject: { project, location },
  autosave: { project },
  recovery: undefined,
  discardRecovery: undefined,
  autosaveRegion: { json: regionJson },
  restoreRegion: undefined,
  openRegionFile: undefined,
  exportFile: { kind: 'docx', suggestedName: 'Gap analysis.docx', bytes },
  setLanguage: { language: 'fr' },
};

describe('validateRequest', () => {
  const valid = VALID.analyzeText as { text: string; file: string };
  type Case = { name: string; op: OperationName; payload: unknown; ok: boolean; path?: string };
  const cases: Case[] = [
    // analyzeText
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

    // operations without argument
    ...(['getSampleLaw', 'openProject', 'recentProjects', 'recovery', 'discardRecovery', 'restoreRegion', 'openRegionFile'] as const).flatMap((op): Case[] => [
      { name: 'without argument', op, payload: undefined, ok: true },
      { name: 'with a path', op, payload: { file: '/etc/passwd' }, ok: false },
      { name: 'with a string', op, payload: '/etc/passwd', ok: false },
      { name: 'with null', op, payload: null, ok: false },
    ]),

    // importLaw
    { name: 'no job', op: 'importLaw', payload: {}, ok: true },
    { name: 'a job', op: 'importLaw', payload: { job: 'import-1' }, ok: true },
    { name: 'a job with a space', op: 'importLaw', payload: { job: 'a b' }, ok: false, path: 'job' },
    { name: 'an oversize job', op: 'importLaw', payload: { job: 'x'.repeat(65) }, ok: false, path: 'job' },
    { name: 'a path', op: 'importLaw', payload: { path: '/etc/passwd' }, ok: false },
    { name: 'nothing', op: 'importLaw', payload: undefined, ok: false },

    // stopJob and chooseLawFiles
    { name: 'a job to stop', op: 'stopJob', payload: { job: 'import-1' }, ok: true },
    { name: 'no job to stop', op: 'stopJob', payload: {}, ok: false, path: 'job' },
    { name: 'a job to stop with a slash', op: 'stopJob', payload: { job: '../x' }, ok: false, path: 'job' },
    { name: 'a stop with more', op: 'stopJob', payload: { job: 'import-1', all: true }, ok: false },
    { name: 'nothing to stop', op: 'stopJob', payload: undefined, ok: false },
    { name: 'an analysis with its job', op: 'analyzeText', payload: { text: 'law', file: 'a.txt', job: 'analyse-1' }, ok: true },
    { name: 'an analysis with a bad job', op: 'analyzeText', payload: { text: 'law', file: 'a.txt', job: 'a b' }, ok: false, path: 'job' },
    { name: 'files chosen by main alone', op: 'chooseLawFiles', payload: undefined, ok: true },
    { name: 'files named by the page', op: 'chooseLawFiles', payload: { paths: ['/etc/passwd'] }, ok: false },

    // importLawFile
    { name: 'name and bytes', op: 'importLawFile', payload: { name: 'act.docx', bytes }, ok: true },
    { name: 'a Buffer', op: 'importLawFile', payload: { name: 'act.txt', bytes: Buffer.from('law') }, ok: true },
    { name: 'bytes at the limit', op: 'importLawFile', payload: { name: 'act.pdf', bytes: new Uint8Array(MAX_INPUT_BYTES) }, ok: true },
    { name: 'oversize bytes', op: 'importLawFile', payload: { name: 'act.pdf', bytes: new Uint8Array(MAX_INPUT_BYTES + 1) }, ok: false, path: 'bytes' },
    { name: 'bytes as an array', op: 'importLawFile', payload: { name: 'act.txt', bytes: [1, 2, 3] }, ok: false, path: 'bytes' },
    { name: 'bytes as text', op: 'importLawFile', payload: { name: 'act.txt', bytes: 'law' }, ok: false, path: 'bytes' },
    { name: 'bytes as an ArrayBuffer', op: 'importLawFile', payload: { name: 'act.txt', bytes: new ArrayBuffer(3) }, ok: false, path: 'bytes' },
    { name: 'no name', op: 'importLawFile', payload: { bytes }, ok: false, path: 'name' },
    { name: 'a name with control characters', op: 'importLawFile', payload: { name: 'a\nb.txt', bytes }, ok: false, path: 'name' },
    { name: 'a path beside the bytes', op: 'importLawFile', payload: { name: 'a.txt', bytes, path: '/etc/passwd' }, ok: false },

    // openRecent
    { name: 'a location', op: 'openRecent', payload: location, ok: true },
    { name: 'a path as id', op: 'openRecent', payload: { id: '/home/user/act.lexgap', name: 'act.lexgap' }, ok: false, path: 'id' },
    { name: 'an id of the wrong shape', op: 'openRecent', payload: { id: 'loc-1', name: 'act.lexgap' }, ok: false, path: 'id' },
    { name: 'no name', op: 'openRecent', payload: { id: LOCATION_ID }, ok: false, path: 'name' },
    { name: 'a path beside the id', op: 'openRecent', payload: { ...location, path: '/etc/passwd' }, ok: false },
    { name: 'a recent entry with its extra fields', op: 'openRecent', payload: { ...location, at: '2025-01-01T00:00:00Z' }, ok: false },
    { name: 'nothing', op: 'openRecent', payload: undefined, ok: false },

    // saveProject
    { name: 'a project', op: 'saveProject', payload: { project }, ok: true },
    { name: 'a project and its location', op: 'saveProject', payload: { project, location }, ok: true },
    { name: 'save as', op: 'saveProject', payload: { project, location, saveAs: true }, ok: true },
    { name: 'save as not a boolean', op: 'saveProject', payload: { project, saveAs: 'yes' }, ok: false, path: 'saveAs' },
    { name: 'a path', op: 'saveProject', payload: { project, path: '/tmp/x.lexgap' }, ok: false },
    { name: 'a location that is a path', op: 'saveProject', payload: { project, location: { id: '../x', name: 'x' } }, ok: false, path: 'location.id' },
    { name: 'a project from a newer lexgap', op: 'saveProject', payload: { project: { ...project, schemaVersion: 3 } }, ok: false, path: 'project.schemaVersion' },
    { name: 'not a project', op: 'saveProject', payload: { project: { format: 'other' } }, ok: false },
    {
      name: 'a law too long',
      op: 'saveProject',
      payload: { project: { ...project, law: { ...project.law, text: 'a'.repeat(MAX_TEXT_LENGTH + 1) } } },
      ok: false,
      path: 'project.law.text',
    },
    { name: 'no project', op: 'saveProject', payload: {}, ok: false, path: 'project' },

    // autosave
    { name: 'a project', op: 'autosave', payload: { project }, ok: true },
    { name: 'a project and its location', op: 'autosave', payload: { project, location }, ok: true },
    { name: 'save as', op: 'autosave', payload: { project, saveAs: true }, ok: false },
    { name: 'a bad decision', op: 'autosave', payload: { project: { ...project, decisions: [{ element: 'x', decidedAt: 'now' }] } }, ok: false },
    { name: 'nothing', op: 'autosave', payload: undefined, ok: false },

    // autosaveRegion
    { name: 'a comparison', op: 'autosaveRegion', payload: { json: regionJson }, ok: true },
    { name: 'an empty comparison', op: 'autosaveRegion', payload: { json: serializeRegion([]) }, ok: true },
    { name: 'no json', op: 'autosaveRegion', payload: {}, ok: false, path: 'json' },
    { name: 'json as an object', op: 'autosaveRegion', payload: { json: JSON.parse(regionJson) as unknown }, ok: false, path: 'json' },
    { name: 'json that is not JSON', op: 'autosaveRegion', payload: { json: '{"format":' }, ok: false, path: 'json' },
    { name: 'a project, not a comparison', op: 'autosaveRegion', payload: { json: JSON.stringify(project) }, ok: false, path: 'json' },
    {
      name: 'a comparison from a newer lexgap',
      op: 'autosaveRegion',
      payload: { json: regionJson.replace('"schemaVersion": 1', '"schemaVersion": 2') },
      ok: false,
      path: 'json',
    },
    { name: 'oversize json', op: 'autosaveRegion', payload: { json: ' '.repeat(MAX_REGION_LENGTH + 1) }, ok: false, path: 'json' },
    { name: 'a path beside the json', op: 'autosaveRegion', payload: { json: regionJson, path: '/tmp/r.json' }, ok: false },
    { name: 'the json alone', op: 'autosaveRegion', payload: regionJson, ok: false },
    { name: 'nothing', op: 'autosaveRegion', payload: undefined, ok: false },

    // exportFile
    { name: 'a Word report', op: 'exportFile', payload: VALID.exportFile, ok: true },
    { name: 'a CSV', op: 'exportFile', payload: { kind: 'csv', suggestedName: 'gaps.csv', bytes }, ok: true },
    { name: 'JSON', op: 'exportFile', payload: { kind: 'json', suggestedName: 'gaps.json', bytes }, ok: true },
    { name: 'an unknown kind', op: 'exportFile', payload: { kind: 'exe', suggestedName: 'x.exe', bytes }, ok: false, path: 'kind' },
    { name: 'no name', op: 'exportFile', payload: { kind: 'csv', suggestedName: '', bytes }, ok: false, path: 'suggestedName' },
    { name: 'bytes as text', op: 'exportFile', payload: { kind: 'csv', suggestedName: 'a.csv', bytes: 'a,b' }, ok: false, path: 'bytes' },
    {
      name: 'oversize bytes',
      op: 'exportFile',
      payload: { kind: 'docx', suggestedName: 'a.docx', bytes: new Uint8Array(MAX_EXPORT_BYTES + 1) },
      ok: false,
      path: 'bytes',
    },
    { name: 'a path', op: 'exportFile', payload: { kind: 'csv', suggestedName: 'a.csv', bytes, path: '/tmp/a.csv' }, ok: false },
    // setLanguage
    { name: 'a language lexgap speaks', op: 'setLanguage', payload: { language: 'es' }, ok: true },
    { name: 'one it does not', op: 'setLanguage', payload: { language: 'de' }, ok: false, path: 'language' },
  ];

  it('has a case for every operation, valid and invalid', () => {
    for (const op of OPERATIONS) {
      expect(cases.some((c) => c.op === op && c.ok)).toBe(true);
      expect(cases.some((c) => c.op === op && !c.ok)).toBe(true);
    }
  });

  it.each(cases)('$op: $name -> ok=$ok', ({ op, payload, ok, path }) => {
    const result = validateRequest(op, payload);
    expect(result.ok).toBe(ok);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(english(result.error.problem)).toMatch(/\S/);
      if (path) expect(result.error.issues?.map((i) => i.path)).toContain(path);
    }
  });

  it('trims the file name and says why oversize text is refused', () => {
    const trimmed = validateRequest('analyzeText', { text: 'x', file: '  act.txt ' });
    expect(trimmed).toEqual({ ok: true, value: { text: 'x', file: 'act.txt' } });
    const oversize = validateRequest('analyzeText', { text: 'a'.repeat(MAX_TEXT_LENGTH + 1), file: 'a' });
    expect(!oversize.ok && english(oversize.error.problem)).toBe('The text is too long: lexgap analyses up to 5,000,000 characters at a time.');
  });

  it('says in words why a location is refused', () => {
    const result = validateRequest('openRecent', { id: '/etc/passwd', name: 'passwd' });
    expect(!result.ok && english(result.error.problem)).toMatch(/does not know this project location/);
  });
});

describe('channels', () => {
  it('derives one prefixed channel per operation, plus the push and subscribe channels', () => {
    expect(OPERATIONS.map((op) => channelFor(op))).toEqual(OPERATIONS.map((op) => `lexgap:${op}`));
    expect(OPERATIONS).toHaveLength(18);
    expect(API_KEY).toBe('lexgap');
    expect(PUSH_CHANNEL).toBe('lexgap:push');
    expect(SUBSCRIBE_CHANNEL).toBe('lexgap:subscribe');
  });
});

const fakeAnalysis = { elements: [], clauses: [], summary: { covered: 0, partial: 0, missing: 0 } } as unknown as Analysis;

function fakeHandlers(): { [Op in OperationName]: Mock<Handlers[Op]> } {
  return {
    analyzeText: vi.fn<Handlers['analyzeText']>(() => fakeAnalysis),
    getSampleLaw: vi.fn<Handlers['getSampleLaw']>(() => ({ file: 'kestria-en.txt', text: 'KINGDOM OF KESTRIA' })),
    importLaw: vi.fn<Handlers['importLaw']>(() => null),
    importLawFile: vi.fn<Handlers['importLawFile']>(() => ({ file: 'act.docx', text: 'law' })),
    chooseLawFiles: vi.fn<Handlers['chooseLawFiles']>(() => []),
    stopJob: vi.fn<Handlers['stopJob']>(() => false),
    openProject: vi.fn<Handlers['openProject']>(() => null),
    openRecent: vi.fn<Handlers['openRecent']>(() => ({ project, location })),
    recentProjects: vi.fn<Handlers['recentProjects']>(() => []),
    saveProject: vi.fn<Handlers['saveProject']>(() => location),
    autosave: vi.fn<Handlers['autosave']>(() => null),
    recovery: vi.fn<Handlers['recovery']>(() => null),
    discardRecovery: vi.fn<Handlers['discardRecovery']>(() => null),
    autosaveRegion: vi.fn<Handlers['autosaveRegion']>(() => null),
    restoreRegion: vi.fn<Handlers['restoreRegion']>(() => null),
    openRegionFile: vi.fn<Handlers['openRegionFile']>(() => null),
    exportFile: vi.fn<Handlers['exportFile']>(() => 'report.docx'),
    setLanguage: vi.fn<Handlers['setLanguage']>(() => null),
  };
}

function fakeDeps(overrides: Partial<Handlers> = {}): HandlerDeps & { handlers: ReturnType<typeof fakeHandlers>; log: Mock<(message: string) => void> } {
  return {
    handlers: { ...fakeHandlers(), ...overrides } as ReturnType<typeof fakeHandlers>,
    log: vi.fn<(message: string) => void>(),
  };
}

describe('handleRequest', () => {
  const ours = { senderFrame: top(OURS) };

  it.each(OPERATIONS)('%s runs for our page with a valid payload', async (op) => {
    const deps = fakeDeps();
    const result = await handleRequest(op, ours, VALID[op], deps);
    expect(result.ok).toBe(true);
    expect(deps.handlers[op]).toHaveBeenCalledTimes(1);
  });

  const badSenders: Array<[string, SenderFrame | null]> = [
    ['file://', top('file:///index.html')],
    ['https', top('https://evil.example/')],
    ['an iframe of our page', { url: OURS, parent: {} }],
    ['a closed frame', null],
  ];
  const everyOpFromEverySender = OPERATIONS.flatMap((op) => badSenders.map(([name, frame]) => ({ op, name, frame })));
  it.each(everyOpFromEverySender)('$op is refused from $name before the payload is looked at', async ({ op, frame }) => {
    const deps = fakeDeps();
    const result = await handleRequest(op, { senderFrame: frame }, VALID[op], deps);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(deps.handlers[op]).not.toHaveBeenCalled();
    expect(deps.log).toHaveBeenCalledWith(expect.stringContaining(`refused ${op}`));
  });

  it.each(OPERATIONS)('%s does not run on an invalid payload', async (op) => {
    const deps = fakeDeps();
    const result = await handleRequest(op, ours, { surely: 'not valid' }, deps);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(deps.handlers[op]).not.toHaveBeenCalled();
  });

  it('hands the handler the parsed request and a context with the sender', async () => {
    const sender: PushTarget = { send: vi.fn() };
    const deps = fakeDeps();
    await handleRequest('analyzeText', { senderFrame: top(OURS), sender }, { text: 'law', file: ' a.txt ', language: 'en' }, deps);
    const [request, context] = deps.handlers.analyzeText.mock.calls[0]!;
    expect(request).toEqual({ text: 'law', file: 'a.txt', language: 'en' });
    expect(context.sender).toBe(sender);
  });

  it("keeps the user's own problem (InputError) as a code with data and says nothing else of other failures", async () => {
    const deps = fakeDeps({
      openProject: () => {
        throw new InputError('newer-project', { file: 'act.lexgap', version: '9.0.0' });
      },
      analyzeText: () => {
        throw new Error('internal detail at core/match.ts:12');
      },
    });
    const input = await handleRequest('openProject', ours, undefined, deps);
    expect(input).toEqual({ ok: false, error: { code: 'input', problem: { code: 'newer-project', params: { file: 'act.lexgap', version: '9.0.0' } } } });
    const failed = await handleRequest('analyzeText', ours, { text: 'law', file: 'a.txt' }, deps);
    expect(failed).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(JSON.stringify(failed)).not.toContain('internal detail');
    expect(deps.log).toHaveBeenCalledWith(expect.stringContaining('internal detail'));
  });

  it('answers a job the person stopped as stopped, which the page takes as its own Stop, and logs nothing', async () => {
    const deps = fakeDeps({
      importLawFile: () => {
        throw new WorkStopped();
      },
    });
    const result = await handleRequest('importLawFile', ours, VALID.importLawFile, deps);
    expect(result).toEqual({ ok: false, error: { code: 'stopped', problem: { code: 'interrupted', params: {} } } });
    expect(deps.log).not.toHaveBeenCalled();
  });

  it('sends pushes from a handler to the page that asked, through the hub', async () => {
    const sender: PushTarget = { send: vi.fn() };
    const pushes = new PushHub(vi.fn());
    pushes.markSubscribed(sender);
    const deps: HandlerDeps = {
      ...fakeDeps({
        importLaw: (_request, context: HandlerContext) => {
          context.push({ kind: 'import-progress', job: 'import-1', done: 1, total: 3 });
          return null;
        },
      }),
      pushes,
    };
    await handleRequest('importLaw', { senderFrame: top(OURS), sender }, { job: 'import-1' }, deps);
    expect(sender.send).toHaveBeenCalledWith(PUSH_CHANNEL, { kind: 'import-progress', job: 'import-1', done: 1, total: 3 });
  });
});

describe('PushHub', () => {
  const target = () => ({ send: vi.fn(), isDestroyed: vi.fn(() => false) });
  const menu = (command: 'save' | 'undo'): PushMessage => ({ kind: 'menu-command', command });

  it('holds pushes until the page subscribes, then delivers them in order', () => {
    const hub = new PushHub(vi.fn());
    const page = target();
    expect(hub.send(page, menu('save'))).toBe(true);
    expect(hub.send(page, menu('undo'))).toBe(true);
    expect(page.send).not.toHaveBeenCalled();
    hub.markSubscribed(page);
    expect(page.send.mock.calls).toEqual([
      [PUSH_CHANNEL, menu('save')],
      [PUSH_CHANNEL, menu('undo')],
    ]);
    hub.send(page, menu('save'));
    expect(page.send).toHaveBeenCalledTimes(3);
  });

  it('refuses a message the contract does not allow, and never sends it', () => {
    const log = vi.fn();
    const hub = new PushHub(log);
    const page = target();
    hub.markSubscribed(page);
    const bad = [
      { kind: 'menu-command', command: 'rm -rf' },
      { kind: 'import-progress', job: 'a b', done: 1, total: 2 },
      { kind: 'import-progress', job: 'j', done: -1, total: 2 },
      { kind: 'open-project', opened: { project: { format: 'x' }, location } },
      { kind: 'open-project', opened: { project, location: { id: '/etc/passwd', name: 'x' } } },
      { kind: 'eval', code: 'alert(1)' },
    ];
    for (const message of bad) expect(hub.send(page, message as PushMessage)).toBe(false);
    expect(page.send).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(bad.length);
  });

  it('sends an opened project', () => {
    const hub = new PushHub(vi.fn());
    const page = target();
    hub.markSubscribed(page);
    expect(hub.send(page, { kind: 'open-project', opened: { project, location } })).toBe(true);
    expect(page.send).toHaveBeenCalledWith(PUSH_CHANNEL, { kind: 'open-project', opened: { project, location } });
  });

  it('drops the oldest held pushes past the limit, and nothing for a destroyed page', () => {
    const hub = new PushHub(vi.fn());
    const page = target();
    for (let i = 0; i < MAX_HELD_PUSHES + 5; i++) hub.send(page, { kind: 'import-progress', job: 'j', done: i, total: 1000 });
    hub.markSubscribed(page);
    expect(page.send).toHaveBeenCalledTimes(MAX_HELD_PUSHES);
    expect(page.send.mock.calls[0]?.[1]).toMatchObject({ done: 5 });
    const gone = target();
    gone.isDestroyed.mockReturnValue(true);
    expect(hub.send(gone, menu('save'))).toBe(false);
    expect(hub.send(undefined, menu('save'))).toBe(false);
  });

  it('holds pushes again after a reload until the new page subscribes', () => {
    const hub = new PushHub(vi.fn());
    const page = target();
    hub.markSubscribed(page);
    hub.reset(page);
    hub.send(page, menu('save'));
    expect(page.send).not.toHaveBeenCalled();
    hub.markSubscribed(page);
    expect(page.send).toHaveBeenCalledTimes(1);
  });
});

describe('registerHandlers', () => {
  function fakeIpcMain() {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const listeners = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const ipcMain = {
      handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => handlers.set(channel, listener),
      removeHandler: (channel: string) => handlers.delete(channel),
      on: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => listeners.set(channel, listener),
      removeListener: (channel: string) => listeners.delete(channel),
    } as unknown as IpcMainLike;
    return { ipcMain, handlers, listeners };
  }

  it('registers exactly the contract channels and the subscription, and removes them again', async () => {
    const { ipcMain, handlers, listeners } = fakeIpcMain();
    const { dispose } = registerHandlers(ipcMain, fakeDeps());
    expect([...handlers.keys()].sort()).toEqual(OPERATIONS.map((op) => `lexgap:${op}`).sort());
    expect([...listeners.keys()]).toEqual([SUBSCRIBE_CHANNEL]);

    const sample = await handlers.get('lexgap:getSampleLaw')?.({ senderFrame: top(OURS) }, undefined);
    expect(sample).toEqual({ ok: true, value: { file: 'kestria-en.txt', text: 'KINGDOM OF KESTRIA' } });
    const refused = await handlers.get('lexgap:getSampleLaw')?.({ senderFrame: top('file:///index.html') }, undefined);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });

    dispose();
    expect(handlers.size).toBe(0);
    expect(listeners.size).toBe(0);
  });

  it('delivers held pushes when our page subscribes, never to another page', () => {
    const { ipcMain, listeners } = fakeIpcMain();
    const deps = fakeDeps();
    const { pushes } = registerHandlers(ipcMain, deps);
    const page = { send: vi.fn() };
    const stranger = { send: vi.fn() };
    pushes.send(page, { kind: 'menu-command', command: 'save' });
    pushes.send(stranger, { kind: 'menu-command', command: 'save' });
    listeners.get(SUBSCRIBE_CHANNEL)?.({ senderFrame: top('https://evil.example/'), sender: stranger });
    expect(stranger.send).not.toHaveBeenCalled();
    expect(deps.log).toHaveBeenCalledWith(expect.stringContaining('refused a subscription'));
    listeners.get(SUBSCRIBE_CHANNEL)?.({ senderFrame: top(OURS), sender: page });
    expect(page.send).toHaveBeenCalledWith(PUSH_CHANNEL, { kind: 'menu-command', command: 'save' });
  });
});
