/**
 * A modal dialog on the native <dialog> element: `showModal()` makes the rest of the page inert (focus
 * cannot leave it, screen readers see only the dialog), Esc asks `onDismiss` instead of closing on its
 * own (the caller decides what "dismiss" means, e.g. cancelling a sign-in), and focus goes back to
 * whatever opened it. Labelled by its heading, described by `describedBy`.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

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
    <dialog ref={ref} className="modal" aria-labelledby={titleId} aria-describedby={describedBy} data-testid={testId}>
      <h2 className="modal__title" id={titleId}>
        {title}
      </h2>
      {children}
    </dialog>
  );
}
