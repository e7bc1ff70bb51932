import type { z } from 'zod';
import type { PrintReport } from '../../../shared/api/guides.js';
import type { PrintedPdf, PrintRequest, PrintToPdfSchema } from '../../../shared/api/printing.js';
import { ApiError } from '../../../shared/api/errors.js';
import { messageRef } from '../../../shared/i18n/define-messages.js';
import { guideMessages as m } from '../../../shared/i18n/messages/guides.js';
import { PrintPageError } from '../../serve/chromium-pdf.js';

// Save PDF (issue #16, point 3): a print view made into a PDF by whatever prints on this machine:
// Electron's printToPDF on the desktop, the system's Chromium in serve mode (electron/serve/
// print-view.ts). Without one, the user is told what to install; the page can still print itself.

/** Prints the app's print view of `request` to PDF, with what did not fit its page. */
export type Printer = (request: PrintRequest) => Promise<{ pdf: Buffer; report: PrintReport }>;

/** How long a print view may take to draw its map and photos. */
export const PRINT_TIMEOUT_MS = 180_000;

export function createPrintingService(printer: () => Printer | null) {
  return {
    async printToPdf({ request }: z.output<typeof PrintToPdfSchema>): Promise<PrintedPdf> {
      const print = printer();
      if (!print) throw new ApiError('not-found', messageRef(m.noPrinter));
      try {
        const printed = await print(request);
        return { contentBase64: printed.pdf.toString('base64'), overflow: printed.report.overflow };
      } catch (error) {
        if (!(error instanceof PrintPageError)) throw error;
        if (error.reason === 'timeout')
          throw new ApiError('internal', messageRef(m.printTimedOut, { seconds: PRINT_TIMEOUT_MS / 1000 }));
        // The page's own reason is a message for people (the print view's); a browser's is not.
        if (error.reason === 'page')
          throw new ApiError('internal', messageRef(m.printFailed, { reason: error.message }));
        console.error('Itinera could not print to PDF:', error.message);
        throw new ApiError('internal', messageRef(m.printerStopped));
      }
    },
  };
}
