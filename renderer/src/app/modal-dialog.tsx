import { useEffect, useRef, type ReactNode } from 'react';

export interface ModalDialogProps {
  labelledBy: string;
  className?: string;
  testId?: string;
  busy?: boolean;
  /** Escape (or the browser closing the dialog) asks for this; ignored while `cancelable` is false. */
  onCancel(): void;
  cancelable?: boolean;
  /** When this changes (the dialog shows other content), focus moves to its first control again
   *  unless it is already inside. */
  contentKey?: string;
  children: ReactNode;
}

const FOCUSABLE = '[autofocus], select, input:not([type="hidden"]), textarea, button, [tabindex]:not([tabindex="-1"])';

/**
 * A modal `<dialog>`: the browser keeps focus inside it, makes the rest of the page inert and
 * turns Escape into a cancel. Open while mounted; focus goes back where it was when it unmounts.
 */
export function ModalDialog({
  labelledBy,
  className,
  testId,
  busy,
  onCancel,
  cancelable = true,
  contentKey,
  children,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const latest = useRef({ onCancel, cancelable });
  latest.current = { onCancel, cancelable };

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const onCancelEvent = (event: Event) => {
      event.preventDefault();
      if (latest.current.cancelable) latest.current.onCancel();
    };
    // NOTE: Chromium closes a dialog without a cancel event when Escape is pressed twice with no
    // other input in between. Closed that way, it counts as a cancel, or reopens when it may not.
    const onClose = () => {
      if (dialog.open || !dialog.isConnected) return;
      if (latest.current.cancelable) latest.current.onCancel();
      else dialog.showModal();
    };
    dialog.addEventListener('cancel', onCancelEvent);
    dialog.addEventListener('close', onClose);
    return () => {
      dialog.removeEventListener('cancel', onCancelEvent);
      dialog.removeEventListener('close', onClose);
      if (dialog.open) dialog.close();
      if (previousFocus?.isConnected) previousFocus.focus();
    };
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.contains(document.activeElement)) return;
    const first = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).find(
      (element) => !element.matches(':disabled'),
    );
    first?.focus();
  }, [contentKey]);

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={labelledBy}
      aria-busy={busy || undefined}
      data-testid={testId}
    >
      {children}
    </dialog>
  );
}
