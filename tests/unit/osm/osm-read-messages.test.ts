import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../electron/cli/main.js';
import { createJobRunner } from '../../../electron/services/jobs/job-runner.js';
import { importOsmFile } from '../../../electron/services/osm/osm-import.js';
import { createProjectStore, openProjectStore } from '../../../electron/store/project-store.js';
import { readOsm } from '../../../shared/codecs/osm/read-osm.js';
import { errorText } from '../../../shared/i18n/message-error.js';
import { createTranslator } from '../../../shared/i18n/translator.js';
import { tempDir } from '../../helpers/temp-dir.js';

// Issue #11: why an OpenStreetMap extract is refused reaches the user in their language: the
// readers' reasons and places are messages (messages/osm-read.ts), made into text where they are
// read: the job's error in the app, `itinera import-osm --lang`, the import's list of problems.

const dir = tempDir('itinera-osm-messages-');
let counter = 0;
const temporaryFile = (name: string) => path.join(dir, `${++counter}-${name}`);
const runner = createJobRunner();
afterAll(() => runner.cancelAll());

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream: stream as never, text: () => text };
}

function newProject(): string {
  const file = temporaryFile('project.gpkg');
  createProjectStore(file, 'OSM messages').close();
  return file;
}

/** An OSM PBF file whose one block is compressed with zstd (a compression Itinera does not read). */
function zstdPbf(): string {
  const blob = Buffer.from([0x3a, 3, 1, 2, 3]); // field 7 (zstd_data), 3 bytes
  const header = Buffer.concat([Buffer.from([0x0a, 9]), Buffer.from('OSMHeader'), Buffer.from([0x18, blob.length])]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  const file = temporaryFile('zstd.osm.pbf');
  fs.writeFileSync(file, Buffer.concat([length, header, blob]));
  return file;
}

async function* chunks(text: string) {
  yield new TextEncoder().encode(text);
}

describe('OpenStreetMap read errors in the reader’s language', () => {
  it('the readers refuse with a message: English as before, German for a German reader', async () => {
    const refusal = await readOsm(
      chunks('<osm>\n<node id="1" lat="x" lon="2"/></osm>'),
      { node: () => {} },
      'bad.osm',
    ).catch((error: unknown) => error);
    expect((refusal as Error).message).toBe('bad.osm, line 2: <node> has no valid lat ("x")');
    expect(errorText(refusal, createTranslator('de'))).toBe('bad.osm, Zeile 2: <node> hat kein gültiges lat („x“)');
    expect(errorText(refusal, createTranslator('fr'))).toBe(
      'bad.osm, ligne 2\u00a0: <node> n’a pas de lat valide («\u202fx\u202f»)',
    );
  });

  it('`itinera import-osm --lang de` writes why a truncated extract is refused in German', async () => {
    const project = newProject();
    const broken = temporaryFile('broken.osm');
    fs.writeFileSync(broken, '<osm>\n<node id="1" lat="1" lon="1">');
    const out = capture();
    const err = capture();
    expect(await run(['import-osm', project, broken, '--lang', 'de'], out.stream, err.stream)).toBe(1);
    expect(err.text()).toBe(
      `itinera: ${path.basename(broken)}, Zeile 2: die Datei endet innerhalb von <node>; sie ist abgeschnitten\n`,
    );
  });

  it("the job's error is a message: a damaged PBF block, in English and in German", async () => {
    const project = newProject();
    const before = fs.readFileSync(project);
    const end = await runner.wait(runner.startOsmImport(project, { file: zstdPbf() }).jobId);
    expect(end.state).toBe('failed');
    expect(end.error?.code).toBe('invalid-input');
    const message = end.error!.message;
    expect(createTranslator('en').t(message)).toMatch(
      /^\d+-zstd\.osm\.pbf, byte 0 \(block 1\): the file is damaged: a block is compressed with zstd, which Itinera cannot read \(only zlib\)$/,
    );
    expect(createTranslator('de').t(message)).toMatch(
      /^\d+-zstd\.osm\.pbf, Byte 0 \(Block 1\): die Datei ist beschädigt: ein Block ist mit zstd komprimiert, das Itinera nicht lesen kann \(nur zlib\)$/,
    );
    expect(fs.readFileSync(project).equals(before)).toBe(true);
  });

  it('a broken rule of the project’s category mapping is named in the reader’s language', async () => {
    const project = newProject();
    const db = new Database(project);
    const { id } = db.prepare<[], { id: number }>('SELECT min(id) AS id FROM osm_category_mapping').get()!;
    db.prepare("UPDATE osm_category_mapping SET category = 'castle' WHERE id = ?").run(id);
    db.close();
    const store = openProjectStore(project);
    const refusal = await importOsmFile(store, temporaryFile('never-read.osm')).catch((error: unknown) => error);
    store.close();
    expect((refusal as Error).message).toBe(
      `The project’s OSM category mapping (osm_category_mapping), row ${id}: "castle" is not a known category (or "none").`,
    );
    expect(errorText(refusal, createTranslator('de'))).toBe(
      `Die OSM-Kategoriezuordnung des Projekts (osm_category_mapping), Zeile ${id}: „castle“ ist keine bekannte Kategorie (auch nicht „none“).`,
    );
  });

  it('the places an import leaves out as invalid are listed in the reader’s language', async () => {
    const project = newProject();
    const extract = temporaryFile('invalid.osm');
    fs.writeFileSync(
      extract,
      `<osm version="0.6">
  <node id="7" lat="95" lon="16"><tag k="historic" v="castle"/><tag k="name" v="Burg"/></node>
  <node id="8" lat="48" lon="16"><tag k="historic" v="castle"/><tag k="name" v="Schloss"/></node>
</osm>`,
    );
    const out = capture();
    const err = capture();
    expect(await run(['import-osm', project, extract, '--lang', 'de'], out.stream, err.stream)).toBe(0);
    expect(out.text()).toMatch(/\n {2}node\/7: Breitengrad: muss zwischen -90 und 90 liegen\n/);
    expect(out.text()).not.toMatch(/Latitude|must be/);
  });
});
