import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseInput } from '../../../shared/api/contract.js';
import { guideLanguages } from '../../../shared/api/guides.js';
import type { GuidePrintRequest } from '../../../shared/api/printing.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import { cliGuideMessages as m } from '../../../shared/i18n/messages/cli-guide.js';
import { findPrintBrowser, printView } from '../../serve/print-view.js';
import { createProjectHost } from '../../services/core/project-host.js';
import { writeFileAtomically } from '../../services/transfer/write-file-atomically.js';
import { appRoot } from '../app-root.js';
import { refuseExtra } from '../arguments.js';
import { UsageError, type CliContext, type CommandUsage } from '../cli-command.js';
import { PRINT_TIMEOUT_MS, printFailure, withPrintServer } from '../print-server.js';

// `itinera guide FILE --route ID OUT.pdf`: a route's printed guide, made as the app makes it: the
// project is served on 127.0.0.1 (a token of this run only), the app's print view of the route is
// opened in the system's Chromium or Chrome, headless, and printed to PDF; the route's GPX is
// written beside it. The guide speaks the language of --lang; the places' texts are in that
// language where the project has them.

export const name = 'guide';
export const usage: CommandUsage = m;

function options(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    options: {
      route: { type: 'string' },
      paper: { type: 'string', default: 'a4' },
      layout: { type: 'string', default: 'leaflet' },
      'qr-url': { type: 'string' },
      'every-language': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const [file, out] = positionals;
  if (!file) throw new UsageError(m.needsOutput);
  if (!out || !/\.pdf$/i.test(out)) throw new UsageError(m.needsOutput);
  refuseExtra(positionals[2]);
  if (values.route === undefined) throw new UsageError(m.needsRoute);
  const { routeId } = parseInput('getRouteGuide', { routeId: Number(values.route) });
  const paper = values.paper;
  if (paper !== 'a4' && paper !== 'a5' && paper !== 'letter') throw new UsageError(m.paper);
  const layout = values.layout;
  if (layout !== 'leaflet' && layout !== 'booklet') throw new UsageError(m.layout);
  const qrUrl = values['qr-url'] ?? null;
  if (qrUrl !== null && !/^(https?:\/\/\S+|geo:\S+)$/i.test(qrUrl)) throw new UsageError(m.qrUrl);
  const everyLanguage = values['every-language'];
  return { file: path.resolve(file), out: path.resolve(out), routeId, paper, layout, qrUrl, everyLanguage } as const;
}

/** One guide of each project language: OUT-de.pdf, OUT-fr.pdf…; the project's own texts when it has none. */
function guidesToMake(
  out: string,
  languages: { primary: string | null; further: string[] },
  every: boolean,
  locale: Locale,
) {
  const own = [languages.primary, ...languages.further].filter((code): code is string => code !== null);
  if (!every || own.length === 0)
    // The places' texts in the guide's language when the project has it, else its own.
    return [{ out, ...guideLanguages(own.includes(locale) ? locale : null, languages.primary, locale) }];
  return own.map((code) => ({
    out: out.replace(/\.pdf$/i, `-${code}.pdf`),
    ...guideLanguages(code, languages.primary, locale),
  }));
}

export async function run(args: string[], { t, line, err }: CliContext): Promise<number> {
  const asked = options(args);
  const browser = findPrintBrowser(appRoot());
  if (!browser) {
    err.write(`itinera: ${t.t(m.noBrowser)}\n`);
    return 1;
  }
  const host = createProjectHost();
  const service = host.open(asked.file);
  try {
    const guides = guidesToMake(asked.out, service.getContentLanguages({}), asked.everyLanguage, t.locale);
    // Refuses a route that is not there before a browser starts.
    await service.getRouteGuide({ routeId: asked.routeId, language: guides[0]!.content });
    const gpx = asked.out.replace(/\.pdf$/i, '.gpx');
    const written: string[] = [];
    try {
      await withPrintServer(host, async (serverUrl) => {
        for (const guide of guides) {
          const { routeId, paper, layout, qrUrl } = asked;
          const { content, locale } = guide;
          const request: GuidePrintRequest = { view: 'guide', routeId, paper, layout, qrUrl, content, locale };
          const printed = await printView(browser, serverUrl, request, PRINT_TIMEOUT_MS);
          writeFileAtomically(guide.out, printed.pdf);
          for (const part of printed.report.overflow) err.write(`${t.t(m.overflow, { name: part.name })}\n`);
          const size = t.t(m.megabytes, { megabytes: fs.statSync(guide.out).size / 1024 / 1024 });
          written.push(t.t(m.written, { pdf: guide.out, size, gpx }));
        }
      });
    } catch (error) {
      const message = printFailure(error, t, browser.binary, m);
      if (message === null) throw error;
      err.write(`itinera: ${message}\n`);
      return 1;
    }
    writeFileAtomically(gpx, (await service.guideGpx(asked.routeId)).bytes);
    for (const text of written) line(text);
    return 0;
  } finally {
    host.close();
  }
}
