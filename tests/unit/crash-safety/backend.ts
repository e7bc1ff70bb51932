import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ROOT } from '../../helpers/cli.js';

// A real backend process (`itinera serve`, the built CLI) whose pid the test holds, so it can be
// killed with SIGKILL at any moment, and the checks a killed project must pass afterwards.

export const BIN = path.join(ROOT, 'bin', 'itinera.js');

export interface Backend {
  child: ChildProcess;
  origin: string;
  token: string;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** SIGKILL, then wait until the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM (clean shutdown), then wait. */
  stop(): Promise<void>;
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export function startBackend(project: string): Promise<Backend> {
  // The address line is read below in English, whatever language the machine is set to.
  const child = spawn(process.execPath, [BIN, 'serve', '--no-open', '--lang', 'en', '--project', project], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`itinera serve printed no URL within 30 s: ${stderr}`));
    }, 30_000);
    const early = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`itinera serve exited with ${code}: ${stderr}`));
    };
    child.once('exit', early);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^Itinera is running at (http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)$/m.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.off('exit', early);
      resolve({
        child,
        origin: match[1]!,
        token: match[2]!,
        stderr: () => stderr,
        kill: () => {
          child.kill('SIGKILL');
          return waitForExit(child);
        },
        stop: () => {
          child.kill('SIGTERM');
          return waitForExit(child);
        },
      });
    });
  });
}

export interface Answer {
  status: number;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

/** One API call; resolves only when the whole answer arrived (that is what "acknowledged" means). */
export async function call(
  backend: Pick<Backend, 'origin' | 'token'>,
  channel: string,
  input: unknown,
): Promise<Answer> {
  const response = await fetch(`${backend.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-itinera-token': backend.token },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** validate_gpkg's complaints (empty when the file is a valid GeoPackage). */
export function validateGpkg(file: string): string {
  try {
    return execFileSync('/usr/bin/python3', ['-m', 'osgeo_utils.samples.validate_gpkg', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return `exit ${failure.status}: ${failure.stdout}${failure.stderr}`.trim();
  }
}

export interface FileHealth {
  integrity: string;
  rtree: string;
  /** FTS5's own check of the search index against the places table. */
  search: string;
  /** Places whose RTree entry is missing, plus RTree entries without a place. */
  rtreeMismatch: number;
}

/** SQLite's and the indexes' own consistency checks (call after the app reopened the file). */
export function fileHealth(file: string): FileHealth {
  // NOTE: FTS5's integrity-check is spelled as an INSERT, so the handle must be writable; it writes nothing.
  const db = new Database(file, { fileMustExist: true });
  try {
    let search = 'ok';
    try {
      db.prepare("INSERT INTO places_search(places_search, rank) VALUES ('integrity-check', 1)").run();
    } catch (error) {
      search = (error as Error).message;
    }
    const mismatch = db
      .prepare(
        `SELECT (SELECT count(*) FROM places p WHERE NOT EXISTS (SELECT 1 FROM rtree_places_geom r WHERE r.id = p.id))
              + (SELECT count(*) FROM rtree_places_geom r WHERE NOT EXISTS (SELECT 1 FROM places p WHERE p.id = r.id)) AS n`,
      )
      .get() as { n: number };
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      rtree: (db.prepare("SELECT rtreecheck('rtree_places_geom') AS result").get() as { result: string }).result,
      search,
      rtreeMismatch: mismatch.n,
    };
  } finally {
    db.close();
  }
}
