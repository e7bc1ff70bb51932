import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectHost } from '../../../electron/services/core/project-host.js';
import { CHANNELS } from '../../../shared/api/contract.js';
import { itinera } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';

// `itinera snapshot` and `itinera change-report` on the sample: the JSON is what the API answers,
// Markdown and CSV read as the panel's downloads, and a wrong command line says what is missing.

describe('snapshot and change-report commands', () => {
  it('save two snapshots and compare them', async () => {
    const file = path.join(tempDir(), 'sample.gpkg');
    expect(itinera(['sample', file]).status).toBe(0);
    const first = itinera(['snapshot', file, '--area', '1', '--label', 'Baseline', '--date', '2026-01-15']);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^Saved snapshot #1 of .+ for 01\/15\/2026: \d+ actors, \d+ links?\.\n$/);
    expect(itinera(['snapshot', file, '--area', '1']).status).toBe(0);

    const host = createProjectHost();
    host.open(file);
    const answer = await host.dispatch(CHANNELS.compareSnapshots, { fromId: 1, toId: 2 });
    host.close();
    expect(answer.ok).toBe(true);
    const json = itinera(['change-report', file, '--from', '1', '--to', '2', '--json']);
    expect(JSON.parse(json.stdout)).toEqual(answer.ok && answer.value);

    const markdown = itinera(['change-report', file, '--from', '1', '--to', '2']).stdout;
    expect(markdown).toMatch(/^# Change report: .+\n\nFrom 01\/15\/2026 \(Baseline\) to /);
    expect(markdown).toContain('## New firms (0)\n\nNone.');
    const csv = itinera(['change-report', file, '--from', '1', '--to', '2', '--csv']).stdout;
    expect(csv.split('\r\n')[0]).toBe('Section,Measure,Before,After,Change');
    const german = itinera(['--lang', 'de', 'change-report', file, '--from', '1', '--to', '2']).stdout;
    expect(german).toMatch(/^# Änderungsbericht: /);

    // The area since a day, rebuilt from the edit history: the sample was made today (UTC), so
    // nothing changed since today, and its area did not exist before.
    const today = new Date().toISOString().slice(0, 10);
    const since = JSON.parse(itinera(['change-report', file, '--area', '1', '--since', today, '--json']).stdout);
    expect([since.newFirms, since.closedFirms, since.linksGained, since.linksLost]).toEqual([[], [], [], []]);
    expect(since.to.actors).toBe(since.from.actors);
    const before = itinera(['change-report', file, '--area', '1', '--since', '2020-01-01']);
    expect(before.stderr).toContain('The area did not exist yet at the end of 2020-01-01.');

    const missing = itinera(['change-report', file, '--from', '1']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(
      'needs --from ID and --to ID (the numbers of two snapshots), or --area ID and --since YYYY-MM-DD.',
    );
    const unknown = itinera(['change-report', file, '--from', '1', '--to', '9']);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain('There is no snapshot with id 9.');
    expect(itinera(['snapshot', file]).stderr).toContain('needs one of --area ID or --group ID');
  });
});
