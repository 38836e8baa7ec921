import fs from 'node:fs';
import path from 'node:path';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const DEFAULT: WindowState = { width: 1280, height: 860, maximized: false };

export function loadWindowState(dir: string): WindowState {
  try {
    const s = JSON.parse(fs.readFileSync(path.join(dir, 'window-state.json'), 'utf8')) as Partial<WindowState>;
    if (typeof s.width === 'number' && typeof s.height === 'number' && s.width >= 400 && s.height >= 300) return { ...DEFAULT, ...s };
  } catch {
    /* first run or damaged file: defaults */
  }
  return DEFAULT;
}

export function saveWindowState(dir: string, state: WindowState): void {
  try {
    fs.writeFileSync(path.join(dir, 'window-state.json'), JSON.stringify(state));
  } catch {
    /* losing the window size is not worth an error dialog */
  }
}
