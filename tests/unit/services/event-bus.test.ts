import { describe, expect, it } from 'vitest';
import { createEventBus } from '../../../electron/services/core/event-bus.js';

// The project's event bus calls listeners at once, in the order they subscribed, in the caller's
// stack: a listener's error reaches the emitter (so the edit around it fails as a whole).

interface Events {
  moved: { ids: number[] };
  deleted: { ids: number[] };
}

describe('event bus', () => {
  it('calls each listener of an event synchronously, in order, until it is removed', () => {
    const bus = createEventBus<Events>();
    const heard: string[] = [];
    bus.on('moved', ({ ids }) => heard.push(`first ${ids.join()}`));
    const stop = bus.on('moved', ({ ids }) => heard.push(`second ${ids.join()}`));
    bus.on('deleted', () => heard.push('deleted'));
    bus.emit('moved', { ids: [1, 2] });
    expect(heard).toEqual(['first 1,2', 'second 1,2']);
    stop();
    bus.emit('moved', { ids: [3] });
    expect(heard).toEqual(['first 1,2', 'second 1,2', 'first 3']);
  });

  it('lets a listener’s error reach the emitter', () => {
    const bus = createEventBus<Events>();
    bus.on('deleted', () => {
      throw new Error('refused');
    });
    expect(() => bus.emit('deleted', { ids: [1] })).toThrow('refused');
  });
});
