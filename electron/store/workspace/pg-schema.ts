import { quoteIdentifier as q, type SharedColumn, type SharedTable } from './shared-tables.js';

// The workspace's tables in PostgreSQL/PostGIS, made from the project file's shared tables: the
// same names and columns, uuid as the primary key, references as uuids with the file's ON DELETE
// (deferred to the commit, so a push writes rows in any order), geometries as PostGIS columns of
// the file's type in EPSG:4326 with a GiST index: QGIS opens and edits them as they are.
// Every row carries `itinera_version`, the number of its last change in the log. Triggers version
// and log every insert, update and delete, whoever makes it (Itinera's push, QGIS, psql): the log
// (`itinera_changes`) is what laptops pull. Writers take one transaction-level lock before taking
// a number, so numbers are handed out in commit order and a puller never skips a change that
// commits late. Roles: itinera_editor may write the shared tables, itinera_viewer only reads.

export const EDITOR_ROLE = 'itinera_editor';
export const VIEWER_ROLE = 'itinera_viewer';
/** The advisory lock every writer of the workspace takes (any constant; "itinera" in ASCII). */
export const WRITE_LOCK = 0x6974696e;

const UTC_NOW = `to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const GEOMETRY_TYPES: Record<string, string> = {
  POINT: 'Point',
  LINESTRING: 'LineString',
  POLYGON: 'Polygon',
  MULTIPOINT: 'MultiPoint',
  MULTILINESTRING: 'MultiLineString',
  MULTIPOLYGON: 'MultiPolygon',
};

export function pgType(column: SharedColumn): string {
  switch (column.kind) {
    case 'geometry':
      return `geometry(${GEOMETRY_TYPES[column.geometryType!] ?? 'Geometry'}, 4326)`;
    case 'reference':
      return 'uuid';
    case 'integer':
      return 'bigint';
    case 'real':
      return 'double precision';
    case 'blob':
      return 'bytea';
    default:
      return 'text';
  }
}

/** SQLite's default in PostgreSQL: literals as they are, the UTC timestamp as PostgreSQL writes it. */
function pgDefault(column: SharedColumn): string {
  const value = column.defaultSql;
  if (value === null) return '';
  if (/^'([^']|'')*'$/.test(value) || /^-?\d+(\.\d+)?$/.test(value)) return ` DEFAULT ${value}`;
  if (value.includes('strftime')) return ` DEFAULT ${UTC_NOW}`;
  return '';
}

function tableSql(table: SharedTable): string {
  const columns = table.columns.map((column) => {
    const reference = column.references
      ? ` REFERENCES ${q(column.references.table)} (uuid) ON DELETE ${
          column.references.onDelete === 'restrict' ? 'NO ACTION' : column.references.onDelete.toUpperCase()
        } DEFERRABLE INITIALLY DEFERRED`
      : '';
    return `  ${q(column.name)} ${pgType(column)}${column.notNull ? ' NOT NULL' : ''}${pgDefault(column)}${reference}`;
  });
  const indexes = table.columns
    .map((column) =>
      column.kind === 'geometry'
        ? `CREATE INDEX ${q(`${table.name}_${column.name}_gist`)} ON ${q(table.name)} USING gist (${q(column.name)});`
        : column.kind === 'reference'
          ? `CREATE INDEX ${q(`${table.name}_${column.name}`)} ON ${q(table.name)} (${q(column.name)});`
          : '',
    )
    .filter(Boolean);
  table.uniqueKeys.forEach((key, index) =>
    indexes.push(
      `CREATE UNIQUE INDEX ${q(`${table.name}_key${index}`)} ON ${q(table.name)} (${key.map(q).join(', ')});`,
    ),
  );
  return `
CREATE TABLE ${q(table.name)} (
  uuid uuid PRIMARY KEY DEFAULT gen_random_uuid(),
${columns.join(',\n')},
  itinera_version bigint NOT NULL DEFAULT 0
);
${indexes.join('\n')}
CREATE TRIGGER itinera_version BEFORE INSERT OR UPDATE ON ${q(table.name)} FOR EACH ROW EXECUTE FUNCTION itinera_version_row();
${logFunctionSql(table)}
CREATE TRIGGER itinera_log AFTER INSERT OR UPDATE OR DELETE ON ${q(table.name)} FOR EACH ROW EXECUTE FUNCTION ${q(`itinera_log_${table.name}`)}();
GRANT SELECT ON ${q(table.name)} TO ${VIEWER_ROLE};
GRANT INSERT, UPDATE, DELETE ON ${q(table.name)} TO ${EDITOR_ROLE};`;
}

const FUNCTIONS = `
CREATE SEQUENCE itinera_change_seq;
CREATE TABLE itinera_changes (
  seq bigint PRIMARY KEY,
  table_name text NOT NULL,
  row_uuid uuid NOT NULL,
  action text NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  fields text[] NOT NULL,
  changed_by text NOT NULL DEFAULT session_user,
  changed_at timestamptz NOT NULL DEFAULT now(),
  push_id text
);
CREATE INDEX itinera_changes_row ON itinera_changes (table_name, row_uuid);
CREATE TABLE itinera_pushes (
  push_id text PRIMARY KEY,
  pushed_by text NOT NULL DEFAULT session_user,
  pushed_at timestamptz NOT NULL DEFAULT now(),
  result jsonb NOT NULL
);
CREATE FUNCTION itinera_version_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  -- An update that changes nothing keeps its version (and is not logged).
  IF TG_OP = 'UPDATE' AND NEW IS NOT DISTINCT FROM OLD THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(${WRITE_LOCK});
  NEW.itinera_version := nextval('itinera_change_seq');
  RETURN NEW;
END $$;`;

/**
 * A table's log trigger: which fields an update changed, compared column by column (a list made
 * from the table's columns: much cheaper than comparing the rows as JSON).
 */
function logFunctionSql(table: SharedTable): string {
  const fields = table.columns
    .map((column) => `CASE WHEN NEW.${q(column.name)} IS DISTINCT FROM OLD.${q(column.name)} THEN '${column.name}' END`)
    .join(',\n      ');
  return `
CREATE FUNCTION ${q(`itinera_log_${table.name}`)}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  push text := nullif(current_setting('itinera.push_id', true), '');
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_advisory_xact_lock(${WRITE_LOCK});
    INSERT INTO itinera_changes (seq, table_name, row_uuid, action, fields, push_id)
      VALUES (nextval('itinera_change_seq'), TG_TABLE_NAME, OLD.uuid, 'delete', '{}', push);
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.itinera_version = OLD.itinera_version THEN RETURN NEW; END IF;
  INSERT INTO itinera_changes (seq, table_name, row_uuid, action, fields, push_id)
    VALUES (NEW.itinera_version, TG_TABLE_NAME, NEW.uuid, lower(TG_OP),
      CASE WHEN TG_OP = 'UPDATE' THEN array_remove(ARRAY[
      ${fields}
      ]::text[], NULL) ELSE '{}' END, push);
  RETURN NEW;
END $$;`;
}

const ROLES = `
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${VIEWER_ROLE}') THEN CREATE ROLE ${VIEWER_ROLE} NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${EDITOR_ROLE}') THEN CREATE ROLE ${EDITOR_ROLE} NOLOGIN IN ROLE ${VIEWER_ROLE}; END IF;
END $$;`;

/** The whole schema of a new workspace, run in one transaction by `init`. */
export function workspaceSchemaSql(tables: readonly SharedTable[], workspaceId: string, schemaVersion: number): string {
  return `
CREATE EXTENSION IF NOT EXISTS postgis;
${ROLES}
${FUNCTIONS}
CREATE TABLE itinera_workspace (
  id uuid PRIMARY KEY,
  schema_version integer NOT NULL,
  name text NOT NULL DEFAULT '',
  languages jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT session_user
);
INSERT INTO itinera_workspace (id, schema_version) VALUES ('${workspaceId}', ${schemaVersion});
${tables.map(tableSql).join('\n')}
GRANT SELECT ON itinera_workspace, itinera_changes, itinera_pushes TO ${VIEWER_ROLE};
GRANT INSERT ON itinera_pushes TO ${EDITOR_ROLE};
`;
}

/** A column of a table as it travels, read from PostgreSQL (see shared-tables.ts). */
export function readExpression(column: SharedColumn, alias = 't'): string {
  const name = `${alias}.${q(column.name)}`;
  switch (column.kind) {
    case 'geometry':
      return `encode(ST_AsBinary(${name}), 'hex') AS ${q(column.name)}`;
    case 'blob':
      return `translate(encode(${name}, 'base64'), E'\\n', '') AS ${q(column.name)}`;
    case 'reference':
      return `${name}::text AS ${q(column.name)}`;
    default:
      return name;
  }
}

/** A column's travelling value written to PostgreSQL, from a jsonb_to_recordset row `r`. */
export function writeExpression(column: SharedColumn): string {
  const name = `r.${q(column.name)}`;
  switch (column.kind) {
    case 'geometry':
      return `ST_GeomFromWKB(decode(${name}, 'hex'), 4326)`;
    case 'blob':
      return `decode(${name}, 'base64')`;
    default:
      return name;
  }
}

/** The record type of jsonb_to_recordset for a table's travelling rows (or some of its columns). */
export function recordType(table: SharedTable, only?: readonly string[]): string {
  const chosen = only ? table.columns.filter((column) => only.includes(column.name)) : table.columns;
  const columns = chosen.map((column) => {
    const type = column.kind === 'geometry' || column.kind === 'blob' ? 'text' : pgType(column);
    return `${q(column.name)} ${type}`;
  });
  return `uuid uuid, ${columns.join(', ')}`;
}
