import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInput } from '../../shared/api/contract.js';
import { seriousAxeViolations } from '../helpers/axe.js';
import { openSampleInChromium, type SampleSession } from '../helpers/browser.js';
import { itinera } from '../helpers/cli.js';
import { startPostgisCluster, type PostgisCluster } from '../helpers/postgis-cluster.js';
import { tempDir } from '../helpers/temp-dir.js';
import { haveTools } from '../helpers/tools.js';
import { openLaptop } from '../helpers/workspace.js';

// The shared workspace section of the sidebar (issue #17) in Chromium against `itinera serve` and a real
// PostgreSQL/PostGIS cluster: publish the project from the form, see the changes waiting, Sync,
// see the conflict a colleague's edit made with both values and who made it, keep mine, sync
// again: the colleague's laptop gets it. Axe on the open section with a conflict.

describe.runIf(haveTools('chromium', 'postgis'))('the shared workspace in the app', { timeout: 240_000 }, () => {
  const dir = tempDir('itinera-e2e-workspace-');
  let cluster: PostgisCluster;
  let session: SampleSession;
  const colleague = path.join(dir, 'colleague.gpkg');

  beforeAll(async () => {
    cluster = startPostgisCluster();
    cluster.createDatabase('ws');
    session = await openSampleInChromium(dir);
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    cluster?.stop();
  });

  const call = async (channel: string, input: unknown) => {
    const response = await fetch(`${session.serve.origin}/api/${channel}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Itinera-Token': session.serve.token,
        Origin: session.serve.origin,
      },
      body: JSON.stringify(input),
    });
    return (await response.json()) as { ok: boolean; value: { id: number; name: string }[] };
  };

  it('publishes the project from the form, then shows where it syncs and nothing waiting', async () => {
    const { page } = session;
    const section = page.getByTestId('workspace-section');
    await section.locator('summary').click();
    await page.getByTestId('workspace-host').fill(cluster.socket);
    await page.getByTestId('workspace-database').fill('ws');
    await page.getByTestId('workspace-user').fill('postgres');
    await page.getByTestId('workspace-publish').click();
    await expect(page.getByTestId('workspace-address').textContent({ timeout: 30_000 })).resolves.toBe(
      `postgres on ws at ${cluster.socket}:5432`,
    );
    await expect(page.getByTestId('workspace-pending').textContent()).resolves.toBe('No changes waiting to be sent');
    expect(Number(cluster.psql('SELECT count(*) FROM places', 'ws').trim())).toBeGreaterThan(10);
  });

  it('syncs, lists the conflict with both values and who, keeps mine, and the colleague gets it', async () => {
    const { page } = session;
    expect(itinera(['workspace', 'clone', colleague, '--db', cluster.conninfo('ws')]).status).toBe(0);
    const places = (await call('places:list:query', {})).value;
    const place = places.find((candidate) => candidate.name.length > 0)!;
    // The colleague renames it and syncs first; here it is renamed too, otherwise.
    const laptop = openLaptop(colleague);
    const theirs = laptop.service.listPlaces({}).find((candidate) => candidate.name === place.name)!;
    laptop.service.updatePlace(parseInput('updatePlace', { id: theirs.id, changes: { name: 'Colleague’s name' } }));
    await laptop.service.workspace.sync({ conninfo: cluster.conninfo('ws') });
    laptop.host.close();
    expect((await call('places:item:update', { id: place.id, changes: { name: 'My name' } })).ok).toBe(true);
    // The page hears of the edit (live lists) and counts it.
    await page.getByTestId('workspace-pending').filter({ hasText: '1 change waiting to be sent' }).waitFor();

    await page.getByTestId('workspace-sync').click();
    await page.getByTestId('workspace-result').filter({ hasText: 'Sent nothing, fetched 1 change.' }).waitFor();
    const conflict = page.getByTestId('workspace-conflict');
    await conflict.waitFor({ timeout: 30_000 });
    await expect(conflict.textContent()).resolves.toContain('Place Colleague’s name: name');
    await expect(conflict.textContent()).resolves.toContain('Mine: My name');
    await expect(conflict.textContent()).resolves.toContain('Theirs (postgres): Colleague’s name');
    await page.getByTestId('workspace-section').screenshot({ path: path.join(dir, 'workspace-section.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await conflict.getByTestId('conflict-keep-mine').click();
    await page.getByTestId('workspace-conflicts').waitFor({ state: 'detached' });
    await page.getByTestId('workspace-pending').filter({ hasText: '1 change waiting to be sent' }).waitFor();
    await page.getByTestId('workspace-sync').click();
    await page.getByTestId('workspace-result').filter({ hasText: 'Sent 1 change, fetched nothing.' }).waitFor();
    await page.getByTestId('workspace-pending').filter({ hasText: 'No changes waiting to be sent' }).waitFor();

    expect(itinera(['workspace', 'sync', colleague]).status).toBe(0);
    const after = openLaptop(colleague);
    expect(after.service.listPlaces({}).some((candidate) => candidate.name === 'My name')).toBe(true);
    after.host.close();
  });
});
