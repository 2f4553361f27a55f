import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { OpenQueue, projectPathFromArgv } from '../../main/open-files.js';

describe('projectPathFromArgv', () => {
  const cwd = path.resolve('/home/drafter');
  const cases: Array<[string, string[], string | undefined]> = [
    ['a packaged app given a project', ['/opt/lexgap/lexgap', '/docs/act.lexgap'], path.resolve('/docs/act.lexgap')],
    ['a relative path', ['lexgap', 'work/act.lexgap'], path.join(cwd, 'work/act.lexgap')],
    ['an upper-case extension', ['lexgap', 'ACT.LEXGAP'], path.join(cwd, 'ACT.LEXGAP')],
    ['development: electron . file', ['/x/electron', '.', 'act.lexgap'], path.join(cwd, 'act.lexgap')],
    ['Chromium switches around it', ['lexgap', '--allow-file-access-from-files', 'act.lexgap', '--original-process-start-time=1'], path.join(cwd, 'act.lexgap')],
    ['a switch that looks like a project', ['lexgap', '--open=act.lexgap'], undefined],
    ['no project', ['lexgap', 'law.docx'], undefined],
    ['nothing but the app', ['lexgap'], undefined],
    ['the executable itself named .lexgap', ['/x/evil.lexgap'], undefined],
    ['the last of two projects', ['lexgap', 'a.lexgap', 'b.lexgap'], path.join(cwd, 'b.lexgap')],
  ];
  it.each(cases)('%s', (_name, argv, expected) => {
    expect(projectPathFromArgv(argv, cwd)).toBe(expected);
  });
});

describe('OpenQueue', () => {
  it('holds requests until started, then opens them in order, and later ones at once', async () => {
    const queue = new OpenQueue();
    queue.request('/a.lexgap');
    queue.request('/b.lexgap');
    expect(queue.waiting).toEqual(['/a.lexgap', '/b.lexgap']);
    const opened: string[] = [];
    const opener = vi.fn(async (file: string) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      opened.push(file);
    });
    queue.start(opener);
    await vi.waitFor(() => expect(opened).toEqual(['/a.lexgap', '/b.lexgap']));
    queue.request('/c.lexgap');
    await vi.waitFor(() => expect(opened).toEqual(['/a.lexgap', '/b.lexgap', '/c.lexgap']));
    expect(queue.waiting).toEqual([]);
  });
});
