/**
 * The main window's size and place, remembered between sessions in <userData>/window-state.json, and put back
 * inside the screens the machine has now: a window saved on a projector or a second monitor that is no longer
 * there comes back on the primary screen, never off-screen. Plain functions, tested without Electron
 * (test/main/window-state.test.ts).
 */
import { readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface WindowSizes {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

const Coordinate = z.number().int().min(-100_000).max(100_000);
const Size = z.number().int().min(1).max(100_000);
const WindowStateSchema = z
  .object({ x: Coordinate.optional(), y: Coordinate.optional(), width: Size, height: Size, maximized: z.boolean() })
  .strict();

export const WINDOW_STATE_FILE = 'window-state.json';

/** The saved state, or undefined when there is none or it is damaged. */
export function loadWindowState(dir: string): WindowState | undefined {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(readFileSync(path.join(dir, WINDOW_STATE_FILE), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the state whole or not at all (it is written as the window closes, so synchronously). */
export function saveWindowState(dir: string, state: WindowState): void {
  const parsed = WindowStateSchema.safeParse({ ...state, x: roundOrUndefined(state.x), y: roundOrUndefined(state.y), width: Math.round(state.width), height: Math.round(state.height) });
  if (!parsed.success) return;
  const file = path.join(dir, WINDOW_STATE_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, `${JSON.stringify(parsed.data)}\n`);
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}

function roundOrUndefined(n: number | undefined): number | undefined {
  return n === undefined || !Number.isFinite(n) ? undefined : Math.round(n);
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

/**
 * Where to open the window. `workAreas` are the screens' usable areas, the primary first. The saved bounds are
 * kept when they fit; otherwise the window is moved onto the screen it overlaps most (or the primary one),
 * shrunk to fit it, and never made smaller than the minimum unless the screen itself is smaller.
 * Without x and y the window is centred by Electron.
 */
export function restoreBounds(
  saved: WindowState | undefined,
  workAreas: readonly Rect[],
  sizes: WindowSizes,
): { bounds: { x?: number; y?: number; width: number; height: number }; maximized: boolean } {
  const primary = workAreas[0];
  const fit = (area: Rect | undefined, width: number, height: number) => ({
    width: area ? Math.min(Math.max(width, sizes.minWidth), area.width) : Math.max(width, sizes.minWidth),
    height: area ? Math.min(Math.max(height, sizes.minHeight), area.height) : Math.max(height, sizes.minHeight),
  });
  if (!saved) return { bounds: fit(primary, sizes.width, sizes.height), maximized: false };
  if (saved.x === undefined || saved.y === undefined) return { bounds: fit(primary, saved.width, saved.height), maximized: saved.maximized };

  const rect: Rect = { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const o = overlap(rect, area);
    if (o > bestOverlap) {
      best = area;
      bestOverlap = o;
    }
  }
  if (!best) {
    // On no screen any more (a projector was unplugged): the saved size on the primary screen, centred.
    return { bounds: fit(primary, saved.width, saved.height), maximized: saved.maximized };
  }
  const size = fit(best, saved.width, saved.height);
  return {
    bounds: {
      x: clamp(saved.x, best.x, best.x + best.width - size.width),
      y: clamp(saved.y, best.y, best.y + best.height - size.height),
      ...size,
    },
    maximized: saved.maximized,
  };
}
