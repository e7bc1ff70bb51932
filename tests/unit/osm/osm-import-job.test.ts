import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type JobStatus } from '../../../shared/api/contract.js';
import { createJobRunner } from '../../../electron/services/jobs/job-runner.js';
import { createTranslator } from '../../../shared/i18n/translator.js';
import { startServer, type RunningServer } from '../../../electron/serve/http-server.js';
import { ROOT } from '../../helpers/cli.js';
import { newProject } from '../../helpers/project.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { IN_CI } from '../../helpers/tools.js';

// The OSM import as a job: in a worker thread with its own connection, polled for progress,
// cancellable; a cancelled or failed job leaves the project file byte for byte as it was.

const EXTRACTS = path.resolve(ROOT, '..', 'shared', 'data', 'osm');
function extract(name: string): string | null {
  const file = path.join(EXTRACTS, name);
  if (fs.existsSync(file)) return file;
  if (IN_CI) throw new Error(`CI=true and the OSM extract ${file} is missing`);
  console.warn(`Skipping: the OSM extract ${file} is missing`);
  return null;
}

const dir = tempDir('itinera-jobs-');
const runner = createJobRunner();
afterAll(() => runner.cancelAll());

/** A project with one place, closed: the bytes a failed or cancelled job must leave alone. */
async function projectWithAPlace() {
  const { host, file } = newProject('Jobs');
  const created = await host.dispatch(CHANNELS.createPlace, {
    name: 'Kept',
    category: 'museum',
    longitude: 1.52,
    latitude: 42.5,
  });
  expect(created.ok).toBe(true);
  host.close();
  return file;
}

describe('the OSM import job', () => {
  let server: RunningServer;
  const { host, file } = newProject('Served');
  beforeAll(async () => {
    server = await startServer({ dispatch: host.dispatch, staticDir: dir });
  });
  afterAll(() => server.close());
  afterEach(() => void 0);

  const call = async (channel: string, body: unknown) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-itinera-token': server.token },
      body: JSON.stringify(body),
    });
    return (await response.json()) as {
      ok: boolean;
      value: never;
      error: { code: string; message: string; field?: string };
    };
  };

  it('runs over HTTP: stage, start, poll the phases to the end; the project then shows the places', async () => {
    const osm = extract('north-bayreuth.osm.gz');
    if (!osm) return;
    const staged = await call(CHANNELS.stageOsmExtract, {
      fileName: 'north-bayreuth.osm.gz',
      contentBase64: fs.readFileSync(osm).toString('base64'),
    });
    expect(staged).toMatchObject({
      ok: true,
      value: { fileName: 'north-bayreuth.osm.gz', bytes: fs.statSync(osm).size },
    });
    const started = await call(CHANNELS.startOsmImport, {
      extractId: (staged.value as { extractId: string }).extractId,
    });
    expect(started).toMatchObject({ ok: true, value: { state: 'running', kind: 'osm-import' } });
    const jobId = (started.value as JobStatus).jobId;
    const phases = new Set<string>();
    let status: JobStatus;
    let answeredMeanwhile = 0;
    for (;;) {
      status = (await call(CHANNELS.getJob, { jobId })).value as JobStatus;
      phases.add(status.phase);
      if (status.state !== 'running') break;
      expect(status.done).toBeLessThanOrEqual(Math.max(status.total, 1));
      // The backend keeps answering other calls while the job runs.
      if ((await call(CHANNELS.getProject, {})).ok) answeredMeanwhile++;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(status).toMatchObject({ state: 'done', error: null, result: { format: 'xml', network: { changed: true } } });
    expect(answeredMeanwhile).toBeGreaterThan(0);
    expect([...phases].some((phase) => phase.startsWith('reading'))).toBe(true);
    const result = status.result as { added: number };
    expect(result.added).toBeGreaterThan(5);
    const project = await call(CHANNELS.getProject, {});
    expect(project.value).toMatchObject({ counts: { places: result.added } });
    // The extract waited in a temporary file; it is gone once the job has ended.
    expect(
      (await call(CHANNELS.startOsmImport, { extractId: (staged.value as { extractId: string }).extractId })).error,
    ).toMatchObject({ code: 'not-found' });
    expect(fs.existsSync(file)).toBe(true);
    // NOTE: the import now also cuts the street basemap's tiles; room for a loaded two-core machine.
  }, 90_000);

  it("names the file the user chose, not its staged copy, when an extract is damaged; in the reader's language", async () => {
    const gz = extract('krems.osm.gz');
    if (!gz) return;
    const bytes = fs.readFileSync(gz);
    const staged = await call(CHANNELS.stageOsmExtract, {
      fileName: 'Krems Altstadt.osm.gz',
      contentBase64: bytes.subarray(0, Math.floor(bytes.length * 0.5)).toString('base64'),
    });
    const started = await call(CHANNELS.startOsmImport, {
      extractId: (staged.value as { extractId: string }).extractId,
    });
    let status = started.value as JobStatus;
    while (status.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = (await call(CHANNELS.getJob, { jobId: status.jobId })).value as JobStatus;
    }
    expect(status.state).toBe('failed');
    const english = createTranslator('en').t(status.error!.message);
    expect(english).toMatch(/^Krems Altstadt\.osm\.gz: the gzip data is truncated or damaged/);
    expect(english).not.toMatch(/itinera-extracts|[0-9a-f]{8}-[0-9a-f]{4}/);
    expect(createTranslator('de').t(status.error!.message)).toMatch(
      /^Krems Altstadt\.osm\.gz: die gzip-Daten sind abgeschnitten oder beschädigt \(.+\); laden Sie den Auszug erneut herunter$/,
    );
  });
  it('refuses bad calls with the field at fault', async () => {
    expect(
      (await call(CHANNELS.stageOsmExtract, { fileName: 'notes.txt', contentBase64: 'AAAA' })).error.message,
    ).toMatch(/File name: must be an OpenStreetMap extract/);
    const badExtract = (await call(CHANNELS.startOsmImport, { extractId: 'nope' })).error;
    expect(badExtract.message).toMatch(/OpenStreetMap extract/);
    expect(badExtract.field).toBe('extractId');
    expect(
      (await call(CHANNELS.startOsmImport, { extractId: crypto.randomUUID(), box: [2, 42, 1, 43] })).error.message,
    ).toMatch(/Box: west must be less than east/);
    expect((await call(CHANNELS.getJob, { jobId: crypto.randomUUID() })).error.code).toBe('not-found');
  });
});

describe('cancelling and failing leave the project byte for byte as it was', () => {
  it('cancelled inside the write transaction (places written, network not yet): rolled back', async () => {
    const osm = extract('andorra.osm.pbf');
    if (!osm) return;
    const file = await projectWithAPlace();
    const before = fs.readFileSync(file);
    const job = runner.startOsmImport(file, { file: osm }, { pauseAt: 'writing:1' });
    // Wait until the worker sits inside the transaction, then cancel it there.
    await new Promise<void>((resolve) =>
      runner.watch(job.jobId, (status) => {
        if (status.phase === 'writing' && status.done === 1) resolve();
      }),
    );
    expect(runner.cancel(job.jobId).state).toBe('running');
    const end = await runner.wait(job.jobId);
    expect(end).toMatchObject({ state: 'cancelled', result: null, error: null });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('the same job, resumed instead, writes (the pause is where the test thinks it is)', async () => {
    const osm = extract('andorra.osm.pbf');
    if (!osm) return;
    const file = await projectWithAPlace();
    const before = fs.readFileSync(file);
    const job = runner.startOsmImport(file, { file: osm }, { pauseAt: 'writing:1' });
    await new Promise<void>((resolve) =>
      runner.watch(job.jobId, (status) => status.phase === 'writing' && status.done === 1 && resolve()),
    );
    runner.resume(job.jobId);
    expect(await runner.wait(job.jobId)).toMatchObject({ state: 'done' });
    expect(fs.readFileSync(file).equals(before)).toBe(false);
  });

  it('cancelled while reading: nothing written', async () => {
    const osm = extract('krems.osm.gz');
    if (!osm) return;
    const file = await projectWithAPlace();
    const before = fs.readFileSync(file);
    const job = runner.startOsmImport(file, { file: osm }, { pauseAt: 'reading-network:0' });
    await new Promise<void>((resolve) =>
      runner.watch(job.jobId, (status) => status.phase === 'reading-network' && resolve()),
    );
    runner.cancel(job.jobId);
    expect(await runner.wait(job.jobId)).toMatchObject({ state: 'cancelled' });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('a truncated or corrupt extract fails with a clear message', async () => {
    const pbf = extract('andorra.osm.pbf');
    const gz = extract('krems.osm.gz');
    if (!pbf || !gz) return;
    const file = await projectWithAPlace();
    const before = fs.readFileSync(file);
    const bytes = fs.readFileSync(pbf);
    const truncatedPbf = path.join(dir, 'truncated.osm.pbf');
    fs.writeFileSync(truncatedPbf, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const truncatedGz = path.join(dir, 'truncated.osm.gz');
    const gzBytes = fs.readFileSync(gz);
    fs.writeFileSync(truncatedGz, gzBytes.subarray(0, Math.floor(gzBytes.length * 0.7)));
    const corrupt = path.join(dir, 'corrupt.osm.gz');
    fs.writeFileSync(corrupt, zlib.gzipSync(Buffer.from('<osm version="0.6"><node id="1" lat="x" lon="2"/></osm>')));
    for (const [input, message] of [
      [truncatedPbf, /truncated\.osm\.pbf/],
      [truncatedGz, /truncated\.osm\.gz: the gzip data is truncated or damaged/],
      [corrupt, /corrupt\.osm\.gz/],
    ] as const) {
      const job = runner.startOsmImport(file, { file: input });
      const end = await runner.wait(job.jobId);
      expect(end.state, path.basename(input)).toBe('failed');
      // The reason is a message, made into text where it is read.
      expect(end.error && createTranslator('en').t(end.error.message)).toMatch(message);
      expect(end.error?.code).toBe('invalid-input');
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    }
  });
});

describe('itinera import-osm runs the same job', () => {
  it('prints its phases with --progress; Ctrl+C (SIGINT) cancels and leaves the project as it was', async () => {
    const osm = extract('north-bayreuth.osm.gz');
    if (!osm) return;
    const file = await projectWithAPlace();
    const before = fs.readFileSync(file);
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'bin', 'itinera.js'), 'import-osm', file, osm, '--progress'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    let stdout = '';
    let sent = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const interrupted = new Promise<void>((resolve) =>
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('Reading the street network') && !sent) {
          sent = true;
          child.kill('SIGINT');
          resolve();
        }
      }),
    );
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    await interrupted;
    expect(stderr).toContain('Reading places…\n');
    expect(stderr).toContain('itinera: import cancelled; the project is unchanged.\n');
    expect(code).toBe(130);
    expect(stdout).toBe('');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
