// Turns stored bytes into a valid, current document, or says exactly why it cannot. Split in two
// steps (parse, then check) so opening can replay the change journal onto the parsed snapshot
// before every record is checked once.
import { type DataDocument, dataDocument } from '../../../shared/model/document';
import { compileValidator, validateWith } from './fastValidator';
import { documentVersion, migrate, NewerVersionError } from './migrations';
import { shareRecordIds } from './shareIds';

export type ReadProblem = {
  ok: false;
  problem: 'empty' | 'unparseable' | 'not-a-document' | 'invalid' | 'newer-version';
  detail: string;
  fileVersion?: number;
};

export type ReadResult = { ok: true; doc: DataDocument; fromVersion: number } | ReadProblem;

export type ParseResult = { ok: true; raw: Record<string, unknown> } | ReadProblem;

const validateFast = compileValidator(dataDocument);

export function decodeText(bytes: Uint8Array): string {
  // Buffer's decoder is the quickest in Node for a large file; bad UTF-8 becomes U+FFFD either way.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

export function parseDocumentBytes(bytes: Uint8Array): ParseResult {
  const text = decodeText(bytes);
  if (!/[^\s\0]/.test(text)) {
    return { ok: false, problem: 'empty', detail: bytes.byteLength === 0 ? 'The file is empty.' : 'The file holds only blank or NUL bytes.' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'unparseable', detail: `The file is not valid JSON (${(error as Error).message}).` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      ok: false,
      problem: 'not-a-document',
      detail: `The file holds ${parsed === null ? 'null' : Array.isArray(parsed) ? 'a list' : typeof parsed}, not Steadyhand data.`,
    };
  }
  return { ok: true, raw: parsed as Record<string, unknown> };
}

/**
 * Migrates (if older) and checks every record of a parsed document. The parsed object is checked
 * in place and must not be used afterwards (pass a copy if you need it).
 */
export function checkDocument(raw: Record<string, unknown>): ReadResult {
  const fromVersion = documentVersion(raw);
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(raw);
  } catch (error) {
    if (error instanceof NewerVersionError) return { ok: false, problem: 'newer-version', detail: error.message, fileVersion: error.fileVersion };
    return { ok: false, problem: 'invalid', detail: (error as Error).message };
  }
  const checked = validateWith(dataDocument, validateFast, migrated);
  if (!checked.success) {
    const first = checked.error.issues[0];
    return {
      ok: false,
      problem: 'invalid',
      detail: `The data does not match what Steadyhand expects${first ? ` (at ${first.path.join('.') || 'the top level'}: ${first.message})` : ''}.`,
    };
  }
  shareRecordIds(checked.data);
  return { ok: true, doc: checked.data, fromVersion };
}

export function readDocumentBytes(bytes: Uint8Array): ReadResult {
  const parsed = parseDocumentBytes(bytes);
  return parsed.ok ? checkDocument(parsed.raw) : parsed;
}
