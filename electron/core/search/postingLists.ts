// Posting lists for the compact search index (compactIndex.ts): which slots hold a term in a field, and how often.
// Every list lives in one shared byte pool as chained blocks that double in size (8 bytes up to 1 KB), so a rare term
// costs a few bytes rather than a Map or a typed array of its own, and appending never moves a list. The pool is
// made of 64 KB chunks that are never copied or freed while the index lives (a block never straddles two): one
// buffer grown by copying leaves every old copy behind as freed memory, which the C allocator seldom gives back. A posting is the
// gap from the previous slot as a varint, shifted left one bit; the low bit says a frequency above one follows as a
// second varint (most words occur once in a field, so most postings take one or two bytes).

const BLOCK_SIZES = [8, 16, 32, 64, 128, 256, 512, 1024];
/** The last four bytes of a full block hold where the next block starts. */
const POINTER = 4;

/**
 * Room for at least `size` numbers. Sizes double (powers of two), so an array grown one number at a time is
 * copied only a handful of times and the allocator sees few, reusable sizes.
 */
export function withRoom<T extends Uint8Array | Uint16Array | Int32Array | Float64Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  let length = Math.max(64, array.length);
  while (length < size) length *= 2;
  const grown = new (array.constructor as new (length: number) => T)(length);
  grown.set(array);
  return grown;
}

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const WITHIN = CHUNK - 1;

export class PostingLists {
  private readonly chunks: Uint8Array[] = [];
  private used = 0;
  private lists = 0;
  // Per list: where its first block starts, where the next byte goes, where the current block's pointer sits,
  // the last slot written (gaps are taken from it), how many postings it holds, and its current block size.
  private head = new Int32Array(64);
  private tail = new Int32Array(64);
  private end = new Int32Array(64);
  private last = new Int32Array(64);
  private count = new Int32Array(64);
  private level = new Uint8Array(64);

  /** A new, empty list; its id is what `append` and `forEach` take. */
  create(): number {
    const list = this.lists++;
    this.head = withRoom(this.head, this.lists);
    this.tail = withRoom(this.tail, this.lists);
    this.end = withRoom(this.end, this.lists);
    this.last = withRoom(this.last, this.lists);
    this.count = withRoom(this.count, this.lists);
    this.level = withRoom(this.level, this.lists);
    const start = this.allocate(0);
    this.head[list] = start;
    this.tail[list] = start;
    this.end[list] = start + BLOCK_SIZES[0]! - POINTER;
    this.last[list] = -1;
    this.count[list] = 0;
    this.level[list] = 0;
    return list;
  }

  /** Adds a posting; slots must be appended in increasing order within a list. */
  append(list: number, slot: number, frequency: number): void {
    const gap = slot - this.last[list]!;
    this.last[list] = slot;
    this.count[list]! += 1;
    this.writeVarint(list, gap * 2 + (frequency > 1 ? 1 : 0));
    if (frequency > 1) this.writeVarint(list, frequency);
  }

  /** Postings written to the list, including those of slots removed since. */
  size(list: number): number {
    return this.count[list]!;
  }

  forEach(list: number, visit: (slot: number, frequency: number) => void): void {
    const chunks = this.chunks;
    let at = this.head[list]!;
    let bytes = chunks[at >>> CHUNK_BITS]!;
    let level = 0;
    let blockEnd = at + BLOCK_SIZES[0]! - POINTER;
    let slot = -1;
    let frequency = 0;
    // One loop reads both varints of a posting: `wanted` says which one is being read.
    let value = 0;
    let scale = 1;
    let wanted: 'gap' | 'frequency' = 'gap';
    for (let n = this.count[list]!; n > 0;) {
      if (at === blockEnd) {
        const p = at & WITHIN;
        at = bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16) | (bytes[p + 3]! << 24);
        bytes = chunks[at >>> CHUNK_BITS]!;
        level = Math.min(level + 1, BLOCK_SIZES.length - 1);
        blockEnd = at + BLOCK_SIZES[level]! - POINTER;
      }
      const byte = bytes[at++ & WITHIN]!;
      value += (byte & 0x7f) * scale;
      if (byte >= 0x80) {
        scale *= 0x80;
        continue;
      }
      if (wanted === 'gap') {
        slot += Math.floor(value / 2);
        if (value % 2 === 1) wanted = 'frequency';
        else frequency = 1;
      } else {
        frequency = value;
        wanted = 'gap';
      }
      value = 0;
      scale = 1;
      if (wanted === 'gap') {
        visit(slot, frequency);
        n--;
      }
    }
  }

  private allocate(level: number): number {
    const size = BLOCK_SIZES[level]!;
    // A block that would cross into the next chunk starts there instead.
    if ((this.used & WITHIN) + size > CHUNK) this.used = (this.used | WITHIN) + 1;
    const start = this.used;
    this.used += size;
    while (this.chunks.length <= (this.used - 1) >>> CHUNK_BITS) this.chunks.push(new Uint8Array(CHUNK));
    return start;
  }

  private writeVarint(list: number, value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.writeByte(list, (rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.writeByte(list, rest);
  }

  private writeByte(list: number, byte: number): void {
    let at = this.tail[list]!;
    if (at === this.end[list]) {
      // The block is full: chain a bigger one and leave its start in the pointer bytes.
      const level = Math.min(this.level[list]! + 1, BLOCK_SIZES.length - 1);
      const start = this.allocate(level);
      const bytes = this.chunks[at >>> CHUNK_BITS]!;
      const p = at & WITHIN;
      bytes[p] = start & 0xff;
      bytes[p + 1] = (start >>> 8) & 0xff;
      bytes[p + 2] = (start >>> 16) & 0xff;
      bytes[p + 3] = (start >>> 24) & 0xff;
      this.level[list] = level;
      this.end[list] = start + BLOCK_SIZES[level]! - POINTER;
      at = start;
    }
    this.chunks[at >>> CHUNK_BITS]![at & WITHIN] = byte;
    this.tail[list] = at + 1;
  }
}
