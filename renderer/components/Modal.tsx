/**
 * A modal dialog on the native <dialog> element: `showModal()` makes the rest of the page inert (screen
 * readers see only the dialog), Tab and Shift+Tab wrap around its controls (the native dialog would let
 * focus fall out to the browser's own toolbar), Esc asks `onDismiss` instead of closing on its own (the
 * caller decides what "dismiss" means, e.g. cancelling a sign-in), and focus goes back to whatever
 * opened it. Labelled by its heading, described by `describedBy`.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), summary, [tabindex]:not([tabindex="-1"])';

/** Keeps Tab inside the dialog: from the last control to the first, and Shift+Tab the other way. */
function wrapTab(event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab') return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.getClientRects().length > 0,
  );
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  const outside = !(active instanceof Node) || !event.currentTarget.contains(active);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}

export interface ModalProps {
  title: string;
  onDismiss(): void;
  children: ReactNode;
  /** Id of the text that explains the dialog (announced after the title). */
  describedBy?: string;
  testId?: string;
}

export function Modal({ title, onDismiss, children, describedBy, testId }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      dismiss.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.close();
      // The opener may be gone (e.g. a Reconnect button whose row changed): then focus stays in the page.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      data-testid={testId}
      onKeyDown={wrapTab}
    >
      <h2 className="modal__title" id={titleId}>
        {title}
      </h2>
      {children}
    </dialog>
  );
}
