import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProjectHost } from '../../../electron/services/core/project-host.js';
import type { ScopedReportCard } from '../../../shared/api/analytics.js';
import { CHANNELS } from '../../../shared/api/contract.js';
import type { NearbyHit } from '../../../shared/api/places.js';
import { CATEGORY_FAMILIES } from '../../../shared/model/typology.js';
import { itinera } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';

// A report card within walking distance of a place: the places the streets reach (the sample's
// streets, clipped from OpenStreetMap), exactly those the nearby list finds on foot; fewer than as the crow flies. Without streets (a new project), a clear refusal.

const WITHIN = 300;

describe('report card within walking distance', () => {
  const dir = tempDir();
  const withStreets = path.join(dir, 'streets.gpkg');
  const withoutStreets = path.join(dir, 'new.gpkg');
  for (const args of [
    ['sample', withStreets],
    ['new', withoutStreets],
  ])
    expect(itinera(args).status).toBe(0);
  // One project open at a time (closed by the test's end).
  let host: ReturnType<typeof createProjectHost> | undefined;
  const open = (file: string) => {
    host?.close();
    host = createProjectHost();
    host.open(file);
    return host;
  };
  afterAll(() => host?.close());

  it('covers the places reached on foot, as the nearby list measures them', async () => {
    const host = open(withStreets);
    const around = (measure: string) =>
      host.dispatch(CHANNELS.reportCard, { scope: { kind: 'around', placeId: 8, withinMetres: WITHIN, measure } });
    const [walking, straight] = await Promise.all([around('walking'), around('straight')]);
    if (!walking.ok || !straight.ok) throw new Error('report card failed');
    const nearby = await host.dispatch(CHANNELS.nearbyPlaces, {
      placeId: 8,
      withinMetres: WITHIN,
      families: [...CATEGORY_FAMILIES],
      limit: 1000,
      measure: 'walking',
    });
    if (!nearby.ok) throw new Error(nearby.error.message);
    const hits = nearby.value as NearbyHit[];
    const card = walking.value as ScopedReportCard;
    expect(hits.every((hit) => hit.measure === 'walking')).toBe(true);
    // The place itself, and every place the nearby list reaches on foot.
    expect(card.places).toBe(hits.length + 1);
    expect(card.places).toBeLessThan((straight.value as ScopedReportCard).places);
    expect(card.hectares).toBeNull();
    // The command line prints the same card.
    const cli = itinera(['metrics', withStreets, '--around', '8', '--within', String(WITHIN), '--on-foot', '--json']);
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ places: card.places, scope: card.scope });
    expect(itinera(['metrics', withStreets, '--around', '8', '--within', String(WITHIN), '--on-foot']).stdout).toMatch(
      new RegExp(`^Report card within ${WITHIN} m on foot of .+ \\(#8\\)\nPlaces: ${card.places} `),
    );
  });

  it('refuses walking distances in a project without streets, naming the measure', async () => {
    const host = open(withoutStreets);
    const place = await host.dispatch(CHANNELS.createPlace, {
      name: 'Studio',
      category: 'creative-firm',
      longitude: 15.6,
      latitude: 48.41,
    });
    if (!place.ok) throw new Error(place.error.message);
    const answer = await host.dispatch(CHANNELS.reportCard, {
      scope: { kind: 'around', placeId: (place.value as { id: number }).id, withinMetres: WITHIN, measure: 'walking' },
    });
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect([answer.error.code, answer.error.field]).toEqual(['invalid-input', 'scope.measure']);
      expect(answer.error.message).toMatch(/^Walking distances need the project’s streets: import an OpenStreetMap/);
    }
  });
});
