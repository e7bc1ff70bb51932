import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseInput } from '../../../shared/api/contract.js';
import { readerGuideLanguages } from '../../../shared/api/guides.js';
import { cliPrintMapMessages as m } from '../../../shared/i18n/messages/cli-print-map.js';
import type { MapPrintRequest } from '../../../shared/api/printing.js';
import { writeFileAtomically } from '../../services/transfer/write-file-atomically.js';
import { refuseExtra } from '../arguments.js';
import { UsageError, type CliContext, type CommandUsage } from '../cli-command.js';
import { runPrintCommand, writtenSize } from '../print-server.js';

// `itinera print-map FILE (--area ID | --bbox W,S,E,N) OUT.pdf`: a map of an area (with its
// surroundings) or of a box on one sheet, made as the app makes it: the app's print view of the
// map, served on 127.0.0.1 and printed to PDF by the system's Chromium or Chrome, headless. Its
// texts speak --lang; the places' names are in that language where the project has them.

export const name = 'print-map';
export const usage: CommandUsage = m;

function boxOf(text: string): [number, number, number, number] {
  const numbers = text.split(',').map((part) => (part.trim() === '' ? NaN : Number(part)));
  if (numbers.length !== 4 || !numbers.every(Number.isFinite)) throw new UsageError(m.bbox);
  return numbers as [number, number, number, number];
}

function options(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    options: {
      area: { type: 'string' },
      bbox: { type: 'string' },
      paper: { type: 'string', default: 'a4' },
      orientation: { type: 'string', default: 'landscape' },
      title: { type: 'string' },
      report: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const [file, out] = positionals;
  if (!file || !out || !/\.pdf$/i.test(out)) throw new UsageError(m.needsOutput);
  refuseExtra(positionals[2]);
  if ((values.area === undefined) === (values.bbox === undefined)) throw new UsageError(m.areaOrBox);
  // Checked as the print view's own request is (a message names what is wrong).
  const where = parseInput(
    'getMapPrint',
    values.area !== undefined ? { areaId: Number(values.area) } : { box: boxOf(values.bbox!) },
  );
  const paper = values.paper;
  if (paper !== 'a4' && paper !== 'a3' && paper !== 'letter') throw new UsageError(m.paper);
  const orientation = values.orientation;
  if (orientation !== 'landscape' && orientation !== 'portrait') throw new UsageError(m.orientation);
  if (values.report && where.areaId === undefined) throw new UsageError(m.reportNeedsArea);
  return {
    file: path.resolve(file),
    out: path.resolve(out),
    areaId: where.areaId ?? null,
    box: where.box ?? null,
    paper,
    orientation,
    title: values.title?.trim() || null,
    report: values.report,
  } as const;
}

export async function run(args: string[], context: CliContext): Promise<number> {
  const { t, line, err } = context;
  const asked = options(args);
  return runPrintCommand(asked.file, context, m, async (service, printing) => {
    const { content } = readerGuideLanguages(service.getContentLanguages({}), t.locale);
    const where = asked.areaId !== null ? { areaId: asked.areaId } : { box: asked.box! };
    // Refuses an area that is not there before a browser starts.
    await service.getMapPrint({ ...where, language: content });
    const { areaId, box, paper, orientation, title, report } = asked;
    const request: MapPrintRequest = {
      view: 'map',
      areaId,
      box,
      paper,
      orientation,
      title,
      report,
      content,
      locale: t.locale,
    };
    const printed = await printing((print) => print(request));
    writeFileAtomically(asked.out, printed.pdf);
    for (const part of printed.report.overflow) err.write(`${t.t(m.overflow, { name: part.name })}\n`);
    line(t.t(m.written, { pdf: asked.out, size: writtenSize(t, asked.out) }));
    return 0;
  });
}
