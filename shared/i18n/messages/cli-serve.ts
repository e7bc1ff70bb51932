import { defineMessages } from '../define-messages.js';

// `itinera serve`: the app in a browser, on this machine only.

export const cliServeMessages = defineMessages({
  synopsis: {
    id: 'cli.serve.synopsis',
    defaultMessage: 'serve [--project FILE.gpkg] [--port N] [--no-open]',
    description: 'How `itinera serve` is called, in `itinera help`; keep "serve" and the --options.',
  },
  summary: {
    id: 'cli.serve.summary',
    defaultMessage: 'serve the app on 127.0.0.1 (without --project: your\ncopy of the sample project)',
    description: 'What `itinera serve` does, in `itinera help` (lines of at most 55 characters).',
  },
  unexpectedArgument: {
    id: 'cli.serve.unexpectedArgument',
    defaultMessage: 'Unexpected argument "{argument}"; use --project FILE.',
    description: 'Error when `itinera serve` is given a file name without --project.',
  },
  port: {
    id: 'cli.serve.port',
    defaultMessage: '--port must be 0 to 65535.',
    description: 'Error when --port is not a port number.',
  },
  running: {
    id: 'cli.serve.running',
    defaultMessage: 'Itinera is running at {url}',
    description: 'Output of `itinera serve`: the address to open in a browser.',
  },
  notBuilt: {
    id: 'cli.serve.notBuilt',
    defaultMessage: 'warning: the app is not built ({folder}); run "npm run build". The API works.',
    description: 'Warning of `itinera serve` in a development copy whose page files are missing.',
  },
  opened: {
    id: 'cli.serve.opened',
    defaultMessage: 'Opened in {browser}',
    description: 'Output of `itinera serve` once the app opened in a browser window; {browser} is its program.',
  },
  noBrowser: {
    id: 'cli.serve.noBrowser',
    defaultMessage: 'No Chromium or Chrome found: open the URL above in your browser.',
    description: 'Output of `itinera serve` when it cannot open a browser window itself.',
  },
  noDisplay: {
    id: 'cli.serve.noDisplay',
    defaultMessage: 'No display to open a window on: open the URL above in a browser on this machine.',
    description: 'Output of `itinera serve` on a machine without a screen (a server, a terminal session).',
  },
});
