// The reply shape for every operation: a value or a typed error, never a thrown exception across IPC.
export const errorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'storage_failed',
  'unknown_operation',
  'forbidden',
  'internal',
  'core_restarting',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** For `invalid_input`: a human message per field path, e.g. `{ "fields.name": "The client’s name is needed." }`. */
  details?: { fields?: Record<string, string>; [key: string]: unknown };
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; value?: unknown; error?: unknown };
  return v.ok === true ? 'value' in v : v.ok === false && typeof v.error === 'object' && v.error !== null;
}

/** An error with a code that crosses the boundary intact. Services throw it; the dispatcher turns it into an envelope. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ApiErrorBody['details'],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return this.details === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, details: this.details };
  }
}
