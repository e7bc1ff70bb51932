import { describe, expect, it } from 'vitest';
import { splitSnippet } from './split-snippet.js';

describe('splitSnippet', () => {
  it('marks the text between « and »', () => {
    expect(splitSnippet('Gothic «town» castle of «Krems»')).toEqual([
      { text: 'Gothic ', match: false },
      { text: 'town', match: true },
      { text: ' castle of ', match: false },
      { text: 'Krems', match: true },
    ]);
  });

  it('keeps markup-looking text as text and survives unbalanced marks', () => {
    expect(splitSnippet('<b>«x»</b>')).toEqual([
      { text: '<b>', match: false },
      { text: 'x', match: true },
      { text: '</b>', match: false },
    ]);
    expect(splitSnippet('a «b')).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
    ]);
    expect(splitSnippet('a » b')).toEqual([{ text: 'a » b', match: false }]);
    expect(splitSnippet('')).toEqual([]);
  });
});
