// The fast validator that opens the data must never pass what zod refuses, and must give back what
// zod gives back. Checked on realistic data and on thousands of damaged variants of it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataDocument } from '../../../shared/model/document';
import { COMPILED_SCHEMA_TYPES, compileValidator, SETTLED_CHECK_KINDS, ZOD_INTERNALS_VERSION } from '../../../electron/core/storage/fastValidator';
import { createRequire } from 'node:module';
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
      { numRuns: Number(process.env.FAST_VALIDATOR_RUNS ?? 1000), seed: 42 },
    );
  });

  it('refuses a __proto__ key rather than risk it', () => {
    const doc = JSON.parse(JSON.stringify(sample).replace('{"name"', '{"__proto__":{"x":1},"name"')) as unknown;
    expect(fast(doc).ok).toBe(false);
    expect(dataDocument.safeParse(doc).success).toBe(true); // zod strips it; opening falls back to zod's answer
  });
});

interface Internals {
  _zod?: { def?: Record<string, unknown> & { type?: unknown; checks?: { _zod?: { def?: { check?: unknown } } }[] } };
}

/** Every schema node and check reachable from the model, read the way fastValidator.ts reads them. */
function inventory(root: unknown) {
  const types = new Set<string>();
  const checks = new Set<string>();
  const unreadable: string[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown, path: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    const def = (node as Internals)._zod?.def;
    if (def === undefined || typeof def.type !== 'string') {
      unreadable.push(path);
      return;
    }
    types.add(def.type);
    for (const check of def.checks ?? []) {
      const kind = check._zod?.def?.check;
      if (typeof kind === 'string') checks.add(kind);
      else unreadable.push(`${path} (a check)`);
    }
    const children: [string, unknown][] = [];
    for (const key of ['innerType', 'element', 'in', 'out', 'catchall'] as const) if (def[key] !== undefined) children.push([key, def[key]]);
    if (Array.isArray(def.options)) def.options.forEach((option, i) => children.push([`option ${i}`, option]));
    if (typeof def.shape === 'object' && def.shape !== null) for (const [key, child] of Object.entries(def.shape)) children.push([key, child]);
    for (const [key, child] of children) visit(child, `${path}.${key}`);
  };
  visit(root, 'document');
  return { types, checks, unreadable };
}

describe('the zod internals the fast validator reads', () => {
  it(`are those of the zod it was written against (${ZOD_INTERNALS_VERSION})`, () => {
    const installed = (createRequire(import.meta.url)('zod/package.json') as { version: string }).version;
    expect(
      installed,
      `zod is ${installed}, but electron/core/storage/fastValidator.ts reads zod ${ZOD_INTERNALS_VERSION}'s internals (_zod.def). ` +
        'Review what it reads, run this file with FAST_VALIDATOR_RUNS=20000, then update ZOD_INTERNALS_VERSION.',
    ).toBe(ZOD_INTERNALS_VERSION);
  });

  it('cover every kind of schema and check the model uses', () => {
    const { types, checks, unreadable } = inventory(dataDocument);
    expect(unreadable, 'schema nodes whose _zod.def could not be read: zod changed its internals').toEqual([]);
    // Not vacuous: the walk reached the model's records and their checks.
    expect(types.size).toBeGreaterThan(5);
    expect(checks.has('max_length')).toBe(true);
    // 'never' is a strict object's catch-all, which compileObject reads as "refuse unknown keys".
    const handledTypes = new Set<string>([...COMPILED_SCHEMA_TYPES, 'never']);
    // Kinds the validator deliberately hands to zod: listed here so a new one is a decision, not an accident.
    const handedToZod = new Set<string>([]);
    expect(
      [...types].filter((t) => !handledTypes.has(t) && !handedToZod.has(t)),
      'schema kinds fastValidator.ts does not compile',
    ).toEqual([]);
    const settled = new Set<string>(SETTLED_CHECK_KINDS);
    const runByZod = new Set<string>(['string_format', 'greater_than', 'less_than', 'number_format', 'size_equals', 'length_equals']);
    expect(
      [...checks].filter((c) => !settled.has(c) && !runByZod.has(c)),
      'check kinds fastValidator.ts has not seen',
    ).toEqual([]);
  });
});
