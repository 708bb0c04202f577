// Turns stored bytes into a valid, current document, or says exactly why it cannot.
import { type DataDocument, dataDocument } from '../../../shared/model/document';
import { documentVersion, migrate, NewerVersionError } from './migrations';

export type ReadResult =
  | { ok: true; doc: DataDocument; fromVersion: number }
  | {
      ok: false;
      problem: 'empty' | 'unparseable' | 'not-a-document' | 'invalid' | 'newer-version';
      detail: string;
      fileVersion?: number;
    };

export function readDocumentBytes(bytes: Uint8Array): ReadResult {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.replace(/[\s\0]/g, '').length === 0) {
    return { ok: false, problem: 'empty', detail: bytes.byteLength === 0 ? 'The file is empty.' : 'The file holds only blank or NUL bytes.' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'unparseable', detail: `The file is not valid JSON (${(error as Error).message}).` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problem: 'not-a-document', detail: `The file holds ${parsed === null ? 'null' : Array.isArray(parsed) ? 'a list' : typeof parsed}, not Steadyhand data.` };
  }
  const fromVersion = documentVersion(parsed as Record<string, unknown>);
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(parsed as Record<string, unknown>);
  } catch (error) {
    if (error instanceof NewerVersionError) return { ok: false, problem: 'newer-version', detail: error.message, fileVersion: error.fileVersion };
    return { ok: false, problem: 'invalid', detail: (error as Error).message };
  }
  const checked = dataDocument.safeParse(migrated);
  if (!checked.success) {
    const first = checked.error.issues[0];
    return {
      ok: false,
      problem: 'invalid',
      detail: `The data does not match what Steadyhand expects${first ? ` (at ${first.path.join('.') || 'the top level'}: ${first.message})` : ''}.`,
    };
  }
  return { ok: true, doc: checked.data, fromVersion };
}
