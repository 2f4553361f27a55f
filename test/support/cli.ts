/** Runs the real `lexgap` command (bin/lexgap.js) as a user would, capturing its streams and exit code. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

export function lexgap(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [`${ROOT}bin/lexgap.js`, ...args], { input, encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
