import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n/translator.js';
import { contentsMessage } from './contents.js';

const english = createTranslator('en');
const text = (places: number, quarters: number, routes: number, always: boolean) =>
  english.t(contentsMessage({ places, quarters, routes }, { places: always ? 'always' : 'when-any' }));

describe('contentsMessage', () => {
  it('names what there is, in one phrase', () => {
    expect(text(7, 1, 1, true)).toBe('7 places, 1 quarter and 1 route');
    expect(text(2, 0, 0, false)).toBe('2 places');
    expect(text(0, 2, 1, false)).toBe('2 quarters and 1 route');
    expect(text(0, 0, 1, false)).toBe('1 route');
    expect(text(0, 0, 0, false)).toBe('0 places');
    expect(text(0, 0, 3, true)).toBe('0 places and 3 routes');
  });
});
