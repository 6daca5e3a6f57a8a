import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clampToDisplays,
  DEFAULT_SIZE,
  loadWindowState,
  saveWindowState,
  windowStatePath,
  type DisplayLike,
} from '../../electron/shell/window-state';
import { tempDir } from '../helpers/temp-dir';

const laptop: DisplayLike = { workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const monitorRight: DisplayLike = { workArea: { x: 1440, y: 0, width: 2560, height: 1440 } };

describe('window state', () => {
  it('starts with a centred default window when nothing was saved', () => {
    const state = loadWindowState(windowStatePath(tempDir()), [laptop], laptop);
    expect(state).toEqual({
      bounds: { x: 80, y: 25 + 37, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height },
      maximized: false,
    });
  });

  it('restores size, position and the maximized flag across a save and load', () => {
    const file = windowStatePath(tempDir());
    saveWindowState(file, { bounds: { x: 1600, y: 100, width: 1500, height: 900 }, maximized: true });
    expect(loadWindowState(file, [laptop, monitorRight], laptop)).toEqual({
      bounds: { x: 1600, y: 100, width: 1500, height: 900 },
      maximized: true,
    });
  });

  it('brings a window saved on a monitor that is gone back onto the primary display', () => {
    const file = windowStatePath(tempDir());
    saveWindowState(file, { bounds: { x: 2000, y: 200, width: 1000, height: 700 }, maximized: false });
    const { bounds } = loadWindowState(file, [laptop], laptop);
    expect(bounds).toEqual({ x: 220, y: 25 + 87, width: 1000, height: 700 });
  });

  it('moves a window hanging off the edge fully onto its display', () => {
    const bounds = clampToDisplays({ x: 1200, y: -300, width: 1000, height: 700 }, [laptop], laptop);
    expect(bounds).toEqual({ x: 440, y: 25, width: 1000, height: 700 });
  });

  it('shrinks a window larger than the display to fit it', () => {
    const bounds = clampToDisplays({ x: 0, y: 25, width: 3000, height: 2000 }, [laptop], laptop);
    expect(bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
  });

  it('keeps the window on the display it mostly covers', () => {
    const bounds = clampToDisplays({ x: 1300, y: 50, width: 1200, height: 800 }, [laptop, monitorRight], laptop);
    expect(bounds).toEqual({ x: 1440, y: 50, width: 1200, height: 800 });
  });

  it('treats a window showing less than a title bar as off-screen', () => {
    const bounds = clampToDisplays({ x: 1430, y: 300, width: 900, height: 600 }, [laptop], laptop);
    expect(bounds.x).toBeGreaterThanOrEqual(0);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(1440);
  });

  it('ignores a corrupt or hand-edited file instead of failing to open', () => {
    const dir = tempDir();
    const file = windowStatePath(dir);
    for (const content of ['{not json', '{"bounds":{"x":"a"},"maximized":false}', '[]']) {
      fs.writeFileSync(file, content);
      expect(loadWindowState(file, [laptop], laptop).maximized).toBe(false);
    }
  });

  it('writes atomically and leaves no temp file behind', () => {
    const dir = tempDir();
    saveWindowState(windowStatePath(dir), { bounds: { x: 10.4, y: 20.6, width: 900, height: 700 }, maximized: false });
    expect(fs.readdirSync(dir)).toEqual([path.basename(windowStatePath(dir))]);
    expect(JSON.parse(fs.readFileSync(windowStatePath(dir), 'utf8')).bounds).toEqual({ x: 10, y: 21, width: 900, height: 700 });
  });
});
