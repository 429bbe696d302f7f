import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export type Rectangle = { x: number; y: number; width: number; height: number };

/** Where and how big the main window was when it last closed. */
export type WindowState = { bounds: Rectangle; maximized: boolean };

export const DEFAULT_SIZE = { width: 1280, height: 860 };
export const MIN_SIZE = { width: 900, height: 600 };
/** How much of the window's top strip (its title bar) must be on a screen for the saved place to be kept. */
const VISIBLE_STRIP = { width: 120, height: 40 };

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(1).max(100_000);
const windowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: size, height: size }),
  maximized: z.boolean(),
});

/** Reads the stored state; anything unreadable or malformed counts as nothing stored. */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function overlap(a: Rectangle, b: Rectangle): Rectangle | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/**
 * The bounds to open the window with, checked against the displays there are
 * now (a screen may have been unplugged since): the saved place when the
 * window's title bar would still be reachable on one of them, shrunk to fit
 * that display; else the saved size, centred on the primary display; else the
 * default size.
 */
export function restoreBounds(saved: WindowState | null, workAreas: Rectangle[], primary: Rectangle): Partial<Rectangle> & { width: number; height: number } {
  if (!saved) return { ...DEFAULT_SIZE };
  const { bounds } = saved;
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(bounds.height, VISIBLE_STRIP.height) };
  for (const area of workAreas) {
    const visible = overlap(titleBar, area);
    if (visible && visible.width >= Math.min(VISIBLE_STRIP.width, bounds.width) && visible.height >= Math.min(VISIBLE_STRIP.height, bounds.height)) {
      const width = Math.max(MIN_SIZE.width, Math.min(bounds.width, area.width));
      const height = Math.max(MIN_SIZE.height, Math.min(bounds.height, area.height));
      return { x: bounds.x, y: bounds.y, width, height };
    }
  }
  const width = Math.max(MIN_SIZE.width, Math.min(bounds.width, primary.width));
  const height = Math.max(MIN_SIZE.height, Math.min(bounds.height, primary.height));
  return {
    x: primary.x + Math.max(0, Math.round((primary.width - width) / 2)),
    y: primary.y + Math.max(0, Math.round((primary.height - height) / 2)),
    width,
    height,
  };
}

/** What is stored: the normal (unmaximized) bounds, so that unmaximizing later returns there. */
export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state)}\n`;
}

/** The part of a BrowserWindow the state is read from. */
export type TrackedWindow = {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isDestroyed(): boolean;
  on(event: 'close' | 'resize' | 'move' | 'maximize' | 'unmaximize', listener: () => void): unknown;
};

/**
 * Saves the window's state when it moves, is resized or maximized (after a
 * short quiet time, so a drag writes once) and when it closes, so that even a
 * killed app reopens where it was.
 */
export function trackWindowState(window: TrackedWindow, save: (text: string) => void, quietMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    save(serializeWindowState({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }));
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(write, quietMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, later);
  window.on('close', write);
}

/** The stored state, or null when there is none or it cannot be read. */
export function readWindowStateFile(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Written whole then renamed, synchronously (it is tiny, and the app may be
 * quitting): a crash mid-write leaves the previous state, never half a file.
 */
export function writeWindowStateFile(file: string, text: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
  } catch (error) {
    console.warn('Could not save the window state:', error);
  }
}
