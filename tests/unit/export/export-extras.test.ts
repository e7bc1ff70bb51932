import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProjectHost } from '../../../electron/services/core/project-host.js';
import { CHANNELS, type ProjectInfo } from '../../../shared/api/contract.js';
import { itinera } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools } from '../../helpers/tools.js';

// A GeoPackage export that carries the street basemap and the walking network (issue #14 point 9):
// the copy opens in Itinera on the same street map and routes on the same network, and GDAL reads
// the network as two layers. Only a GeoPackage can carry them: asked of another format, the
// export is refused and writes nothing.

const dir = tempDir();
const sample = path.join(dir, 'sample.gpkg');
const count = (file: string, table: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('GeoPackage export with the basemap and the network', () => {
  beforeAll(() => {
    expect(itinera(['sample', sample]).status).toBe(0);
  });

  it('carries them when asked, and not otherwise', async () => {
    const plain = path.join(dir, 'plain.gpkg');
    expect(itinera(['export', sample, '--format', 'gpkg', plain]).status).toBe(0);
    expect(count(plain, 'network_edges')).toBe(0);
    expect(count(plain, 'basemap_tiles')).toBe(0);

    const whole = path.join(dir, 'whole.gpkg');
    const result = itinera(['export', sample, '--format', 'gpkg', '--include', 'basemap,network', whole]);
    expect(result.status, result.stderr).toBe(0);
    for (const table of ['network_nodes', 'network_edges', 'basemap_tiles', 'basemap_metadata']) {
      expect(count(whole, table), table).toBe(count(sample, table));
      expect(count(whole, table), table).toBeGreaterThan(0);
    }
    // The copy, opened as a project: the same street map and a network to route on.
    const host = createProjectHost();
    try {
      host.open(whole);
      const answer = (await host.dispatch(CHANNELS.getProject, {})) as { ok: true; value: ProjectInfo };
      expect(answer.value.hasNetwork).toBe(true);
      expect(answer.value.basemap).not.toBeNull();
    } finally {
      host.close();
    }
  });

  it.runIf(haveTools('ogrinfo', 'validateGpkg'))('is a GeoPackage GDAL validates and reads the network of', () => {
    const whole = path.join(dir, 'whole-gdal.gpkg');
    expect(itinera(['export', sample, '--format', 'gpkg', '--include', 'network,basemap', whole]).status).toBe(0);
    const validation = execFileSync('/usr/bin/python3', ['-m', 'osgeo_utils.samples.validate_gpkg', whole], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(validation.trim()).toBe('');
    const info = execFileSync('ogrinfo', ['-so', whole, 'network_edges'], { encoding: 'utf8' });
    expect(info).toContain(`Feature Count: ${count(sample, 'network_edges')}`);
    expect(info).toMatch(/Geometry: Line String/);
  });

  it('refuses them for another format, with a message that names the choice, and writes nothing', () => {
    const out = path.join(dir, 'places.geojson');
    const result = itinera(['export', sample, '--format', 'geojson', '--include', 'network', out]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('Also export: only a GeoPackage export can carry the street basemap');
    expect(result.stderr).not.toMatch(/include/);
    expect(fs.existsSync(out)).toBe(false);
    const unknown = itinera(['export', sample, '--format', 'gpkg', '--include', 'photos', path.join(dir, 'x.gpkg')]);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toMatch(/^.*Also export/m);
  });
});
