import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectStore } from '../../../electron/store/project-store.js';
import { itinera } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { haveTools } from '../../helpers/tools.js';
import { feature, featureCollection, gdalPython, importInto, ogr2ogr, writeText } from './import-helper.js';

// What an import says is meant for a person: no "Maximum call stack size exceeded", no raw
// database or JavaScript error without the file's name, no message megabytes long because it
// echoes a hostile file, a JSON error on the line where the JSON breaks; and it is said in the
// reader's language (the preview's lists and notes, `itinera import`'s output).

const dir = tempDir('itinera-messages-');
const gdal = haveTools('ogrinfo');
const pythonHere = haveTools('validateGpkg');

async function refusal(file: string): Promise<string> {
  try {
    await importInto(dir, file);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${file} was imported`);
}

describe('import messages a person can act on', () => {
  it('collections or attributes nested 100,000 deep get a reason, not a stack overflow', async () => {
    const depth = 100_000;
    const collection =
      '{"type":"GeometryCollection","geometries":['.repeat(depth) +
      '{"type":"Point","coordinates":[15.6,48.4]}' +
      ']}'.repeat(depth);
    const file = writeText(
      dir,
      'deep.geojson',
      `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"Deep"},"geometry":${collection}},
{"type":"Feature","properties":{"name":"Attribute","a":${'['.repeat(depth)}${']'.repeat(depth)}},"geometry":{"type":"Point","coordinates":[15.6,48.4]}},
{"type":"Feature","properties":{"name":"Fine"},"geometry":{"type":"Point","coordinates":[15.6,48.4]}}]}`,
    );
    const imported = await importInto(dir, file);
    expect(imported.places.map((place) => place.name)).toEqual(['Fine']);
    expect(imported.skipped).toEqual([
      '#1: the geometry nests more than 32 levels deep',
      '#2: the attribute "a" nests more than 32 levels deep',
    ]);
  });

  it('a column name of 5 MB is quoted in at most a few hundred characters', async () => {
    const huge = 'x'.repeat(5_000_000);
    const messages = [
      await refusal(writeText(dir, 'duplicate.csv', `name,${huge},${huge}\nA,1,2\n`)),
      await refusal(writeText(dir, 'no-coordinates.csv', `name,${huge}\nA,1\n`)),
    ];
    for (const message of messages) {
      expect(message.length).toBeLessThan(600);
      expect(message).toMatch(/^(duplicate|no-coordinates)\.csv, line 1: /);
    }
    const odd = await importInto(
      dir,
      writeText(dir, 'odd-type.geojson', featureCollection([feature({}, { type: huge, coordinates: [1, 2] })])),
    );
    expect(odd.skipped[0]!.length).toBeLessThan(200);
  });

  const BROKEN: [string, string][] = [
    [
      'a missing comma',
      '{"type": "FeatureCollection",\n "features": [\n  {"type": "Feature" "properties": {}}\n ]\n}\n',
    ],
    ['a trailing comma', '{"type": "FeatureCollection",\n "features": [\n  {"type": "Feature"},\n ]\n}\n'],
    ['an unquoted key', '{"type": "FeatureCollection",\n "features": [],\n name: "x"\n}\n'],
    ['single quotes', '{\n "type": \'FeatureCollection\'\n}\n'],
    ['text after the end', '{"type": "FeatureCollection", "features": []}\n\n}\n'],
    ['an unknown word', '{"type": "FeatureCollection",\n\n\n "features": [ {"type": "Feature", "geometry": nul} ]}\n'],
    ['a bad escape', '{"type": "FeatureCollection",\n "name": "a\\qb",\n "features": []}\n'],
    ['a line break inside a string', '{"type": "FeatureCollection",\n "name": "a\nb",\n "features": []}\n'],
  ];

  it.each(BROKEN)('broken JSON (%s) is located on its line, as Python’s json module locates it', async (_, text) => {
    const file = writeText(dir, 'broken.geojson', text);
    const message = await refusal(file);
    const located = /^broken\.geojson, line (\d+), column (\d+): the JSON is not valid \(unexpected "?[^"]+"?\)$/.exec(
      message,
    );
    expect(located, message).not.toBeNull();
    if (!pythonHere) return;
    const reference = JSON.parse(
      gdalPython(
        'import json, sys\ntry:\n    json.loads(sys.stdin.read())\n    print("[0, 0]")\nexcept json.JSONDecodeError as e:\n    print(json.dumps([e.lineno, e.colno]))',
        [],
        text,
      ),
    ) as [number, number];
    expect([Number(located![1]), Number(located![2])]).toEqual(reference);
  });

  it.runIf(gdal)('a damaged GeoPackage is refused with its name and the database’s reason', async () => {
    const file = path.join(dir, 'damaged.gpkg');
    ogr2ogr([
      '-f',
      'GPKG',
      file,
      writeText(
        dir,
        'many.geojson',
        featureCollection(
          Array.from({ length: 3000 }, (_, index) =>
            feature({ name: `Ort ${index}`, text: 'x'.repeat(200) }, { type: 'Point', coordinates: [15.6, 48.4] }),
          ),
        ),
      ),
      '-nln',
      'orte',
    ]);
    // Overwrite the pages of the layer's table with noise, leaving the schema readable.
    const db = new Database(file, { readonly: true });
    const root = (db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'orte'").get() as { rootpage: number })
      .rootpage;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const bytes = fs.readFileSync(file);
    for (let offset = (root - 1) * pageSize; offset < bytes.length; offset++) bytes[offset] = (offset * 7919) % 251;
    fs.writeFileSync(file, bytes);
    const message = await refusal(file);
    expect(message).toMatch(
      /^damaged\.gpkg(, layer "orte")?: (the GeoPackage is damaged|not a GeoPackage with feature layers) \(.*malformed.*\)$/,
    );
  });
});

describe('import texts in the reader’s language', () => {
  const gpx = writeText(
    dir,
    'sprache.gpx',
    `<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1">
<wpt lat="48.41" lon="15.6"><ele>200</ele><name>Dom</name></wpt>
<wpt lat="nord" lon="15.6"><name>Kaputt</name></wpt>
<trk><name>Weg</name><trkseg><trkpt lat="48.4" lon="15.6"/><trkpt lat="48.41" lon="15.61"/></trkseg><trkseg><trkpt lat="48.42" lon="15.62"/><trkpt lat="48.43" lon="15.63"/></trkseg></trk>
</gpx>`,
  );

  it('`itinera import --lang de` writes its notes, skipped rows and groups in German', () => {
    const project = path.join(dir, 'sprache.gpkg');
    createProjectStore(project).close();
    const run = itinera(['import', project, gpx, '--category', 'museum', '--lang', 'de']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 Ort, 0 Quartiere und 2 Routen aus sprache.gpx importiert.');
    expect(run.stdout).toMatch(/Höhen \(Z\)/);
    expect(run.stdout).toMatch(/sprache #2: ungültige Koordinaten lat="nord" lon="15.6" \(Zeile 3\)/);
    expect(run.stdout).not.toMatch(/invalid|heights|several parts|feature/);
  });

  it('`itinera import --lang en-XA` passes every line through the translator', () => {
    const project = path.join(dir, 'pseudo.gpkg');
    createProjectStore(project).close();
    const run = itinera(['import', project, gpx, '--category', 'museum', '--lang', 'en-XA']);
    expect(run.status).toBe(0);
    for (const line of run.stdout.trimEnd().split('\n')) expect(line).toMatch(/[àçéîöûŕšţ]/);
  });
});
