import { defineMessages } from '../define-messages.js';

// `itinera guide`: a route's printed guide as PDF (issue #16), made by a headless browser.

export const cliGuideMessages = defineMessages({
  synopsis: {
    id: 'cli.guide.synopsis',
    defaultMessage:
      'guide FILE.gpkg --route ID [--paper a4|a5|letter]\n[--layout leaflet|booklet] [--qr-url URL]\n[--every-language] OUT.pdf',
    description: 'How `itinera guide` is called, in `itinera help`; keep "guide" and the --options.',
  },
  summary: {
    id: 'cli.guide.summary',
    defaultMessage:
      'print a route’s guide as PDF in the language of --lang\n(map, stops, directions, QR code), its GPX beside it;\n--every-language: one PDF per project language',
    description: 'What `itinera guide` does, in `itinera help` (lines of at most 55 characters).',
  },
  needsRoute: {
    id: 'cli.guide.needsRoute',
    defaultMessage: 'Say which route with --route ID (the route panel and an export list their ids).',
    description: 'Error when `itinera guide` is called without --route.',
  },
  needsOutput: {
    id: 'cli.guide.needsOutput',
    defaultMessage: 'Say where to write the guide: a file name ending in .pdf after the project file.',
    description: 'Error when `itinera guide` is called without an output file ending in .pdf.',
  },
  paper: {
    id: 'cli.guide.paper',
    defaultMessage: '--paper must be a4, a5 or letter.',
    description: 'Error when `itinera guide` is given an unknown paper size.',
  },
  layout: {
    id: 'cli.guide.layout',
    defaultMessage: '--layout must be leaflet (stops one after the other) or booklet (a page per stop).',
    description: 'Error when `itinera guide` is given an unknown layout.',
  },
  qrUrl: {
    id: 'cli.guide.qrUrl',
    defaultMessage: '--qr-url must be a web address (https://…) or a geo: URI.',
    description: 'Error when the address for the guide’s QR code is not a web address.',
  },
  noBrowser: {
    id: 'cli.guide.noBrowser',
    defaultMessage:
      'Printing needs Chromium or Google Chrome on this computer, and none was found. Install one (on Debian or Ubuntu: sudo apt install chromium), or set ITINERA_BROWSER to the browser’s program.',
    description: 'Error when no browser to print with is installed; says what to install.',
  },
  timedOut: {
    id: 'cli.guide.timedOut',
    defaultMessage: 'The guide was not ready to print within {seconds} seconds (its map or photos did not finish).',
    description: 'Error when the print view did not finish drawing in time.',
  },
  pageFailed: {
    id: 'cli.guide.pageFailed',
    defaultMessage: 'The guide could not be made: {reason}',
    description: 'Error when the print view reports a problem; {reason} is its message.',
  },
  browserFailed: {
    id: 'cli.guide.browserFailed',
    defaultMessage: 'The browser ({browser}) stopped before the guide was printed.',
    description: 'Error when the headless browser used to print exits or fails.',
  },
  written: {
    id: 'cli.guide.written',
    defaultMessage: 'Wrote {pdf} ({size}) and its GPX, {gpx}.',
    description: 'Output of `itinera guide`: the PDF and GPX files written; {size} e.g. “1.2 MB”.',
  },
  overflow: {
    id: 'cli.guide.overflow',
    defaultMessage: 'warning: “{name}” does not fit on its page; shorten its text or choose a larger paper.',
    description: 'Warning of `itinera guide` when the cover or a stop of a booklet is larger than its page.',
  },
  megabytes: {
    id: 'cli.guide.megabytes',
    defaultMessage: '{megabytes, number, ::.#} MB',
    description: 'A file size in megabytes with one decimal.',
  },
});
