import { describe, expect, it } from 'vitest';
import { MAX_GPX_POINTS, readGpx } from '../../../shared/codecs/import/read-gpx.js';
import { readSource } from '../../../shared/codecs/import/read-source.js';

// A GPX file is parsed whole into a document (about 3 KB of memory per point): its points are
// counted first, and a file with more than the budget is refused before anything is parsed,
// with a message that says how to thin it.

const track = (points: number, extra = '') => {
  const trkpts = Array.from(
    { length: points },
    (_, index) => `<trkpt lat="${(48.4 + index * 1e-6).toFixed(6)}" lon="15.6"/>`,
  ).join('\n');
  return new TextEncoder().encode(
    `<?xml version="1.0"?>\n<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">${extra}<trk><name>Walk</name><trkseg>\n${trkpts}\n</trkseg></trk></gpx>`,
  );
};

describe('the GPX point budget', () => {
  it('refuses a file of one point more than the budget before parsing it', async () => {
    const bytes = track(MAX_GPX_POINTS + 1);
    const started = Date.now();
    await expect(readSource(bytes, 'long-walk.gpx')).rejects.toThrow(
      'long-walk.gpx: more than 250,000 points (waypoints, route and track points); thin the tracks first, for example with GPSBabel’s simplify filter',
    );
    // Counting is a scan of the text; parsing 250,000 points took seconds and most of a gigabyte.
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('reads a file at the budget, counting waypoints, route and track points together', () => {
    const waypoint = '<wpt lat="48.41" lon="15.6"><name>Start</name></wpt>';
    expect(readGpx(track(2, waypoint), 'walk.gpx', 3).rows).toHaveLength(2);
    expect(() => readGpx(track(3, waypoint), 'walk.gpx', 3)).toThrow('walk.gpx: more than 3 points');
    const route = '<rte><rtept lat="48.41" lon="15.6"/><rtept lat="48.42" lon="15.6"/></rte>';
    expect(() => readGpx(track(2, route), 'walk.gpx', 3)).toThrow('walk.gpx: more than 3 points');
  });

  it('counts whole element names only (an extension element that starts alike is not a point)', () => {
    const extension = '<extensions><wptx/><trkpts>1</trkpts><wpt_note/></extensions>';
    expect(readGpx(track(3, `<metadata>${extension}</metadata>`), 'walk.gpx', 3).rows).toHaveLength(1);
  });
});
