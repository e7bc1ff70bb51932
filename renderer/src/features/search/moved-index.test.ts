import { describe, expect, it } from 'vitest';
import { movedIndex } from './moved-index.js';

describe('movedIndex (arrow keys in the search results)', () => {
  it('starts at the first result going down and at the last going up', () => {
    expect(movedIndex(-1, 1, 4)).toBe(0);
    expect(movedIndex(-1, -1, 4)).toBe(3);
  });

  it('moves one step and goes round at both ends', () => {
    expect(movedIndex(1, 1, 4)).toBe(2);
    expect(movedIndex(1, -1, 4)).toBe(0);
    expect(movedIndex(3, 1, 4)).toBe(0);
    expect(movedIndex(0, -1, 4)).toBe(3);
  });

  it('has nothing to move to without results', () => {
    expect(movedIndex(-1, 1, 0)).toBe(-1);
    expect(movedIndex(2, -1, 0)).toBe(-1);
  });
});
