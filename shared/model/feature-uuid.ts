// A feature's stable identity (issue #17; migration 0019): the `uuid` column every export writes
// and every import reads back, so a place exported, edited elsewhere and imported again is known.

/** The column (and the property of an exported feature) that holds the uuid. */
export const UUID_COLUMN = 'uuid';

const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The uuid a file's value holds (RFC 9562, versions 1 to 8; lower case), or undefined. */
export function featureUuid(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length < 36 || value.length > 40) return undefined;
  const text = value.trim().toLowerCase();
  return UUID_TEXT.test(text) ? text : undefined;
}
