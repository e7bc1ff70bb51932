import { defineMessages } from '../define-messages.js';

// `itinera print-map`: a printed map of an area or a box as PDF (issue #16), made by a headless
// browser as the guide is (what both say when printing fails: cli-guide.ts).

export const cliPrintMapMessages = defineMessages({
  synopsis: {
    id: 'cli.printMap.synopsis',
    defaultMessage:
      'print-map FILE.gpkg (--area ID | --bbox W,S,E,N)\n[--paper a4|a3|letter] [--orientation landscape|portrait]\n[--title TEXT] [--report] OUT.pdf',
    description: 'How `itinera print-map` is called, in `itinera help`; keep "print-map" and the --options.',
  },
  summary: {
    id: 'cli.printMap.summary',
    defaultMessage:
      'print a map of an area or a box as PDF: title, legend,\nscale bar, north arrow, date; --report adds the\narea’s report card',
    description: 'What `itinera print-map` does, in `itinera help` (lines of at most 55 characters).',
  },
  needsOutput: {
    id: 'cli.printMap.needsOutput',
    defaultMessage: 'Say where to write the map: a file name ending in .pdf after the project file.',
    description: 'Error when `itinera print-map` is called without an output file ending in .pdf.',
  },
  areaOrBox: {
    id: 'cli.printMap.areaOrBox',
    defaultMessage:
      'Say what to print: --area ID (the areas panel lists their ids) or --bbox WEST,SOUTH,EAST,NORTH, not both.',
    description: 'Error when `itinera print-map` is called without --area and --bbox, or with both.',
  },
  bbox: {
    id: 'cli.printMap.bbox',
    defaultMessage: '--bbox must be four numbers in degrees, WEST,SOUTH,EAST,NORTH (e.g. 16.36,48.20,16.38,48.21).',
    description: 'Error when --bbox of `itinera print-map` is not four numbers.',
  },
  paper: {
    id: 'cli.printMap.paper',
    defaultMessage: '--paper must be a4, a3 or letter.',
    description: 'Error when `itinera print-map` is given an unknown paper size.',
  },
  orientation: {
    id: 'cli.printMap.orientation',
    defaultMessage: '--orientation must be landscape or portrait.',
    description: 'Error when `itinera print-map` is given an unknown orientation.',
  },
  reportNeedsArea: {
    id: 'cli.printMap.reportNeedsArea',
    defaultMessage: '--report prints an area’s report card: use it with --area.',
    description: 'Error when `itinera print-map` is given --report with a box instead of an area.',
  },
  timedOut: {
    id: 'cli.printMap.timedOut',
    defaultMessage: 'The map was not ready to print within {seconds} seconds.',
    description: 'Error when the map’s print view did not finish drawing in time.',
  },
  pageFailed: {
    id: 'cli.printMap.pageFailed',
    defaultMessage: 'The map could not be made: {reason}',
    description: 'Error when the map’s print view reports a problem; {reason} is its message.',
  },
  browserFailed: {
    id: 'cli.printMap.browserFailed',
    defaultMessage: 'The browser ({browser}) stopped before the map was printed.',
    description: 'Error when the headless browser used to print a map exits or fails.',
  },
  written: {
    id: 'cli.printMap.written',
    defaultMessage: 'Wrote {pdf} ({size}).',
    description: 'Output of `itinera print-map`: the PDF written; {size} e.g. “1.2 MB”.',
  },
  overflow: {
    id: 'cli.printMap.overflow',
    defaultMessage: 'warning: the legend or report card of “{name}” does not fit on the sheet; choose a larger paper.',
    description: 'Warning of `itinera print-map` when the sheet’s contents are larger than the page.',
  },
});
