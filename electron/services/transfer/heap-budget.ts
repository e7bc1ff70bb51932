import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

// The reading worker's heap, held to a budget. Reading a file makes a great deal of short-lived
// garbage (the text's pieces, each point's attributes), and V8 lets its old space grow to several
// times what is alive before collecting it: 80 MB for a reader that holds 20 at a time, measured
// on a 100 MB GPX (issue #12: an import's peak memory under twice the file's size). So the worker
// collects its heap itself once it has grown by `growthBytes` since the last collection (a full
// collection of a small heap takes milliseconds; tens of them for a 100 MB file).

export function createHeapBudget(growthBytes: number): () => void {
  // NOTE: --expose-gc set at run time makes `gc` a global of contexts created after it.
  v8.setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  const used = () => v8.getHeapStatistics().used_heap_size;
  let afterLast = used();
  return () => {
    if (used() - afterLast < growthBytes) return;
    collect();
    afterLast = used();
  };
}
