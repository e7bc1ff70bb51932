import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from '../shared/security/content-security-policy.js';

/** This file's folder as a file-system path, so the build runs from any working directory.
 *  NOTE: worked out from the URL rather than with node:url, which the renderer's tsconfig (DOM, no
 *  Node types) cannot see; a Windows path comes as /C:/..., hence the slash dropped. */
function folderOf(moduleUrl: string): string {
  const path = decodeURIComponent(new URL('.', moduleUrl).pathname).replace(/\/$/, '');
  return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
}

const rendererFolder = folderOf(import.meta.url);

// Written into built pages only: the dev server needs inline scripts and a websocket.

function contentSecurityPolicy(): Plugin {
  return {
    name: 'itinera-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: rendererFolder,
  // Relative asset paths, so the same build loads from http://127.0.0.1 and from Electron's protocol.
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  json: { stringify: true },
  build: {
    outDir: `${rendererFolder}/../dist/renderer`,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
});
