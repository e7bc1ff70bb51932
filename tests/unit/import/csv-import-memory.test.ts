import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.js';
// @ts-expect-error the bench's generator is plain JavaScript
import { writePlacesCsv } from '../../bench/generate-places.mjs';

// `itinera import` of a CSV holds a bounded amount of memory whatever the file's size: three times
// the rows must not take much more memory. The import as it was (the whole file, its rows, the
// plan and the checked places in memory) grew by about 1.5 KB a place, some 450 MB from 150,000 to
// 450,000 places; the streamed import keeps a place's position (16 bytes) for the RTree and packs
// it at the end (about 80 bytes a place in all, measured 25 MB). Peak resident memory of the
// whole process as the kernel counts it (maxRSS), printed by the process itself as it exits;
// the search index, built afterwards by another process, is waited for, not counted.

const dir = tempDir('itinera-csv-memory-');
const BIN = path.resolve('bin/itinera.js');
const REPORT = path.join(dir, 'report-peak.cjs');
fs.writeFileSync(
  REPORT,
  "process.on('exit', () => process.stderr.write(`peak ${process.resourceUsage().maxRSS}\\n`));\n",
);

function searchIndexReady(project: string): boolean {
  const db = new Database(project, { readonly: true });
  try {
    return Boolean(db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'places_search_insert'").get());
  } catch {
    return false;
  } finally {
    db.close();
  }
}

async function peakMegabytes(rows: number): Promise<number> {
  const csv = path.join(dir, `places-${rows}.csv`);
  const project = path.join(dir, `project-${rows}.gpkg`);
  writePlacesCsv(csv, rows);
  expect(fs.statSync(csv).size).toBeGreaterThan(4 * 1024 * 1024);
  expect(spawnSync(process.execPath, [BIN, 'new', project]).status).toBe(0);
  const run = spawnSync(process.execPath, ['--require', REPORT, BIN, 'import', project, csv, '--lang', 'en'], {
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain(`Imported ${rows.toLocaleString('en')} places`);
  const peak = /peak (\d+)/.exec(run.stderr);
  expect(peak, run.stderr).not.toBeNull();
  // NOTE: a bound on waiting for the background process, not a speed target.
  for (const until = Date.now() + 300_000; !searchIndexReady(project);) {
    if (Date.now() > until) throw new Error(`the search index of ${project} was not built`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return Number(peak![1]) / 1024;
}

describe('memory of a streamed CSV import', () => {
  it('hardly grows with the file: 450,000 places take less than 100 MB more than 150,000', async () => {
    const smaller = await peakMegabytes(150_000);
    const larger = await peakMegabytes(450_000);
    expect(larger - smaller).toBeLessThan(100);
  }, 300_000);
});
