import { describe, expect, it } from 'vitest';
import type { ChangeTopic } from '../../../shared/api/changes.js';
import type { Api } from '../../../shared/api/contract.js';
import type { TopicsListener } from '../../../renderer/src/api/change-stream.js';
import { createLiveStore, liveQuery } from '../../../renderer/src/api/live-store.js';

// The renderer's live lists store on its own: one cache per key, read when first watched and
// again for its own topics only; a change during a read is never lost, and a burst of changes
// costs at most one more read; a failed read keeps the last list.

function changeSource() {
  const listeners = new Set<TopicsListener>();
  return {
    ready: Promise.resolve(),
    subscribe(listener: TopicsListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(...topics: ChangeTopic[]) {
      for (const listener of listeners) listener(topics);
    },
  };
}

/** A list whose reads the test finishes by hand, in order. */
function controlledList(key: string, topics: ChangeTopic[]) {
  const pending: { resolve(value: number): void; reject(error: Error): void }[] = [];
  let reads = 0;
  const query = liveQuery(
    key,
    topics,
    () =>
      new Promise<number>((resolve, reject) => {
        reads += 1;
        pending.push({ resolve, reject });
      }),
  );
  return {
    query,
    reads: () => reads,
    async finish(value: number) {
      await Promise.resolve();
      pending.shift()!.resolve(value);
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    async fail() {
      await Promise.resolve();
      pending.shift()!.reject(new Error('the backend went away'));
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

const api = {} as Api;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the live lists store', () => {
  it('reads a list once for every watcher, and again only for its own topics', async () => {
    const changes = changeSource();
    const live = createLiveStore(api, changes);
    const places = controlledList('places', ['places']);
    let told = 0;
    live.watch(places.query, () => told++);
    live.watch(places.query, () => told++);
    await flush();
    expect(places.reads()).toBe(1);
    await places.finish(21);
    expect(live.state('places')).toMatchObject({ data: 21, status: 'ready' });
    expect(told).toBe(2);

    changes.publish('links', 'areas');
    await flush();
    expect(places.reads()).toBe(1);
    changes.publish('edits', 'places');
    await flush();
    expect(places.reads()).toBe(2);
    // The last list stays on screen while it is read again.
    expect(live.state('places')).toMatchObject({ data: 21 });
    await places.finish(22);
    expect(live.state('places')).toMatchObject({ data: 22 });
  });

  it('reads once more after a burst of changes during a read, and settles after it', async () => {
    const changes = changeSource();
    const live = createLiveStore(api, changes);
    const places = controlledList('places', ['places']);
    live.watch(places.query, () => undefined);
    await flush();
    await places.finish(1);
    changes.publish('places');
    await flush();
    let settled = false;
    void live.settled().then(() => (settled = true));
    changes.publish('places');
    changes.publish('places');
    changes.publish('places');
    await places.finish(2);
    // The value read before the last changes is shown, and one more read is under way.
    expect(live.state('places')).toMatchObject({ data: 2 });
    expect(places.reads()).toBe(3);
    expect(settled).toBe(false);
    await places.finish(3);
    expect(places.reads()).toBe(3);
    expect(settled).toBe(true);
    expect(live.state('places')).toMatchObject({ data: 3 });
  });

  it('keeps the last list when a read fails, and lets a list go when nobody watches it', async () => {
    const changes = changeSource();
    const live = createLiveStore(api, changes);
    const places = controlledList('places', ['places']);
    const stop = live.watch(places.query, () => undefined);
    await flush();
    await places.finish(5);
    changes.publish('places');
    await places.fail();
    expect(live.state('places')).toMatchObject({ data: 5, status: 'ready', error: expect.any(Error) });
    stop();
    expect(live.state('places')).toMatchObject({ data: undefined, status: 'loading' });
    changes.publish('places');
    await flush();
    expect(places.reads()).toBe(2);
  });
});
