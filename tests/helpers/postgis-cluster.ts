// @ts-expect-error the bench's reference tools are plain JavaScript
import { startCluster } from '../bench/references.mjs';

// A throw-away PostgreSQL 15 + PostGIS 3 cluster on a Unix socket in a temporary folder, for
// tests of the workspace (a real server, never a mock): the bench's cluster (startCluster), with
// settings for short tests. Local connections are trusted (no passwords); roles and their
// privileges are real.

interface Cluster {
  dir: string;
  run(command: string, args: string[], options?: { input?: string }): string;
  stop(): void;
}

export interface PostgisCluster {
  /** The socket folder: the host of a connection string. */
  socket: string;
  /** A libpq connection string to a database as a user (the superuser "postgres" by default). */
  conninfo(database: string, user?: string): string;
  /** Runs SQL as the superuser; answers psql's unaligned output. */
  psql(sql: string, database?: string): string;
  createDatabase(name: string): void;
  stop(): void;
}

export function startPostgisCluster(): PostgisCluster {
  const { dir, run, stop } = (startCluster as (prefix: string, settings: string) => Cluster)(
    'itinera-pg-',
    '-c fsync=off -c synchronous_commit=off',
  );
  const psql = (sql: string, database = 'postgres') =>
    run('psql', ['-h', dir, '-U', 'postgres', '-d', database, '-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1'], {
      input: sql,
    });
  return {
    socket: dir,
    conninfo: (database, user = 'postgres') => `host=${dir} dbname=${database} user=${user}`,
    psql,
    createDatabase(name) {
      psql(`CREATE DATABASE "${name}";`);
    },
    stop,
  };
}
