import { useEffect, useRef, type ReactNode } from 'react';
import './modal-dialog.css';

/**
 * A native modal `<dialog>`: opened with showModal() when it mounts, so focus moves into it, the page behind is
 * inert and Escape closes it; closing hands focus back to the control that opened it. Named by its heading.
 */
export function ModalDialog({
  labelledBy,
  onClose,
  children,
  className,
}: {
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // A `close` event is queued, not sent at once: one left over from an unmount that React undid (StrictMode
    // runs effects twice in development) arrives when the dialog is open again, and is not a close.
    const handleClose = () => {
      if (!dialog.open) onCloseRef.current();
    };
    dialog.addEventListener('close', handleClose);
    return () => {
      dialog.removeEventListener('close', handleClose);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog ref={ref} className={className ? `dialog ${className}` : 'dialog'} aria-labelledby={labelledBy}>
      {children}
    </dialog>
  );
}
