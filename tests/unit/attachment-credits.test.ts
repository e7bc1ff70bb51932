import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, type UndoResult } from '../../shared/api/contract.js';
import { licenseNode } from '../../shared/codecs/export/write-json-ld.js';
import type { Attachment } from '../../shared/model/attachment-schemas.js';
import { itinera } from '../helpers/cli.js';
import { inEnglish } from '../helpers/labels.js';
import { newProject } from '../helpers/project.js';
import { haveTools } from '../helpers/tools.js';

// A photo's credit, licence and date (issue #14 point 9): stored with the attachment (columns of
// the GeoPackage media table, so GDAL reads them), edited and undone like any edit, refused when
// the date is no day, and written into the JSON-LD export as schema.org creditText, license and
// dateCreated.

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'attachments');
const base64 = (name: string) => fs.readFileSync(path.join(FIXTURES, name)).toString('base64');

type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; field?: string } };

function setUp() {
  const { host, file } = newProject('Credits');
  const answer = async (channel: string, payload: unknown) => (await host.dispatch(channel, payload)) as Answer;
  const call = async <T>(channel: string, payload: unknown): Promise<T> => {
    const result = await answer(channel, payload);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value as T;
  };
  return { host, file, answer, call };
}

describe('photo credit, licence and date', () => {
  it('are stored, edited, undone, refused when wrong, and read by GDAL', async () => {
    const { host, file, answer, call } = setUp();
    const site = await call<{ id: number }>(CHANNELS.createPlace, {
      name: 'Gozzoburg',
      category: 'historic-building',
      longitude: 15.6,
      latitude: 48.41,
    });
    const photo = await call<Attachment>(CHANNELS.addAttachment, {
      featureType: 'place',
      featureId: site.id,
      fileName: 'Gozzoburg Loggia.jpg',
      caption: 'The loggia seen from the Hoher Markt',
      credit: 'Anna Berger / Kulturamt Krems',
      license: 'CC BY-SA 4.0',
      dateCreated: '2024-05-18',
      contentBase64: base64('photo.jpg'),
    });
    expect(photo).toMatchObject({
      credit: 'Anna Berger / Kulturamt Krems',
      license: 'CC BY-SA 4.0',
      dateCreated: '2024-05-18',
    });
    const plain = await call<Attachment>(CHANNELS.addAttachment, {
      featureType: 'place',
      featureId: site.id,
      fileName: 'plan.png',
      contentBase64: base64('plan.png'),
    });
    expect(plain).toMatchObject({ credit: '', license: '', dateCreated: null });

    const changed = await call<Attachment>(CHANNELS.updateAttachment, {
      id: photo.id,
      changes: { credit: 'Anna Berger', dateCreated: null },
    });
    expect(changed).toMatchObject({ credit: 'Anna Berger', license: 'CC BY-SA 4.0', dateCreated: null });
    const undone = await call<UndoResult>(CHANNELS.undo, {});
    expect(inEnglish(undone).label).toBe('Describe Gozzoburg Loggia.jpg');
    const [restored] = await call<Attachment[]>(CHANNELS.listAttachments, { featureType: 'place', featureId: site.id });
    expect(restored).toMatchObject({ credit: 'Anna Berger / Kulturamt Krems', dateCreated: '2024-05-18' });

    // A date that is no day: a clear message on that field, nothing written.
    const refused = await answer(CHANNELS.updateAttachment, { id: photo.id, changes: { dateCreated: '2024-02-30' } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.message).toBe('Date taken: is not a calendar date');
      expect(refused.error.field).toBe('changes.dateCreated');
    }
    const [unchanged] = await call<Attachment[]>(CHANNELS.listAttachments, {
      featureType: 'place',
      featureId: site.id,
    });
    expect(unchanged?.dateCreated).toBe('2024-05-18');
    host.close();

    if (haveTools('ogrinfo')) {
      const info = execFileSync('ogrinfo', ['-ro', '-al', '-q', file, 'attachments'], { encoding: 'utf8' });
      expect(info).toMatch(/credit \(String\) = Anna Berger \/ Kulturamt Krems/);
      expect(info).toMatch(/license \(String\) = CC BY-SA 4\.0/);
      expect(info).toMatch(/date_created \(String\) = 2024-05-18/);
    }
  });

  it('travel in the JSON-LD export as schema.org creditText, license and dateCreated', async () => {
    const { host, file, call } = setUp();
    const site = await call<{ id: number }>(CHANNELS.createPlace, {
      name: 'Gozzoburg',
      category: 'historic-building',
      longitude: 15.6,
      latitude: 48.41,
    });
    for (const [fileName, fixture, details] of [
      ['Loggia.jpg', 'photo.jpg', { credit: 'Anna Berger', license: 'CC BY-SA 4.0', dateCreated: '2024-05-18' }],
      ['Plan 1910.png', 'plan.png', { license: 'Public domain (Stadtarchiv Krems)' }],
      ['Listing.pdf', 'record.pdf', { credit: 'BDA' }],
    ] as const) {
      await call(CHANNELS.addAttachment, {
        featureType: 'place',
        featureId: site.id,
        fileName,
        contentBase64: base64(fixture),
        ...details,
      });
    }
    host.close();
    const out = path.join(path.dirname(file), 'sites.jsonld');
    expect(itinera(['export', file, '--format', 'jsonld', out]).status).toBe(0);
    const graph = JSON.parse(fs.readFileSync(out, 'utf8'))['@graph'] as Record<string, unknown>[];
    const node = graph.find((entry) => entry.name === 'Gozzoburg');
    // Images only: the PDF is a document, not an image of the site.
    expect(node?.image).toEqual([
      {
        '@type': 'ImageObject',
        name: 'Loggia.jpg',
        encodingFormat: 'image/jpeg',
        creditText: 'Anna Berger',
        license: 'https://creativecommons.org/licenses/by-sa/4.0/',
        dateCreated: '2024-05-18',
      },
      {
        '@type': 'ImageObject',
        name: 'Plan 1910.png',
        encodingFormat: 'image/png',
        license: { '@type': 'CreativeWork', name: 'Public domain (Stadtarchiv Krems)' },
      },
    ]);
  });

  it('writes Creative Commons licences as their address, others as a named work', () => {
    expect(licenseNode('CC BY 4.0')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(licenseNode('cc-by-nc-sa 3.0')).toBe('https://creativecommons.org/licenses/by-nc-sa/3.0/');
    expect(licenseNode('CC BY-ND')).toBe('https://creativecommons.org/licenses/by-nd/4.0/');
    expect(licenseNode('CC0')).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
    expect(licenseNode('https://example.org/licence')).toBe('https://example.org/licence');
    expect(licenseNode('All rights reserved')).toEqual({ '@type': 'CreativeWork', name: 'All rights reserved' });
  });
});
