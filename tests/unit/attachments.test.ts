import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/api/contract.js';
import { MAX_ATTACHMENT_BYTES } from '../../shared/api/limits.js';
import { sniffAttachmentType } from '../../shared/codecs/attachments/sniff-content-type.js';
import type { Annotation, Attachment } from '../../shared/model/attachment-schemas.js';
import { createProjectHost } from '../../electron/services/core/project-host.js';
import { newProject } from '../helpers/project.js';
import { english, inEnglish } from '../helpers/labels.js';
import type { UndoState } from '../../shared/api/contract.js';

// Photos and documents attached to features, stored inside the project file (Related Tables media
// table), and annotations with author, date and source. Everything through the API, as the app
// calls it.

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'attachments');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));

type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; field?: string } };

function setUp() {
  const { host, file } = newProject('Attachments');
  const call = async <T>(channel: string, payload: unknown): Promise<T> => {
    const answer = (await host.dispatch(channel, payload)) as Answer;
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value as T;
  };
  const fail = async (channel: string, payload: unknown) => {
    const answer = (await host.dispatch(channel, payload)) as Answer;
    if (answer.ok) throw new Error(`${channel} should have failed`);
    return answer.error;
  };
  return { host, file, call, fail };
}

const square = {
  type: 'Polygon',
  coordinates: [
    [
      [14.41, 51.17],
      [14.44, 51.17],
      [14.44, 51.19],
      [14.41, 51.19],
      [14.41, 51.17],
    ],
  ],
};

const ooxml = zipSync({
  '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
  'word/document.xml': strToU8('<?xml version="1.0"?><w:document/>'),
});
const openDocument = zipSync(
  {
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'content.xml': strToU8('<?xml version="1.0"?><office:document-content/>'),
  },
  {},
);

describe('attachments', () => {
  const samples: { fileName: string; bytes: Uint8Array; contentType: string; inline: boolean }[] = [
    { fileName: 'Façade 1910.jpg', bytes: fixture('photo.jpg'), contentType: 'image/jpeg', inline: true },
    { fileName: 'plan.png', bytes: fixture('plan.png'), contentType: 'image/png', inline: true },
    { fileName: 'listing record.pdf', bytes: fixture('record.pdf'), contentType: 'application/pdf', inline: false },
    {
      fileName: 'survey.docx',
      bytes: ooxml,
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      inline: false,
    },
    {
      fileName: 'notes.odt',
      bytes: openDocument,
      contentType: 'application/vnd.oasis.opendocument.text',
      inline: false,
    },
    {
      fileName: 'readme.txt',
      bytes: strToU8('Opening hours: Tue–Sun 10–18\n'),
      contentType: 'text/plain; charset=utf-8',
      inline: false,
    },
  ];

  it('stores photos and documents inside the project and reads them back byte for byte, also after reopening', async () => {
    const { host, file, call } = setUp();
    const place = await call<{ id: number }>(CHANNELS.createPlace, {
      name: 'Tuchmacherhaus',
      category: 'heritage-site',
      longitude: 14.42,
      latitude: 51.18,
    });
    const quarter = await call<{ id: number }>(CHANNELS.createQuarter, { name: 'Altstadt', geometry: square });
    const added: Attachment[] = [];
    for (const sample of samples) {
      const attachment = await call<Attachment>(CHANNELS.addAttachment, {
        featureType: 'place',
        featureId: place.id,
        fileName: sample.fileName,
        contentBase64: Buffer.from(sample.bytes).toString('base64'),
      });
      expect(attachment).toMatchObject({
        featureType: 'place',
        featureId: place.id,
        fileName: sample.fileName,
        contentType: sample.contentType,
        size: sample.bytes.length,
        inline: sample.inline,
        hasThumbnail: false,
      });
      added.push(attachment);
    }
    const onQuarter = await call<Attachment>(CHANNELS.addAttachment, {
      featureType: 'quarter',
      featureId: quarter.id,
      fileName: 'aerial.png',
      caption: 'Aerial view, 1952',
      contentBase64: fixture('plan.png').toString('base64'),
      thumbnailBase64: fixture('photo.jpg').toString('base64'),
    });
    expect(onQuarter).toMatchObject({ featureType: 'quarter', hasThumbnail: true, caption: 'Aerial view, 1952' });

    const listed = await call<Attachment[]>(CHANNELS.listAttachments, { featureType: 'place', featureId: place.id });
    expect(listed.map((attachment) => attachment.fileName)).toEqual(samples.map((sample) => sample.fileName));
    expect(listed[0]).not.toHaveProperty('contentBase64');

    // Reopen the file: what comes back is what went in.
    host.close();
    const reopened = createProjectHost();
    reopened.open(file);
    for (const [index, sample] of samples.entries()) {
      const answer = (await reopened.dispatch(CHANNELS.getAttachmentContent, { id: added[index]!.id })) as Answer;
      if (!answer.ok) throw new Error(answer.error.message);
      const content = answer.value as { contentBase64: string; contentType: string; fileName: string };
      expect(Buffer.from(content.contentBase64, 'base64').equals(Buffer.from(sample.bytes)), sample.fileName).toBe(
        true,
      );
      expect(content.contentType).toBe(sample.contentType);
      expect(
        reopened.current().attachmentFile(added[index]!.id, 'original')?.bytes.equals(Buffer.from(sample.bytes)),
      ).toBe(true);
    }
    const thumbnail = (await reopened.dispatch(CHANNELS.getAttachmentContent, {
      id: onQuarter.id,
      variant: 'thumbnail',
    })) as Answer;
    expect(thumbnail.ok && (thumbnail.value as { contentType: string }).contentType).toBe('image/jpeg');
    const noThumbnail = (await reopened.dispatch(CHANNELS.getAttachmentContent, {
      id: added[0]!.id,
      variant: 'thumbnail',
    })) as Answer;
    expect(noThumbnail.ok).toBe(false);
    reopened.close();
  });

  it('refuses a wrong type or a file over the limit with a clear message, and writes nothing', async () => {
    const { call, fail, file, host } = setUp();
    const place = await call<{ id: number }>(CHANNELS.createPlace, {
      name: 'Museum',
      category: 'museum',
      longitude: 14.42,
      latitude: 51.18,
    });
    const attach = (fileName: string, bytes: Uint8Array, extra: Record<string, unknown> = {}) =>
      fail(CHANNELS.addAttachment, {
        featureType: 'place',
        featureId: place.id,
        fileName,
        contentBase64: Buffer.from(bytes).toString('base64'),
        ...extra,
      });
    const html = await attach('photo.jpg', strToU8('<!doctype html><script>alert(1)</script>'));
    expect(html.message).toMatch(/"photo\.jpg" cannot be attached: HTML, SVG and XML files are not accepted/);
    expect(html.field).toBe('contentBase64');
    const svg = await attach('logo.png', strToU8('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'));
    expect(svg.message).toMatch(/not accepted/);
    const bomSvg = await attach('logo.txt', strToU8('\uFEFF  \n<?xml version="1.0"?><svg/>'));
    expect(bomSvg.message).toMatch(/not accepted/);
    const hiddenScript = await attach('notes.txt', strToU8('Notes\n<script>alert(1)</script>'));
    expect(hiddenScript.message).toMatch(/not accepted/);
    const binary = await attach('data.bin', new Uint8Array([0, 1, 2, 3, 250, 251, 252, 0]));
    expect(binary.message).toMatch(/not one of the accepted formats \(JPEG, PNG/);
    const empty = await attach('empty.jpg', new Uint8Array());
    expect(empty.message).toMatch(/File: must not be empty/);
    // Just over the limit: the service measures the bytes; well over it: the schema refuses the base64.
    const justOver = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    justOver.set([0xff, 0xd8, 0xff]);
    expect((await attach('huge.jpg', justOver)).message).toBe(
      '"huge.jpg" (25.0 MB) is over the 25 MB limit for an attachment. Nothing was added.',
    );
    const wellOver = new Uint8Array(MAX_ATTACHMENT_BYTES + 4);
    wellOver.set([0xff, 0xd8, 0xff]);
    expect((await attach('huge.jpg', wellOver)).message).toBe('File: is too large: an attachment can be at most 25 MB');
    const badThumbnail = await attach('photo.jpg', fixture('photo.jpg'), {
      thumbnailBase64: Buffer.from('<svg/>').toString('base64'),
    });
    expect(badThumbnail.message).toMatch(/thumbnail .* must be a JPEG, PNG or WebP/);
    expect(badThumbnail.field).toBe('thumbnailBase64');
    const noFeature = await fail(CHANNELS.addAttachment, {
      featureType: 'place',
      featureId: place.id + 100,
      fileName: 'photo.jpg',
      contentBase64: fixture('photo.jpg').toString('base64'),
    });
    expect(noFeature).toMatchObject({ code: 'not-found', field: 'featureId' });
    const folder = await attach('../../etc/passwd', fixture('photo.jpg'));
    expect(folder.message).toMatch(/File name: must be a file name without folders/);

    host.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS count FROM attachments').get()).toEqual({ count: 0 });
    expect(db.prepare('SELECT count(*) AS count FROM places_attachments').get()).toEqual({ count: 0 });
    db.close();
  });

  it('renames, captions and removes an attachment', async () => {
    const { call, fail } = setUp();
    const place = await call<{ id: number }>(CHANNELS.createPlace, {
      name: 'Studio',
      category: 'studio-building',
      longitude: 14.42,
      latitude: 51.18,
    });
    const attachment = await call<Attachment>(CHANNELS.addAttachment, {
      featureType: 'place',
      featureId: place.id,
      fileName: 'IMG_0001.jpg',
      contentBase64: fixture('photo.jpg').toString('base64'),
    });
    const renamed = await call<Attachment>(CHANNELS.updateAttachment, {
      id: attachment.id,
      changes: { fileName: 'Studio courtyard.jpg', caption: 'Courtyard, spring 2024' },
    });
    expect(renamed).toMatchObject({ fileName: 'Studio courtyard.jpg', caption: 'Courtyard, spring 2024' });
    expect((await fail(CHANNELS.updateAttachment, { id: attachment.id, changes: {} })).message).toMatch(
      /must change at least one field/,
    );
    await call(CHANNELS.removeAttachment, { id: attachment.id });
    expect(await call(CHANNELS.listAttachments, { featureType: 'place', featureId: place.id })).toEqual([]);
    expect(await fail(CHANNELS.removeAttachment, { id: attachment.id })).toMatchObject({ code: 'not-found' });
  });

  it('deleting a place removes its annotations and the mapping rows of its attachments', async () => {
    const { call, file, host } = setUp();
    const keep = await call<{ id: number }>(CHANNELS.createPlace, {
      name: 'Keep',
      category: 'museum',
      longitude: 14.42,
      latitude: 51.18,
    });
    const doomed = await call<{ id: number }>(CHANNELS.createPlace, {
      name: 'Doomed',
      category: 'museum',
      longitude: 14.43,
      latitude: 51.18,
    });
    for (const placeId of [keep.id, doomed.id]) {
      await call(CHANNELS.addAttachment, {
        featureType: 'place',
        featureId: placeId,
        fileName: 'photo.jpg',
        contentBase64: fixture('photo.jpg').toString('base64'),
      });
      await call(CHANNELS.createAnnotation, { featureType: 'place', featureId: placeId, text: 'Listed 1978.' });
    }
    const result = await call<{ attachmentsRemoved: number; annotationsRemoved: number }>(CHANNELS.deletePlace, {
      id: doomed.id,
    });
    expect(result).toMatchObject({ attachmentsRemoved: 1, annotationsRemoved: 1 });
    host.close();
    const db = new Database(file, { readonly: true });
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS count FROM ${table}`).get() as { count: number }).count;
    expect([
      count('attachments'),
      count('places_attachments'),
      count('annotations'),
      count('places_annotations'),
      // The deleted place's photo stays (unlinked) while undo can bring the place back.
    ]).toEqual([2, 1, 1, 1]);
    expect(db.prepare('SELECT base_id FROM places_attachments').get()).toEqual({ base_id: keep.id });
    db.close();
  });
});

describe('annotations', () => {
  it('creates, lists, edits and deletes notes with author, date and source on places, quarters and routes', async () => {
    const { call, fail } = setUp();
    const first = await call<{ id: number }>(CHANNELS.createPlace, {
      name: 'Chapel',
      category: 'monument',
      longitude: 14.42,
      latitude: 51.18,
    });
    const second = await call<{ id: number }>(CHANNELS.createPlace, {
      name: 'Mill',
      category: 'historic-building',
      longitude: 14.43,
      latitude: 51.18,
    });
    const route = await call<{ id: number }>(CHANNELS.createRoute, {
      name: 'Walk',
      stopPlaceIds: [first.id, second.id],
    });
    const note = await call<Annotation>(CHANNELS.createAnnotation, {
      featureType: 'place',
      featureId: first.id,
      text: '  Baroque altar restored; see the <b>listing</b> record.  ',
      author: 'Landesamt für Denkmalpflege',
      date: '1978-05-02',
      source: 'Denkmalliste Nr. 09216123',
    });
    expect(note).toMatchObject({
      featureType: 'place',
      featureId: first.id,
      text: 'Baroque altar restored; see the <b>listing</b> record.',
      author: 'Landesamt für Denkmalpflege',
      date: '1978-05-02',
      source: 'Denkmalliste Nr. 09216123',
    });
    const undated = await call<Annotation>(CHANNELS.createAnnotation, {
      featureType: 'route',
      featureId: route.id,
      text: 'Steep after the mill.',
    });
    expect(undated.date).toBe(new Date().toISOString().slice(0, 10));
    expect(undated).toMatchObject({ author: '', source: '' });

    const edited = await call<Annotation>(CHANNELS.updateAnnotation, {
      id: note.id,
      changes: { source: 'Dehio, Sachsen I (1996), p. 412' },
    });
    expect(edited).toMatchObject({ text: note.text, source: 'Dehio, Sachsen I (1996), p. 412' });
    expect(await call(CHANNELS.listAnnotations, { featureType: 'place', featureId: second.id })).toEqual([]);
    expect(
      (await call<Annotation[]>(CHANNELS.listAnnotations, { featureType: 'place', featureId: first.id })).map(
        (annotation) => annotation.id,
      ),
    ).toEqual([note.id]);

    expect(
      (await fail(CHANNELS.createAnnotation, { featureType: 'place', featureId: first.id, text: '   ' })).message,
    ).toBe('Text: must not be empty');
    expect(
      (
        await fail(CHANNELS.createAnnotation, {
          featureType: 'place',
          featureId: first.id,
          text: 'x',
          date: '1978-02-30',
        })
      ).message,
    ).toBe('Date: is not a calendar date');
    expect(
      (await fail(CHANNELS.createAnnotation, { featureType: 'building', featureId: first.id, text: 'x' })).field,
    ).toBe('featureType');
    expect(await fail(CHANNELS.createAnnotation, { featureType: 'quarter', featureId: 999, text: 'x' })).toMatchObject({
      code: 'not-found',
      field: 'featureId',
    });

    await call(CHANNELS.deleteAnnotation, { id: note.id });
    expect(await call(CHANNELS.listAnnotations, { featureType: 'place', featureId: first.id })).toEqual([]);
    expect(await fail(CHANNELS.updateAnnotation, { id: note.id, changes: { text: 'again' } })).toMatchObject({
      code: 'not-found',
    });
  });
});

describe('content type from the bytes', () => {
  it('recognises each accepted format by its signature, whatever the name says', () => {
    const type = (bytes: Uint8Array) => {
      const result = sniffAttachmentType(bytes);
      return result.ok ? result.type.contentType : `refused: ${english(result.reason)}`;
    };
    expect(type(fixture('photo.jpg'))).toBe('image/jpeg');
    expect(type(fixture('plan.png'))).toBe('image/png');
    expect(type(fixture('record.pdf'))).toBe('application/pdf');
    expect(type(strToU8('GIF89a\x01\x00\x01\x00'))).toBe('image/gif');
    expect(type(strToU8('RIFF\x24\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
    expect(type(new Uint8Array([0, 0, 0, 0x1c, ...strToU8('ftypavif'), 0, 0, 0, 0, ...strToU8('avifmif1miaf')]))).toBe(
      'image/avif',
    );
    expect(type(new Uint8Array([0, 0, 0, 0x18, ...strToU8('ftypheic'), 0, 0, 0, 0, ...strToU8('mif1heic')]))).toBe(
      'image/heic',
    );
    expect(type(new Uint8Array([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]))).toBe('image/tiff');
    expect(type(zipSync({ 'xl/workbook.xml': strToU8('<x/>') }))).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(type(zipSync({ 'scan-1.tif': new Uint8Array([1, 2, 3]) }))).toBe('application/zip');
    expect(type(strToU8('<html><body>hi</body></html>'))).toMatch(/^refused: HTML, SVG and XML/);
    expect(type(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]))).toMatch(
      /^refused: it is not one of the accepted formats/,
    );
  });
});

describe('undo and redo of attachments and annotations (the single edit path)', () => {
  const photo = fixture('photo.jpg');

  async function placeWithPhoto() {
    const context = setUp();
    const place = await context.call<{ id: number }>(CHANNELS.createPlace, {
      name: 'Gozzoburg',
      category: 'historic-building',
      longitude: 15.6,
      latitude: 48.41,
    });
    const attachment = await context.call<Attachment>(CHANNELS.addAttachment, {
      featureType: 'place',
      featureId: place.id,
      fileName: 'Gozzoburg.jpg',
      contentBase64: photo.toString('base64'),
    });
    const list = () =>
      context.call<Attachment[]>(CHANNELS.listAttachments, { featureType: 'place', featureId: place.id });
    const bytes = async (id: number) =>
      Buffer.from(
        (await context.call<{ contentBase64: string }>(CHANNELS.getAttachmentContent, { id })).contentBase64,
        'base64',
      );
    return { ...context, place, attachment, list, bytes };
  }

  it('undoes and redoes attaching a photo, and the history holds no copy of its bytes', async () => {
    const { call, list, bytes, attachment, file, host } = await placeWithPhoto();
    expect(inEnglish((await call(CHANNELS.getUndoState, {})) as UndoState)).toMatchObject({
      undoLabel: 'Attach Gozzoburg.jpg',
    });
    await call(CHANNELS.undo, {});
    expect(await list()).toEqual([]);
    await call(CHANNELS.redo, {});
    expect((await list()).map((item) => item.id)).toEqual([attachment.id]);
    expect((await bytes(attachment.id)).equals(photo)).toBe(true);
    host.close();
    const db = new Database(file, { readonly: true });
    const history = db
      .prepare("SELECT sum(length(coalesce(before, '')) + length(coalesce(after, ''))) AS size FROM itinera_history")
      .get() as { size: number };
    expect(history.size).toBeLessThan(photo.length / 2);
    db.close();
  });

  it('undoes removing a photo and a caption change, bytes intact', async () => {
    const { call, list, bytes, attachment } = await placeWithPhoto();
    await call(CHANNELS.updateAttachment, { id: attachment.id, changes: { caption: 'North front, 1910' } });
    await call(CHANNELS.removeAttachment, { id: attachment.id });
    expect(await list()).toEqual([]);
    expect(inEnglish((await call(CHANNELS.getUndoState, {})) as UndoState)).toMatchObject({
      undoLabel: 'Remove Gozzoburg.jpg',
    });
    await call(CHANNELS.undo, {});
    expect(await list()).toMatchObject([{ id: attachment.id, caption: 'North front, 1910' }]);
    expect((await bytes(attachment.id)).equals(photo)).toBe(true);
    await call(CHANNELS.undo, {});
    expect(await list()).toMatchObject([{ id: attachment.id, caption: '' }]);
  });

  it('undoing the delete of a place brings back its attachments, annotations and their mapping rows', async () => {
    const { call, list, bytes, place, attachment, file, host } = await placeWithPhoto();
    const note = await call<Annotation>(CHANNELS.createAnnotation, {
      featureType: 'place',
      featureId: place.id,
      text: 'Listed 1978',
      author: 'Monument office',
    });
    await call(CHANNELS.deletePlace, { id: place.id });
    expect((await host.dispatch(CHANNELS.listAttachments, { featureType: 'place', featureId: place.id })).ok).toBe(
      false,
    );
    await call(CHANNELS.undo, {});
    expect((await list()).map((item) => item.id)).toEqual([attachment.id]);
    expect((await bytes(attachment.id)).equals(photo)).toBe(true);
    expect(await call(CHANNELS.listAnnotations, { featureType: 'place', featureId: place.id })).toEqual([note]);
    await call(CHANNELS.redo, {});
    host.close();
    const db = new Database(file, { readonly: true });
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS count FROM ${table}`).get() as { count: number }).count;
    expect([count('places_attachments'), count('annotations'), count('places_annotations')]).toEqual([0, 0, 0]);
    // The photo's bytes stay while an undo step can bring the place back.
    expect(count('attachments')).toBe(1);
    db.close();
  });

  it('undoes adding, editing and deleting an annotation', async () => {
    const { call, place } = await placeWithPhoto();
    const listNotes = () => call<Annotation[]>(CHANNELS.listAnnotations, { featureType: 'place', featureId: place.id });
    const note = await call<Annotation>(CHANNELS.createAnnotation, {
      featureType: 'place',
      featureId: place.id,
      text: 'Listed 1978',
    });
    await call(CHANNELS.updateAnnotation, { id: note.id, changes: { source: 'Denkmalliste' } });
    await call(CHANNELS.deleteAnnotation, { id: note.id });
    expect(await listNotes()).toEqual([]);
    await call(CHANNELS.undo, {});
    expect(await listNotes()).toMatchObject([{ id: note.id, source: 'Denkmalliste' }]);
    await call(CHANNELS.undo, {});
    expect(await listNotes()).toMatchObject([{ id: note.id, source: '' }]);
    await call(CHANNELS.undo, {});
    expect(await listNotes()).toEqual([]);
    await call(CHANNELS.redo, {});
    expect(await listNotes()).toMatchObject([{ id: note.id, text: 'Listed 1978' }]);
  });

  it('deletes the bytes of a removed photo once no undo step can bring it back', async () => {
    const { call, attachment, place, file, host } = await placeWithPhoto();
    await call(CHANNELS.removeAttachment, { id: attachment.id });
    const raw = new Database(file);
    const count = () => (raw.prepare('SELECT count(*) AS count FROM attachments').get() as { count: number }).count;
    expect(count()).toBe(1);
    // History gone (as when it is cleared): the next removal also collects the orphan.
    raw.exec('DELETE FROM itinera_history');
    const other = await call<Attachment>(CHANNELS.addAttachment, {
      featureType: 'place',
      featureId: place.id,
      fileName: 'plan.png',
      contentBase64: fixture('plan.png').toString('base64'),
    });
    await call(CHANNELS.removeAttachment, { id: other.id });
    expect(raw.prepare('SELECT id FROM attachments ORDER BY id').all()).toEqual([{ id: other.id }]);
    raw.close();
    host.close();
  });
});

describe('attachments and annotations on events and groups', () => {
  it('attaches to an event and a group, and undoing their deletion brings everything back', async () => {
    const { call } = setUp();
    const venue = await call<{ id: number }>(CHANNELS.createPlace, {
      name: 'Kunsthalle',
      category: 'gallery',
      longitude: 15.6,
      latitude: 48.41,
    });
    const event = await call<{ id: number }>(CHANNELS.createEvent, {
      title: 'Open studios 2025',
      kind: 'open-studio',
      startDate: '2025-05-10',
      venuePlaceId: venue.id,
    });
    const group = await call<{ id: number }>(CHANNELS.createGroup, {
      name: 'Wachau cluster',
      level: 'regional-cluster',
    });
    for (const [featureType, featureId] of [
      ['event', event.id],
      ['group', group.id],
    ] as const) {
      await call(CHANNELS.addAttachment, {
        featureType,
        featureId,
        fileName: 'poster.pdf',
        contentBase64: fixture('record.pdf').toString('base64'),
      });
      await call(CHANNELS.createAnnotation, { featureType, featureId, text: `Note on ${featureType}` });
    }
    const listed = async (featureType: 'event' | 'group', featureId: number) => [
      (await call<Attachment[]>(CHANNELS.listAttachments, { featureType, featureId })).map((item) => item.fileName),
      (await call<Annotation[]>(CHANNELS.listAnnotations, { featureType, featureId })).map((item) => item.text),
    ];
    expect(await listed('event', event.id)).toEqual([['poster.pdf'], ['Note on event']]);
    expect(await listed('group', group.id)).toEqual([['poster.pdf'], ['Note on group']]);

    await call(CHANNELS.deleteEvent, { id: event.id });
    await call(CHANNELS.undo, {});
    expect(await listed('event', event.id)).toEqual([['poster.pdf'], ['Note on event']]);
    await call(CHANNELS.deleteGroup, { id: group.id });
    await call(CHANNELS.undo, {});
    expect(await listed('group', group.id)).toEqual([['poster.pdf'], ['Note on group']]);
  });
});
