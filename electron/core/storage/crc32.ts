// CRC-32 of a string's UTF-8 bytes, to tell a whole journal line from one a crash cut short.
import { crc32 as zlibCrc32 } from 'node:zlib';

export function crc32(text: string): number {
  return zlibCrc32(text);
}
