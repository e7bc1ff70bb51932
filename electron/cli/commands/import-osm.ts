import path from 'node:path';
import { parseArgs } from 'node:util';
import type { JobStatus } from '../../../shared/api/jobs.js';
import { OsmObjectKeySchema } from '../../../shared/api/osm.js';
import type { OsmArea } from '../../../shared/codecs/osm/osm-clip.js';
import type { OsmBox } from '../../../shared/codecs/osm/osm-places.js';
import type { MessageDescriptor } from '../../../shared/i18n/define-messages.js';
import { cliImportOsmMessages as m } from '../../../shared/i18n/messages/cli-import-osm.js';
import { osmMessages } from '../../../shared/i18n/messages/osm.js';
import type { Translator } from '../../../shared/i18n/translator.js';
import { createJobRunner } from '../../services/jobs/job-runner.js';
import type { OsmImportResult } from '../../services/osm/osm-import.js';
import { refuseExtra } from '../arguments.js';
import { UsageError, type CliContext, type CommandUsage } from '../cli-command.js';
import { withProject } from '../open-project.js';

export const name = 'import-osm';
export const usage: CommandUsage = m;

const PHASES: Record<string, MessageDescriptor> = {
  starting: m.starting,
  'reading-places': m.readingPlaces,
  'reading-network': m.readingNetwork,
  'reading-basemap': m.readingBasemap,
  writing: m.writing,
};

/** Parses "W,S,E,N" (WGS84 degrees). */
function parseBox(text: string): OsmBox {
  const parts = text.split(',').map((part) => Number(part.trim()));
  const [west, south, east, north] = parts;
  if (
    parts.length !== 4 ||
    west === undefined ||
    south === undefined ||
    east === undefined ||
    north === undefined ||
    !parts.every(Number.isFinite)
  )
    throw new UsageError(m.bboxForm, { text });
  if (west < -180 || east > 180 || south < -90 || north > 90 || west >= east || south >= north)
    throw new UsageError(m.bboxRange, { text });
  return [west, south, east, north];
}

/** What the job is doing, for the progress line ("Reading places 42%"). */
function progressText(t: Translator, status: JobStatus): string {
  const phase = PHASES[status.phase];
  const phaseText = phase ? t.t(phase) : status.phase;
  if (status.total <= 0) return phaseText;
  return t.t(m.progress, { phase: phaseText, share: Math.floor((100 * status.done) / status.total) / 100 });
}

/**
 * Runs an OSM import as a job (worker thread, as the app does): progress on stderr when it is a
 * terminal, Ctrl+C cancels (the job's transaction rolls back, the project stays as it was).
 */
async function runOsmImportJob(
  projectFile: string,
  extract: string,
  clip: { box?: OsmBox; area?: OsmArea; declined: string[] },
  { t, err }: CliContext,
  progressLines: boolean,
): Promise<OsmImportResult | 'cancelled'> {
  const runner = createJobRunner();
  const job = runner.startOsmImport(projectFile, { file: extract, ...clip });
  const terminal = (err as NodeJS.WriteStream).isTTY === true;
  if (terminal) runner.watch(job.jobId, (status) => err.write(`\r\x1b[K${progressText(t, status)}`));
  else if (progressLines) {
    // Not a terminal (a log, a test): one line per phase.
    let last = '';
    runner.watch(job.jobId, (status) => {
      const phase = PHASES[status.phase];
      if (status.phase !== last && phase) err.write(`${t.t(m.phaseLine, { phase: t.t(phase) })}\n`);
      last = status.phase;
    });
  }
  const cancel = () => runner.cancel(job.jobId);
  process.on('SIGINT', cancel);
  try {
    const end = await runner.wait(job.jobId);
    if (terminal) err.write('\r\x1b[K');
    if (end.state === 'cancelled') return 'cancelled';
    if (end.state === 'failed') throw new Error(end.error ? t.t(end.error.message) : t.t(m.failed));
    return end.result as OsmImportResult;
  } finally {
    process.off('SIGINT', cancel);
  }
}

/** The matches the import applied, the places it removed and those it kept. */
function printMatches(t: Translator, line: (text: string) => void, result: OsmImportResult): void {
  if (result.matches.length > 0) line(t.t(m.matchesHeading, { count: result.matches.length }));
  for (const match of result.matches)
    line(
      `  ${t.t(m.matchLine, {
        name: match.name,
        osm: match.osm,
        placeName: match.placeName,
        placeId: String(match.placeId),
        rule: match.rule,
        distance: match.distance,
        sameAsAnother: match.sameAsAnother ? 'yes' : 'no',
      })}`,
    );
  if (result.removed.length > 0) line(t.t(m.removedHeading, { count: result.removed.length }));
  for (const removal of result.removed)
    line(
      `  ${t.t(m.removedLine, { placeName: removal.placeName, placeId: String(removal.placeId), osm: removal.osm })}`,
    );
  if (result.kept > 0) line(t.t(m.kept, { count: result.kept }));
}

export async function run(args: string[], context: CliContext): Promise<number> {
  const { t, line, err } = context;
  const { values, positionals } = parseArgs({
    args,
    options: {
      bbox: { type: 'string' },
      quarter: { type: 'string' },
      separate: { type: 'string', multiple: true },
      progress: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const [projectFile, extract, extra] = positionals;
  if (!projectFile || !extract) throw new UsageError(m.needsFiles);
  refuseExtra(extra);
  const box = values.bbox === undefined ? undefined : parseBox(values.bbox);
  if (box && values.quarter !== undefined) throw new UsageError(m.bboxOrQuarter);
  let quarterId: number | undefined;
  if (values.quarter !== undefined) {
    quarterId = Number(values.quarter);
    if (!Number.isInteger(quarterId) || quarterId < 1) throw new UsageError(m.quarterForm, { value: values.quarter });
  }
  const declined = values.separate ?? [];
  for (const value of declined)
    if (!OsmObjectKeySchema.safeParse(value).success) throw new UsageError(m.separateForm, { value });
  // Opening checks (and upgrades) the project here, with the usual clear errors.
  const area = await withProject(path.resolve(projectFile), (service) => {
    if (quarterId === undefined) return undefined;
    const quarter = service.listQuarters({}).find((entry) => entry.id === quarterId);
    if (!quarter) throw new UsageError(m.noQuarter, { id: String(quarterId), fileName: path.basename(projectFile) });
    return quarter.geometry;
  });
  const result = await runOsmImportJob(
    path.resolve(projectFile),
    path.resolve(extract),
    { box, area, declined },
    context,
    values.progress === true,
  );
  if (result === 'cancelled') {
    err.write(`itinera: ${t.t(m.cancelled)}\n`);
    return 130;
  }
  const { skipped } = result;
  const skippedTotal =
    skipped.noName + skipped.outsideBox + skipped.noLocation + skipped.otherRelation + skipped.invalid;
  line(
    t.t(m.imported, {
      fileName: path.basename(extract),
      format: result.format,
      added: result.added,
      updated: result.updated,
      unchanged: result.unchanged,
      skipped: skippedTotal,
    }),
  );
  if (skippedTotal > 0) line(`  ${t.t(m.skippedDetail, { ...skipped })}`);
  printMatches(t, line, result);
  for (const { osm, problem } of result.problems) line(`  ${t.t(osmMessages.invalidPlace, { osm, problem })}`);
  line(t.t(m.network, { ...result.network, changed: result.network.changed ? 'yes' : 'no' }));
  line(t.t(m.basemap, { tiles: result.basemap.tiles }));
  return 0;
}
