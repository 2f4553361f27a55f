// Bundles the command line (main/cli-entry.ts and the core it uses) into one file, dist/cli.js, so that
// `lexgap` starts in a fraction of a second instead of compiling TypeScript on every run.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const cliBundle = `${root}dist/cli.js`;

export async function buildCli() {
  await build({
    // The document reader runs in a worker thread (core/node/convert.ts), and so do the analyses of several laws
    // (core/node/analyze-pool.ts): each is a file of its own beside cli.js.
    entryPoints: {
      cli: `${root}main/cli-entry.ts`,
      'import-worker': `${root}core/node/import-worker.ts`,
      'analyze-worker': `${root}core/node/analyze-worker.ts`,
    },
    outdir: `${root}dist`,
    // Code loaded on demand (the Word writer, the document converters) goes into chunks of its own.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'warning',
    // Some dependencies are CommonJS and call require().
    banner: { js: "import { createRequire as __lexgapRequire } from 'node:module'; const require = __lexgapRequire(import.meta.url);" },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
