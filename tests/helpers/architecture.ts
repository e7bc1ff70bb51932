import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// Checks of the code's shape that ARCHITECTURE.md asks for: files stay under a size (a file that
// grows past it has two jobs), and no module imports itself back through others (a cycle).

/** The source files (.ts, .tsx) under these folders of `root`, as paths relative to it ('/' separated). */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (folder: string) => {
    for (const entry of fs.readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const relative = `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') visit(relative);
      } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(relative);
    }
  };
  for (const folder of folders) if (fs.existsSync(path.join(root, folder))) visit(folder);
  return files.sort();
}

export function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** Files longer than `maxLines`, with their length, except those `excluded` says to leave out. */
export function oversizedFiles(
  root: string,
  files: readonly string[],
  maxLines: number,
  excluded: (file: string) => boolean = () => false,
): { file: string; lines: number }[] {
  return files
    .filter((file) => !excluded(file))
    .map((file) => ({ file, lines: lineCount(fs.readFileSync(path.join(root, file), 'utf8')) }))
    .filter((entry) => entry.lines > maxLines);
}

/** The file a relative specifier names (`./a.js` is a.ts or a.tsx, `./b` is b.ts or b/index.ts), if it is one of `known`. */
function resolveSpecifier(from: string, specifier: string, known: ReadonlySet<string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const stem = base.replace(/\.(?:js|jsx|mjs|cjs|ts|tsx)$/, '');
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((candidate) => known.has(candidate)) ?? null;
}

/**
 * Who imports whom among `files` (paths relative to `root`), from TypeScript's own scan of each
 * file's imports, re-exports and dynamic imports. Type-only imports count too: see the test.
 */
export function importGraph(root: string, files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const { importedFiles } = ts.preProcessFile(text, true, true);
    const targets = importedFiles
      .map((imported) => resolveSpecifier(file, imported.fileName, known))
      .filter((target): target is string => target !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components (Tarjan): each group of files that reach one another. */
export function stronglyConnectedComponents(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, counter);
    lowLink.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        lowLink.set(node, Math.min(lowLink.get(node)!, lowLink.get(next)!));
      } else if (onStack.has(next)) {
        lowLink.set(node, Math.min(lowLink.get(node)!, index.get(next)!));
      }
    }
    if (lowLink.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      components.push(component);
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  return components;
}

/** One shortest way round from `start` back to it, within `members` ("a → b → a"). */
function shortestCycle(graph: ReadonlyMap<string, readonly string[]>, start: string, members: ReadonlySet<string>) {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const cycle = [start];
        for (let step: string | undefined = node; step !== start && step !== undefined; step = previous.get(step))
          cycle.splice(1, 0, step);
        return [...cycle, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

/** Every import cycle, as one way round it (a file importing itself included), sorted. */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  return stronglyConnectedComponents(graph)
    .filter((component) => component.length > 1 || (graph.get(component[0]!) ?? []).includes(component[0]!))
    .map((component) => {
      const start = [...component].sort()[0]!;
      return shortestCycle(graph, start, new Set(component));
    })
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}
