// The fast validator that opens the data must never pass what zod refuses, and must give back what
// zod gives back. Checked on realistic data and on thousands of damaged variants of it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataDocument } from '../../../shared/model/document';
import { compileValidator } from '../../../electron/core/storage/fastValidator';
import { generateDocument } from '../../../scripts/bench/tenYears';

const fast = compileValidator(dataDocument);
const sample = generateDocument(0.01, 7);

/** Every path to a value in the document (records and their fields), to aim damage at. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.slice(0, 3).forEach((v, i) => paths(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}
const targets = paths(sample).filter((p) => p.length > 0);

const damage = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, '', ' ', 0, -1, 1.5, NaN, true, [], {}, '2026-02-30', '2026-13-01T00:00:00Z', 'x'.repeat(70_000), { id: 1 }),
  fc.string(),
  fc.integer(),
  fc.jsonValue(),
);

function withDamage(path: (string | number)[], value: unknown, mode: 'set' | 'delete' | 'extra-key'): unknown {
  const doc = structuredClone(sample) as unknown as Record<string | number, unknown>;
  let parent = doc;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (mode === 'delete') delete parent[last];
  else if (mode === 'extra-key' && typeof parent[last] === 'object' && parent[last] !== null && !Array.isArray(parent[last]))
    (parent[last] as Record<string, unknown>)['unexpected'] = value;
  else parent[last] = value;
  return doc;
}

describe('the fast validator', () => {
  it('passes realistic data and gives back what zod gives back', () => {
    const quick = fast(structuredClone(sample));
    expect(quick.ok).toBe(true);
    expect(quick.ok && quick.value).toEqual(dataDocument.parse(structuredClone(sample)));
  });

  it('never passes a damaged document zod refuses, and agrees with zod on the ones it passes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...targets), damage, fc.constantFrom<'set' | 'delete' | 'extra-key'>('set', 'delete', 'extra-key'), (path, value, mode) => {
        const damaged = withDamage(path, value, mode);
        const byZod = dataDocument.safeParse(structuredClone(damaged));
        const quick = fast(structuredClone(damaged));
        if (quick.ok) {
          expect(byZod.success, `fast passed what zod refuses at ${path.join('.')}`).toBe(true);
          expect(quick.value).toEqual(byZod.data);
        }
      }),
      { numRuns: Number(process.env.FAST_VALIDATOR_RUNS ?? 250), seed: 42 },
    );
  });

  it('refuses a __proto__ key rather than risk it', () => {
    const doc = JSON.parse(JSON.stringify(sample).replace('{"name"', '{"__proto__":{"x":1},"name"')) as unknown;
    expect(fast(doc).ok).toBe(false);
    expect(dataDocument.safeParse(doc).success).toBe(true); // zod strips it; opening falls back to zod's answer
  });
});
