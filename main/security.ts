/**
 * The security settings of the app window, as plain data and plain functions so they can be checked
 * without Electron (test/main/security.test.ts). main.ts applies them.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The Content-Security-Policy of the renderer. Everything comes from the app itself; no eval, no inline
 * script, no inline style element, no plugins, no base or form targets. Sent as a response header by the
 * app:// protocol (with frame-ancestors, which a meta tag cannot carry) and repeated as a meta tag in
 * renderer/index.html for the web version.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

/** The policy as written in renderer/index.html's meta tag. */
export const CSP_META = CSP_DIRECTIVES.join('; ');

/** The policy as sent in the Content-Security-Policy header. */
export const CONTENT_SECURITY_POLICY = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** Options of the main window: the Electron security checklist, in one place. */
export function createWindowOptions(preloadPath: string, opts: { devTools: boolean }): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: 'lexgap',
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click opens no window (new windows are denied anyway).
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
      devTools: opts.devTools,
    },
  };
}

/** Longest URL handed to the operating system. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * True for a URL that may be handed to the operating system's browser: https only, a real host name, no
 * credentials, no control characters or spaces. Parsed with the URL parser, never compared as a prefix.
 */
export function isSafeExternalUrl(candidate: unknown): candidate is string {
  if (typeof candidate !== 'string' || candidate.length === 0 || candidate.length > MAX_EXTERNAL_URL_LENGTH) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(candidate)) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return false;
  // A dotted name (or a bracketed IPv6 address); refuses "https://localhost" and single-label intranet names.
  return url.hostname.includes('.') && !url.hostname.endsWith('.');
}
