import fs from 'node:fs';
import { createRequire } from 'node:module';
import { decode as decodePng } from 'fast-png';
import type { DecodedTile } from '../../../shared/routing/elevation.js';

// Elevation tiles decoded in Node, without a native image library: PNG with fast-png (pure
// JavaScript), WebP with libwebp compiled to WebAssembly (@jsquash/webp). Real DEM PMTiles are
// often WebP; the renderer's MapLibre decodes them itself, the backend needs this to sample.
// Loading WebAssembly is asynchronous; once loaded, decoding is synchronous, so it can run
// inside a write transaction (a route is routed and measured in one edit).

const require = createRequire(import.meta.url);

interface WebpModule {
  decode(data: Uint8Array): { width: number; height: number; data: Uint8ClampedArray } | null;
}

let webp: Promise<WebpModule> | null = null;

function loadWebp(): Promise<WebpModule> {
  webp ??= (async () => {
    const [{ default: factory }, { initEmscriptenModule }] = await Promise.all([
      import('@jsquash/webp/codec/dec/webp_dec.js'),
      import('@jsquash/webp/utils.js'),
    ]);
    const wasm = fs.readFileSync(require.resolve('@jsquash/webp/codec/dec/webp_dec.wasm'));
    // NOTE: WebAssembly is a Node global; the backend's type library (no DOM) does not declare it.
    const { WebAssembly: wasmApi } = globalThis as unknown as {
      WebAssembly: { compile(bytes: Uint8Array): Promise<unknown> };
    };
    return (await initEmscriptenModule(factory as never, (await wasmApi.compile(wasm)) as never)) as WebpModule;
  })();
  return webp;
}

function isWebp(bytes: Uint8Array): boolean {
  const text = (start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
  return bytes.length > 12 && text(0, 4) === 'RIFF' && text(8, 12) === 'WEBP';
}

function decodeWith(webpModule: WebpModule | null, bytes: Uint8Array): DecodedTile {
  if (isWebp(bytes)) {
    if (!webpModule) throw new Error('the WebP decoder is not loaded');
    const image = webpModule.decode(bytes);
    if (!image) throw new Error('a WebP tile does not decode');
    return { width: image.width, height: image.height, data: image.data };
  }
  const png = decodePng(bytes);
  if (png.depth !== 8) throw new Error(`elevation tiles must have 8 bits per channel, not ${png.depth}`);
  const pixels = png.width * png.height;
  if (png.channels === 4) return { width: png.width, height: png.height, data: png.data as Uint8Array };
  if (png.channels !== 3) throw new Error(`elevation tiles must be RGB or RGBA, not ${png.channels} channels`);
  const rgba = new Uint8Array(pixels * 4);
  for (let index = 0; index < pixels; index++) {
    rgba[index * 4] = png.data[index * 3]!;
    rgba[index * 4 + 1] = png.data[index * 3 + 1]!;
    rgba[index * 4 + 2] = png.data[index * 3 + 2]!;
    rgba[index * 4 + 3] = 255;
  }
  return { width: png.width, height: png.height, data: rgba };
}

/** A synchronous decoder of PNG and WebP tiles, once WebAssembly is loaded. */
export async function loadDemDecoder(): Promise<(bytes: Uint8Array) => DecodedTile> {
  const webpModule = await loadWebp();
  return (bytes) => decodeWith(webpModule, bytes);
}

/** RGBA pixels of a PNG or WebP tile; throws on anything else or a broken image. */
export async function decodeDemTile(bytes: Uint8Array): Promise<DecodedTile> {
  return (await loadDemDecoder())(bytes);
}
