/**
 * Remembers the last call: the same arguments (by identity) give the same result object, so a
 * GeoJSON collection is rebuilt only when the domain data it comes from changes.
 */
export function memoizeLast<Args extends readonly unknown[], Result>(compute: (...args: Args) => Result) {
  let lastArgs: Args | undefined;
  let lastResult: Result | undefined;
  return (...args: Args): Result => {
    if (
      lastArgs &&
      lastArgs.length === args.length &&
      lastArgs.every((value, index) => Object.is(value, args[index]))
    ) {
      return lastResult as Result;
    }
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}
