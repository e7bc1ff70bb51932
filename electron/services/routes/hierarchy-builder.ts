import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  hierarchyInput,
  openHierarchy,
  type ContractionHierarchy,
  type HierarchyData,
  type HierarchyInput,
} from '../../../shared/routing/contraction.js';
import type { Profile } from '../../../shared/routing/profiles.js';
import type { RoutingGraph } from '../../../shared/routing/routing-graph.js';

// Builds contraction hierarchies off the thread that answers the UI: in a worker thread
// (dist/workers/hierarchy-worker.cjs) that gets the graph's arrays and hands the hierarchy back
// as transferred typed arrays. Why: on a city-sized network (250,000 junctions) building takes
// tens of seconds, and planning the first route of a profile must not freeze the window (or a
// serve-mode request) meanwhile; routes are found by plain Dijkstra until the hierarchy is in,
// the same paths, only slower.

/** What the worker is asked to build (workerData). */
export interface HierarchyRequest {
  profile: Profile;
  input: HierarchyInput;
}

export type HierarchyMessage =
  { type: 'progress'; done: number; total: number } | { type: 'done'; data: HierarchyData };

/** Where the built worker is: dist/workers/ under the app root (see job-runner.ts). */
export function defaultHierarchyWorkerFile(): string {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  const levels = /\.[cm]?ts$/.test(here) ? 3 : 2;
  return path.join(path.dirname(here), ...Array<string>(levels).fill('..'), 'dist', 'workers', 'hierarchy-worker.cjs');
}

export interface HierarchyBuilder {
  /**
   * Starts building a profile's hierarchy for the graph; `done` gets it when it is built (never
   * when the build is cancelled or fails: the caller keeps routing without it).
   */
  build(graph: RoutingGraph, profile: Profile, done: (hierarchy: ContractionHierarchy) => void): void;
  /** Stops every build under way (the network changed, the project closes). */
  cancelAll(): void;
  /** Resolves when no build is under way (tests and the bench wait for the hierarchies). */
  idle(): Promise<void>;
  /** How far the builds under way are: contracted nodes of all nodes, per profile. */
  progress(): Partial<Record<Profile, { done: number; total: number }>>;
}

export function createHierarchyBuilder(workerFile: string = defaultHierarchyWorkerFile()): HierarchyBuilder {
  const running = new Map<Profile, { worker: Worker; done: number; total: number; ended: Promise<void> }>();

  return {
    build(graph, profile, done) {
      // NOTE: without the built worker (running from the sources, not built yet) there is no
      // hierarchy, never a build on this thread: routes stay exact, by Dijkstra.
      if (running.has(profile) || !fs.existsSync(workerFile)) return;
      const request: HierarchyRequest = { profile, input: hierarchyInput(graph, profile) };
      const worker = new Worker(workerFile, { workerData: request });
      // A one-shot CLI command exits without waiting for a hierarchy it does not need.
      worker.unref();
      let end!: () => void;
      const entry = { worker, done: 0, total: graph.nodeCount, ended: new Promise<void>((resolve) => (end = resolve)) };
      running.set(profile, entry);
      const finish = () => {
        if (running.get(profile) === entry) running.delete(profile);
        end();
      };
      worker.on('message', (message: HierarchyMessage) => {
        if (message.type === 'progress') Object.assign(entry, { done: message.done, total: message.total });
        else {
          finish();
          void worker.terminate();
          done(openHierarchy(message.data));
        }
      });
      worker.on('error', finish);
      worker.on('exit', finish);
    },
    cancelAll() {
      for (const { worker } of running.values()) void worker.terminate();
    },
    async idle() {
      await Promise.all([...running.values()].map((entry) => entry.ended));
    },
    progress() {
      return Object.fromEntries([...running].map(([profile, { done, total }]) => [profile, { done, total }]));
    },
  };
}
