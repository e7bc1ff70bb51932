import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGpx } from '../../../shared/codecs/export/write-gpx.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { EXPORT_DATA, FIRM_NAME, PLACES, ROUTED_DATA } from './export-fixture.js';
import { HAVE_GDAL, haveGpsbabel, ogrFeatures, ogrSummary, saveFile } from './gdal.js';

// GPX export: places as waypoints, each route as a route through its stops and as a track
// along its geometry; escaped, in schema order, accepted by GDAL and GPSBabel.

const file = writeGpx(EXPORT_DATA);
const text = new TextDecoder().decode(file.bytes);

describe('GPX export', () => {
  it('is escaped GPX 1.1 by Itinera, routes before tracks', () => {
    expect(file).toMatchObject({ extension: 'gpx', mimeType: 'application/gpx+xml' });
    expect(text).toContain('<gpx version="1.1" creator="Itinera" xmlns="http://www.topografix.com/GPX/1/1"');
    expect(text).toContain(
      '<name>Müller &amp; Söhne &quot;Gestaltung&quot; &lt;script&gt;alert(1)&lt;/script&gt;</name>',
    );
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('\u0007');
    // GPX 1.1 orders the children of <gpx>: metadata, then waypoints, then routes, then tracks.
    expect(text.lastIndexOf('<wpt ')).toBeLessThan(text.indexOf('<rte>'));
    expect(text.lastIndexOf('<rte>')).toBeLessThan(text.indexOf('<trk>'));
  });

  describe.runIf(HAVE_GDAL)('read by GDAL', () => {
    const gpxPath = saveFile(tempDir(), 'export.gpx', file.bytes);
    const features = ogrFeatures(gpxPath);
    const layer = (name: string) => features.filter((feature) => feature.layer === name);

    it('has the waypoints, routes and tracks', () => {
      const layers = ogrSummary(gpxPath);
      expect(layers.get('waypoints')).toMatchObject({ geometry: 'Point', count: 6 });
      expect(layers.get('routes')).toMatchObject({ geometry: 'Line String', count: 2 });
      expect(layers.get('route_points')).toMatchObject({ geometry: 'Point', count: 5 });
      expect(layers.get('tracks')).toMatchObject({ geometry: 'Multi Line String', count: 2 });
      expect(layers.get('track_points')).toMatchObject({ geometry: 'Point', count: 5 });
    });

    it('names and types the waypoints', () => {
      const firm = layer('waypoints').find((feature) => feature.values.name === FIRM_NAME);
      expect(firm?.geometry).toBe('POINT (14.9855 51.1547)');
      expect(firm?.values).toMatchObject({
        desc: 'Studio for type & signage, ring the bell twice',
        type: 'Creative SME or freelancer',
        link1_href: 'https://mueller.example.org',
      });
      const museum = layer('waypoints').find((feature) => feature.values.name === 'Kulturhistorisches Museum');
      expect(museum?.values).toMatchObject({
        cmt: 'Neißstraße 30, 02826 Görlitz',
        link1_href: 'https://museum.example.org/?a=1&b=2',
      });
    });

    it('routes through the stops in stop order and tracks along the geometry', () => {
      const walk = layer('route_points').filter((feature) => feature.values.route_fid === '0');
      expect(walk.map((feature) => feature.values.name)).toEqual(['Theater Görlitz', 'Alte Tuchfabrik', FIRM_NAME]);
      expect(walk.map((feature) => feature.geometry)).toEqual([
        'POINT (14.9837 51.1534)',
        'POINT (14.9871 51.1552)',
        'POINT (14.9855 51.1547)',
      ]);
      expect(layer('routes').map((feature) => [feature.values.name, feature.values.type])).toEqual([
        ['Tuchmacher-Weg', 'On foot'],
        ['Museumsrunde', 'By bicycle'],
      ]);
      expect(layer('tracks')[0]?.values).toMatchObject({
        name: 'Tuchmacher-Weg',
        desc: 'Vom Theater zur Tuchfabrik & weiter',
      });
      expect(layer('tracks')[0]?.geometry).toBe('MULTILINESTRING ((14.9837 51.1534,14.9871 51.1552,14.9855 51.1547))');
    });
  });

  describe.runIf(haveGpsbabel())('read by GPSBabel', () => {
    const dir = tempDir();
    const gpxPath = saveFile(dir, 'export.gpx', file.bytes);

    it('accepts the file', () => {
      expect(() =>
        execFileSync('gpsbabel', ['-i', 'gpx', '-f', gpxPath, '-o', 'gpx', '-F', '/dev/null'], { stdio: 'pipe' }),
      ).not.toThrow();
    });

    it('keeps every waypoint, route point and track point and the escaped names', () => {
      const copy = path.join(dir, 'copy.gpx');
      execFileSync('gpsbabel', ['-i', 'gpx', '-f', gpxPath, '-o', 'gpx', '-F', copy], { stdio: 'pipe' });
      const written = fs.readFileSync(copy, 'utf8');
      const count = (pattern: RegExp) => written.match(pattern)?.length ?? 0;
      expect([count(/<wpt /g), count(/<rtept /g), count(/<trkpt /g)]).toEqual([6, 5, 5]);
      expect(written).toContain(
        '<name>Müller &amp; Söhne &quot;Gestaltung&quot; &lt;script&gt;alert(1)&lt;/script&gt;</name>',
      );
      expect(written).toContain('<name>Görlitz – Altstadt &amp; Nikolaivorstadt</name>');
    });
  });

  describe('a routed route', () => {
    const routed = writeGpx(ROUTED_DATA);
    const routedText = new TextDecoder().decode(routed.bytes);

    it('routes through the stops with their names and descriptions, and tracks along the streets', () => {
      const route = /<rte>[\s\S]*?<\/rte>/.exec(routedText)?.[0] ?? '';
      expect(route.match(/<rtept /g)).toHaveLength(3);
      expect(route).toContain('<desc>Tuchfabrik von 1864, seit 2005 Denkmal.');
      const track = /<trk>[\s\S]*?<\/trk>/.exec(routedText)?.[0] ?? '';
      expect(track.match(/<trkpt /g)).toHaveLength(6);
    });

    it('keeps every stop in the route when a filter left its place out', () => {
      const filtered = new TextDecoder().decode(writeGpx({ ...ROUTED_DATA, places: [PLACES[0]!] }).bytes);
      const route = /<rte>[\s\S]*?<\/rte>/.exec(filtered)?.[0] ?? '';
      // The first and last stops' places are not exported: the routed legs still say where they are.
      expect(
        [...route.matchAll(/<rtept lat="([\d.]+)" lon="([\d.]+)"><name>([^<]*)</g)].map((match) => match.slice(1)),
      ).toEqual([
        ['51.1534', '14.9837', 'Stop 1'],
        ['51.1552', '14.9871', 'Alte Tuchfabrik'],
        ['51.1547', '14.9855', 'Stop 3'],
      ]);
    });
  });
});
