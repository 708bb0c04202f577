// The renderer's typed client, derived from the contract: `api.briefs.update({ id, fields })`.
import { type ApiClient, BRIDGE_KEY, type Bridge, contract } from '../../../shared/contract';
import { ApiError, type ApiErrorBody } from '../../../shared/envelope';

export function bridge(): Bridge {
  const b = (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_KEY];
  if (b === undefined) throw new Error('Steadyhand’s bridge is missing: the page was opened outside the app.');
  return b;
}

export function createApiClient(getBridge: () => Bridge = bridge): ApiClient {
  const client: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const [subject, ops] of Object.entries(contract)) {
    client[subject] = {};
    for (const method of Object.keys(ops)) {
      client[subject][method] = async (input: unknown) => {
        let envelope;
        try {
          envelope = await getBridge().invoke(`${subject}.${method}`, input ?? {});
        } catch {
          throw new ApiError('internal', 'Steadyhand could not reach its storage. Your data is safe; please try again.');
        }
        if (envelope.ok) return envelope.value;
        const body: ApiErrorBody = envelope.error;
        throw new ApiError(body.code, body.message, body.details);
      };
    }
  }
  return client as unknown as ApiClient;
}

export const api = createApiClient();

/** Field messages from an `invalid_input` error, keyed by field name with any `fields.` prefix dropped. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.details?.fields === undefined) return {};
  return Object.fromEntries(Object.entries(error.details.fields).map(([k, v]) => [k.replace(/^fields\./, ''), v]));
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Your data is unchanged; please try again.';
}

export { ApiError };

/** The line above a form: for field problems it points to the fields rather than repeating them. */
export function formErrorSummary(error: unknown): string {
  const count = Object.keys(fieldErrors(error)).length;
  if (count === 0) return errorMessage(error);
  return count === 1
    ? 'One detail needs another look. It is marked below; nothing has been saved yet.'
    : `${count} details need another look. They are marked below; nothing has been saved yet.`;
}
