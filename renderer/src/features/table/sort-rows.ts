// Sorting the table's rows: keys are computed once per row (not once per comparison), numbers and
// dates compare as such, text with the locale's collation; ties keep the rows' previous order.

export type SortKey = string | number | null;
export type SortDirection = 'ascending' | 'descending';

const collators = new Map<string, Intl.Collator>();

/** The collation of a language (ä after a in German, ñ after n in Spanish), made once. */
function collatorOf(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

/**
 * The rows ordered by a key: a stable sort, empty keys (null, '') last in both directions, text
 * compared without case and with numbers inside text in numeric order ("Studio 9" before
 * "Studio 10").
 */
export function sortRows<Row>(
  rows: readonly Row[],
  key: (row: Row) => SortKey,
  direction: SortDirection,
  /** The language text is compared in (the reader's). */
  locale = 'en',
): Row[] {
  const collator = collatorOf(locale);
  const keys = rows.map(key);
  const order = rows.map((_, index) => index);
  const sign = direction === 'ascending' ? 1 : -1;
  const textual = keys.some((value) => typeof value === 'string' && value !== '');
  // NOTE: Intl.Collator.compare per comparison is most of the time of a 100,000-row sort; text
  // keys are first sorted once by the collator among the distinct values, then compared as ranks.
  let rank: Map<SortKey, number> | null = null;
  if (textual) {
    const distinct = [...new Set(keys.filter((value): value is string => typeof value === 'string' && value !== ''))];
    distinct.sort(collator.compare);
    // Values the collator holds equal ("Atelier", "atelier") share a rank, so they stay in order.
    rank = new Map();
    let current = -1;
    distinct.forEach((value, index) => {
      if (index === 0 || collator.compare(distinct[index - 1] as string, value) !== 0) current++;
      rank?.set(value, current);
    });
  }
  const comparable = keys.map((value) => {
    if (value === null || value === '') return null;
    if (rank && typeof value === 'string') return rank.get(value) ?? null;
    return value as number;
  });
  order.sort((a, b) => {
    const left = comparable[a] ?? null;
    const right = comparable[b] ?? null;
    if (left === null || right === null) {
      if (left === right) return a - b;
      return left === null ? 1 : -1;
    }
    if (left !== right) return (left < right ? -1 : 1) * sign;
    return a - b;
  });
  return order.map((index) => rows[index] as Row);
}
