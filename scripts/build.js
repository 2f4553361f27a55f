#!/usr/bin/env node
/**
 * Builds the app into dist/: the Electron main process (dist/main/main.js, ESM, electron external), the
 * document reader's worker and the engine's worker beside it (dist/main/import-worker.js, analyze-worker.js:
 * core/node/convert.ts and engine-thread.ts look for them next to the bundle that runs them), the sandboxed preload (dist/main/preload.cjs, CommonJS, one file) and the renderer
 * (dist/renderer, Vite).
 *
 *   node scripts/build.js            everything
 *   node scripts/build.js renderer   the renderer only (what `npm run web` needs)
 *   node scripts/build.js main       main, its worker and the preload only
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');

/** Electron 45 runs Node 22 in main and Chromium 140 in the renderer and preload. */
const NODE_TARGET = 'node22';
const CHROME_TARGET = 'chrome140';

/**
 * The files main needs at run time, relative to dist/main (electron-builder.yml packs dist/**). The worker and
 * the package.json beside it are also unpacked from the asar archive: a worker thread loads its script from
 * plain disk, and the package.json there says that .js files in that folder are ES modules.
 */
export const MAIN_OUTPUTS = ['main.js', 'import-worker.js', 'analyze-worker.js', 'preload.cjs', 'package.json'];

export async function buildMain({ quiet = false } = {}) {
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    external: ['electron'],
    sourcemap: 'linked',
    logLevel: quiet ? 'error' : 'warning',
    legalComments: 'none',
    loader: { '.txt': 'text' },
  };
  await mkdir(path.join(DIST, 'main'), { recursive: true });
  await writeFile(path.join(DIST, 'main', 'package.json'), '{ "type": "module" }\n');
  const node = {
    ...common,
    platform: 'node',
    format: 'esm',
    target: NODE_TARGET,
    // Bundled CommonJS dependencies may still call require(): give the ES modules one.
    banner: { js: "import { createRequire as __lexgapCreateRequire } from 'node:module'; const require = __lexgapCreateRequire(import.meta.url);" },
  };
  await Promise.all([
    esbuild.build({ ...node, entryPoints: ['main/main.ts'], outfile: 'dist/main/main.js' }),
    // The worker is an entry of its own: documents are parsed in a worker thread with time and memory limits.
    // pdf.js needs a DOMMatrix, which the packaged app (no node_modules, so no @napi-rs/canvas) lacks.
    esbuild.build({ ...node, entryPoints: ['core/node/import-worker.ts'], outfile: 'dist/main/import-worker.js', inject: ['main/dom-matrix-polyfill.ts'] }),
    // The engine's worker: analyses and project files run off the main thread, under a time and memory budget
    // (core/node/engine-thread.ts looks for it beside main.js).
    esbuild.build({ ...node, entryPoints: ['core/node/analyze-worker.ts'], outfile: 'dist/main/analyze-worker.js' }),
    esbuild.build({
      ...common,
      // It imports names only (core/app/channels.ts): no zod, no engine.
      entryPoints: ['main/preload.ts'],
      outfile: 'dist/main/preload.cjs',
      // A sandboxed preload runs in the renderer with a require() that knows only 'electron' and a few more.
      platform: 'browser',
      format: 'cjs',
      target: CHROME_TARGET,
    }),
  ]);
}

/** Builds the renderer into dist/renderer, or into `outDir` (a test's own folder, so that journeys run side by side). */
export async function buildRenderer({ quiet = false, outDir = undefined } = {}) {
  const { build } = await import('vite');
  await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: path.join(ROOT, 'renderer'),
    logLevel: quiet ? 'error' : 'info',
    ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}),
  });
}

export async function buildAll(options = {}) {
  await buildMain(options);
  await buildRenderer(options);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const what = process.argv[2] ?? 'all';
  const steps = { all: buildAll, main: buildMain, renderer: buildRenderer };
  const step = steps[what];
  if (!step) {
    console.error(`lexgap build: unknown target "${what}"; use all, main or renderer.`);
    process.exit(2);
  }
  step().catch((error) => {
    console.error(`lexgap build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
