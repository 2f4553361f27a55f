#!/usr/bin/env node
/**
 * `npm start`: builds the app, makes sure the Electron runtime is present, and opens lexgap in Electron.
 *
 * The electron package finds its binary when it is first required and downloads it if it is missing. That
 * lookup runs in a child process here so that a failed download ends in one clear line, not a stack trace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildAll, ROOT } from './build.js';

const NO_RUNTIME =
  'lexgap: the Electron runtime could not be downloaded, so the desktop app cannot start here; the web version is available with `npm run web`.';

/** Returns the Electron executable, downloading it on first use; null when it cannot be had. */
export function findElectron() {
  const lookup = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 15 * 60 * 1000,
  });
  const executable = lookup.status === 0 ? lookup.stdout.trim() : '';
  return executable && existsSync(executable) ? executable : null;
}

async function main() {
  try {
    await buildAll({ quiet: true });
  } catch (error) {
    console.error(`lexgap: the build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const electron = findElectron();
  if (!electron) {
    console.error(NO_RUNTIME);
    process.exit(1);
  }
  const child = spawn(electron, [ROOT, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
  const forward = (signal) => () => {
    if (!child.killed) child.kill(signal);
  };
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('error', () => {
    console.error(NO_RUNTIME);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

void main();
