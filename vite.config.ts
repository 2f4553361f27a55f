import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './main/security.js';

/**
 * The dev server injects an inline script (React Fast Refresh) that the page's strict CSP would block; the
 * policy is dropped only while serving with `vite` for development. Builds keep it.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'lexgap:relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), relaxCspForDevServer()],
  // The engine worker (renderer/engine/worker.ts) loads its parts on demand: that needs module workers.
  worker: { format: 'es' },
  resolve: {
    alias: {
      // The engine runs in a worker, which has no DOM: take this markdown helper's plain build, not its DOM one.
      'decode-named-character-reference': fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)),
    },
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  preview: {
    // The web version gets the same policy as a header (with frame-ancestors, which the meta tag cannot set).
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
  },
  server: {
    // The renderer imports the engine and the catalogue from the repository root.
    fs: { allow: ['..'] },
  },
});
