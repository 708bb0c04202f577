// The open journal file: started afresh (durably) on top of a snapshot, then appended to and
// fsynced once per write batch. A failed append leaves it "broken" so no later line can follow a
// half-written one; the next write is then a full snapshot, which starts a new journal.
import type { FsPort, WritableFile } from '../fs/fsPort';
import { writeFileDurably } from './durableWrite';
import { encodeHeader } from './journal';

export class JournalWriter {
  private broken = false;

  private constructor(
    private readonly file: WritableFile,
    /** Bytes in the file, header included. */
    public size: number,
    readonly headerSize: number,
  ) {}

  /** Writes a journal holding only its header (replacing any old one in one rename), then opens it for appending. */
  static async start(fs: FsPort, path: string, base: { digest: string; size: number }): Promise<JournalWriter> {
    const header = new TextEncoder().encode(encodeHeader(base.digest, base.size));
    await writeFileDurably(fs, path, header);
    return new JournalWriter(await fs.openForAppend(path), header.byteLength, header.byteLength);
  }

  get usable(): boolean {
    return !this.broken;
  }

  /** True once something beyond the header was written: there is something to fold into the snapshot. */
  get hasChanges(): boolean {
    return this.size > this.headerSize;
  }

  /** Resolves once the line is on disk (fsync); the caller acknowledges the batch only then. */
  async append(line: string): Promise<void> {
    if (this.broken) throw new Error('The change journal cannot take more lines after a failed write.');
    const bytes = new TextEncoder().encode(line);
    try {
      await this.file.write(bytes);
      await this.file.sync();
    } catch (error) {
      this.broken = true;
      throw error;
    }
    this.size += bytes.byteLength;
  }

  async close(): Promise<void> {
    this.broken = true;
    await this.file.close();
  }
}
