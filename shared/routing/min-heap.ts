// A binary min-heap of node indexes keyed by cost, in typed arrays: the router's priority queue.
// NOTE: written here rather than taken from a library (tinyqueue holds objects): a route query
// pops hundreds of thousands of entries, and objects per entry would make the garbage collector,
// not the search, the cost. Stale entries are skipped by the caller (no decrease-key).

export class MinHeap {
  private keys: Float64Array;
  private values: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
  }

  clear(): void {
    this.length = 0;
  }

  push(value: number, key: number): void {
    if (this.length === this.keys.length) this.grow();
    let index = this.length++;
    const keys = this.keys;
    const values = this.values;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[index] = keys[parent]!;
      values[index] = values[parent]!;
      index = parent;
    }
    keys[index] = key;
    values[index] = value;
  }

  /** The smallest key (Infinity when empty). */
  peekKey(): number {
    return this.length > 0 ? this.keys[0]! : Infinity;
  }

  /** Removes the entry with the smallest key and returns its value (the caller read its key first). */
  pop(): number {
    const keys = this.keys;
    const values = this.values;
    const top = values[0]!;
    const last = --this.length;
    if (last > 0) {
      const key = keys[last]!;
      const value = values[last]!;
      let index = 0;
      const half = last >> 1;
      while (index < half) {
        let child = 2 * index + 1;
        const right = child + 1;
        if (right < last && keys[right]! < keys[child]!) child = right;
        if (keys[child]! >= key) break;
        keys[index] = keys[child]!;
        values[index] = values[child]!;
        index = child;
      }
      keys[index] = key;
      values[index] = value;
    }
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const values = new Int32Array(this.values.length * 2);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }
}
