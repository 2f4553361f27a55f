#!/usr/bin/env node
// The `lexgap` command. It runs the bundled CLI (dist/cli.js), rebuilding it first when the sources are newer
// (a checkout under development), so the command always runs the code in front of you.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist', 'cli.js');

function newestSource(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(bundle) || ['core', 'model-law', 'main', 'locales'].some((d) => newestSource(join(root, d)) > statSync(bundle).mtimeMs);
if (stale && existsSync(join(root, 'node_modules', 'esbuild'))) {
  const { buildCli } = await import(pathToFileURL(join(root, 'scripts', 'build-cli.js')).href);
  await buildCli();
}
await import(pathToFileURL(bundle).href);
