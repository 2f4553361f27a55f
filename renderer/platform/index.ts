/**
 * The renderer's only way out: a Platform. In Electron it is `window.lexgap`, the bridge the preload
 * exposes (main/preload.ts), whose answers are checked IPC results. In a plain browser it is a web adapter
 * that runs the engine in the page. The rest of the UI never knows which one it has.
 */
import type { Analysis } from '../core/types.js';
import type { Language } from '../model-law/schema.js';

export type LanguageOption = 'auto' | Language;

export interface AnalyzeRequest {
  text: string;
  /** A name for the text, shown in results and reports (a file name, or "pasted text"). */
  file: string;
  language?: LanguageOption;
}

export interface SampleLaw {
  file: string;
  text: string;
}

export interface Platform {
  readonly kind: 'electron' | 'web';
  analyzeText(request: AnalyzeRequest): Promise<Analysis>;
  getSampleLaw(): Promise<SampleLaw>;
}

/** A failure to show the user as it is: its message is already in plain words. */
export class PlatformError extends Error {
  override name = 'PlatformError';
}

/** What the preload bridge answers (the IpcResult of main/ipc-contract.ts, as the renderer sees it). */
export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** The API the preload exposes as window.lexgap (LexgapApi in main/ipc-contract.ts). */
export interface LexgapBridge {
  analyzeText(request: AnalyzeRequest): Promise<BridgeResult<Analysis>>;
  getSampleLaw(): Promise<BridgeResult<SampleLaw>>;
}

declare global {
  interface Window {
    lexgap?: LexgapBridge;
  }
}

function unwrap<T>(result: BridgeResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error.message);
}

export function electronPlatform(bridge: LexgapBridge): Platform {
  return {
    kind: 'electron',
    analyzeText: async (request) => unwrap(await bridge.analyzeText(request)),
    getSampleLaw: async () => unwrap(await bridge.getSampleLaw()),
  };
}

/** Lets the browser paint (e.g. "Analysing...") before the engine takes the thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function webPlatform(): Platform {
  return {
    kind: 'web',
    async analyzeText({ text, file, language }) {
      if (text.trim() === '') throw new PlatformError('The text of the law is empty.');
      // Loaded on first use, so the page opens fast and the Electron build never runs the engine in the page.
      const { analyzeText } = await import('../core/analyze.js');
      await nextFrame();
      return analyzeText(text, { file, language: language ?? 'auto' });
    },
    async getSampleLaw() {
      const { default: text } = await import('./sample/kestria-en.txt?raw');
      return { file: 'kestria-en.txt', text };
    },
  };
}

export function getPlatform(): Platform {
  return window.lexgap ? electronPlatform(window.lexgap) : webPlatform();
}
