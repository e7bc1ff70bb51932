import fs from 'node:fs';
import pg from 'pg';
import { parse as parseUrl } from 'pg-connection-string';

// How Itinera reaches a workspace: a libpq connection string ("host=... dbname=... user=...") or
// URL ("postgresql://user@host:port/db?sslmode=require"), with what is not given taken from the
// standard PG* environment variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, PGSSLMODE)
// and ~/.pgpass, as libpq does. The password is never written to the project: `withoutPassword`
// is what the project keeps; the password comes from the environment, .pgpass or the caller.
// TLS follows sslmode: disable/allow/prefer connect without TLS (node-postgres cannot fall back),
// require encrypts without checking the certificate, verify-ca and verify-full check it against
// sslrootcert (else the system's authorities).

export class ConnectionStringError extends Error {
  constructor(readonly detail: string) {
    super(`Not a PostgreSQL connection string: ${detail}`);
    this.name = 'ConnectionStringError';
  }
}

/** Parses libpq's keyword=value form (values may be quoted with '...' and backslash escapes). */
export function parseKeywords(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const pattern = /\s*([A-Za-z_]+)\s*=\s*(?:'((?:[^'\\]|\\.)*)'|([^\s']*))/gy;
  let match: RegExpExecArray | null;
  let end = 0;
  while ((match = pattern.exec(text)) !== null) {
    values[match[1]!.toLowerCase()] = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]!;
    end = pattern.lastIndex;
  }
  if (text.slice(end).trim() !== '') throw new ConnectionStringError(text.slice(end).trim().slice(0, 40));
  return values;
}

const isUrl = (text: string) => /^postgres(ql)?:\/\//i.test(text.trim());

/** The connection's settings as keywords (URL or keyword form), before the environment. */
export function connectionKeywords(conninfo: string): Record<string, string> {
  if (!isUrl(conninfo)) return parseKeywords(conninfo);
  const url = parseUrl(conninfo.trim()) as Record<string, unknown>;
  const keywords: Record<string, string> = {};
  for (const [key, value] of Object.entries(url)) {
    if (typeof value !== 'string' || value === '') continue;
    keywords[key === 'database' ? 'dbname' : key] = value;
  }
  return keywords;
}

/** Keywords as a libpq connection string (a value with spaces, quotes or backslashes quoted). */
export function keywordsText(keywords: Record<string, string>): string {
  return Object.entries(keywords)
    .map(
      ([key, value]) =>
        `${key}=${/[\s'\\]/.test(value) || value === '' ? `'${value.replace(/['\\]/g, '\\$&')}'` : value}`,
    )
    .join(' ');
}

/** The connection string without its password: what the project keeps. */
export function withoutPassword(conninfo: string): string {
  const keywords = connectionKeywords(conninfo);
  delete keywords.password;
  return keywordsText(keywords);
}

function sslOf(keywords: Record<string, string>): pg.ClientConfig['ssl'] {
  const mode = keywords.sslmode ?? process.env.PGSSLMODE;
  if (mode === undefined || mode === 'disable' || mode === 'allow' || mode === 'prefer') return false;
  const rootcert = keywords.sslrootcert ?? process.env.PGSSLROOTCERT;
  const readIf = (file: string | undefined) => (file ? fs.readFileSync(file, 'utf8') : undefined);
  if (mode === 'require' && !rootcert) return { rejectUnauthorized: false };
  return {
    rejectUnauthorized: true,
    ca: readIf(rootcert),
    cert: readIf(keywords.sslcert ?? process.env.PGSSLCERT),
    key: readIf(keywords.sslkey ?? process.env.PGSSLKEY),
    ...(mode === 'verify-full' ? {} : { checkServerIdentity: () => undefined }),
  };
}

/** bigint columns as numbers (versions, counts and ids stay far below 2^53). */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

export function clientConfig(conninfo: string, password?: string): pg.ClientConfig {
  const keywords = connectionKeywords(conninfo);
  return {
    host: keywords.host ?? keywords.hostaddr,
    port: keywords.port ? Number(keywords.port) : undefined,
    database: keywords.dbname,
    user: keywords.user,
    password: password ?? keywords.password,
    ssl: sslOf(keywords),
    application_name: 'Itinera',
    connectionTimeoutMillis: keywords.connect_timeout ? Number(keywords.connect_timeout) * 1000 : 15_000,
    types,
  };
}

export async function connect(conninfo: string, password?: string): Promise<pg.Client> {
  const client = new pg.Client(clientConfig(conninfo, password));
  // A dropped connection must not end the process: the pending query rejects instead.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** What went wrong reaching or using the workspace, in words the messages name. */
export type WorkspaceFailure =
  'unreachable' | 'password' | 'login' | 'database' | 'read-only' | 'tls' | 'interrupted' | 'other';

export function failureOf(error: unknown): WorkspaceFailure {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code === '28P01' || /password/i.test(message ?? '')) return 'password';
  if (code === '28000') return 'login';
  if (code === '3D000') return 'database';
  if (code === '42501') return 'read-only';
  if (code && /^(ECONNREFUSED|ENOENT|EHOSTUNREACH|ENOTFOUND|ETIMEDOUT|EACCES)$/.test(code)) return 'unreachable';
  if (/timeout/i.test(message ?? '')) return 'unreachable';
  if (/SSL|TLS|certificate/i.test(message ?? '')) return 'tls';
  if (code === '57P01' || code === 'ECONNRESET' || /Connection terminated/i.test(message ?? '')) return 'interrupted';
  return 'other';
}
