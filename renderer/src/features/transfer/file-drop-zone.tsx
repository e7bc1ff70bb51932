import { useEffect, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { transferMessages as m } from '../../../../shared/i18n/messages/ui/transfer.js';
import { useT } from '../../i18n/i18n-context.js';
import { messageRef } from '../../../../shared/i18n/define-messages.js';
import type { Notice } from '../../i18n/notice.js';

function carriesFiles(event: { dataTransfer: DataTransfer | null }): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export interface FileDropZoneProps {
  disabled: boolean;
  onFile(file: File): void;
  onRejected(message: Notice): void;
  children: ReactNode;
}

/** Accepts a file dropped on its area (the map), with an overlay while one is dragged over it. */
export function FileDropZone({ disabled, onFile, onRejected, children }: FileDropZoneProps) {
  const t = useT();
  const [dragging, setDragging] = useState(false);
  // dragenter and dragleave fire for every child crossed; count them to know when the drag left.
  const depth = useRef(0);

  // A file dropped anywhere else would make the browser open it in place of the app.
  useEffect(() => {
    const refuse = (event: globalThis.DragEvent) => {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', refuse);
    window.addEventListener('drop', refuse);
    return () => {
      window.removeEventListener('dragover', refuse);
      window.removeEventListener('drop', refuse);
    };
  }, []);

  useEffect(() => {
    if (disabled) {
      depth.current = 0;
      setDragging(false);
    }
  }, [disabled]);

  const onDragEnter = (event: DragEvent) => {
    if (disabled || !carriesFiles(event)) return;
    event.preventDefault();
    depth.current += 1;
    setDragging(true);
  };
  const onDragOver = (event: DragEvent) => {
    if (disabled || !carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDragLeave = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  };
  const onDrop = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth.current = 0;
    setDragging(false);
    if (disabled) return;
    const files = Array.from(event.dataTransfer.files);
    const [file] = files;
    if (!file) return;
    if (files.length > 1) onRejected(messageRef(m.dropOne));
    else onFile(file);
  };

  return (
    <div
      className="drop-zone"
      onDragEnter={onDragEnter}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      {children}
      {dragging && (
        <div className="drop-zone__overlay" data-testid="drop-overlay" aria-hidden="true">
          <div className="drop-zone__message">
            <p className="drop-zone__title">{t.t(m.dropTitle)}</p>
            <p className="drop-zone__formats">{t.t(m.dropFormats)}</p>
          </div>
        </div>
      )}
    </div>
  );
}
