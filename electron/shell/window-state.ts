/**
 * Remembers the main window's size, position and maximized flag in window-state.json in the data
 * directory. Pure apart from the file: the display list is passed in, so a window saved on a monitor
 * that is no longer connected comes back on a visible one instead of off-screen.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;
/** How much of a saved window must land on a display (about a title bar's worth) to keep its place. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

const RectSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type Rect = z.infer<typeof RectSchema>;

const WindowStateSchema = z.object({ bounds: RectSchema, maximized: z.boolean() });
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface DisplayLike {
  workArea: Rect;
}

export function windowStatePath(dataDir: string): string {
  return path.join(dataDir, WINDOW_STATE_FILE);
}

/** The saved state fitted to today's displays; a missing or unreadable file gives the default window. */
export function loadWindowState(filePath: string, displays: readonly DisplayLike[], primary: DisplayLike): WindowState {
  const saved = readSaved(filePath);
  if (saved === null) return { bounds: defaultBounds(primary.workArea), maximized: false };
  return { bounds: clampToDisplays(saved.bounds, displays, primary), maximized: saved.maximized };
}

/** Written to a temp file and renamed, so a crash mid-write leaves the previous state intact. */
export function saveWindowState(filePath: string, state: WindowState): void {
  const checked = WindowStateSchema.parse({ bounds: roundRect(state.bounds), maximized: state.maximized });
  const temp = `${filePath}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(checked, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temp, filePath);
}

/**
 * Keeps bounds on the display they overlap most, shrunk to fit its work area and moved fully inside
 * it; bounds that show less than a title bar on every display are centred on the primary display.
 */
export function clampToDisplays(bounds: Rect, displays: readonly DisplayLike[], primary: DisplayLike): Rect {
  let best: DisplayLike | null = null;
  let bestArea = 0;
  for (const display of displays) {
    const overlap = intersection(bounds, display.workArea);
    if (overlap.width >= MIN_VISIBLE.width && overlap.height >= MIN_VISIBLE.height) {
      const area = overlap.width * overlap.height;
      if (area > bestArea) {
        best = display;
        bestArea = area;
      }
    }
  }
  if (best === null) return centredIn(primary.workArea, bounds.width, bounds.height);
  const area = best.workArea;
  const width = fit(bounds.width, MIN_SIZE.width, area.width);
  const height = fit(bounds.height, MIN_SIZE.height, area.height);
  return {
    x: Math.min(Math.max(bounds.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(bounds.y, area.y), area.y + area.height - height),
    width,
    height,
  };
}

export function defaultBounds(workArea: Rect): Rect {
  return centredIn(workArea, DEFAULT_SIZE.width, DEFAULT_SIZE.height);
}

function centredIn(area: Rect, wantedWidth: number, wantedHeight: number): Rect {
  const width = fit(wantedWidth, MIN_SIZE.width, area.width);
  const height = fit(wantedHeight, MIN_SIZE.height, area.height);
  return {
    x: area.x + Math.floor((area.width - width) / 2),
    y: area.y + Math.floor((area.height - height) / 2),
    width,
    height,
  };
}

/** At least the minimum, at most the available space (a tiny screen wins over the minimum). */
function fit(value: number, minimum: number, available: number): number {
  return Math.min(Math.max(value, minimum), available);
}

function intersection(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function roundRect(rect: Rect): Rect {
  return { x: Math.round(rect.x), y: Math.round(rect.y), width: Math.round(rect.width), height: Math.round(rect.height) };
}

function readSaved(filePath: string): WindowState | null {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(fs.readFileSync(filePath, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    // Missing or not JSON: window placement is not worth a warning, the default window is fine.
    return null;
  }
}
