#!/usr/bin/env node
/**
 * Builds the app into dist/: the Electron main process (dist/main/main.js, ESM, electron external), the
 * sandboxed preload (dist/main/preload.cjs, CommonJS, one file) and the renderer (dist/renderer, Vite).
 *
 *   node scripts/build.js            everything
 *   node scripts/build.js renderer   the renderer only (what `npm run web` needs)
 *   node scripts/build.js main       main and preload only
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');

/** Electron 45 runs Node 22 in main and Chromium 140 in the renderer and preload. */
const NODE_TARGET = 'node22';
const CHROME_TARGET = 'chrome140';

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
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: ['main/main.ts'],
      outfile: 'dist/main/main.js',
      platform: 'node',
      format: 'esm',
      target: NODE_TARGET,
      // Bundled CommonJS dependencies may still call require(): give the ES module one.
      banner: { js: "import { createRequire as __lexgapCreateRequire } from 'node:module'; const require = __lexgapCreateRequire(import.meta.url);" },
    }),
    esbuild.build({
      ...common,
      entryPoints: ['main/preload.ts'],
      outfile: 'dist/main/preload.cjs',
      // A sandboxed preload runs in the renderer with a require() that knows only 'electron' and a few more.
      platform: 'browser',
      format: 'cjs',
      target: CHROME_TARGET,
      plugins: [pureModelLaw],
    }),
  ]);
}

/**
 * The preload imports only names and channels from main/ipc-contract.ts. Declaring the catalogue's schema
 * module free of side effects lets esbuild leave it (and zod) out of the preload.
 */
const pureModelLaw = {
  name: 'lexgap-pure-model-law',
  setup(build) {
    build.onResolve({ filter: /model-law\/schema\.js$/ }, (args) => ({
      path: path.join(path.dirname(args.importer), args.path.replace(/\.js$/, '.ts')),
      sideEffects: false,
    }));
  },
};

export async function buildRenderer({ quiet = false } = {}) {
  const { build } = await import('vite');
  await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: path.join(ROOT, 'renderer'),
    logLevel: quiet ? 'error' : 'info',
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
