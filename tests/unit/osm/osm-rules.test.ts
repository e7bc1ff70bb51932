import Database from 'better-sqlite3';
import { undoStableIdentity } from '../../helpers/undo-identity.js';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createJobRunner } from '../../../electron/services/jobs/job-runner.js';
import { writeSampleProject } from '../../../electron/services/core/sample-project.js';
import { openProjectStore } from '../../../electron/store/project-store.js';
import { DEFAULTS_OF_0002 } from '../../../electron/store/migrations/0015-osm-creative-classification.js';
import { CHANNELS, type JobStatus, type OsmRule } from '../../../shared/api/contract.js';
import { ROOT } from '../../helpers/cli.js';
import { newProject } from '../../helpers/project.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { IN_CI } from '../../helpers/tools.js';

// Issue #14 point 4: the category mapping is edited through the API (the mapping dialog's calls),
// each change an undo step; a re-import applies it. Projects made before get the new defaults
// (migration 0015) without losing rules their users changed. And point 3's review over the job:
// the import waits, shows its matches, writes only once confirmed.

const EXTRACTS = path.resolve(ROOT, '..', 'shared', 'data', 'osm');
const BAYREUTH = path.join(EXTRACTS, 'north-bayreuth.osm.gz');
const KREMS = path.join(EXTRACTS, 'krems.osm.gz');
const haveExtracts = fs.existsSync(BAYREUTH) && fs.existsSync(KREMS);
if (!haveExtracts && IN_CI) throw new Error(`CI=true and the OSM extracts in ${EXTRACTS} are missing`);

const runner = createJobRunner();
afterAll(() => runner.cancelAll());

async function call<T>(
  dispatch: (channel: string, payload: unknown) => Promise<unknown>,
  channel: string,
  payload = {},
) {
  return (await dispatch(channel, payload)) as {
    ok: boolean;
    value: T;
    error: { code: string; message: string; field?: string };
  };
}

describe('the category mapping through the API', () => {
  it('lists the rules with their counts, changes one (an undo step), refuses what cannot be', async () => {
    const { host } = newProject('Rules');
    const rules = (await call<OsmRule[]>(host.dispatch, CHANNELS.listOsmRules)).value;
    const itRule = rules.find((rule) => rule.key === 'office' && rule.value === 'it')!;
    expect(itRule).toMatchObject({ category: 'none', sector: null, lastCount: null });
    const changed = await call<OsmRule>(host.dispatch, CHANNELS.updateOsmRule, {
      id: itRule.id,
      changes: { category: 'creative-firm', sector: 'games-software' },
    });
    expect(changed.value).toMatchObject({ id: itRule.id, category: 'creative-firm', sector: 'games-software' });
    expect((await call<{ undoLabel: unknown }>(host.dispatch, CHANNELS.getUndoState)).value.undoLabel).toMatchObject({
      id: 'edit.editOsmRule',
      values: { tag: 'office=it' },
    });
    await call(host.dispatch, CHANNELS.undo);
    const after = (await call<OsmRule[]>(host.dispatch, CHANNELS.listOsmRules)).value.find(
      (rule) => rule.id === itRule.id,
    );
    expect(after).toMatchObject({ category: 'none', sector: null });

    const hotel = rules.find((rule) => rule.key === 'tourism' && rule.value === 'hotel')!;
    const sectorOnHotel = await call(host.dispatch, CHANNELS.updateOsmRule, {
      id: hotel.id,
      changes: { sector: 'design' },
    });
    expect(sectorOnHotel.error).toMatchObject({ code: 'invalid-input', field: 'changes.sector' });
    expect(sectorOnHotel.error.message).toBe(
      'Creative sector: only creative firms and creative-industry companies have a sector',
    );
    const twice = await call(host.dispatch, CHANNELS.createOsmRule, { key: 'office', value: 'it', category: 'none' });
    expect(twice.error).toMatchObject({ code: 'conflict' });
    expect(twice.error.message).toBe('There is already a rule for office=it; change that one instead.');
    const badKey = await call(host.dispatch, CHANNELS.createOsmRule, { key: 'office=it', category: 'none' });
    expect(badKey.error.message).toBe('OpenStreetMap key: must be an OpenStreetMap key, without spaces or "="');
    const missing = await call(host.dispatch, CHANNELS.deleteOsmRule, { id: 99_999 });
    expect(missing.error).toMatchObject({
      code: 'not-found',
      message: 'There is no OpenStreetMap category rule 99999.',
    });

    const added = await call<OsmRule>(host.dispatch, CHANNELS.createOsmRule, {
      key: 'craft',
      value: 'sawmill',
      category: 'industrial-company',
      priority: 65,
    });
    expect(added.value).toMatchObject({ key: 'craft', value: 'sawmill', requires: '', sector: null, lastCount: null });
    expect((await call(host.dispatch, CHANNELS.deleteOsmRule, { id: added.value.id })).value).toEqual({
      id: added.value.id,
    });
    host.close();
  });

  it.runIf(haveExtracts)(
    'a re-import applies a changed rule and counts what each rule took',
    async () => {
      const { host, file } = newProject('Bayreuth');
      const run = async () => {
        const staged = await call<{ extractId: string }>(host.dispatch, CHANNELS.stageOsmExtract, {
          fileName: 'north-bayreuth.osm.gz',
          contentBase64: fs.readFileSync(BAYREUTH).toString('base64'),
        });
        const started = await call<JobStatus>(host.dispatch, CHANNELS.startOsmImport, {
          extractId: staged.value.extractId,
          review: true,
        });
        for (;;) {
          const status = (await call<JobStatus>(host.dispatch, CHANNELS.getJob, { jobId: started.value.jobId })).value;
          if (status.state !== 'running') return status;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      };
      expect(await run()).toMatchObject({ state: 'done', result: { added: 14 } });
      let rules = (await call<OsmRule[]>(host.dispatch, CHANNELS.listOsmRules)).value;
      const company = rules.find((rule) => rule.key === 'office' && rule.value === 'company')!;
      expect(company.lastCount).toBe(2);
      expect(rules.find((rule) => rule.key === 'historic' && rule.value === 'castle')!.lastCount).toBeGreaterThan(0);
      expect(rules.find((rule) => rule.key === 'tourism' && rule.value === 'museum')!.lastCount).toBe(0);
      // Someone decides the two companies are creative after all.
      await call(host.dispatch, CHANNELS.updateOsmRule, {
        id: company.id,
        changes: { category: 'creative-firm', sector: 'design' },
      });
      expect(await run()).toMatchObject({ state: 'done', result: { added: 2, updated: 0 } });
      rules = (await call<OsmRule[]>(host.dispatch, CHANNELS.listOsmRules)).value;
      expect(rules.find((rule) => rule.id === company.id)!.lastCount).toBe(2);
      const db = new Database(file, { readonly: true });
      expect(
        db.prepare("SELECT count(*) AS n FROM places WHERE category = 'creative-firm' AND sector = 'design'").get(),
      ).toEqual({ n: 2 });
      db.close();
      host.close();
    },
    120_000,
  );
});

describe('migration 0015: the ESSnet-Culture defaults reach older projects', () => {
  it('replaces the old defaults, keeps rows a user changed, and adds the count column', () => {
    const { host, file } = newProject('Old');
    host.close();
    // Make it the file an older Itinera wrote: the rules of migration 0002, one of them changed.
    const db = new Database(file);
    undoStableIdentity(db);
    db.exec('DELETE FROM osm_category_mapping; ALTER TABLE osm_category_mapping DROP COLUMN last_count;');
    const insert = db.prepare(
      'INSERT INTO osm_category_mapping (key, value, requires, category, sector, priority) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const row of DEFAULTS_OF_0002) insert.run(...row);
    db.prepare("UPDATE osm_category_mapping SET category = 'gallery' WHERE key = 'amenity' AND value = 'studio'").run();
    db.prepare("UPDATE osm_category_mapping SET priority = 45 WHERE key = 'office' AND value = '*'").run();
    // Nor the later migrations' columns and tables (0016: attachment credits; 0017: report snapshots).
    db.exec(
      'ALTER TABLE attachments DROP COLUMN credit; ALTER TABLE attachments DROP COLUMN license; ' +
        'ALTER TABLE attachments DROP COLUMN date_created; DROP TABLE report_snapshots; ' +
        "DELETE FROM gpkg_contents WHERE table_name = 'report_snapshots';",
    );
    db.prepare('DELETE FROM itinera_migrations WHERE id >= 15').run();
    db.close();

    const store = openProjectStore(file);
    const rules = store.osm.listRules();
    store.close();
    const find = (key: string, value: string) => rules.filter((rule) => rule.key === key && rule.value === value);
    // The catch-alls as 0002 wrote them are gone; the one a user changed stays as they left it.
    expect(find('craft', '*')).toEqual([]);
    expect(find('office', '*')).toEqual([expect.objectContaining({ category: 'creative-firm', priority: 45 })]);
    expect(find('office', 'it')).toEqual([expect.objectContaining({ category: 'none', sector: null })]);
    expect(find('craft', 'electrician')).toEqual([expect.objectContaining({ category: 'none' })]);
    expect(find('shop', 'art')).toEqual([
      expect.objectContaining({ category: 'creative-firm', sector: 'visual-arts' }),
    ]);
    expect(find('amenity', 'studio')).toEqual([
      expect.objectContaining({ category: 'gallery', requires: '' }),
      expect.objectContaining({ category: 'creative-firm', sector: 'music', requires: 'studio=audio' }),
    ]);
    expect(rules.every((rule) => rule.lastCount === null)).toBe(true);
  });
});

describe.runIf(haveExtracts)('the review step of the import job', () => {
  const dir = tempDir('itinera-osm-review-');

  it('waits with the matches before writing; writes once confirmed, without what was declined', async () => {
    const file = path.join(dir, 'sample.gpkg');
    await writeSampleProject(file);
    const before = fs.readFileSync(file);
    const job = runner.startOsmImport(file, { file: KREMS, review: true });
    const review = await new Promise<JobStatus>((resolve) =>
      runner.watch(job.jobId, (status) => {
        if (status.phase === 'review') resolve(status);
      }),
    );
    expect(review.state).toBe('running');
    expect(review.review!.matches.map((match) => match.osm).sort()).toEqual([
      'node/417329189',
      'node/607053250',
      'way/106487639',
      'way/108090814',
      'way/108296463',
    ]);
    // Nothing is written while the user looks at the list.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(runner.confirm(job.jobId, ['node/607053250']).review).toBeNull();
    expect(() => runner.confirm(job.jobId, [])).toThrow(/not waiting for you to review/);
    const end = await runner.wait(job.jobId);
    expect(end).toMatchObject({ state: 'done', result: { linked: 3, added: 10 } });
  }, 120_000);

  it('cancelled during the review: nothing written', async () => {
    const file = path.join(dir, 'sample-2.gpkg');
    await writeSampleProject(file);
    const before = fs.readFileSync(file);
    const job = runner.startOsmImport(file, { file: KREMS, review: true });
    await new Promise<void>((resolve) =>
      runner.watch(job.jobId, (status) => {
        if (status.phase === 'review') resolve();
      }),
    );
    runner.cancel(job.jobId);
    expect(await runner.wait(job.jobId)).toMatchObject({ state: 'cancelled', review: null });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  }, 120_000);
});
