import path from 'node:path';

// Where the built app's files are, from the application's root folder (the repository in
// development, the app folder when packaged). Bundles live in dist/<part>/, two levels down.

export interface AppPaths {
  root: string;
  renderer: string;
  shippedSample: string;
}

export function appPaths(root: string): AppPaths {
  return {
    root,
    renderer: path.join(root, 'dist', 'renderer'),
    shippedSample: path.join(root, 'dist', 'sample', 'krems-old-town-sample.gpkg'),
  };
}
