import { seededRandom } from '../../shared/analytics/seeded-random.js';
import { LINK_TYPE_IDS, SECTOR_IDS, type CategoryId } from '../../shared/model/typology.js';
import { createProjectStore } from '../../electron/store/project-store.js';

// A generated project for the analytics tests and bench: places of a realistic mix in 40 clusters
// around Vienna, and links mostly within a cluster (a creative scene), a few across the city;
// some pairs carry several links, a third of the links have no strength. Seeded: the same file
// on every run. Written through the store in one transaction (50,000 links through the edit path
// would take minutes of fsyncs).

const MIX: [CategoryId, number][] = [
  ['creative-firm', 0.45],
  ['creative-industry-company', 0.03],
  ['heritage-site', 0.08],
  ['museum', 0.04],
  ['studio-building', 0.03],
  ['coworking-space', 0.03],
  ['accommodation', 0.08],
  ['guide', 0.05],
  ['tour-operator', 0.03],
  ['university', 0.03],
  ['cultural-institution', 0.05],
  ['municipality', 0.02],
  ['industrial-company', 0.04],
  ['innovation-office', 0.02],
];

export interface GeneratedPoint {
  category: CategoryId;
  sector: (typeof SECTOR_IDS)[number] | null;
  longitude: number;
  latitude: number;
  cluster: number;
}

export function generatePoints(count: number, seed = 7, clusters = 40): GeneratedPoint[] {
  const random = seededRandom(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
  const centres = Array.from({ length: clusters }, () => ({
    x: gaussian() * 4000,
    y: gaussian() * 4000,
    spread: 80 + random() * 300,
  }));
  const total = MIX.reduce((sum, [, share]) => sum + share, 0);
  return Array.from({ length: count }, () => {
    let pick = random() * total;
    const category = (MIX.find(([, share]) => (pick -= share) <= 0) ?? MIX[0]!)[0];
    const cluster = Math.floor(random() * clusters);
    const centre = centres[cluster]!;
    const creative = category === 'creative-firm' || category === 'creative-industry-company';
    return {
      category,
      sector: creative && random() < 0.95 ? SECTOR_IDS[Math.floor(random() * SECTOR_IDS.length)]! : null,
      longitude: Number((16.3725 + (centre.x + gaussian() * centre.spread) / 74_000).toFixed(7)),
      latitude: Number((48.2083 + (centre.y + gaussian() * centre.spread) / 111_132).toFixed(7)),
      cluster,
    };
  });
}

/** Writes a project file with `places` generated places and `links` links (ids 1…places in order). */
export function writeGeneratedProject(file: string, places: number, links: number, seed = 7): string {
  const points = generatePoints(places, seed);
  const random = seededRandom(seed + 1);
  const store = createProjectStore(file, 'Generated', 'en');
  try {
    store.transaction(() => {
      const ids = store.places.insertMany(
        points.map((point, index) => ({
          name: `Place ${index + 1}`,
          category: point.category,
          sector: point.sector,
          description: '',
          address: '',
          website: '',
          tags: [],
          customFields: {},
          longitude: point.longitude,
          latitude: point.latitude,
        })),
      );
      const byCluster = new Map<number, number[]>();
      points.forEach((point, index) => byCluster.set(point.cluster, [...(byCluster.get(point.cluster) ?? []), index]));
      const seen = new Set<string>();
      let written = 0;
      while (written < links) {
        const from = Math.floor(random() * places);
        const mates = byCluster.get(points[from]!.cluster)!;
        const to = random() < 0.85 ? mates[Math.floor(random() * mates.length)]! : Math.floor(random() * places);
        const type = LINK_TYPE_IDS[Math.floor(random() * LINK_TYPE_IDS.length)]!;
        const key = `${Math.min(from, to)}-${Math.max(from, to)}-${type}`;
        if (from === to || seen.has(key)) continue;
        seen.add(key);
        const strength = random() < 0.33 ? null : 1 + Math.floor(random() * 5);
        store.links.insert({ fromPlaceId: ids[from]!, toPlaceId: ids[to]!, type, note: '', strength });
        written++;
      }
    });
  } finally {
    store.close();
  }
  return file;
}
