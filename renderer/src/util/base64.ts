// Files cross the API as base64 (JSON over HTTP, structured clone over IPC). Converted in
// chunks: String.fromCharCode(...bytes) on a whole file would overflow the call stack, and one
// string per byte would be slow. Each chunk is a multiple of 3 bytes, so the chunks' base64
// strings join without padding in between.

const CHUNK_BYTES = 3 * 8192;
/** How much the async conversion does between yields to the event loop (keeps the UI painting). */
const BYTES_PER_SLICE = 3 * 1024 * 1024;

function chunkToBase64(bytes: Uint8Array, start: number, end: number): string {
  let binary = '';
  for (let offset = start; offset < end; offset += CHUNK_BYTES) {
    binary += String.fromCharCode(...bytes.subarray(offset, Math.min(offset + CHUNK_BYTES, end)));
  }
  return btoa(binary);
}

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += BYTES_PER_SLICE) {
    parts.push(chunkToBase64(bytes, start, Math.min(start + BYTES_PER_SLICE, bytes.length)));
  }
  return parts.join('');
}

/** The same, yielding between slices so that a large file does not freeze the window. */
export async function bytesToBase64Async(bytes: Uint8Array): Promise<string> {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += BYTES_PER_SLICE) {
    parts.push(chunkToBase64(bytes, start, Math.min(start + BYTES_PER_SLICE, bytes.length)));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return parts.join('');
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
