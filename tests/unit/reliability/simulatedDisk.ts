// A simulated disk behind the file-system port, for power cuts. It keeps what was written apart
// from what was synced, for file contents (fsync) and for folder entries (fsync of the folder),
// like a real kernel's page cache. Now and then it writes back something unsynced on its own,
// in any order (contents before names or after), as a real one does. A power cut keeps only what
// reached the disk, plus, for a file that grew, maybe part of the growth or zeros where it was
// meant to go (what ext4 leaves after a crash with delayed allocation).
import { basename, dirname } from 'node:path';
import type { FileInfo, FsPort, WritableFile } from '../../../electron/core/fs/fsPort';
import type { Random } from '../../../scripts/bench/textBank';

interface Inode {
  data: Uint8Array;
  synced: Uint8Array;
  /** Written since it last reached the disk. */
  dirty: boolean;
}

interface Folder {
  entries: Map<string, Inode>;
  synced: Map<string, Inode>;
}

export class PowerCut extends Error {
  constructor() {
    super('The power was cut.');
    this.name = 'PowerCut';
  }
}

const errno = (code: string, path: string) => Object.assign(new Error(`${code}: ${path}`), { code });

export class SimulatedDisk implements FsPort {
  private readonly folders = new Map<string, Folder>();
  /** Operations so far; the cut happens when this reaches `cutAt`. */
  ops = 0;
  cutAt = Number.POSITIVE_INFINITY;
  private dead = false;

  get isCut(): boolean {
    return this.dead;
  }

  constructor(
    private readonly random: Random,
    /** Chance, at each operation, that the kernel writes back one unsynced thing on its own. */
    private readonly writebackChance = 0.25,
  ) {}

  // ---- The port ----

  async readFile(path: string): Promise<Uint8Array> {
    this.tick();
    return this.inodeAt(path).data.slice();
  }
  async openForWrite(path: string, options?: { exclusive?: boolean }): Promise<WritableFile> {
    this.tick();
    const folder = this.folder(dirname(path));
    let inode = folder.entries.get(basename(path));
    if (inode !== undefined && options?.exclusive) throw errno('EEXIST', path);
    if (inode === undefined) folder.entries.set(basename(path), (inode = { data: new Uint8Array(), synced: new Uint8Array(), dirty: false }));
    else Object.assign(inode, { data: new Uint8Array(), dirty: true }); // 'w' truncates the file it opens
    return this.handle(inode);
  }
  async openForAppend(path: string): Promise<WritableFile> {
    this.tick();
    return this.handle(this.inodeAt(path));
  }
  async rename(from: string, to: string): Promise<void> {
    this.tick();
    const inode = this.inodeAt(from);
    this.folder(dirname(from)).entries.delete(basename(from));
    this.folder(dirname(to)).entries.set(basename(to), inode);
  }
  async unlink(path: string): Promise<void> {
    this.tick();
    this.inodeAt(path);
    this.folder(dirname(path)).entries.delete(basename(path));
  }
  async mkdir(path: string): Promise<void> {
    this.tick();
    // Folders are taken as lasting once made: the data folder exists before the app runs.
    this.folder(path);
  }
  async readdir(path: string): Promise<string[]> {
    this.tick();
    const folder = this.folders.get(path);
    if (folder === undefined) throw errno('ENOENT', path);
    return [...folder.entries.keys()].sort();
  }
  async stat(path: string): Promise<FileInfo | null> {
    this.tick();
    const inode = this.folders.get(dirname(path))?.entries.get(basename(path));
    return inode === undefined ? null : { size: inode.data.byteLength, mtimeMs: 0 };
  }
  async syncDir(path: string): Promise<void> {
    this.tick();
    const folder = this.folder(path);
    folder.synced = new Map(folder.entries);
  }

  // ---- The power cut ----

  /** The disk as it is found after the power comes back. */
  afterPowerCut(random: Random): SimulatedDisk {
    const next = new SimulatedDisk(random, this.writebackChance);
    const seen = new Map<Inode, Inode>();
    for (const [path, folder] of this.folders) {
      const entries = new Map<string, Inode>();
      for (const [name, inode] of folder.synced) {
        let kept = seen.get(inode);
        if (kept === undefined) seen.set(inode, (kept = this.survivor(inode, random)));
        entries.set(name, kept);
      }
      next.folders.set(path, { entries, synced: new Map(entries) });
    }
    return next;
  }

  /** Every name and its bytes, as the app would see them now (for checks). */
  files(): Map<string, Uint8Array> {
    const out = new Map<string, Uint8Array>();
    for (const [path, folder] of this.folders) for (const [name, inode] of folder.entries) out.set(`${path}/${name}`, inode.data);
    return out;
  }

  /** Puts a file in place as if it had always been on the disk. */
  place(path: string, bytes: Uint8Array): void {
    const inode = { data: bytes.slice(), synced: bytes.slice(), dirty: false };
    const folder = this.folder(dirname(path));
    folder.entries.set(basename(path), inode);
    folder.synced.set(basename(path), inode);
  }

  remove(path: string): void {
    const folder = this.folder(dirname(path));
    folder.entries.delete(basename(path));
    folder.synced.delete(basename(path));
  }

  private survivor(inode: Inode, random: Random): Inode {
    const synced = inode.synced;
    const grew = inode.data.byteLength > synced.byteLength && startsWith(inode.data, synced);
    if (!grew) return { data: synced.slice(), synced: synced.slice(), dirty: false };
    const extra = random.int(0, inode.data.byteLength - synced.byteLength);
    const kind = random.int(0, 2);
    const tail = kind === 0 ? new Uint8Array() : kind === 1 ? inode.data.slice(synced.byteLength, synced.byteLength + extra) : new Uint8Array(extra);
    const data = concat(synced, tail);
    return { data, synced: data.slice(), dirty: false };
  }

  // ---- Inside ----

  private tick(): void {
    if (this.dead) throw new PowerCut();
    if (++this.ops >= this.cutAt) {
      this.dead = true;
      throw new PowerCut();
    }
    if (this.random.chance(this.writebackChance)) this.writeBackSomething();
  }

  /** The kernel flushing one unsynced thing: a file's contents, or one name in a folder. */
  private writeBackSomething(): void {
    const pending: (() => void)[] = [];
    for (const folder of this.folders.values()) {
      for (const inode of new Set([...folder.entries.values()]))
        if (inode.dirty) pending.push(() => Object.assign(inode, { synced: inode.data.slice(), dirty: false }));
      const names = new Set([...folder.entries.keys(), ...folder.synced.keys()]);
      for (const name of names) {
        if (folder.entries.get(name) === folder.synced.get(name)) continue;
        pending.push(() => {
          const inode = folder.entries.get(name);
          if (inode === undefined) folder.synced.delete(name);
          else folder.synced.set(name, inode);
        });
      }
    }
    if (pending.length > 0) this.random.pick(pending)();
  }

  private handle(inode: Inode): WritableFile {
    return {
      write: async (data) => {
        this.tick();
        Object.assign(inode, { data: concat(inode.data, data), dirty: true });
      },
      sync: async () => {
        this.tick();
        Object.assign(inode, { synced: inode.data.slice(), dirty: false });
      },
      close: async () => {
        this.tick();
      },
    };
  }

  private folder(path: string): Folder {
    let folder = this.folders.get(path);
    if (folder === undefined) this.folders.set(path, (folder = { entries: new Map(), synced: new Map() }));
    return folder;
  }

  private inodeAt(path: string): Inode {
    const inode = this.folders.get(dirname(path))?.entries.get(basename(path));
    if (inode === undefined) throw errno('ENOENT', path);
    return inode;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a, 0);
  out.set(b, a.byteLength);
  return out;
}

function startsWith(data: Uint8Array, prefix: Uint8Array): boolean {
  if (prefix.byteLength > data.byteLength) return false;
  for (let i = 0; i < prefix.byteLength; i++) if (data[i] !== prefix[i]) return false;
  return true;
}
