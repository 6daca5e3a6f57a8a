/**
 * Browser mode's keys for the desktop menu's commands. Alt+Shift+letter, read by key position so any
 * keyboard layout works, is left free by Chrome, Edge, Firefox and Safari; the desktop menu's own
 * shortcuts (Ctrl/Cmd+P, Ctrl/Cmd+J, Ctrl/Cmd+Shift+R) print the page, open downloads and reload there.
 * The README lists these (a test keeps the two in step).
 */
export const BROWSER_SHORTCUTS: Readonly<Record<string, 'sync-now' | 'print' | 'next-question'>> = {
  KeyS: 'sync-now',
  KeyP: 'print',
  KeyN: 'next-question',
};
