import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// A throw-away PostgreSQL 15 + PostGIS 3 cluster on a Unix socket in a temporary folder, for
// tests of the workspace (a real server, never a mock). As root, it runs as the `postgres` user.
// Local connections are trusted (no passwords); roles and their privileges are real.

const PG_BIN = '/usr/lib/postgresql/15/bin';

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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'itinera-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[], input?: string) => {
    const [file, list] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    const result = spawnSync(file, list, { encoding: 'utf8', input, maxBuffer: 1 << 28 });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr || result.stdout}`);
    return result.stdout;
  };
  if (asRoot) spawnSync('chown', ['postgres', dir]);
  fs.chmodSync(dir, 0o711);
  const data = path.join(dir, 'data');
  run(path.join(PG_BIN, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  run(path.join(PG_BIN, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    path.join(dir, 'log'),
    '-w',
    '-o',
    `-c listen_addresses='' -c unix_socket_directories='${dir}' -c fsync=off -c synchronous_commit=off`,
    'start',
  ]);
  const psql = (sql: string, database = 'postgres') =>
    run('psql', ['-h', dir, '-U', 'postgres', '-d', database, '-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1'], sql);
  return {
    socket: dir,
    conninfo: (database, user = 'postgres') => `host=${dir} dbname=${database} user=${user}`,
    psql,
    createDatabase(name) {
      psql(`CREATE DATABASE "${name}";`);
    },
    stop() {
      try {
        run(path.join(PG_BIN, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
