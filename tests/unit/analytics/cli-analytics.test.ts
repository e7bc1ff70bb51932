import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectHost } from '../../../electron/services/core/project-host.js';
import { CHANNELS } from '../../../shared/api/contract.js';
import { itinera } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';

// The analytics commands on the sample project: their JSON is exactly what the API answers (the
// panel's numbers), their text reads as a report, and a wrong command line says what is missing.

describe('analytics commands', () => {
  const file = path.join(tempDir(), 'sample.gpkg');
  expect(itinera(['sample', file]).status).toBe(0);

  async function api(channel: string, payload: unknown) {
    const host = createProjectHost();
    host.open(file);
    try {
      const answer = await host.dispatch(channel, payload);
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.value;
    } finally {
      host.close();
    }
  }

  it('metrics: the report card of the sample quarter, as the API answers it', async () => {
    const json = itinera(['metrics', file, '--area', '1', '--json']);
    expect(json.status).toBe(0);
    const scope = { kind: 'area', areaId: 1 };
    expect(JSON.parse(json.stdout)).toEqual({
      ...((await api(CHANNELS.reportCard, { scope })) as object),
      interlinkage: await api(CHANNELS.interlinkage, { scope }),
    });
    const text = itinera(['metrics', file, '--area', '1']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(
      /^Report card of the area .+ \(#1\)\nPlaces: \d+ \(\d+ actors?, \d+ sites?\)\nCreative firms: \d+, [\d.]+ per hectare/,
    );
    expect(text.stdout).toContain('Diversity of sectors: Shannon ');
    expect(text.stdout).toMatch(/\nInterlinkage within 500 m: .+\n$/);
    const around = itinera(['metrics', file, '--around', '1', '--within', '150', '--json']);
    expect(JSON.parse(around.stdout).scope).toEqual({
      kind: 'around',
      placeId: 1,
      withinMetres: 150,
      measure: 'straight',
    });
  });

  it('network: per-actor measures and the interlinkage figure, as the API answers them', async () => {
    const json = JSON.parse(itinera(['network', file, '--json']).stdout) as Record<string, unknown>;
    expect(json).toEqual({
      ...((await api(CHANNELS.linkNetwork, {})) as object),
      interlinkage: await api(CHANNELS.interlinkage, {}),
    });
    const text = itinera(['network', file]).stdout.split('\n');
    expect(text[0]).toMatch(/^Link network: \d+ actors and linked sites, 7 linked pairs \(7 links\), density 0[.,]\d+/);
    expect(text.some((line) => line.startsWith('Interlinkage within 500 m: '))).toBe(true);
    expect(text.filter((line) => /^ {2}#\d+ .+: degree \d+/.test(line)).length).toBe((json.actors as unknown[]).length);
  });

  it('gaps and propose-quarters: lists as the API answers them', async () => {
    const gaps = JSON.parse(itinera(['gaps', file, '--within', '300', '--json']).stdout) as { gaps: object[] };
    const expected = (await api(CHANNELS.findGaps, { withinMetres: 300 })) as { gaps: object[] };
    expect(gaps.gaps.map((gap) => ({ ...gap, fromName: undefined, toName: undefined }))).toEqual(
      expected.gaps.map((gap) => ({ ...gap, fromName: undefined, toName: undefined })),
    );
    expect(gaps.gaps.length).toBeGreaterThan(0);
    expect(itinera(['gaps', file, '--within', '300']).stdout).toMatch(
      /^\d+ pairs of actors within 300 m without a link; the most promising:\n {2}#\d+ .+ – #\d+ .+, \d+ m: complementarity/,
    );
    const proposed = JSON.parse(itinera(['propose-quarters', file, '--eps', '300', '--min', '3', '--json']).stdout);
    expect(proposed.type).toBe('FeatureCollection');
    const answer = (await api(CHANNELS.proposeQuarters, { epsMetres: 300, minPoints: 3 })) as { quarters: object[] };
    expect(proposed.features.length).toBe(answer.quarters.length);
    expect(itinera(['propose-quarters', file, '--eps', '300', '--min', '3']).stdout).toMatch(
      /^\d+ proposed quarters? among 8 creative firms and spaces \(eps 300 m, at least 3 within it\)/,
    );
  });

  it('speaks the reader’s language', () => {
    const german = itinera(['--lang', 'de', 'metrics', file, '--area', '1']);
    expect(german.stdout).toMatch(/^Kennzahlen des Gebiets .+\nOrte: /);
  });

  it.each([
    [['metrics', file], /needs one of --area ID, --group ID or --around PLACE_ID --within METRES/],
    [['metrics', file, '--around', '1'], /needs one of --area ID/],
    [['gaps', file], /needs --within METRES/],
    [['propose-quarters', file, '--eps', '100'], /needs --eps METRES and --min N/],
  ])('refuses %j with the usage', (args, message) => {
    const result = itinera(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('says which area is missing', () => {
    const result = itinera(['metrics', file, '--area', '99']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('99');
  });
});
