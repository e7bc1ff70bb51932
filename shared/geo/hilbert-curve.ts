// Position along a Hilbert curve: sorting points by it keeps neighbours in space near each other
// in memory (packed RTree nodes, cache-friendly in-memory indexes).

/** Position of (x, y) in [0, 65535]² along a Hilbert curve of order 16 (after flatbush). */
export function hilbert(x: number, y: number): number {
  let a = x ^ y;
  let b = 0xffff ^ a;
  let c = 0xffff ^ (x | y);
  let d = x & (y ^ 0xffff);
  let A = a | (b >> 1);
  let B = (a >> 1) ^ a;
  let C = (c >> 1) ^ (b & (d >> 1)) ^ c;
  let D = (a & (c >> 1)) ^ (d >> 1) ^ d;
  a = A;
  b = B;
  c = C;
  d = D;
  A = (a & (a >> 2)) ^ (b & (b >> 2));
  B = (a & (b >> 2)) ^ (b & ((a ^ b) >> 2));
  C ^= (a & (c >> 2)) ^ (b & (d >> 2));
  D ^= (b & (c >> 2)) ^ ((a ^ b) & (d >> 2));
  a = A;
  b = B;
  c = C;
  d = D;
  A = (a & (a >> 4)) ^ (b & (b >> 4));
  B = (a & (b >> 4)) ^ (b & ((a ^ b) >> 4));
  C ^= (a & (c >> 4)) ^ (b & (d >> 4));
  D ^= (b & (c >> 4)) ^ ((a ^ b) & (d >> 4));
  a = A;
  b = B;
  c = C;
  d = D;
  C ^= (a & (c >> 8)) ^ (b & (d >> 8));
  D ^= (b & (c >> 8)) ^ ((a ^ b) & (d >> 8));
  a = C ^ (C >> 1);
  b = D ^ (D >> 1);
  let i0 = x ^ y;
  let i1 = b | (0xffff ^ (i0 | a));
  i0 = (i0 | (i0 << 8)) & 0x00ff00ff;
  i0 = (i0 | (i0 << 4)) & 0x0f0f0f0f;
  i0 = (i0 | (i0 << 2)) & 0x33333333;
  i0 = (i0 | (i0 << 1)) & 0x55555555;
  i1 = (i1 | (i1 << 8)) & 0x00ff00ff;
  i1 = (i1 | (i1 << 4)) & 0x0f0f0f0f;
  i1 = (i1 | (i1 << 2)) & 0x33333333;
  i1 = (i1 | (i1 << 1)) & 0x55555555;
  return ((i1 << 1) | i0) >>> 0;
}

/** The given indexes of the positions, reordered along a Hilbert curve over their extent. */
export function hilbertOrder(
  longitudes: ArrayLike<number>,
  latitudes: ArrayLike<number>,
  indexes: ArrayLike<number>,
): Uint32Array {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (let position = 0; position < indexes.length; position++) {
    const index = indexes[position]!;
    west = Math.min(west, longitudes[index]!);
    east = Math.max(east, longitudes[index]!);
    south = Math.min(south, latitudes[index]!);
    north = Math.max(north, latitudes[index]!);
  }
  const width = east - west || 1;
  const height = north - south || 1;
  if (indexes.length >= 2 ** 21) {
    const keys = new Uint32Array(indexes.length);
    for (let position = 0; position < indexes.length; position++) {
      const index = indexes[position]!;
      keys[position] = hilbert(
        Math.floor((65535 * (longitudes[index]! - west)) / width),
        Math.floor((65535 * (latitudes[index]! - south)) / height),
      );
    }
    const positions = Uint32Array.from({ length: indexes.length }, (_, position) => position);
    positions.sort((a, b) => keys[a]! - keys[b]! || a - b);
    return positions.map((position) => indexes[position]!);
  }
  // Key above, position in the low 21 bits (exact in a double): one typed-array sort, no comparator.
  const keyed = new Float64Array(indexes.length);
  for (let position = 0; position < indexes.length; position++) {
    const index = indexes[position]!;
    const x = Math.floor((65535 * (longitudes[index]! - west)) / width);
    const y = Math.floor((65535 * (latitudes[index]! - south)) / height);
    keyed[position] = hilbert(x, y) * 2 ** 21 + position;
  }
  keyed.sort();
  const ordered = new Uint32Array(indexes.length);
  for (let position = 0; position < keyed.length; position++) {
    ordered[position] = indexes[keyed[position]! % 2 ** 21]!;
  }
  return ordered;
}
