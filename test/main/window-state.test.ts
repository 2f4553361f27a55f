import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadWindowState, restoreBounds, saveWindowState, WINDOW_STATE_FILE, type Rect } from '../../main/window-state.js';
import { tempDir } from './support.js';

const sizes = { width: 1280, height: 820, minWidth: 720, minHeight: 480 };
const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };
const projector: Rect = { x: 0, y: 0, width: 1024, height: 740 };

describe('restoreBounds', () => {
  it('opens at the default size, centred, the first time (no larger than the screen)', () => {
    expect(restoreBounds(undefined, [laptop], sizes)).toEqual({ bounds: { width: 1280, height: 820 }, maximized: false });
    expect(restoreBounds(undefined, [projector], sizes)).toEqual({ bounds: { width: 1024, height: 740 }, maximized: false });
  });

  it('keeps a window that fits where it was', () => {
    const saved = { x: 100, y: 50, width: 1000, height: 700, maximized: false };
    expect(restoreBounds(saved, [laptop], sizes).bounds).toEqual({ x: 100, y: 50, width: 1000, height: 700 });
  });

  it('keeps a window on the second monitor while it is there', () => {
    const saved = { x: 2000, y: 100, width: 1600, height: 1000, maximized: true };
    expect(restoreBounds(saved, [laptop, monitorRight], sizes)).toEqual({ bounds: { x: 2000, y: 100, width: 1600, height: 1000 }, maximized: true });
  });

  it('brings a window back from a monitor that is gone, at most the screen size', () => {
    const saved = { x: 2000, y: 100, width: 1600, height: 1000, maximized: false };
    expect(restoreBounds(saved, [laptop], sizes)).toEqual({ bounds: { width: 1440, height: 875 }, maximized: false });
  });

  it('pulls a window that hangs off the edge back inside the screen it overlaps most', () => {
    const saved = { x: 1200, y: -300, width: 1000, height: 700, maximized: false };
    expect(restoreBounds(saved, [laptop, monitorRight], sizes).bounds).toEqual({ x: 1440, y: 0, width: 1000, height: 700 });
    const offBottom = { x: 300, y: 800, width: 1000, height: 700, maximized: false };
    expect(restoreBounds(offBottom, [laptop], sizes).bounds).toEqual({ x: 300, y: 175, width: 1000, height: 700 });
  });

  it('shrinks a window to a smaller screen and never below the minimum size the screen allows', () => {
    const big = { x: 0, y: 0, width: 3000, height: 2000, maximized: false };
    expect(restoreBounds(big, [projector], sizes).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 740 });
    const tiny = { x: 10, y: 10, width: 200, height: 100, maximized: false };
    expect(restoreBounds(tiny, [laptop], sizes).bounds).toEqual({ x: 10, y: 10, width: 720, height: 480 });
  });

  it('handles a screen whose area does not start at 0,0 (a taskbar on the left)', () => {
    const area: Rect = { x: 60, y: 0, width: 1380, height: 900 };
    const saved = { x: 0, y: 0, width: 800, height: 600, maximized: false };
    expect(restoreBounds(saved, [area], sizes).bounds).toEqual({ x: 60, y: 0, width: 800, height: 600 });
  });
});

describe('loadWindowState and saveWindowState', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it('round-trips the state and ignores a damaged file', () => {
    const tmp = tempDir('window');
    cleanup = tmp.cleanup;
    expect(loadWindowState(tmp.dir)).toBeUndefined();
    saveWindowState(tmp.dir, { x: 10.4, y: 20, width: 900.6, height: 700, maximized: true });
    expect(loadWindowState(tmp.dir)).toEqual({ x: 10, y: 20, width: 901, height: 700, maximized: true });
    writeFileSync(path.join(tmp.dir, WINDOW_STATE_FILE), '{"x": "left"');
    expect(loadWindowState(tmp.dir)).toBeUndefined();
    writeFileSync(path.join(tmp.dir, WINDOW_STATE_FILE), JSON.stringify({ x: 0, y: 0, width: -5, height: 10, maximized: false }));
    expect(loadWindowState(tmp.dir)).toBeUndefined();
  });

  it('does not write a state that makes no sense', () => {
    const tmp = tempDir('window');
    cleanup = tmp.cleanup;
    saveWindowState(tmp.dir, { x: 0, y: 0, width: 800, height: 600, maximized: false });
    saveWindowState(tmp.dir, { x: 0, y: 0, width: Number.NaN, height: 600, maximized: false });
    expect(JSON.parse(readFileSync(path.join(tmp.dir, WINDOW_STATE_FILE), 'utf8'))).toMatchObject({ width: 800 });
  });
});
