import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNELS, contract, METHOD_NAMES } from '../../shared/api/contract.js';
import { combineSlices, method } from '../../shared/api/method.js';

// The contract is the combination of one slice per feature (shared/api/<feature>.ts); a method
// name or a channel declared twice is refused when the contract is built.

const input = z.object({}).strict();

describe('the API contract combined from feature slices', () => {
  it('refuses a method name declared by two slices', () => {
    const first = { listThings: method<typeof input, number>('things:list:query', input) };
    const second = { listThings: method<typeof input, number>('others:list:query', input) };
    expect(() => combineSlices(first, second)).toThrow(/"listThings" is declared twice/);
  });

  it('refuses a channel used by two methods', () => {
    const first = { listThings: method<typeof input, number>('things:list:query', input) };
    const second = { listOthers: method<typeof input, number>('things:list:query', input) };
    expect(() => combineSlices(first, second)).toThrow(/"things:list:query" is used by both/);
  });

  it('refuses a channel that does not read domain:thing:verb', () => {
    expect(() => combineSlices({ odd: method<typeof input, number>('things.list', input) })).toThrow(
      /domain:thing:verb/,
    );
  });

  it('holds every method once, each on its own channel', () => {
    expect(METHOD_NAMES.length).toBeGreaterThanOrEqual(66);
    expect(new Set(Object.values(CHANNELS)).size).toBe(METHOD_NAMES.length);
    for (const name of METHOD_NAMES) expect(contract[name].channel).toBe(CHANNELS[name]);
    expect(CHANNELS.updatePlace).toBe('places:item:update');
  });
});
