import { defineMessages } from '../define-messages.js';

// Printed route guides (issue #16): what the backend and the command line say about them.

export const guideMessages = defineMessages({
  languageNotInProject: {
    id: 'guides.error.languageNotInProject',
    defaultMessage: 'The project has no texts in “{language}”: a guide can be made in the project’s own languages.',
    description:
      'Error when a printed guide is asked for in a language that is not one of the project’s content languages; {language} is the code asked for (e.g. ja).',
  },
  noPrinter: {
    id: 'guides.error.noPrinter',
    defaultMessage:
      'Saving a PDF needs Chromium or Google Chrome on this computer, and none was found. Install one (on Debian or Ubuntu: sudo apt install chromium), or print with the browser’s own Print… and choose Save as PDF.',
    description: 'Error when Save PDF is asked for in serve mode and no browser to print with is installed.',
  },
  printFailed: {
    id: 'guides.error.printFailed',
    defaultMessage: 'The PDF could not be made: {reason}',
    description: 'Error when the print view failed while saving a PDF; {reason} says why.',
  },
  printerStopped: {
    id: 'guides.error.printerStopped',
    defaultMessage:
      'The browser that makes the PDF stopped before it was done. Try again, or print with the browser’s own Print… and choose Save as PDF.',
    description: 'Error when the browser used to make a PDF (Chromium, Chrome or Electron) exits or cannot start.',
  },
  printTimedOut: {
    id: 'guides.error.printTimedOut',
    defaultMessage: 'The print view was not ready within {seconds} seconds (its map or photos did not finish).',
    description: 'Error when saving a PDF took too long.',
  },
  boxOrder: {
    id: 'guides.error.boxOrder',
    defaultMessage: 'The map’s box needs its west edge left of its east edge and its south edge below its north edge.',
    description:
      'Error when a printed map is asked for a box (west, south, east, north) whose edges are the wrong way round.',
  },
  areaOrBox: {
    id: 'guides.error.areaOrBox',
    defaultMessage: 'A printed map shows either an area or a box, not both and not neither.',
    description: 'Error when a printed map is asked for without an area and without a box, or with both.',
  },
});
