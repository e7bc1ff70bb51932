import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createJobRunner } from '../../../electron/services/jobs/job-runner.js';
import { createProjectService, type ProjectServiceImpl } from '../../../electron/services/core/project-service.js';
import { createProjectStore, type ProjectStore } from '../../../electron/store/project-store.js';
import { createImportService } from '../../../electron/services/transfer/import-service.js';
import { readImportSource, writeImport } from '../../../electron/services/transfer/import-write.js';
import { detectMapping } from '../../../shared/codecs/import/plan-import.js';
import { ApiError } from '../../../shared/api/errors.js';
import { PlaceInputSchema } from '../../../shared/model/schemas.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { english } from '../../helpers/labels.js';

// The app's import (stage, preview, run) writes as a job: a worker thread with its own connection
// writes the file's layers while the app keeps answering, and discarding the import while it
// runs cancels it (the project stays as it was).

const dir = tempDir('itinera-import-job-');
const stores: ProjectStore[] = [];
let counter = 0;
afterEach(() => stores.splice(0).forEach((store) => store.close()));

function open(): { service: ProjectServiceImpl; store: ProjectStore } {
  const store = createProjectStore(path.join(dir, `job-${++counter}.gpkg`), 'Import job');
  stores.push(store);
  return { service: createProjectService(store), store };
}

function csv(rows: number): string {
  const lines = ['name,category,sector,longitude,latitude'];
  for (let index = 0; index < rows; index++)
    lines.push(
      `Atelier ${index},creative-firm,design,${(16.3 + (index % 100) * 1e-4).toFixed(5)},${(48.2 + index * 1e-6).toFixed(6)}`,
    );
  return `${lines.join('\n')}\n`;
}

async function stage(service: ProjectServiceImpl, rows: number) {
  const preview = await service.stageImport({
    fileName: 'ateliers.csv',
    contentBase64: Buffer.from(csv(rows)).toString('base64'),
  });
  return { importId: preview.importId, layers: [{ layer: 0, mapping: preview.layers[0]!.mapping }] };
}

describe('the app’s import as a job', () => {
  it('writes in a worker thread while other calls answer, and resolves with what it added', async () => {
    const { service } = open();
    const request = await stage(service, 20_000);
    let ended = false;
    const running = service.runImport(request).finally(() => (ended = true));
    // The backend answers another call before the import has written (its job is still running).
    const before = await service.getProject({});
    expect(before.counts.places).toBe(0);
    expect(ended).toBe(false);
    const result = await running;
    expect(result.added.places).toBe(20_000);
    expect(result.skipped).toEqual([]);
    expect((await service.getProject({})).counts.places).toBe(20_000);
  });

  it('is cancelled by discarding it while it runs: nothing is written, and the refusal says so', async () => {
    const { service } = open();
    const request = await stage(service, 20_000);
    const running = service.runImport(request);
    service.discardImport({ importId: request.importId });
    const refusal = await running.then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(ApiError);
    expect(english((refusal as ApiError).detail)).toBe(
      'The import of ateliers.csv was cancelled; nothing was added to the project.',
    );
    expect((await service.getProject({})).counts.places).toBe(0);
    // The staged import is gone: running it again is refused with a message, not a crash.
    await expect(service.runImport(request)).rejects.toThrow(/no longer staged/);
  });

  it('checks for a cancel while it writes a large layer, not only between layers, and then writes nothing', async () => {
    const { store } = open();
    const [table] = await readImportSource(Buffer.from(csv(20_000)), 'ateliers.csv');
    const layers = [{ table: table!, mapping: { ...detectMapping(table!.columns), defaultCategory: null } }];
    const written: number[] = [];
    let checks = 0;
    const cancelled = () =>
      writeImport(store, layers, {
        onProgress: (phase, done) => phase === 'writing' && written.push(done),
        checkCancelled: () => {
          if (++checks === 5) throw new Error('cancelled');
        },
      });
    expect(cancelled).toThrow('cancelled');
    // Planning checked once; writing checked before each slice of places, with its progress.
    expect(written).toEqual([0, 0, 5000]);
    expect(store.places.count()).toBe(0);
  });

  it('imports a GeoPackage as the job reads it where it is staged', async () => {
    const source = createProjectStore(path.join(dir, `source-${++counter}.gpkg`), 'Source');
    const sourceService = createProjectService(source);
    for (const name of ['Kunsthalle', 'Stadtmuseum', 'Atelier Nord'])
      sourceService.createPlace(
        PlaceInputSchema.parse({ name, category: 'gallery', longitude: 15.6, latitude: 48.41 }),
      );
    source.close();
    const { service } = open();
    const preview = await service.stageImport({
      fileName: 'other-project.gpkg',
      contentBase64: fs.readFileSync(source.file).toString('base64'),
    });
    const layer = preview.layers.findIndex((candidate) => candidate.name === 'places');
    expect(layer).toBeGreaterThanOrEqual(0);
    const result = await service.runImport({
      importId: preview.importId,
      layers: [{ layer, mapping: preview.layers[layer]!.mapping }],
    });
    expect(result.added.places).toBe(3);
    expect((await service.listPlaces({})).map((place) => place.name).sort()).toEqual([
      'Atelier Nord',
      'Kunsthalle',
      'Stadtmuseum',
    ]);
  });

  describe('stopped at once while it reads or plans (it has written nothing then)', () => {
    const runner = createJobRunner();
    afterAll(() => runner.cancelAll());

    /** An import job paused in a busy loop that looks at no flag, as a long synchronous read does. */
    async function busyWhileReading() {
      const { store } = open();
      const source = path.join(dir, `ateliers-${counter}.csv`);
      fs.writeFileSync(source, csv(100));
      const [table] = await readImportSource(fs.readFileSync(source), 'ateliers.csv');
      const mapping = { ...detectMapping(table!.columns), defaultCategory: null };
      const job = runner.startFileImport(
        store.file,
        { file: source, fileName: 'ateliers.csv', layers: [{ layer: 0, mapping }] },
        { pauseAt: 'busy:reading-file:0' },
      );
      await new Promise<void>((resolve) =>
        runner.watch(job.jobId, (status) => status.phase === 'reading-file' && resolve()),
      );
      return { store, job };
    }

    it('ends the job cancelled without waiting for the reading, and writes nothing', async () => {
      const { store, job } = await busyWhileReading();
      // Without stopping the worker, this job would spin until the test times out.
      runner.cancel(job.jobId);
      expect(await runner.wait(job.jobId)).toMatchObject({ state: 'cancelled', result: null, error: null });
      expect(store.places.count()).toBe(0);
    });

    it('the same job, let go on instead, writes (the busy reading is where the test thinks it is)', async () => {
      const { store, job } = await busyWhileReading();
      runner.resume(job.jobId);
      expect(await runner.wait(job.jobId)).toMatchObject({ state: 'done' });
      expect(store.places.count()).toBe(100);
    });
  });

  it('reads a large file for the preview in a worker thread, with the same preview and refusals', async () => {
    const { store } = open();
    const here = createImportService(store, undefined, { previewInWorkerFrom: Infinity });
    const worker = createImportService(store, undefined, { previewInWorkerFrom: 0 });
    const bytes = Buffer.from(csv(500).replace('Atelier 7,creative-firm', 'Atelier 7,no-such-kind'));
    const [a, b] = [await here.stage('ateliers.csv', bytes), await worker.stage('ateliers.csv', bytes)];
    expect({ ...b, importId: '' }).toEqual({ ...a, importId: '' });
    const mapping = { ...a.layers[0]!.mapping, category: null, defaultCategory: 'gallery' as const };
    expect(await worker.plan(b.importId, 0, mapping)).toEqual(await here.plan(a.importId, 0, mapping));
    await expect(worker.plan(b.importId, 3, mapping)).rejects.toThrow(/no layer number 3/);
    const broken = Buffer.from('{"type": "FeatureCollection",\n "features": [\n  {"type": "Feature"},\n ]\n}\n');
    const refusals = await Promise.all(
      [here, worker].map((service) =>
        service.stage('broken.geojson', broken).then(
          () => null,
          (error: Error) => error.message,
        ),
      ),
    );
    expect(refusals[1]).toBe(refusals[0]);
    expect(refusals[0]).toMatch(/^broken\.geojson, line 4, column 2: /);
  });
});
