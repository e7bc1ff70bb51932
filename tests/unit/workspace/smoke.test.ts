import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProjectHost } from '../../../electron/services/core/project-host.js';
import { startPostgisCluster, type PostgisCluster } from '../../helpers/postgis-cluster.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { writeSampleProject } from '../../../electron/services/core/sample-project.js';

describe('smoke', () => {
  let cluster: PostgisCluster;
  beforeAll(() => {
    cluster = startPostgisCluster();
    cluster.createDatabase('ws');
  });
  afterAll(() => cluster?.stop());
  it('init and clone', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'a.gpkg');
    await writeSampleProject(a);
    const hostA = createProjectHost();
    const sa = hostA.open(a);
    const published = await sa.workspace.init({ conninfo: cluster.conninfo('ws') });
    console.log('published', published);
    console.log(cluster.psql('select count(*) from places; select count(*) from itinera_changes;', 'ws'));
    const hostB = createProjectHost();
    const sb = hostB.create(path.join(dir, 'b.gpkg'), 'x');
    await sb.workspace.cloneInto({ conninfo: cluster.conninfo('ws') });
    expect(sb.listPlaces({}).length).toBe(sa.listPlaces({}).length);
    console.log(sa.workspace.pendingChanges().length, sb.workspace.pendingChanges().length);
    hostA.close(); hostB.close();
  });
});
