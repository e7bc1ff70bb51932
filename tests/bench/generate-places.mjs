// Generated places of a realistic category mix around a city (Vienna), in dense clusters like a
// real creative scene: 50 cluster centres, most places within a few hundred metres of one.
// Deterministic (seeded), so every run and every tool measures the same data.
import fs from 'node:fs';

const CENTRE = { longitude: 16.3725, latitude: 48.2083 };
const MIX = [
  ['creative-firm', 0.46],
  ['heritage-site', 0.08],
  ['historic-building', 0.06],
  ['museum', 0.03],
  ['gallery', 0.05],
  ['theatre-venue', 0.02],
  ['studio-building', 0.03],
  ['coworking-space', 0.02],
  ['accommodation', 0.08],
  ['guide', 0.04],
  ['tour-operator', 0.03],
  ['visitor-information', 0.01],
  ['university', 0.02],
  ['cultural-institution', 0.03],
  ['municipality', 0.01],
  ['industrial-company', 0.03],
];
const SECTORS = [
  'design',
  'architecture',
  'film-video',
  'music',
  'publishing',
  'games-software',
  'crafts',
  'visual-arts',
  'performing-arts',
  'advertising',
  'heritage-services',
];

export function createRandom(seed = 42) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random) {
  return Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
}

/**
 * Yields `count` places: { name, category, sector, description, longitude, latitude }. With
 * `categoryOf(index)`, every place gets that category instead of one drawn from the mix (the
 * proximity-join dataset: heritage sites first, then creative firms, in the same clusters).
 * `spreadScale` widens the clusters (the join dataset uses 1.5: about 2,000 firms within 250 m
 * of an average site among a million, like the reference dataset).
 */
export function* generatePlaces(count, seed = 42, categoryOf = null, spreadScale = 1) {
  const random = createRandom(seed);
  const metresPerDegreeLatitude = 111_132;
  const metresPerDegreeLongitude = 111_320 * Math.cos((CENTRE.latitude * Math.PI) / 180);
  const clusters = Array.from({ length: 50 }, () => ({
    x: gaussian(random) * 3000,
    y: gaussian(random) * 3000,
    spread: (150 + random() * 450) * spreadScale,
  }));
  const cumulative = [];
  let total = 0;
  for (const [category, share] of MIX) cumulative.push([category, (total += share)]);
  for (let index = 0; index < count; index++) {
    const pick = random() * total;
    const category = categoryOf?.(index) ?? cumulative.find(([, edge]) => pick <= edge)?.[0] ?? 'creative-firm';
    const cluster = clusters[Math.floor(random() * clusters.length)];
    const x = cluster.x + gaussian(random) * cluster.spread;
    const y = cluster.y + gaussian(random) * cluster.spread;
    yield {
      name: `${category === 'creative-firm' ? 'Studio' : 'Place'} ${index + 1}`,
      category,
      sector: category === 'creative-firm' ? SECTORS[index % SECTORS.length] : '',
      description: `Generated ${category.replace('-', ' ')} number ${index + 1} in cluster ${clusters.indexOf(cluster) + 1}`,
      longitude: Number((CENTRE.longitude + x / metresPerDegreeLongitude).toFixed(7)),
      latitude: Number((CENTRE.latitude + y / metresPerDegreeLatitude).toFixed(7)),
    };
  }
}

/** The proximity-join dataset: `heritage` heritage sites (ids 1…), then `firms` creative firms. */
export function joinCategoryOf(heritage) {
  return (index) => (index < heritage ? 'heritage-site' : 'creative-firm');
}

export function writePlacesCsv(file, count, seed = 42, categoryOf = null, spreadScale = 1) {
  const handle = fs.openSync(file, 'w');
  try {
    fs.writeSync(handle, 'name,category,sector,description,longitude,latitude\n');
    let buffer = '';
    for (const place of generatePlaces(count, seed, categoryOf, spreadScale)) {
      buffer += `${place.name},${place.category},${place.sector},${place.description},${place.longitude},${place.latitude}\n`;
      if (buffer.length > 1 << 20) {
        fs.writeSync(handle, buffer);
        buffer = '';
      }
    }
    fs.writeSync(handle, buffer);
  } finally {
    fs.closeSync(handle);
  }
}
