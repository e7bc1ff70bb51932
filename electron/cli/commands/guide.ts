import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseInput } from '../../../shared/api/contract.js';
import { guideLanguages, readerGuideLanguages } from '../../../shared/api/guides.js';
import { contentLanguageCodes, type ContentLanguages } from '../../../shared/model/language-texts.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import { cliGuideMessages as m } from '../../../shared/i18n/messages/cli-guide.js';
import { writeFileAtomically } from '../../services/transfer/write-file-atomically.js';
import { refuseExtra } from '../arguments.js';
import { UsageError, type CliContext, type CommandUsage } from '../cli-command.js';
import { runPrintCommand, writtenSize } from '../print-server.js';

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
function guidesToMake(out: string, languages: ContentLanguages, every: boolean, locale: Locale) {
  const own = contentLanguageCodes(languages);
  // The places' texts in the guide's language when the project has it, else its own.
  if (!every || own.length === 0) return [{ out, ...readerGuideLanguages(languages, locale) }];
  return own.map((code) => ({
    out: out.replace(/\.pdf$/i, `-${code}.pdf`),
    ...guideLanguages(code, languages.primary, locale),
  }));
}

export async function run(args: string[], context: CliContext): Promise<number> {
  const { t, line, err } = context;
  const asked = options(args);
  return runPrintCommand(asked.file, context, m, async (service, printing) => {
    const guides = guidesToMake(asked.out, service.getContentLanguages({}), asked.everyLanguage, t.locale);
    // Refuses a route that is not there before a browser starts.
    await service.getRouteGuide({ routeId: asked.routeId, language: guides[0]!.content });
    const gpx = asked.out.replace(/\.pdf$/i, '.gpx');
    const written: string[] = [];
    await printing(async (print) => {
      for (const guide of guides) {
        const { routeId, paper, layout, qrUrl } = asked;
        const { content, locale } = guide;
        const printed = await print({ view: 'guide', routeId, paper, layout, qrUrl, content, locale });
        writeFileAtomically(guide.out, printed.pdf);
        for (const part of printed.report.overflow) err.write(`${t.t(m.overflow, { name: part.name })}\n`);
        written.push(t.t(m.written, { pdf: guide.out, size: writtenSize(t, guide.out), gpx }));
      }
    });
    writeFileAtomically(gpx, (await service.guideGpx(asked.routeId)).bytes);
    for (const text of written) line(text);
    return 0;
  });
}
