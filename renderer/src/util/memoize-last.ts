/**
 * Remembers the last call: the same arguments (by identity) give the same result object, so a
 * GeoJSON collection is rebuilt only when the domain data it comes from changes.
 */
export function memoizeLast<Args extends readonly unknown[], Result>(compute: (...args: Args) => Result) {
  let lastArgs: Args | undefined;
  let lastResult: Result | undefined;
  return (...args: Args): Result => {
    if (lastArgs && sameArguments(lastArgs, args)) return lastResult as Result;
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}

/** Whether two argument lists hold the same values, by identity. */
export function sameArguments(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
