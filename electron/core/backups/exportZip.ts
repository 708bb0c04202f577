// "Export everything" as one zip (fflate): `steadyhand-export.json` (the same JSON an export always held) and
// `attachments/<sha256>` for every captured file an entry names. Reading one back is a gate: only those two kinds
// of name are accepted (a `../` path, an absolute path or any other name refuses the whole file), the sizes the
// zip declares are added up and checked before anything is inflated (fflate never inflates past a declared size,
// so a lying header cannot make it use more), and each attachment must hash to its own name. A refusal happens
// before anything is written.
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { sha256Of } from '../paperTrail/attachmentStore';

export const EXPORT_JSON_NAME = 'steadyhand-export.json';
const ATTACHMENT_NAME = /^attachments\/([0-9a-f]{64})$/;
/** Everything in one export, uncompressed: enough for years of records and captured files, small enough to hold in memory. */
export const MAX_EXPORT_UNCOMPRESSED = 1024 * 1024 * 1024;
const MAX_ATTACHMENT = 25 * 1024 * 1024;
const MAX_ENTRIES = 100_000;
const UNCHANGED = 'Nothing was changed.';

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

export function buildExportZip(json: string, attachments: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const files: Zippable = { [EXPORT_JSON_NAME]: [new TextEncoder().encode(json), { level: 6 }] };
  // Pictures and PDFs are compressed already: stored as they are, which is faster and no bigger.
  for (const [sha, bytes] of attachments) files[`attachments/${sha}`] = [bytes, { level: 0 }];
  return zipSync(files);
}

export type ReadExportZip = { ok: true; json: Uint8Array; attachments: Map<string, Uint8Array> } | { ok: false; message: string };

export function readExportZip(bytes: Uint8Array, limit = MAX_EXPORT_UNCOMPRESSED): ReadExportZip {
  const listed: { name: string; originalSize: number }[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        listed.push({ name: file.name, originalSize: file.originalSize });
        return false;
      },
    });
  } catch {
    return { ok: false, message: `That zip file is damaged, so it cannot be read. ${UNCHANGED}` };
  }
  if (listed.length > MAX_ENTRIES) return { ok: false, message: `That zip file holds far more files than a Steadyhand export. ${UNCHANGED}` };
  let total = 0;
  for (const { name, originalSize } of listed) {
    if (name !== EXPORT_JSON_NAME && !ATTACHMENT_NAME.test(name)) {
      return { ok: false, message: `That zip file holds files Steadyhand does not write (“${name.slice(0, 80)}”), so it was not imported. ${UNCHANGED}` };
    }
    if (name !== EXPORT_JSON_NAME && originalSize > MAX_ATTACHMENT)
      return { ok: false, message: `A file in that zip is larger than Steadyhand keeps (25 MB). ${UNCHANGED}` };
    total += originalSize;
  }
  if (total > limit) {
    return {
      ok: false,
      message: `That zip file would unpack to ${(total / (1024 * 1024)).toFixed(0)} MB, more than a Steadyhand export can hold, so it was not opened. ${UNCHANGED}`,
    };
  }
  if (!listed.some((f) => f.name === EXPORT_JSON_NAME))
    return { ok: false, message: `That zip file is not a Steadyhand export: it has no ${EXPORT_JSON_NAME}. ${UNCHANGED}` };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return { ok: false, message: `That zip file is damaged, so it cannot be read. ${UNCHANGED}` };
  }
  const attachments = new Map<string, Uint8Array>();
  for (const [name, content] of Object.entries(files)) {
    const sha = ATTACHMENT_NAME.exec(name)?.[1];
    if (sha === undefined) continue;
    if (sha256Of(content) !== sha) return { ok: false, message: `A file in that export is damaged: its contents do not match its name. ${UNCHANGED}` };
    attachments.set(sha, content);
  }
  return { ok: true, json: files[EXPORT_JSON_NAME]!, attachments };
}
