import { describe, expect, it } from 'vitest';
import { sortRows } from './sort-rows.js';

describe('sortRows', () => {
  const rows = [
    { id: 1, name: 'studio 10', size: 5 },
    { id: 2, name: 'Studio 9', size: null },
    { id: 3, name: 'atelier', size: 30 },
    { id: 4, name: '', size: 5 },
    { id: 5, name: 'Atelier', size: 100 },
  ];

  it('sorts text without case and with numbers in numeric order, empty last, ties in the old order', () => {
    expect(sortRows(rows, (row) => row.name, 'ascending').map((row) => row.id)).toEqual([3, 5, 2, 1, 4]);
    expect(sortRows(rows, (row) => row.name, 'descending').map((row) => row.id)).toEqual([1, 2, 3, 5, 4]);
  });

  it('sorts numbers as numbers (100 after 30), nulls last in both directions, stable on ties', () => {
    expect(sortRows(rows, (row) => row.size, 'ascending').map((row) => row.id)).toEqual([1, 4, 3, 5, 2]);
    expect(sortRows(rows, (row) => row.size, 'descending').map((row) => row.id)).toEqual([5, 3, 1, 4, 2]);
  });

  it('sorts ISO dates in time order', () => {
    const dated = [
      { id: 1, at: '2024-03-01T10:00:00.000Z' },
      { id: 2, at: '2023-12-31T23:59:59.000Z' },
      { id: 3, at: '2024-03-01T09:00:00.000Z' },
    ];
    expect(sortRows(dated, (row) => Date.parse(row.at), 'ascending').map((row) => row.id)).toEqual([2, 3, 1]);
  });
});
