// A structural check of an Outlook .msg container (the Compound File Binary format) before the .msg
// reader walks it. The reader follows sector chains and the directory tree as it finds them, so a
// damaged file with a loop in a chain, or a sector number past the end, would make it spin or ask
// for gigabytes. This walks the same chains the way the reader does, with a step limit and bounds,
// and says what is wrong, so a damaged file is refused in milliseconds.

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = -2;
const NO_STREAM = -1;
const ENTRY_SIZE = 128;
const MINI_SECTOR = 64;
const MINI_CUTOFF = 4096;
const HEADER_FAT_SLOTS = 109;

export function hasCompoundFileSignature(bytes: Uint8Array): boolean {
  return bytes.byteLength >= CFB_SIGNATURE.length && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

interface DirectoryEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export interface CompoundFileOutline {
  /** Names of the streams and storages directly under the root. */
  rootNames: string[];
}

class Damaged extends Error {}

/** The outline of a sound container; throws an Error saying what is wrong with a damaged one. */
export function checkCompoundFile(bytes: Uint8Array): CompoundFileOutline {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const int = (offset: number) => {
    if (offset < 0 || offset + 4 > bytes.byteLength) throw new Damaged('a table points past the end of the file');
    return view.getInt32(offset, true);
  };
  if (bytes.byteLength < 512 || !hasCompoundFileSignature(bytes)) throw new Damaged('the file is too short to hold a message');
  const shift = bytes[30];
  if (shift !== 9 && shift !== 12) throw new Damaged('the sector size is not one Outlook writes');
  const sectorSize = shift === 12 ? 4096 : 512;
  const perSector = sectorSize / 4;
  const sectorCount = Math.floor(bytes.byteLength / sectorSize) - 1;
  const sectorOffset = (n: number) => (n + 1) * sectorSize;
  const validSector = (n: number) => Number.isInteger(n) && n >= 0 && n < sectorCount;
  const needSector = (n: number) => {
    if (!validSector(n)) throw new Damaged('a chain points past the end of the file (is it cut short?)');
    return n;
  };

  const fatCount = int(0x2c);
  const directoryStart = int(0x30);
  const miniFatStart = int(0x3c);
  const miniFatCount = int(0x40);
  let difatNext = int(0x44);
  const difatCount = int(0x48);
  if (fatCount < 0 || fatCount > sectorCount + 1 || difatCount < 0 || difatCount > sectorCount || miniFatCount < 0 || miniFatCount > sectorCount) {
    throw new Damaged('the header counts more tables than the file holds');
  }
  // The FAT's own sectors: the first 109 are listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(fatCount, HEADER_FAT_SLOTS); i++) fatSectors.push(int(0x4c + 4 * i));
  let remaining = fatCount - fatSectors.length;
  for (let i = 0; i < difatCount && remaining > 0; i++) {
    const at = sectorOffset(needSector(difatNext));
    for (let j = 0; j < Math.min(remaining, perSector - 1); j++) {
      const s = int(at + 4 * j);
      if (s === NO_STREAM || s === END_OF_CHAIN) break;
      fatSectors.push(s);
    }
    remaining -= Math.min(remaining, perSector - 1);
    difatNext = int(at + 4 * (perSector - 1));
    if (difatNext === NO_STREAM || difatNext === END_OF_CHAIN) break;
  }
  fatSectors.forEach(needSector);

  const next = (n: number, table: number[]) => {
    const holder = table[Math.floor(n / perSector)];
    return holder === undefined ? END_OF_CHAIN : int(sectorOffset(holder) + 4 * (n % perSector));
  };
  // In a sound file every sector and mini sector belongs to one chain, so all the walks together take
  // at most one step per piece; many chains sharing one long tail would make this check quadratic.
  let steps = 2 * sectorCount * (sectorSize / MINI_SECTOR) + 64;
  /** The sectors of a chain; a loop or a stray number is damage. */
  const chain = (start: number, table: number[], limit: number, valid: (n: number) => boolean, maxLength = Infinity) => {
    const out: number[] = [];
    for (let n = start; n !== END_OF_CHAIN && out.length < maxLength; n = next(n, table)) {
      if (!valid(n)) throw new Damaged('a chain points past the end of the file (is it cut short?)');
      if (out.length >= limit) throw new Damaged('a chain of sectors runs in a loop');
      if (--steps < 0) throw new Damaged('its streams share sectors');
      out.push(n);
    }
    return out;
  };

  const entries: DirectoryEntry[] = [];
  for (const sector of chain(directoryStart, fatSectors, sectorCount, validSector)) {
    for (let at = sectorOffset(sector); at < sectorOffset(sector) + sectorSize; at += ENTRY_SIZE) {
      const nameBytes = view.getUint16(at + 0x40, true);
      if (nameBytes > 64) throw new Damaged('a directory entry has a name longer than the format allows');
      let name = '';
      for (let c = 0; c + 2 < nameBytes; c += 2) name += String.fromCharCode(view.getUint16(at + c, true));
      entries.push({
        name,
        type: bytes[at + 0x42]!,
        left: int(at + 0x44),
        right: int(at + 0x48),
        child: int(at + 0x4c),
        start: int(at + 0x74),
        size: int(at + 0x78),
      });
    }
  }
  const root = entries[0];
  if (root === undefined || root.type !== 5) throw new Damaged('the directory has no root');

  // The directory is a tree of siblings and children; a loop in it would never end.
  const seen = new Set<number>([0]);
  const rootNames: string[] = [];
  const documents: DirectoryEntry[] = [];
  const pending: { index: number; parent: number }[] = root.child === NO_STREAM ? [] : [{ index: root.child, parent: 0 }];
  while (pending.length > 0) {
    const { index, parent } = pending.pop()!;
    const entry = entries[index];
    if (entry === undefined || seen.has(index)) throw new Damaged('the directory refers to an entry twice or to one that is not there');
    seen.add(index);
    if (parent === 0) rootNames.push(entry.name);
    if (entry.type === 2) documents.push(entry);
    for (const sibling of [entry.left, entry.right]) if (sibling !== NO_STREAM) pending.push({ index: sibling, parent });
    if (entry.type === 1 && entry.child !== NO_STREAM) pending.push({ index: entry.child, parent: index });
  }

  // Small streams live in 64-byte pieces inside the root's stream, found through the mini FAT.
  // Negative starts and a mini FAT at sector 0 read as "none" to the .msg reader; the same here.
  const ministream = root.start < 0 ? [] : chain(root.start, fatSectors, sectorCount, validSector);
  const miniFatSectors = miniFatStart <= 0 ? [] : chain(miniFatStart, fatSectors, sectorCount, validSector, miniFatCount);
  const miniSlots = ministream.length * (sectorSize / MINI_SECTOR);
  for (const doc of documents) {
    if (doc.size < 0 || doc.size > bytes.byteLength) throw new Damaged('a stream claims to be larger than the file');
    if (doc.size === 0) continue;
    if (doc.size < MINI_CUTOFF) {
      const pieces = chain(doc.start, miniFatSectors, miniSlots, (n) => Number.isInteger(n) && n >= 0 && n < miniSlots);
      if (pieces.length === 0) throw new Damaged('a stream has no data');
    } else {
      const needed = Math.ceil(doc.size / sectorSize);
      if (chain(doc.start, fatSectors, sectorCount, validSector, needed).length < needed) throw new Damaged('a stream ends before its stated size');
    }
  }
  return { rootNames };
}

export function isDamagedCompoundFile(error: unknown): error is Error {
  return error instanceof Damaged;
}
