// Reference tools for the benchmark: SpatiaLite loaded into the same better-sqlite3, and a
// throw-away PostgreSQL/PostGIS cluster on a Unix socket in a temporary folder (started and
// stopped by the bench). Nothing is installed here: a missing tool makes `available()` say so.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const INSTALL = {
  spatialite: 'apt-get install libsqlite3-mod-spatialite',
  postgis: 'apt-get install postgresql-15-postgis-3',
  gdal: 'apt-get install gdal-bin',
  chromium: 'apt-get install chromium',
};

const PG_BIN = '/usr/lib/postgresql/15/bin';

export function spatialiteAvailable(Database) {
  try {
    const db = new Database(':memory:');
    db.loadExtension('mod_spatialite');
    const version = db.prepare('SELECT spatialite_version() AS v').get().v;
    db.close();
    return version;
  } catch {
    return null;
  }
}

export function postgisAvailable() {
  if (!fs.existsSync(path.join(PG_BIN, 'initdb'))) return null;
  const share = spawnSync(path.join(PG_BIN, 'postgres'), ['--version'], { encoding: 'utf8' });
  if (share.status !== 0) return null;
  const control = fs.existsSync('/usr/share/postgresql/15/extension/postgis.control');
  return control ? share.stdout.trim() : null;
}

/**
 * A throw-away PostgreSQL 15 cluster in a temporary folder, listening only on a Unix socket there,
 * local connections trusted; run as the `postgres` system user when this process runs as root.
 * `settings`: the server's further `-c` settings. The bench's and the workspace tests' clusters.
 */
export function startCluster(prefix, settings) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const asRoot = process.getuid?.() === 0;
  const run = (command, args, options = {}) => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    const result = spawnSync(full[0], full[1], { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr || result.stdout}`);
    return result.stdout;
  };
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  fs.chmodSync(dir, 0o700);
  const data = path.join(dir, 'data');
  run(path.join(PG_BIN, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  run(path.join(PG_BIN, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    path.join(dir, 'log'),
    '-w',
    '-o',
    `-c listen_addresses='' -c unix_socket_directories='${dir}' ${settings}`,
    'start',
  ]);
  return {
    dir,
    run,
    stop() {
      try {
        run(path.join(PG_BIN, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A temporary PostGIS cluster for the bench (startCluster, tuned for large queries). */
export function startPostgis() {
  const { dir, run, stop } = startCluster(
    'itinera-bench-pg-',
    '-c fsync=off -c shared_buffers=512MB -c work_mem=256MB -c maintenance_work_mem=512MB',
  );
  const psql = (sql, options = {}) =>
    run(
      'psql',
      [
        '-h',
        dir,
        '-U',
        'postgres',
        '-d',
        'postgres',
        '-X',
        '-q',
        '-A',
        '-t',
        '-F',
        '\t',
        '-v',
        'ON_ERROR_STOP=1',
        ...(options.args ?? []),
      ],
      {
        input: sql,
      },
    );
  psql('CREATE EXTENSION postgis;');
  return {
    psql,
    /** The socket folder: the host of a connection string. */
    socket: dir,
    version: psql('SELECT postgis_full_version();').trim().split(' ')[0],
    stop,
  };
}
