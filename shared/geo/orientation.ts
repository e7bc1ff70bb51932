// Which side of the line from a to b the point c lies on: 1 to the left (a, b, c turn
// counter-clockwise), -1 to the right, 0 on the line. Exact, as validity needs: the floating-point
// determinant decides when it is clear of rounding error (Shewchuk's bound for orient2d),
// otherwise the same determinant is computed exactly in integers (rare: near-collinear points).

export type Side = -1 | 0 | 1;

const EPSILON = 2 ** -53;
const ERROR_BOUND = (3 + 16 * EPSILON) * EPSILON;

export function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Side {
  const left = (ax - cx) * (by - cy);
  const right = (ay - cy) * (bx - cx);
  const determinant = left - right;
  let sum: number;
  if (left > 0) {
    if (right <= 0) return sign(determinant);
    sum = left + right;
  } else if (left < 0) {
    if (right >= 0) return sign(determinant);
    sum = -left - right;
  } else {
    return sign(determinant);
  }
  const bound = ERROR_BOUND * sum;
  if (determinant >= bound || -determinant >= bound) return sign(determinant);
  return exactOrientation([ax, ay, bx, by, cx, cy]);
}

function sign(value: number): Side {
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}

const view = new DataView(new ArrayBuffer(8));

/** A finite double as an integer mantissa and a power of two: value = mantissa * 2^exponent. */
function decompose(value: number): [bigint, number] {
  if (value === 0) return [0n, 0];
  view.setFloat64(0, value);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  let exponent: number;
  if (biased === 0) exponent = -1074;
  else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  return [high >>> 31 ? -mantissa : mantissa, exponent];
}

function exactOrientation(values: readonly number[]): Side {
  const parts = values.map(decompose);
  const lowest = Math.min(...parts.filter(([mantissa]) => mantissa !== 0n).map(([, exponent]) => exponent));
  const [ax, ay, bx, by, cx, cy] = parts.map(([mantissa, exponent]) =>
    mantissa === 0n ? 0n : mantissa << BigInt(exponent - lowest),
  ) as [bigint, bigint, bigint, bigint, bigint, bigint];
  const determinant = (ax - cx) * (by - cy) - (ay - cy) * (bx - cx);
  return determinant > 0n ? 1 : determinant < 0n ? -1 : 0;
}
