/**
 * The app:// protocol that serves the renderer: app://lexgap/<path> reads <root>/<path>, where root is
 * dist/renderer. Nothing outside root is ever served: a path that resolves outside it (../, encoded
 * slashes, absolute paths, NUL bytes) is refused, and so is one that leads outside it through a symbolic link
 * (the check is made again on the real path, after every link is followed). Plain Node (fs, Request, Response), no Electron, so the
 * handler is tested directly (test/main/protocol.test.ts).
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './ipc.js';
import { CONTENT_SECURITY_POLICY } from './security.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under root that an app:// URL names, or null when the URL is not ours or would leave root.
 * "app://lexgap/" names index.html.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname.replace(/^\/+/, '') || 'index.html';
  const base = path.resolve(root);
  const full = path.resolve(base, relative);
  return isInside(base, full) ? full : null;
}

/** Whether `file` lies strictly inside the folder `base` (both absolute). */
function isInside(base: string, file: string): boolean {
  const inside = path.relative(base, file);
  return inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside);
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
} as const;

function refuse(status: 403 | 404 | 405, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The handler for protocol.handle('app', ...): serves files from root with the CSP header. */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  let realRoot: Promise<string> | undefined;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed');
    const named = resolveAppPath(root, request.url);
    if (!named) return refuse(403, 'Forbidden');
    let file: string;
    try {
      // A link inside the folder may point anywhere: serve only what really lies inside it.
      realRoot ??= realpath(root);
      file = await realpath(named);
      if (!isInside(await realRoot, file)) return refuse(403, 'Forbidden');
    } catch {
      realRoot = undefined;
      return refuse(404, 'Not found');
    }
    try {
      if (!(await stat(file)).isFile()) return refuse(404, 'Not found');
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
      return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) } });
    } catch {
      return refuse(404, 'Not found');
    }
  };
}
