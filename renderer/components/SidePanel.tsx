/**
 * A panel beside a table (an order's detail, a listing's detail or its editor). Non-modal: the table
 * stays usable and another row replaces what is shown. On open — and whenever it shows something else —
 * its heading takes focus, so a screen reader starts reading it; Esc closes it, and focus goes back to
 * what opened it (or, when the table redrew that row meanwhile, to `returnFocus()`).
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { CloseIcon } from './icons';
import './side-panel.css';

export interface SidePanelProps {
  title: ReactNode;
  closeLabel: string;
  onClose(): void;
  /** What is shown (an order id…): when it changes, the heading takes focus again. */
  showing: string | number;
  /** Where focus goes on close when the opener is gone. */
  returnFocus?: () => HTMLElement | null;
  /** Buttons in the header, before Close (e.g. Edit). */
  actions?: ReactNode;
  testId: string;
  children: ReactNode;
}

export function SidePanel({ title, closeLabel, onClose, showing, returnFocus, actions, testId, children }: SidePanelProps) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const fallback = useRef(returnFocus);
  fallback.current = returnFocus;

  // Declared before the heading's effect, so it runs first and sees the opener, not the heading.
  useEffect(() => {
    // A row opened by a mouse click leaves focus on the page itself: then the fallback is the opener.
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    return () => {
      const target = opener?.isConnected ? opener : (fallback.current?.() ?? null);
      target?.focus();
    };
  }, []);
  useEffect(() => heading.current?.focus(), [showing]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <aside className="side-panel" aria-labelledby={titleId} data-testid={testId}>
      <header className="side-panel__header">
        <h2 id={titleId} ref={heading} tabIndex={-1} className="side-panel__title">
          {title}
        </h2>
        <div className="side-panel__actions">
          {actions}
          <button type="button" className="icon-button" onClick={onClose} aria-label={closeLabel} title={closeLabel}>
            <CloseIcon size={20} />
          </button>
        </div>
      </header>
      {children}
    </aside>
  );
}

/** The panel's scrolling body; focusable so the keyboard can scroll a long one (axe's scrollable-region rule). */
export function SidePanelBody({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <div className={className ? `side-panel__body ${className}` : 'side-panel__body'} tabIndex={0}>
      {children}
    </div>
  );
}

/** "Loading…" or "not found" in place of the body. */
export function SidePanelNote({ children }: { children: ReactNode }) {
  return <p className="side-panel__note">{children}</p>;
}
