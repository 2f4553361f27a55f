#!/usr/bin/env node
/**
 * `npm run web`: builds the renderer and serves it as a plain web page on http://127.0.0.1:${PORT:-4173}.
 * In a browser the analysis runs in the page itself (renderer/platform/web.ts, the engine in a Web Worker),
 * projects are kept in the browser's IndexedDB, and nothing is sent anywhere.
 * Set HOST to listen elsewhere (e.g. HOST=0.0.0.0 for a workshop room network).
 */
import path from 'node:path';
import { buildRenderer, ROOT } from './build.js';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`lexgap web: PORT must be a port number, not "${process.env.PORT}".`);
  process.exit(2);
}

// LEXGAP_WEB_OUT: build and serve from this folder instead of dist/renderer (each end-to-end journey has its own).
const outDir = process.env.LEXGAP_WEB_OUT ? path.resolve(process.env.LEXGAP_WEB_OUT) : undefined;

async function main() {
  await buildRenderer({ quiet: true, outDir });
  const { preview } = await import('vite');
  const server = await preview({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: path.join(ROOT, 'renderer'),
    logLevel: 'error',
    preview: { host, port, strictPort: true, open: false },
    ...(outDir ? { build: { outDir } } : {}),
  });
  const address = server.httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`lexgap web version: http://${host}:${actualPort}/ (Ctrl+C to stop)`);
  const stop = () => {
    void server.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`lexgap web: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
