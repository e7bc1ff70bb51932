import { describe, expect, it, vi } from 'vitest';
import { createChangeFeed } from '../../../electron/services/core/change-feed.js';
import { CHANGE_TOPICS, canWrite, parseChangeEvent } from '../../../shared/api/changes.js';
import { CHANNELS } from '../../../shared/api/channels.js';

// The backend's change feed (live lists): events numbered from 1 without gaps, handed to every
// listener in order; an unsubscribe removes exactly its own subscription; a listener's error
// does not reach the write that published the event.

describe('the change feed', () => {
  it('numbers events from 1 without gaps, and publishes nothing for no topics', () => {
    const feed = createChangeFeed();
    const heard: unknown[] = [];
    feed.subscribe((event) => heard.push(event));
    expect(feed.seq()).toBe(0);
    feed.publish(['places']);
    feed.publish([]);
    feed.publish(['links', 'project']);
    expect(heard).toEqual([
      { seq: 1, topics: ['places'] },
      { seq: 2, topics: ['links', 'project'] },
    ]);
    expect(feed.seq()).toBe(2);
  });

  it('counts events nobody heard too (an answer names the latest number)', () => {
    const feed = createChangeFeed();
    feed.publish(['places']);
    const heard: number[] = [];
    feed.subscribe((event) => heard.push(event.seq));
    feed.publish(['areas']);
    expect(heard).toEqual([2]);
  });

  it('removes only the subscription whose unsubscribe is called, once', () => {
    const feed = createChangeFeed();
    const heard: string[] = [];
    const listener = (event: { seq: number }) => heard.push(`same ${event.seq}`);
    const first = feed.subscribe(listener);
    feed.subscribe(listener);
    const other = feed.subscribe((event) => heard.push(`other ${event.seq}`));
    feed.publish(['places']);
    first();
    first();
    feed.publish(['places']);
    other();
    feed.publish(['places']);
    expect(heard).toEqual(['same 1', 'same 1', 'other 1', 'same 2', 'other 2', 'same 3']);
  });

  it('says when the first listener comes and the last one goes (the watcher polls meanwhile)', () => {
    const onListening = vi.fn();
    const feed = createChangeFeed({ onListening });
    const a = feed.subscribe(() => undefined);
    const b = feed.subscribe(() => undefined);
    expect(onListening.mock.calls).toEqual([[true]]);
    a();
    expect(onListening.mock.calls).toEqual([[true]]);
    b();
    b();
    expect(onListening.mock.calls).toEqual([[true], [false]]);
  });

  it('logs a listener’s error and still tells the others', () => {
    const log = vi.fn();
    const feed = createChangeFeed({ log });
    const heard: number[] = [];
    feed.subscribe(() => {
      throw new Error('a broken page');
    });
    feed.subscribe((event) => heard.push(event.seq));
    expect(() => feed.publish(['places'])).not.toThrow();
    expect(heard).toEqual([1]);
    expect(log).toHaveBeenCalledOnce();
  });
});

describe('change events across a transport', () => {
  it('accepts an event of known topics and refuses anything else', () => {
    expect(parseChangeEvent({ seq: 3, topics: ['places', 'edits'] })).toEqual({ seq: 3, topics: ['places', 'edits'] });
    expect(parseChangeEvent({ seq: 3, topics: ['route_stops'] })).toBeNull();
    expect(parseChangeEvent({ seq: -1, topics: [] })).toBeNull();
    expect(parseChangeEvent({ seq: 1.5, topics: [] })).toBeNull();
    expect(parseChangeEvent({ seq: 1, topics: [], extra: true })).toBeNull();
    expect(parseChangeEvent('{"seq":1,"topics":[]}')).toBeNull();
    expect(parseChangeEvent(null)).toBeNull();
    expect(CHANGE_TOPICS).toContain('places');
  });

  it('counts every method but reads (…:get, …:query) as a write', () => {
    expect(canWrite(CHANNELS.createPlace)).toBe(true);
    expect(canWrite(CHANNELS.undo)).toBe(true);
    expect(canWrite(CHANNELS.listPlaces)).toBe(false);
    expect(canWrite(CHANNELS.getProject)).toBe(false);
    expect(canWrite(CHANNELS.mapPlaces)).toBe(false);
  });
});
