import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createImportService } from '../../../electron/services/transfer/import-service.js';
import { createProjectHost } from '../../../electron/services/core/project-host.js';
import { createProjectStore } from '../../../electron/store/project-store.js';
import { CHANNELS, type ExportResult } from '../../../shared/api/contract.js';
import { EXPORT_FORMATS } from '../../../shared/codecs/export/export-data.js';
import { itinera } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';

// Export through the API and the CLI: the filter is followed, files are written whole or not at
// all, and what Itinera exports, Itinera imports again with the same places.

describe('export through the API and the CLI', () => {
  const dir = tempDir('itinera-export-');
  const sample = path.join(dir, 'sample.gpkg');
  beforeAll(() => {
    expect(itinera(['sample', sample]).status).toBe(0);
  });

  it('exportData follows the family filter and returns the file as base64', async () => {
    const host = createProjectHost();
    host.open(sample);
    try {
      const envelope = await host.dispatch(CHANNELS.exportData, {
        format: 'geojson',
        filter: { families: ['creative-firm'] },
      });
      expect(envelope.ok).toBe(true);
      const result = (envelope as { value: ExportResult }).value;
      expect(result.fileName).toBe('Krems-old-town-sample-project.geojson');
      expect(result.counts.places).toBe(7);
      const collection = JSON.parse(Buffer.from(result.contentBase64, 'base64').toString('utf8')) as {
        features: { properties: { feature_type: string; category: string } }[];
      };
      const places = collection.features.filter((feature) => feature.properties.feature_type === 'place');
      expect(places).toHaveLength(7);
      expect(new Set(places.map((place) => place.properties.category))).toEqual(new Set(['creative-firm']));
      const wrong = await host.dispatch(CHANNELS.exportData, { format: 'xlsx' });
      expect(wrong).toMatchObject({ ok: false, error: { field: 'format' } });
    } finally {
      host.close();
    }
  });

  it.each(EXPORT_FORMATS.filter((format) => format !== 'jsonld'))(
    'itinera export --format %s writes a file that imports back with the same places',
    async (format) => {
      const out = path.join(dir, `round-trip.${format === 'shp' ? 'zip' : format}`);
      const result = itinera(['export', sample, '--format', format, out]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const target = createProjectStore(path.join(dir, `back-from-${format}.gpkg`));
      try {
        const imported = await createImportService(target).importFile(out, 'museum');
        // GPX carries route stops as route points, and tracks: those come back as routes.
        expect(imported.added.places).toBe(21);
        const names = target.places
          .list()
          .map((place) => place.name)
          .sort();
        expect(names).toContain('Gozzoburg');
        expect(names).toContain('Wachau Stadtführungen');
      } finally {
        target.close();
      }
    },
  );

  it('JSON-LD export lists the heritage sites only', () => {
    const out = path.join(dir, 'sites.jsonld');
    expect(itinera(['export', sample, '--format', 'jsonld', out]).status).toBe(0);
    const graph = (JSON.parse(fs.readFileSync(out, 'utf8')) as { '@graph': { name?: string }[] })['@graph'];
    expect(graph.map((node) => node.name)).toContain('Gozzoburg');
    expect(graph.map((node) => node.name)).not.toContain('Studio Hoher Markt');
  });

  it('a failed export leaves no file, not even a partial one', () => {
    const blocked = path.join(dir, 'blocked.geojson');
    fs.mkdirSync(blocked); // a folder where the file should go: the final rename must fail
    const result = itinera(['export', sample, '--format', 'geojson', blocked]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Could not write .*blocked\.geojson/);
    expect(fs.statSync(blocked).isDirectory()).toBe(true);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
    const missing = itinera(['export', sample, '--format', 'csv', path.join(dir, 'no', 'such', 'folder.csv')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/does not exist/);
  });

  it('refuses unknown formats and families with a clear message', () => {
    const badFormat = itinera(['export', sample, '--format', 'xlsx', path.join(dir, 'x.xlsx')]);
    expect(badFormat.status).toBe(1);
    expect(badFormat.stderr).toMatch(/Format: is not an export format/);
    const badFamily = itinera(['export', sample, '--format', 'csv', '--families', 'dragons', path.join(dir, 'x.csv')]);
    expect(badFamily.status).toBe(1);
    expect(badFamily.stderr).toMatch(/Kinds: is not a known category family/);
    expect(fs.existsSync(path.join(dir, 'x.csv'))).toBe(false);
  });
});
