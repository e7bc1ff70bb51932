import { z } from 'zod';
import type { Envelope } from './errors.js';

// Live lists (issue #11): after every committed write, whoever made it (this window, another tab
// on the same serve process, the OpenStreetMap import's worker, a second Itinera process, QGIS),
// the backend tells the page which *topics* changed, and the page reads again exactly the lists
// that depend on them. Topics are the renderer's vocabulary: it never sees a table name; the
// backend maps its tables to topics in one place (electron/services/core/change-topics.ts).

export const CHANGE_TOPICS = [
  /** The project as a whole: its name, settings, counts and extent. */
  'project',
  'places',
  /** Quarters and other areas. */
  'areas',
  'routes',
  'links',
  /** Groups and their members. */
  'groups',
  /** Events and their participants. */
  'events',
  /** Custom field definitions. */
  'fields',
  'attachments',
  'annotations',
  /** The street basemap and the basemap and overlay files. */
  'basemaps',
  /** The project's map style (colours). */
  'styling',
  /** Undo and redo stacks, and the history of features. */
  'edits',
  /** Saved report snapshots of areas and groups. */
  'snapshots',
  /** The walking and cycling network. */
  'network',
  /** The shared workspace: connection, changes waiting, conflicts. */
  'workspace',
  /** The user's preferences (not part of a project). */
  'preferences',
  /** Which project is open, and the project files there are (not part of a project). */
  'projects',
] as const;
export type ChangeTopic = (typeof CHANGE_TOPICS)[number];

/**
 * One published change. `seq` numbers the events of one backend (one process) from 1, with no
 * gaps: an API answer names the latest one (see CHANGES_HEADER), so a transport can resolve a
 * call only once every change published before its answer has reached the page.
 */
export interface ChangeEvent {
  seq: number;
  topics: ChangeTopic[];
}

export const ChangeEventSchema = z
  .object({ seq: z.number().int().nonnegative(), topics: z.array(z.enum(CHANGE_TOPICS)) })
  .strict();

/** Reads an event that crossed a transport; null when it is not one. */
export function parseChangeEvent(value: unknown): ChangeEvent | null {
  const parsed = ChangeEventSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Serve mode: the stream of change events (Server-Sent Events), with the API's token and checks. */
export const CHANGES_ROUTE = '/events';
/** Serve mode: the response header of an API call naming the latest change event published then. */
export const CHANGES_HEADER = 'x-itinera-changes';
/** Electron: the IPC message (main → page) carrying one change event. */
export const CHANGES_IPC_CHANNEL = 'changes:feed:event';

/**
 * What the desktop preload exposes beside the API (`window.itineraChanges`): change events only.
 * A call of `window.itinera` resolves after the events published before its answer were handed
 * to the listeners.
 */
export interface ChangesBridge {
  subscribe(listener: (event: ChangeEvent) => void): () => void;
}

/**
 * Whether a channel's method can write. Reads are named `…:get` or `…:query`; every other verb
 * (create, update, delete, add, remove, move, apply, run, start, cancel, …) may write, and the
 * renderer waits for the lists it changed before the call resolves.
 */
export function canWrite(channel: string): boolean {
  const verb = channel.slice(channel.lastIndexOf(':') + 1);
  return verb !== 'get' && verb !== 'query';
}

/**
 * An API answer over IPC: the envelope, and the number of the latest change event published when
 * it was sent (serve mode sends that number in the CHANGES_HEADER header).
 */
export type AnswerWithChanges<T> = Envelope<T> & { changes?: number };
