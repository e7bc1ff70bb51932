/** The active result after ArrowDown (`step` 1) or ArrowUp (-1) through `count` results, going
 *  round at both ends; -1 is none (ArrowDown then starts at the first, ArrowUp at the last). */
export function movedIndex(index: number, step: 1 | -1, count: number): number {
  if (count === 0) return -1;
  if (index < 0) return step === 1 ? 0 : count - 1;
  return (index + step + count) % count;
}
