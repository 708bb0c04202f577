// The identity of a snapshot's bytes, which the journal's header names so it is never replayed onto another snapshot.
import { createHash } from 'node:crypto';

export interface SnapshotIdentity {
  digest: string;
  size: number;
}

export function identify(bytes: Uint8Array): SnapshotIdentity {
  return { digest: createHash('sha256').update(bytes).digest('hex'), size: bytes.byteLength };
}
