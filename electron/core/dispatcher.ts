// The one door into the core: look the operation up, validate its input, run it, reply with an envelope.
import type { z } from 'zod';
import { type OperationName, type ParsedInputOf, type ResultOf, type Subject, operationSchema } from '../../shared/contract';
import { ApiError, type Envelope } from '../../shared/envelope';
import { StorageError } from './storage/database';

export type Handlers = {
  [N in OperationName]: (input: ParsedInputOf<N>) => Promise<ResultOf<N>> | ResultOf<N>;
};

/** The handlers of one or more subjects, so each feature can supply its own part of the table. */
export type HandlersFor<S extends Subject> = { [N in OperationName as N extends `${S}.${string}` ? N : never]: Handlers[N] };

export type Dispatch = (operation: unknown, input: unknown) => Promise<Envelope<unknown>>;

function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (!(key in fields)) fields[key] = issue.message;
  }
  return fields;
}

export function createDispatcher(handlers: Handlers, log: (message: string, error: unknown) => void = () => undefined): Dispatch {
  return async (operation, input) => {
    try {
      if (typeof operation !== 'string') throw new ApiError('unknown_operation', 'Unknown operation.');
      const schema = operationSchema(operation);
      const handler = Object.hasOwn(handlers, operation) ? (handlers as Record<string, (i: unknown) => unknown>)[operation] : undefined;
      if (schema === undefined || handler === undefined) {
        throw new ApiError('unknown_operation', `Unknown operation “${operation.slice(0, 80)}”.`);
      }
      const parsed = schema.safeParse(input ?? {});
      if (!parsed.success) {
        const fields = fieldMessages(parsed.error);
        const first = Object.values(fields)[0];
        throw new ApiError('invalid_input', first ?? 'Some of what you entered needs another look.', { fields });
      }
      const value = await handler(parsed.data);
      // Only plain data crosses, and callers never hold references into the live document.
      return { ok: true, value: value === undefined ? null : structuredClone(value) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: error.toBody() };
      log(`operation ${String(operation).slice(0, 80)} failed`, error);
      if (error instanceof StorageError) return { ok: false, error: { code: 'storage_failed', message: error.message } };
      return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Steadyhand. Your data is unchanged; please try again.' } };
    }
  };
}
