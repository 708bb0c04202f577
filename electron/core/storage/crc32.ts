// CRC-32 of a string's UTF-8 bytes, to tell a whole journal line from one a crash cut short.
import * as zlib from 'node:zlib';

const native = (zlib as { crc32?: (data: string | Uint8Array) => number }).crc32;

let table: Uint32Array | null = null;

/** Node 20.15+ and Electron have zlib.crc32; older Node falls back to a small table-driven version. */
export function crc32(text: string): number {
  if (native !== undefined) return native(text);
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
