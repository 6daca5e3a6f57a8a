/**
 * The window's regions, in reading order — navigation, main content, an open side panel, the status bar —
 * and F6 / Shift+F6 to move focus from one to the next (as in browsers and desktop apps), so the status
 * bar's controls are one key away instead of a Tab past every table row. Each region gets focus on the
 * place a keyboard user wants: the current section's link, <main>, the panel's heading, the bar's first control.
 */
import { useEffect } from 'react';

export const MAIN_ID = 'main-content';
export const STATUS_ID = 'status-bar';

const FOCUSABLE = 'a[href], button:not([disabled]), select:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface Region {
  element: HTMLElement;
  target(): HTMLElement;
}

function regions(): Region[] {
  const found: Region[] = [];
  const nav = document.querySelector<HTMLElement>('.sidebar nav');
  if (nav) found.push({ element: nav, target: () => nav.querySelector<HTMLElement>('[aria-current="page"]') ?? nav.querySelector<HTMLElement>(FOCUSABLE) ?? nav });
  const main = document.getElementById(MAIN_ID);
  if (main) found.push({ element: main, target: () => main });
  const panel = document.querySelector<HTMLElement>('.side-panel');
  if (panel) found.push({ element: panel, target: () => panel.querySelector<HTMLElement>('h2[tabindex]') ?? panel });
  const status = document.getElementById(STATUS_ID);
  if (status) found.push({ element: status, target: () => statusTarget(status) });
  return found;
}

function statusTarget(status: HTMLElement): HTMLElement {
  return status.querySelector<HTMLElement>(FOCUSABLE) ?? status;
}

/** Focus on the status bar's first control (or the bar itself when it has none). */
export function focusStatusBar(): void {
  const status = document.getElementById(STATUS_ID);
  if (status) statusTarget(status).focus();
}

/** Moves focus to the next region (or the previous one, `step` -1) from where focus is now. */
export function cycleRegion(step: 1 | -1): void {
  const all = regions();
  if (all.length === 0) return;
  const active = document.activeElement;
  const at = all.findIndex((region) => active instanceof Node && region.element.contains(active));
  const next = at < 0 ? (step === 1 ? 0 : all.length - 1) : (at + step + all.length) % all.length;
  all[next]?.target().focus();
}

export function useRegionKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F6' || event.ctrlKey || event.altKey || event.metaKey) return;
      event.preventDefault();
      cycleRegion(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
