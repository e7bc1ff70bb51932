import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, bytesToBase64Async } from './base64.js';

function bytesOfLength(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let index = 0; index < length; index += 1) bytes[index] = (index * 7919) % 256;
  return bytes;
}

describe('base64', () => {
  it.each([0, 1, 2, 3, 24_575, 24_576, 24_577, 3 * 1024 * 1024 + 5])(
    'matches Node for %i bytes, across chunk and slice borders',
    async (length) => {
      const bytes = bytesOfLength(length);
      const expected = Buffer.from(bytes).toString('base64');
      expect(bytesToBase64(bytes)).toBe(expected);
      await expect(bytesToBase64Async(bytes)).resolves.toBe(expected);
      expect(Buffer.from(base64ToBytes(expected)).equals(Buffer.from(bytes))).toBe(true);
    },
  );

  it('keeps UTF-8 text intact both ways', () => {
    const text = 'Bezeichnung;Sparte\nKunstraum Straße;gallery\n';
    const bytes = new TextEncoder().encode(text);
    expect(new TextDecoder().decode(base64ToBytes(bytesToBase64(bytes)))).toBe(text);
  });
});
