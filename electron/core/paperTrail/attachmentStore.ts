// Captured originals and evidence (.eml/.msg files, screenshots, PDFs) as content-addressed files in
// the data folder: attachments/<first two hex digits>/<sha256>. A file's name is the hash of its
// bytes, so equal bytes are stored once, a name can never point at other bytes, and damage shows as
// a hash that no longer matches. Writes are durable (temp file, fsync, rename, fsync of the folder)
// and go through the fs port, so the power-cut and disk-trouble simulations drive them; a put
// resolves only once the file is safely in place, before any entry that names it is written.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { type FsPort, isNodeError } from '../fs/fsPort';
import { writeFileDurably } from '../storage/durableWrite';

export const ATTACHMENTS_DIR = 'attachments';
export const ATTACHMENT_LIMIT_BYTES = 25 * 1024 * 1024;
const SHA256 = /^[0-9a-f]{64}$/;
const SHARDS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export type AttachmentErrorCode = 'attachment_too_large' | 'attachment_empty' | 'attachment_missing' | 'attachment_damaged' | 'attachment_invalid_id';

export class AttachmentError extends Error {
  constructor(
    readonly code: AttachmentErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AttachmentError';
  }
}

export interface StoredAttachment {
  sha256: string;
  size: number;
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/**
 * Files being captured right now, by path: stored, but the entry naming them not yet written. A purge of the
 * trash must not take such a file away as "named by no entry". Shared by every store of the process.
 */
const pinned = new Map<string, number>();

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function createAttachmentStore(fs: FsPort, dataDir: string) {
  const root = join(dataDir, ATTACHMENTS_DIR);
  const pathOf = (sha: string) => join(root, sha.slice(0, 2), sha);

  function checkId(sha: string): void {
    if (typeof sha !== 'string' || !SHA256.test(sha)) {
      throw new AttachmentError('attachment_invalid_id', 'This attachment reference is not one Steadyhand made, so nothing was read.');
    }
  }

  /** Makes a folder and, when it is new, fsyncs its parent so the folder itself survives a power cut. */
  async function ensureFolder(path: string, parent: string): Promise<void> {
    if ((await fs.stat(path)) !== null) return;
    await fs.mkdir(path);
    await fs.syncDir(parent);
  }

  /** The bytes stored under `sha`, checked against their hash; a missing or damaged file is an AttachmentError. */
  async function readAttachment(sha: string): Promise<Uint8Array> {
    checkId(sha);
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(pathOf(sha));
    } catch (error) {
      if (isNodeError(error, 'ENOENT')) {
        throw new AttachmentError(
          'attachment_missing',
          'This attachment is missing from the data folder. Restore a backup that has it, or attach the file again.',
          {
            cause: error,
          },
        );
      }
      throw error;
    }
    if (sha256Of(bytes) !== sha) {
      throw new AttachmentError(
        'attachment_damaged',
        'This attachment is damaged on disk: its contents no longer match what was saved. Restore a backup that has it, or attach the file again.',
      );
    }
    return bytes;
  }

  /**
   * Stores the bytes durably and returns their name. Equal bytes are stored once: a second put of the
   * same bytes finds them in place (and rewrites them if the copy there has been damaged).
   */
  async function putAttachment(bytes: Uint8Array): Promise<StoredAttachment> {
    if (!(bytes instanceof Uint8Array)) throw new AttachmentError('attachment_empty', 'There is no file to attach.');
    if (bytes.byteLength === 0) throw new AttachmentError('attachment_empty', 'This file is empty, so there is nothing to attach.');
    if (bytes.byteLength > ATTACHMENT_LIMIT_BYTES) {
      throw new AttachmentError(
        'attachment_too_large',
        `This file is ${megabytes(bytes.byteLength)} MB. Files up to 25 MB can be attached; a smaller copy or a screenshot of the part that matters will do.`,
      );
    }
    const sha = sha256Of(bytes);
    const stored = { sha256: sha, size: bytes.byteLength };
    const existing = await fs.stat(pathOf(sha));
    if (existing !== null && existing.size === bytes.byteLength) {
      try {
        await readAttachment(sha);
        return stored;
      } catch (error) {
        if (!(error instanceof AttachmentError)) throw error;
        // Damaged or gone since the stat: write it again below.
      }
    }
    await ensureFolder(root, dataDir);
    await ensureFolder(join(root, sha.slice(0, 2)), root);
    await writeFileDurably(fs, pathOf(sha), bytes);
    return stored;
  }

  /** Every stored attachment (temp files of an interrupted put are not attachments and are left out). */
  async function listAttachments(): Promise<StoredAttachment[]> {
    const out: StoredAttachment[] = [];
    // Each of the 256 shard folders is looked in by name rather than found by listing `attachments/`:
    // the fs port promises file names from readdir, not subfolders (the simulated disk has none).
    for (const shard of SHARDS) {
      for (const name of (await readdirOrEmpty(join(root, shard))).sort()) {
        if (!SHA256.test(name) || !name.startsWith(shard)) continue;
        const info = await fs.stat(join(root, shard, name));
        if (info !== null) out.push({ sha256: name, size: info.size });
      }
    }
    return out;
  }

  async function readdirOrEmpty(path: string): Promise<string[]> {
    try {
      return await fs.readdir(path);
    } catch (error) {
      if (isNodeError(error, 'ENOENT') || isNodeError(error, 'ENOTDIR')) return [];
      throw error;
    }
  }

  /** Keeps `sha` from being removed until the returned function is called (see `pinned`). */
  function pin(sha: string): () => void {
    const path = pathOf(sha);
    pinned.set(path, (pinned.get(path) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (pinned.get(path) ?? 1) - 1;
      if (left <= 0) pinned.delete(path);
      else pinned.set(path, left);
    };
  }

  /** Removes a file no entry names any more; a file being captured (pinned) or already gone is left alone. */
  async function removeAttachment(sha: string): Promise<boolean> {
    checkId(sha);
    if (pinned.has(pathOf(sha))) return false;
    try {
      await fs.unlink(pathOf(sha));
      return true;
    } catch (error) {
      if (isNodeError(error, 'ENOENT')) return false;
      throw error;
    }
  }

  return { putAttachment, readAttachment, listAttachments, pathOf, pin, removeAttachment };
}

export type AttachmentStore = ReturnType<typeof createAttachmentStore>;
