/**
 * Where the seller's keyboard is a Mac's: there Option (Alt) with a letter or a digit types a character
 * ("∏", "@" on Spanish layouts, "¡"), so shortcuts built on Alt leave text boxes alone or use Control.
 */
export function isMacKeyboard(): boolean {
  return /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent);
}

const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** A text box (input, textarea, editable element): where a key that types a character should type it. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !NOT_TYPED.has(target.type);
}
