import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import sample from '../../../data/sample/krems-old-town.json' with { type: 'json' };
import {
  LinkInputSchema,
  LinkTypeSchema,
  PlaceInputSchema,
  QuarterInputSchema,
  RouteInputSchema,
  RouteModeSchema,
} from '../../../shared/model/schemas.js';
import { createProjectStore } from '../../store/project-store.js';
import { importOsmFile } from '../osm/osm-import.js';
import { createProjectService } from './project-service.js';

const SAMPLE_EXTRACT = 'krems-old-town.osm.pbf';

// Writes Itinera's sample project (data/sample/krems-old-town.json) into a new project file,
// through the same service methods the app uses, so the sample is always valid for this version.

const SampleSchema = z.object({
  name: z.string(),
  places: z.array(PlaceInputSchema.and(z.object({ key: z.string() }))),
  quarters: z.array(QuarterInputSchema),
  routes: z.array(
    z.object({ name: z.string(), mode: RouteModeSchema, description: z.string(), stops: z.array(z.string()) }),
  ),
  links: z.array(z.object({ from: z.string(), to: z.string(), type: LinkTypeSchema, note: z.string().default('') })),
});

/**
 * The sample's OpenStreetMap clip of Krems old town (scripts/clip-sample-extract.sh): in dist/sample
 * of a built or packaged app, in data/sample of the repository. Found from this module's place.
 */
export function sampleExtractPath(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    for (const candidate of [
      path.join(folder, 'dist', 'sample', SAMPLE_EXTRACT),
      path.join(folder, 'data', 'sample', SAMPLE_EXTRACT),
    ])
      if (fs.existsSync(candidate)) return candidate;
    if (path.basename(folder) === 'dist' && fs.existsSync(path.join(folder, 'sample', SAMPLE_EXTRACT)))
      return path.join(folder, 'sample', SAMPLE_EXTRACT);
    folder = path.dirname(folder);
  }
  throw new Error(
    `The sample's OpenStreetMap clip (${SAMPLE_EXTRACT}) is missing from this installation; run "npm run build".`,
  );
}

export async function writeSampleProject(file: string): Promise<void> {
  const data = SampleSchema.parse(sample);
  // The sample's names are the places' own, its descriptions English: English is its primary language.
  const store = createProjectStore(file, data.name, 'en');
  try {
    // The streets first (basemap and walking network from the clip), so the sample's route follows them;
    // the curated places are the sample's own, none are taken from the clip.
    await importOsmFile(store, sampleExtractPath(), { places: false });
    const service = createProjectService(store);
    store.transaction(() => {
      store.settings.set('project.sample', 'true');
      const ids = new Map<string, number>();
      for (const { key, ...place } of data.places) ids.set(key, service.createPlace(PlaceInputSchema.parse(place)).id);
      const idOf = (key: string) => {
        const id = ids.get(key);
        if (id === undefined) throw new Error(`Sample data names an unknown place "${key}"`);
        return id;
      };
      for (const quarter of data.quarters) service.createQuarter(QuarterInputSchema.parse(quarter));
      for (const route of data.routes) {
        service.createRoute(
          RouteInputSchema.parse({
            name: route.name,
            mode: route.mode,
            description: route.description,
            stopPlaceIds: route.stops.map(idOf),
          }),
        );
      }
      for (const link of data.links) {
        service.createLink(
          LinkInputSchema.parse({
            fromPlaceId: idOf(link.from),
            toPlaceId: idOf(link.to),
            type: link.type,
            note: link.note,
          }),
        );
      }
      // The sample arrives as a whole, like an import: writing it is not something to undo.
      store.history.clear();
    });
  } finally {
    store.close();
  }
}
