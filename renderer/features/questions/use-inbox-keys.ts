/**
 * The inbox from the keyboard, wherever the focus is on the screen (the answer box included):
 * Alt+↓ / Alt+↑ open the next / previous question, Alt+1…9 insert that template into the answer, and
 * Ctrl+Enter (⌘+Enter) sends it. Alt+digit is read from the key's position, so it works on layouts where
 * Alt changes the character.
 */
import { useEffect, useRef } from 'react';

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
      if (event.altKey && !event.ctrlKey && !event.metaKey && digit) {
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
