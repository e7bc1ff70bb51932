import { useState } from 'react';
import { printViewSearch, type PrintRequest } from '../../../../shared/api/printing.js';
import { mapPrintMessages as m } from '../../../../shared/i18n/messages/ui/map-print.js';
import { useApi } from '../../api/api-context.js';
import { useT } from '../../i18n/i18n-context.js';
import { errorText } from '../../i18n/notice.js';
import { saveFile } from '../../util/save-file.js';

// The buttons under a print's choices (the route panel's guide, the area panel's map): open the
// print view in a window of its own, which prints itself (the system's print dialog), or Save PDF:
// the same view made into a PDF on this computer (Electron's printToPDF on the desktop, the
// system's Chromium in serve mode) and handed to the downloads, one file per request.

export interface PrintFile {
  request: PrintRequest;
  /** The PDF's file name. */
  fileName: string;
}

/** The print view's address in this app, printing itself once drawn. */
export function printViewAddress(request: PrintRequest): string {
  return `${window.location.pathname}${printViewSearch(request)}&autoprint=1`;
}

/** Characters a file name cannot hold on some system, and runs of spaces. */
export function safeFileName(name: string): string {
  return (
    name
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'itinera'
  );
}

export function PrintActions({
  files,
  everyLanguage,
  openLabel,
  testId,
  hintId,
}: {
  /** The print of the choices made. */
  files: PrintFile;
  /** One per content language (the guide's "Save PDF in every language"); none: no such button. */
  everyLanguage?: PrintFile[];
  openLabel: string;
  testId: string;
  hintId: string;
}) {
  const t = useT();
  const api = useApi();
  const [status, setStatus] = useState<{ text: string; alert: boolean }[]>([]);
  const [busy, setBusy] = useState(false);

  const save = async (list: PrintFile[]) => {
    setBusy(true);
    const saved: string[] = [];
    const notes: { text: string; alert: boolean }[] = [];
    try {
      for (const file of list) {
        setStatus([...notes, { text: t.t(m.saving, { file: file.fileName }), alert: false }]);
        const printed = await api.printToPdf({ request: file.request });
        saveFile(file.fileName, 'application/pdf', printed.contentBase64);
        saved.push(file.fileName);
        for (const part of printed.overflow)
          notes.push({ text: t.t(m.overflow, { name: part.name, file: file.fileName }), alert: true });
      }
      setStatus([{ text: t.t(m.saved, { count: saved.length, files: t.list(saved) }), alert: false }, ...notes]);
    } catch (error) {
      const failed = { text: t.t(m.saveFailed, { reason: errorText(t, error) }), alert: true };
      // What was saved before the failure stays said (one language of several, say).
      const before =
        saved.length > 0 ? [{ text: t.t(m.saved, { count: saved.length, files: t.list(saved) }), alert: false }] : [];
      setStatus([...before, ...notes, failed]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="print-actions">
        <button
          type="button"
          className="button"
          data-testid={`${testId}-open`}
          aria-describedby={hintId}
          onClick={() => window.open(printViewAddress(files.request), '_blank')}
        >
          {openLabel}
        </button>
        <button
          type="button"
          className="button"
          data-testid={`${testId}-save`}
          aria-describedby={hintId}
          disabled={busy}
          onClick={() => void save([files])}
        >
          {t.t(m.savePdf)}
        </button>
        {everyLanguage && everyLanguage.length > 1 && (
          <button
            type="button"
            className="button"
            data-testid={`${testId}-save-every`}
            disabled={busy}
            onClick={() => void save(everyLanguage)}
          >
            {t.t(m.saveEveryLanguage)}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite" data-testid={`${testId}-status`}>
        {status.map((note, index) => (
          <p key={index} className={note.alert ? 'print-actions__warning' : 'hint'}>
            {note.text}
          </p>
        ))}
      </div>
    </>
  );
}
