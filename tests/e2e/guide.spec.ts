import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProjectHost } from '../../electron/services/core/project-host.js';
import { itinera } from '../helpers/cli.js';
import { pageColours } from '../helpers/pdf-pages.js';
import { encodePng } from '../helpers/tile-files.js';
import { haveTools } from '../helpers/tools.js';
import { tempDir } from '../helpers/temp-dir.js';

// `itinera guide` (issue #16) on the sample project's route, through the real print view in
// Debian's Chromium: the PDF read back with poppler (pdftotext: the stops in route order, the
// directions, the fixed texts in German and French, the places' translations; pdftoppm: the map
// drawn, the route's colour along it), the GPX beside it read by GPSBabel.

const ROUTE_COLOUR = [0x6b, 0x3e, 0x12];
const STOPS = ['Bürgerspitalskirche', 'Pfarrkirche St. Veit', 'Gozzoburg', 'Simandlbrunnen', 'Dreifaltigkeitssäule'];

const ready = haveTools('chromium', 'gpsbabel', 'poppler');

/** A photo: a warm gradient, as a PNG of 900 × 600. */
function photo(): string {
  const [width, height] = [900, 600];
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) rgb.set([200, 120 + (x % 100), 60 + (y % 120)], (y * width + x) * 3);
  return encodePng(width, height, rgb).toString('base64');
}

function text(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

describe.runIf(ready)('itinera guide', { timeout: 240_000 }, () => {
  const dir = tempDir('itinera-guide-');
  const project = path.join(dir, 'sample.gpkg');

  beforeAll(async () => {
    expect(itinera(['sample', project]).status).toBe(0);
    // German and French texts for two stops, and a photo with its credit at the first.
    const host = createProjectHost();
    const service = host.open(project);
    try {
      service.updateContentLanguages({ primary: 'en', further: ['de', 'fr'] });
      const route = service.listRoutes({})[0]!;
      const [first, second] = route.stops;
      service.updatePlace({
        id: first!.placeId,
        changes: {
          translations: {
            de: { name: 'Bürgerspitalskirche', description: 'Spätgotische Spitalskirche an der Oberen Landstraße.' },
            fr: { name: 'Église de l’hôpital', description: 'Église gothique tardive de l’ancien hôpital.' },
          },
        },
      });
      service.updatePlace({
        id: second!.placeId,
        changes: { translations: { de: { name: 'Pfarrkirche St. Veit', description: 'Barocke Pfarrkirche.' } } },
      });
      await service.addAttachment({
        featureType: 'place',
        featureId: first!.placeId,
        fileName: 'kirche.png',
        contentBase64: photo(),
        caption: 'The church from the street',
        credit: 'Anna Muster',
        license: 'CC BY 4.0',
        dateCreated: null,
      });
    } finally {
      host.close();
    }
  });

  it('prints the route guide: stops in order, directions, a drawn map in the route’s colour, the GPX beside', () => {
    const pdf = path.join(dir, 'guide.pdf');
    const result = itinera(['guide', project, '--route', '1', pdf], {}, 120_000);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*guide\.pdf \(\d+(\.\d)? MB\) and its GPX, .*guide\.gpx\.\n$/);
    const content = text(pdf);
    // The stops' headings in route order, with the way from each to the next.
    const headings = STOPS.map((name, index) => content.indexOf(`${index + 1}. ${name}`));
    expect(headings.every((at) => at >= 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    expect(content).toMatch(/On to stop 2: \d+ m, \d+ min/);
    expect(content).toMatch(/Head \w+ on Obere Landstraße/);
    expect(content).toContain('Arrive at Dreifaltigkeitssäule');
    expect(content).toContain('Photo: Anna Muster (CC BY 4.0)');
    expect(content).toMatch(/Map data: © OpenStreetMap contributors/);
    // The cover's map: not blank, and the route drawn in its colour.
    const stats = pageColours(pdf, 1, dir, ROUTE_COLOUR);
    expect(stats.colours).toBeGreaterThan(40);
    expect(stats.matching).toBeGreaterThan(2000);
    // The GPX: GPSBabel reads its stops as waypoints and the line as a track.
    const gpx = path.join(dir, 'guide.gpx');
    const waypoints = execFileSync('gpsbabel', ['-i', 'gpx', '-f', gpx, '-o', 'unicsv', '-F', '-'], {
      encoding: 'utf8',
    });
    for (const name of STOPS) expect(waypoints).toContain(name);
    const track = execFileSync('gpsbabel', ['-t', '-i', 'gpx', '-f', gpx, '-o', 'unicsv', '-F', '-'], {
      encoding: 'utf8',
    });
    expect(track.trim().split('\n').length).toBeGreaterThan(20);
  });

  it('prints in German and French: the fixed texts translated, the places’ texts where the project has them', () => {
    const german = path.join(dir, 'guide-de.pdf');
    expect(
      itinera(['guide', project, '--route', '1', '--lang', 'de', '--paper', 'a5', german], {}, 120_000).status,
    ).toBe(0);
    const de = text(german);
    expect(de).toMatch(/Weiter zu Station 2/);
    expect(de).toContain('Gehzeit');
    expect(de).toContain('Spätgotische Spitalskirche an der Oberen Landstraße.');
    expect(de).toContain('Barocke Pfarrkirche.');
    // A stop without a German text keeps the project's own.
    expect(de).toContain('3. Gozzoburg');
    expect(de).not.toContain('On to stop');
    const french = path.join(dir, 'guide-fr.pdf');
    expect(
      itinera(['guide', project, '--route', '1', '--lang', 'fr', '--paper', 'letter', french], {}, 120_000).status,
    ).toBe(0);
    const fr = text(french);
    expect(fr).toMatch(/Vers l’étape 2/);
    expect(fr).toContain('1. Église de l’hôpital');
    expect(fr).toContain('Église gothique tardive de l’ancien hôpital.');
    expect(fr).not.toContain('Walking time');
  });

  it('makes one guide per project language with --every-language, each in its language', () => {
    const out = path.join(dir, 'walk.pdf');
    const result = itinera(['guide', project, '--route', '1', '--every-language', out], {}, 180_000);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(3);
    expect(text(path.join(dir, 'walk-en.pdf'))).toContain('On to stop 2');
    expect(text(path.join(dir, 'walk-de.pdf'))).toContain('Weiter zu Station 2');
    const fr = text(path.join(dir, 'walk-fr.pdf'));
    expect(fr).toContain('Vers l’étape 2');
    expect(fr).toContain('1. Église de l’hôpital');
    expect(fs.existsSync(path.join(dir, 'walk.gpx'))).toBe(true);
  });

  it('refuses a route that is not there, a wrong paper and a missing output, writing nothing', () => {
    const out = path.join(dir, 'none.pdf');
    const missing = itinera(['guide', project, '--route', '99', out]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/route/i);
    expect(itinera(['guide', project, '--route', '1', '--paper', 'a3', out]).status).toBe(2);
    expect(itinera(['guide', project, '--route', '1']).status).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
  });
});
