/**
 * Projects the operating system asks lexgap to open: a .lexgap file double-clicked or dropped on the app's
 * icon. On Windows and Linux it arrives in the command line (of the first instance, or of a second one, which
 * hands its command line to the first and quits); on macOS as an open-file event, possibly before the app is
 * ready. Plain functions, tested without Electron.
 */
import path from 'node:path';
import { PROJECT_EXTENSION } from './projects.js';

/**
 * The project file named on a command line, if any: the last argument that ends in .lexgap and is not a
 * switch, resolved against the folder the command ran in. Chromium's own switches and the app's path are
 * skipped by the same rule.
 */
export function projectPathFromArgv(argv: readonly string[], cwd: string): string | undefined {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (!arg || arg.startsWith('-') || arg.includes('\0')) continue;
    if (path.extname(arg).toLowerCase() === PROJECT_EXTENSION) return path.resolve(cwd, arg);
  }
  return undefined;
}

/**
 * Holds the files the system asked to open until the app can open them (the window exists and main is
 * ready), then opens them in order. Later requests go straight through.
 */
export class OpenQueue {
  private pending: string[] = [];
  private opener: ((file: string) => Promise<void>) | undefined;

  request(file: string): void {
    if (this.opener) void this.opener(file);
    else this.pending.push(file);
  }

  /** Main is ready: open what was waiting, and everything from now on. */
  start(opener: (file: string) => Promise<void>): void {
    this.opener = opener;
    const waiting = this.pending;
    this.pending = [];
    void (async () => {
      for (const file of waiting) await opener(file);
    })();
  }

  get waiting(): readonly string[] {
    return this.pending;
  }
}
