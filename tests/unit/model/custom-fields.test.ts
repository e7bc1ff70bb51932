import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProjectService, type ProjectServiceImpl } from '../../../electron/services/core/project-service.js';
import { createProjectStore, type ProjectStore } from '../../../electron/store/project-store.js';
import { parseInput } from '../../../shared/api/contract.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { english } from '../../helpers/labels.js';

// Custom fields per category: definitions stored in the project; values checked on every edit
// against the definitions of the place's category, with a message naming the field; a refused
// edit writes nothing. Free fields from before definitions stay readable.

const dir = tempDir();
let counter = 0;
const stores: ProjectStore[] = [];
afterEach(() => stores.splice(0).forEach((store) => store.close()));

function fresh(): ProjectServiceImpl {
  const store = createProjectStore(path.join(dir, `fields-${++counter}.gpkg`), 'Fields');
  stores.push(store);
  return createProjectService(store);
}

function failure(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

const CASES = [
  { type: 'text', good: ['Hello', ''], bad: [[42, 'must be text']] },
  {
    type: 'number',
    good: [12, 0.5, -3],
    bad: [
      ['12', 'must be a number'],
      [true, 'must be a number'],
    ],
  },
  {
    type: 'date',
    good: ['1998-04-01', '2024-02-29'],
    bad: [
      ['2023-02-29', 'must be a date (YYYY-MM-DD)'],
      ['01.04.1998', 'must be a date (YYYY-MM-DD)'],
      [1998, 'must be a date (YYYY-MM-DD)'],
    ],
  },
  {
    type: 'choice',
    options: ['owner', 'tenant'],
    good: ['owner', 'tenant'],
    bad: [['landlord', 'must be one of: owner, tenant']],
  },
  { type: 'boolean', good: [true, false], bad: [['yes', 'must be yes or no (true or false)']] },
  {
    type: 'url',
    good: ['https://example.org/a?b=c', 'http://x.at'],
    bad: [
      ['example.org', 'must be a web address starting with http:// or https://'],
      ['javascript:alert(1)', 'must be a web address starting with http:// or https://'],
    ],
  },
] as const;

describe('custom fields per category', () => {
  it.each(CASES)('checks $type values: good ones are stored, bad ones refused with a clear message', (testCase) => {
    const service = fresh();
    service.createCustomField(
      parseInput('createCustomField', {
        category: 'creative-firm',
        name: 'Founded',
        type: testCase.type,
        ...('options' in testCase ? { options: [...testCase.options] } : {}),
      }),
    );
    const place = service.createPlace(
      parseInput('createPlace', { name: 'Studio', category: 'creative-firm', longitude: 15.6, latitude: 48.4 }),
    );
    for (const value of testCase.good) {
      const updated = service.updatePlace(
        parseInput('updatePlace', { id: place.id, changes: { customFields: { Founded: value } } }),
      );
      expect(updated.customFields.Founded).toBe(value === '' && testCase.type !== 'text' ? null : value);
    }
    const stored = service.getPlace({ id: place.id });
    for (const [value, reason] of testCase.bad) {
      expect(
        failure(() =>
          service.updatePlace(
            parseInput('updatePlace', { id: place.id, changes: { customFields: { Founded: value } } }),
          ),
        ),
      ).toBe(`Custom field “Founded”: ${reason}`);
      expect(
        failure(() =>
          service.createPlace(
            parseInput('createPlace', {
              name: 'New',
              category: 'creative-firm',
              longitude: 15.6,
              latitude: 48.4,
              customFields: { Founded: value },
            }),
          ),
        ),
      ).toBe(`Custom field “Founded”: ${reason}`);
    }
    // Nothing written on failure: the place is as it was, no place was added, no undo step.
    expect(service.getPlace({ id: place.id })).toEqual(stored);
    expect(service.listPlaces({})).toHaveLength(1);
    expect(english(service.getUndoState({}).undoLabel)).toBe('Edit Studio');
  });

  it('applies a definition to its category only; free fields stay readable and editable', () => {
    const service = fresh();
    service.createCustomField(
      parseInput('createCustomField', { category: 'museum', name: 'Visitors', type: 'number' }),
    );
    const firm = service.createPlace(
      parseInput('createPlace', {
        name: 'Firm',
        category: 'creative-firm',
        longitude: 15.6,
        latitude: 48.4,
        customFields: { Visitors: 'many', phone: '+43 1' },
      }),
    );
    expect(firm.customFields).toEqual({ Visitors: 'many', phone: '+43 1' });
    expect(
      failure(() => service.updatePlace(parseInput('updatePlace', { id: firm.id, changes: { category: 'museum' } }))),
    ).toBe('Custom field “Visitors”: must be a number');
  });

  it('renames a field on every place of its category, refuses to drop a used option, keeps values on removal', () => {
    const service = fresh();
    const field = service.createCustomField(
      parseInput('createCustomField', {
        category: 'gallery',
        name: 'Access',
        type: 'choice',
        options: ['free', 'paid'],
      }),
    );
    const gallery = service.createPlace(
      parseInput('createPlace', {
        name: 'G',
        category: 'gallery',
        longitude: 15.6,
        latitude: 48.4,
        customFields: { Access: 'paid' },
      }),
    );
    const renamed = service.updateCustomField(
      parseInput('updateCustomField', { id: field.id, changes: { name: 'Entry' } }),
    );
    expect(renamed.name).toBe('Entry');
    expect(service.getPlace({ id: gallery.id }).customFields).toEqual({ Entry: 'paid' });
    expect(
      failure(() =>
        service.updateCustomField(parseInput('updateCustomField', { id: field.id, changes: { options: ['free'] } })),
      ),
    ).toBe('Options: "G" still uses the option \'paid\'; change that place first');
    service.undo({}); // the rename, values included
    expect(service.getPlace({ id: gallery.id }).customFields).toEqual({ Access: 'paid' });
    expect(service.listCustomFields({})[0]?.name).toBe('Access');
    service.deleteCustomField({ id: field.id });
    expect(service.getPlace({ id: gallery.id }).customFields).toEqual({ Access: 'paid' });
    // A new definition must fit the values already stored under its name.
    expect(
      failure(() =>
        service.createCustomField(
          parseInput('createCustomField', { category: 'gallery', name: 'Access', type: 'number' }),
        ),
      ),
    ).toMatch(/^“G” already has a value for “Access” that does not fit \(must be a number\)/);
    expect(service.listCustomFields({})).toEqual([]);
    expect(failure(() => parseInput('createCustomField', { category: 'gallery', name: 'X', type: 'choice' }))).toBe(
      'Options: a choice needs at least one option',
    );
    expect(failure(() => parseInput('createCustomField', { category: 'gallery', name: 'X', type: 'colour' }))).toBe(
      'Type: is not a known field type',
    );
  });
});
