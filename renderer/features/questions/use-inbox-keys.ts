/**
 * The inbox from the keyboard, wherever the focus is on the screen (the answer box included):
 * Alt+↓ / Alt+↑ open the next / previous question, Alt+1…9 insert that template into the answer, and
 * Ctrl+Enter (⌘+Enter) sends it. The digit is read from the key's position, so it works on layouts where
 * the modifier changes the character. On a Mac the templates are Control+1…9: Option+digit types
 * characters there ("@" and "#" on Spanish layouts).
 */
import { useEffect, useRef } from 'react';
import { isMacKeyboard } from '../../components/keyboard-platform';

/** The keys as the seller's keyboard names them, for the help under the answer. */
export function inboxKeyNames(mac = isMacKeyboard()): { alt: string; digits: string; send: string } {
  return mac ? { alt: '⌥', digits: '⌃1…9', send: '⌘+Enter' } : { alt: 'Alt+', digits: 'Alt+1…9', send: 'Ctrl+Enter' };
}

export interface InboxKeyActions {
  move(step: 1 | -1): void;
  insertTemplate(number: number): void;
  send(): void;
}

export function useInboxKeys(actions: InboxKeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // An open dialog (templates, a confirmation) keeps its own keys.
      if (document.querySelector('dialog[open]')) return;
      if (event.altKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
        event.preventDefault();
        latest.current.move(event.key === 'ArrowDown' ? 1 : -1);
        return;
      }
      const digit = /^Digit([1-9])$/.exec(event.code);
      const templateKey = isMacKeyboard() ? event.ctrlKey && !event.altKey : event.altKey && !event.ctrlKey;
      if (templateKey && !event.metaKey && digit) {
        event.preventDefault();
        latest.current.insertTemplate(Number(digit[1]));
        return;
      }
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key === 'Enter') {
        event.preventDefault();
        latest.current.send();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
