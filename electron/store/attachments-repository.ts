import type Database from 'better-sqlite3';
import { isInlineImageType } from '../../shared/codecs/attachments/sniff-content-type.js';
import type { EditJournal } from './edit-journal.js';
import {
  ANNOTATED_FEATURE_TABLES,
  ANNOTATED_FEATURE_TYPES,
  type AnnotatedFeatureType,
} from '../../shared/model/annotated-features.js';
import type { Annotation, Attachment } from '../../shared/model/attachment-schemas.js';

// Attachments (media table) and annotations (attribute table) with their per-feature mapping
// tables (migration 0004). Table names come from the fixed map in attachment-schemas.ts, never
// from input. Listing reads metadata only; the blobs are read by id, one at a time.
// Undo (edit-journal.ts): attaching and removing journal the *mapping* row only. The media row is
// written untracked and stays when its mapping row goes, so undoing a removal (or the delete of
// its feature) links it again, and the history never holds a copy of the bytes. Media rows that
// no mapping row and no history row refers to any more are deleted (collectOrphans).

const METADATA_COLUMNS =
  'a.id, a.content_type, a.file_name, a.size, a.caption, a.credit, a.license, a.date_created, a.created_at, ' +
  'a.thumbnail IS NOT NULL AS has_thumbnail';

interface AttachmentRow {
  id: number;
  content_type: string;
  file_name: string;
  size: number;
  caption: string;
  credit: string;
  license: string;
  date_created: string | null;
  created_at: string;
  has_thumbnail: number;
  feature_id: number;
}

interface AnnotationRow {
  id: number;
  text: string;
  author: string;
  date: string;
  source: string;
  created_at: string;
  updated_at: string;
  feature_id: number;
}

/** Everything stored about one attachment, blobs included (for undo and copies). */
export interface StoredAttachment {
  id: number;
  featureType: AnnotatedFeatureType;
  featureId: number;
  contentType: string;
  fileName: string;
  size: number;
  caption: string;
  credit: string;
  license: string;
  dateCreated: string | null;
  createdAt: string;
  thumbnailContentType: string | null;
  thumbnail: Buffer | null;
  data: Buffer;
}

/** What a user may change about an attachment (its bytes never change). */
export interface AttachmentDetails {
  fileName?: string | undefined;
  caption?: string | undefined;
  credit?: string | undefined;
  license?: string | undefined;
  dateCreated?: string | null | undefined;
}

export interface AttachmentFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

function mapping(type: AnnotatedFeatureType, related: 'attachments' | 'annotations'): string {
  return `${ANNOTATED_FEATURE_TABLES[type]}_${related}`;
}

function perType<T>(build: (type: AnnotatedFeatureType) => T): Record<AnnotatedFeatureType, T> {
  return Object.fromEntries(ANNOTATED_FEATURE_TYPES.map((type) => [type, build(type)])) as Record<
    AnnotatedFeatureType,
    T
  >;
}

export function createAttachmentsRepository(db: Database.Database, journal?: EditJournal) {
  const listStatements = perType((type) =>
    db.prepare<[number], AttachmentRow>(
      `SELECT ${METADATA_COLUMNS}, m.base_id AS feature_id FROM ${mapping(type, 'attachments')} m
         JOIN attachments a ON a.id = m.related_id WHERE m.base_id = ? ORDER BY a.id`,
    ),
  );
  const ownerStatements = perType((type) =>
    db.prepare<[number], { feature_id: number }>(
      `SELECT base_id AS feature_id FROM ${mapping(type, 'attachments')} WHERE related_id = ? LIMIT 1`,
    ),
  );
  const linkStatements = perType((type) =>
    db.prepare(`INSERT INTO ${mapping(type, 'attachments')} (base_id, related_id) VALUES (?, ?)`),
  );
  const idsOfFeature = perType((type) =>
    db.prepare<[number], { id: number }>(
      `SELECT related_id AS id FROM ${mapping(type, 'attachments')} WHERE base_id = ?`,
    ),
  );
  const mappingRowsOf = perType((type) =>
    db.prepare<[number], { id: number }>(`SELECT id FROM ${mapping(type, 'attachments')} WHERE related_id = ?`),
  );
  const unlinkStatements = perType((type) =>
    db.prepare<[number]>(`DELETE FROM ${mapping(type, 'attachments')} WHERE id = ?`),
  );
  const mappingTables = ANNOTATED_FEATURE_TYPES.map((type) => mapping(type, 'attachments'));
  const inMapping = mappingTables.map((table) => `SELECT related_id FROM ${table}`).join(' UNION ALL ');
  const mappingNames = mappingTables.map((table) => `'${table}'`).join(', ');
  // NOTE: itinera_history keeps row images as JSON; a mapping row's related_id names its media row.
  const referenced = (column: 'before' | 'after') =>
    `SELECT json_extract(${column}, '$.related_id') AS id FROM itinera_history
       WHERE table_name IN (${mappingNames}) AND json_extract(${column}, '$.related_id') IS NOT NULL`;
  const collectOrphans = db.prepare(
    `DELETE FROM attachments WHERE id NOT IN (${inMapping})
       AND id NOT IN (${referenced('before')} UNION ALL ${referenced('after')})`,
  );
  const statements = {
    metadata: db.prepare<[number], Omit<AttachmentRow, 'feature_id'>>(
      `SELECT ${METADATA_COLUMNS} FROM attachments a WHERE a.id = ?`,
    ),
    insert: db.prepare(
      `INSERT INTO attachments (id, content_type, file_name, size, caption, credit, license, date_created, created_at,
                                thumbnail_content_type, thumbnail, data)
       VALUES (@id, @contentType, @fileName, @size, @caption, @credit, @license, @dateCreated,
               coalesce(@createdAt, strftime('%Y-%m-%dT%H:%M:%fZ','now')),
               @thumbnailContentType, @thumbnail, @data)`,
    ),
    full: db.prepare<[number], Omit<StoredAttachment, 'featureType' | 'featureId'>>(
      `SELECT id, content_type AS contentType, file_name AS fileName, size, caption, credit, license,
              date_created AS dateCreated, created_at AS createdAt,
              thumbnail_content_type AS thumbnailContentType, thumbnail, data FROM attachments WHERE id = ?`,
    ),
    original: db.prepare<[number], { file_name: string; content_type: string; data: Buffer }>(
      'SELECT file_name, content_type, data FROM attachments WHERE id = ?',
    ),
    thumbnail: db.prepare<[number], { file_name: string; content_type: string | null; data: Buffer | null }>(
      'SELECT file_name, thumbnail_content_type AS content_type, thumbnail AS data FROM attachments WHERE id = ?',
    ),
    rename: db.prepare('UPDATE attachments SET file_name = ? WHERE id = ?'),
    caption: db.prepare('UPDATE attachments SET caption = ? WHERE id = ?'),
    credit: db.prepare('UPDATE attachments SET credit = ? WHERE id = ?'),
    license: db.prepare('UPDATE attachments SET license = ? WHERE id = ?'),
    dateCreated: db.prepare('UPDATE attachments SET date_created = ? WHERE id = ?'),
    remove: db.prepare<[number]>('DELETE FROM attachments WHERE id = ?'),
    count: db.prepare<[], { count: number }>('SELECT count(*) AS count FROM attachments'),
  };

  function owner(id: number): { featureType: AnnotatedFeatureType; featureId: number } | undefined {
    for (const type of ANNOTATED_FEATURE_TYPES) {
      const row = ownerStatements[type].get(id);
      if (row) return { featureType: type, featureId: row.feature_id };
    }
    return undefined;
  }

  function toAttachment(row: Omit<AttachmentRow, 'feature_id'>, featureType: AnnotatedFeatureType, featureId: number) {
    return {
      id: row.id,
      featureType,
      featureId,
      fileName: row.file_name,
      contentType: row.content_type,
      size: row.size,
      caption: row.caption,
      credit: row.credit,
      license: row.license,
      dateCreated: row.date_created,
      inline: isInlineImageType(row.content_type),
      hasThumbnail: row.has_thumbnail === 1,
      createdAt: row.created_at,
    } satisfies Attachment;
  }

  const repository = {
    listFor(type: AnnotatedFeatureType, featureId: number): Attachment[] {
      return listStatements[type].all(featureId).map((row) => toAttachment(row, type, featureId));
    },
    get(id: number): Attachment | undefined {
      const row = statements.metadata.get(id);
      const found = row && owner(id);
      return row && found ? toAttachment(row, found.featureType, found.featureId) : undefined;
    },
    /** Inserts the attachment and its mapping row; `id` and `createdAt` restore a removed one. */
    insert(attachment: Omit<StoredAttachment, 'id' | 'createdAt'> & { id?: number; createdAt?: string }): Attachment {
      const result = statements.insert.run({
        id: attachment.id ?? null,
        contentType: attachment.contentType,
        fileName: attachment.fileName,
        size: attachment.size,
        caption: attachment.caption,
        credit: attachment.credit,
        license: attachment.license,
        dateCreated: attachment.dateCreated,
        createdAt: attachment.createdAt ?? null,
        thumbnailContentType: attachment.thumbnailContentType,
        thumbnail: attachment.thumbnail,
        data: attachment.data,
      });
      const id = Number(result.lastInsertRowid);
      const link = linkStatements[attachment.featureType].run(attachment.featureId, id);
      journal?.created(mapping(attachment.featureType, 'attachments'), Number(link.lastInsertRowid));
      return repository.get(id) as Attachment;
    },
    file(id: number, variant: 'original' | 'thumbnail'): AttachmentFile | undefined {
      const row = variant === 'original' ? statements.original.get(id) : statements.thumbnail.get(id);
      if (!row || row.data === null || row.content_type === null) return undefined;
      return { fileName: row.file_name, contentType: row.content_type, bytes: row.data };
    },
    /** The whole row, blobs included. */
    stored(id: number): StoredAttachment | undefined {
      const row = statements.full.get(id);
      const found = row && owner(id);
      return row && found ? { ...row, ...found } : undefined;
    },
    update(id: number, changes: AttachmentDetails): Attachment | undefined {
      // Tracked: undo restores the changed columns only, so the history holds no bytes here either.
      journal?.track('attachments', id);
      if (changes.fileName !== undefined) statements.rename.run(changes.fileName, id);
      if (changes.caption !== undefined) statements.caption.run(changes.caption, id);
      if (changes.credit !== undefined) statements.credit.run(changes.credit, id);
      if (changes.license !== undefined) statements.license.run(changes.license, id);
      if (changes.dateCreated !== undefined) statements.dateCreated.run(changes.dateCreated, id);
      return repository.get(id);
    },
    /**
     * Takes the attachment off its feature (journaled, so undo links it again). Its bytes stay
     * in the media table until nothing, history included, refers to them (collectOrphans).
     */
    unlink(id: number): boolean {
      let removed = 0;
      for (const type of ANNOTATED_FEATURE_TYPES) {
        for (const row of mappingRowsOf[type].all(id)) {
          journal?.trackDelete(mapping(type, 'attachments'), row.id);
          removed += unlinkStatements[type].run(row.id).changes;
        }
      }
      return removed > 0;
    },
    /** Deletes media rows no feature and no undo step refers to; how many went. */
    collectOrphans(): number {
      return collectOrphans.run().changes;
    },
    /** Deletes the attachment outright, not an undo step (its mapping rows go with it). */
    remove(id: number): boolean {
      return statements.remove.run(id).changes > 0;
    },
    idsFor(type: AnnotatedFeatureType, featureId: number): number[] {
      return idsOfFeature[type].all(featureId).map((row) => row.id);
    },
    count(): number {
      return statements.count.get()?.count ?? 0;
    },
  };
  return repository;
}
export type AttachmentsRepository = ReturnType<typeof createAttachmentsRepository>;

export function createAnnotationsRepository(db: Database.Database, journal?: EditJournal) {
  const listStatements = perType((type) =>
    db.prepare<[number], AnnotationRow>(
      `SELECT a.*, m.base_id AS feature_id FROM ${mapping(type, 'annotations')} m
         JOIN annotations a ON a.id = m.related_id WHERE m.base_id = ? ORDER BY a.date, a.id`,
    ),
  );
  const ownerStatements = perType((type) =>
    db.prepare<[number], { feature_id: number }>(
      `SELECT base_id AS feature_id FROM ${mapping(type, 'annotations')} WHERE related_id = ? LIMIT 1`,
    ),
  );
  const linkStatements = perType((type) =>
    db.prepare(`INSERT INTO ${mapping(type, 'annotations')} (base_id, related_id) VALUES (?, ?)`),
  );
  const idsOfFeature = perType((type) =>
    db.prepare<[number], { id: number }>(
      `SELECT related_id AS id FROM ${mapping(type, 'annotations')} WHERE base_id = ?`,
    ),
  );
  const statements = {
    byId: db.prepare<[number], Omit<AnnotationRow, 'feature_id'>>('SELECT * FROM annotations WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO annotations (id, text, author, date, source, created_at, updated_at)
       VALUES (@id, @text, @author, @date, @source,
               coalesce(@createdAt, strftime('%Y-%m-%dT%H:%M:%fZ','now')), coalesce(@updatedAt, strftime('%Y-%m-%dT%H:%M:%fZ','now')))`,
    ),
    update: db.prepare(
      `UPDATE annotations SET text = @text, author = @author, date = @date, source = @source,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = @id`,
    ),
    remove: db.prepare<[number]>('DELETE FROM annotations WHERE id = ?'),
    count: db.prepare<[], { count: number }>('SELECT count(*) AS count FROM annotations'),
  };

  function owner(id: number): { featureType: AnnotatedFeatureType; featureId: number } | undefined {
    for (const type of ANNOTATED_FEATURE_TYPES) {
      const row = ownerStatements[type].get(id);
      if (row) return { featureType: type, featureId: row.feature_id };
    }
    return undefined;
  }

  function toAnnotation(
    row: Omit<AnnotationRow, 'feature_id'>,
    featureType: AnnotatedFeatureType,
    featureId: number,
  ): Annotation {
    return {
      id: row.id,
      featureType,
      featureId,
      text: row.text,
      author: row.author,
      date: row.date,
      source: row.source,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  const repository = {
    listFor(type: AnnotatedFeatureType, featureId: number): Annotation[] {
      return listStatements[type].all(featureId).map((row) => toAnnotation(row, type, featureId));
    },
    get(id: number): Annotation | undefined {
      const row = statements.byId.get(id);
      const found = row && owner(id);
      return row && found ? toAnnotation(row, found.featureType, found.featureId) : undefined;
    },
    /** Inserts the annotation and its mapping row; `id` and the times restore a removed one. */
    insert(
      annotation: Omit<Annotation, 'id' | 'createdAt' | 'updatedAt'> & {
        id?: number;
        createdAt?: string;
        updatedAt?: string;
      },
    ): Annotation {
      const result = statements.insert.run({
        id: annotation.id ?? null,
        text: annotation.text,
        author: annotation.author,
        date: annotation.date,
        source: annotation.source,
        createdAt: annotation.createdAt ?? null,
        updatedAt: annotation.updatedAt ?? null,
      });
      const id = Number(result.lastInsertRowid);
      journal?.created('annotations', id);
      const link = linkStatements[annotation.featureType].run(annotation.featureId, id);
      journal?.created(mapping(annotation.featureType, 'annotations'), Number(link.lastInsertRowid));
      return repository.get(id) as Annotation;
    },
    update(id: number, fields: Pick<Annotation, 'text' | 'author' | 'date' | 'source'>): Annotation | undefined {
      journal?.track('annotations', id);
      statements.update.run({ id, ...fields });
      return repository.get(id);
    },
    /** Deletes the annotation; its mapping rows go with it (ON DELETE CASCADE, journaled too). */
    remove(id: number): boolean {
      journal?.trackDelete('annotations', id);
      return statements.remove.run(id).changes > 0;
    },
    idsFor(type: AnnotatedFeatureType, featureId: number): number[] {
      return idsOfFeature[type].all(featureId).map((row) => row.id);
    },
    count(): number {
      return statements.count.get()?.count ?? 0;
    },
  };
  return repository;
}
export type AnnotationsRepository = ReturnType<typeof createAnnotationsRepository>;
