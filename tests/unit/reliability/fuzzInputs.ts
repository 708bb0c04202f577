// Malformed inputs for the IPC fuzz suite. An input starts as a plausible value read off the operation's
// own zod schema (so it gets past the outer checks and reaches the inner ones, and the handlers), then one
// to three mutations break it: wrong types, missing and extra keys, prototype keys, huge strings, bad dates,
// NaN and infinities, deep nesting, arrays for objects. Only structured-cloneable values: that is what IPC carries.
import fc from 'fast-check';
import type { z } from 'zod';

/** One shared 10 MB string: the cost of making it is paid once, the dispatcher still sees 10 MB each time. */
export const TEN_MB = 'A'.repeat(10 * 1024 * 1024);

function deeplyNested(depth: number, leaf: unknown = 'bottom'): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { nested: value } : [value];
  return value;
}

/** An object whose own key is `__proto__` (as JSON.parse and IPC deserialisation make), not a prototype change. */
function withOwnKey(key: string, value: unknown, base: Record<string, unknown> = {}): Record<string, unknown> {
  const target = { ...base };
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

const pollution = { polluted: 'yes', isAdmin: true, toString: 'not a function' };

export const prototypeKeys = ['__proto__', 'constructor', 'prototype'] as const;

const nastyConstants: unknown[] = [
  null,
  undefined,
  NaN,
  Infinity,
  -Infinity,
  -1,
  -0,
  0.5,
  -1e308,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER - 2,
  2 ** 31,
  true,
  false,
  '',
  ' ',
  '\u0000',
  '\u202e\u2066evil\u2069',
  '../../../../etc/passwd',
  '..\\..\\..\\Windows\\System32\\config\\SAM',
  '/etc/passwd',
  'file:///etc/passwd',
  '../backups/../../data.json',
  'backup-2026-03-02.json/../../x.json',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '2026-03-02T25:61:61Z',
  '+275760-09-13T00:00:00.000Z',
  'Invalid Date',
  'yesterday',
  new Date(NaN),
  new Date(8.64e15),
  '<script>__xss.push(1)</script>',
  '{{#client}}{{/client}}{{>partial}}{{{raw}}}',
  '${process.exit(1)}',
  'constructor',
  '__proto__',
  'hasOwnProperty',
  TEN_MB,
  `${TEN_MB}@example.com`,
  [],
  [[[]]],
  {},
  [{}],
  deeplyNested(500),
  withOwnKey('__proto__', pollution),
  withOwnKey('constructor', { prototype: pollution }),
  withOwnKey('prototype', pollution),
  new Map([['id', 'x']]),
  new Set(['x']),
  new Uint8Array([1, 2, 3]),
];

/** A single value of the wrong shape, type or size. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...nastyConstants) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.bigInt().map((n) => n * 2n ** 70n) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
);

/** Strings that pass common field checks, so a mutated input still gets deep into the schema and the handler. */
const plausibleStrings = ['', 'Ada', 'GBP', 'ada@example.com', '2026-03-02', '2026-03-02T10:00:00.000Z', 'email', 'manual', 'a'.repeat(201)];

/** A value that mostly satisfies `schema`, built from its zod definition; `ids` are real record ids to aim at. */
export function plausible(schema: z.ZodType, ids: readonly string[], depth = 0): fc.Arbitrary<unknown> {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  if (depth > 8) return fc.constant(null);
  const inner = (s: unknown) => plausible(s as z.ZodType, ids, depth + 1);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      return fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, inner(v)])));
    }
    case 'string': {
      const known = [...plausibleStrings, ...ids];
      return fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 30 }));
    }
    case 'number':
      return fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constantFrom(15, 60, 120));
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'array':
      return fc.array(inner(def.element), { maxLength: 3 });
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 3 });
    case 'default':
    case 'readonly':
    case 'catch':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map(inner));
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 8 }), inner(def.valueType), { maxKeys: 3 });
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

type Path = (string | number)[];

function containerPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (typeof value !== 'object' || value === null || out.length > 200) return out;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return out;
  out.push(path);
  for (const [k, v] of Object.entries(value)) containerPaths(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  return out;
}

const mutationKinds = ['replace-field', 'delete-field', 'extra-field', 'prototype-key', 'array-for-object', 'replace-root', 'nest-deeply'] as const;
interface Mutation {
  kind: (typeof mutationKinds)[number];
  at: number;
  key: number;
  value: unknown;
  extraKey: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...mutationKinds),
  at: fc.nat(),
  key: fc.nat(),
  value: nastyValue,
  extraKey: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('sneaky', 'id', 'path', 'isAdmin')),
});

/** Copies plain objects and arrays (own `__proto__` keys included) so shared constants are never mutated; strings stay shared. */
function copyPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyPlain);
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) Object.defineProperty(copy, k, { value: copyPlain(v), enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Applies one mutation to a copy of `value`: picks a container by `at`, a key in it by `key`. */
function mutate(value: unknown, m: Mutation): unknown {
  if (m.kind === 'replace-root') return m.value;
  const root = copyPlain(value);
  const paths = containerPaths(root);
  if (paths.length === 0) return m.kind === 'array-for-object' ? [root] : m.value;
  const path = paths[m.at % paths.length]!;
  const node = path.reduce<Record<string | number, unknown>>((n, k) => n[k] as Record<string | number, unknown>, root as Record<string, unknown>);
  const keys = Object.keys(node);
  const key = keys.length > 0 ? keys[m.key % keys.length]! : 'x';
  const replaceAt = (replacement: unknown) => {
    if (path.length === 0) return replacement;
    const parentPath = path.slice(0, -1);
    const parent = parentPath.reduce<Record<string | number, unknown>>((n, k) => n[k] as Record<string | number, unknown>, root as Record<string, unknown>);
    parent[path[path.length - 1]!] = replacement;
    return root;
  };
  switch (m.kind) {
    case 'replace-field':
      node[key] = m.value;
      return root;
    case 'delete-field':
      delete node[key];
      return root;
    case 'extra-field':
      node[m.extraKey] = m.value;
      return root;
    case 'prototype-key':
      Object.defineProperty(node, prototypeKeys[m.key % 3]!, {
        value: withOwnKey('__proto__', pollution, pollution),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return root;
    case 'array-for-object':
      return replaceAt(Array.isArray(node) ? { ...node } : [node]);
    case 'nest-deeply':
      node[key] = deeplyNested(100 + (m.key % 300), node[key]);
      return root;
  }
}

/** Inputs for one operation: mostly a plausible value with one to three mutations, sometimes a nasty value alone. */
export function malformedInput(schema: z.ZodType, ids: readonly string[]): fc.Arbitrary<unknown> {
  const broken = fc
    .tuple(plausible(schema, ids), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([value, mutations]) => mutations.reduce<unknown>((v, m) => mutate(v, m), value));
  return fc.oneof({ weight: 5, arbitrary: broken }, { weight: 1, arbitrary: nastyValue });
}

/** Operation names that are not in the contract, including ones that name prototype members or service internals. */
export const unknownOperationName: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '',
    '.',
    'clients',
    'clients.',
    '.list',
    'clients.list.extra',
    'clients.find',
    'clients.constructor',
    'clients.__proto__',
    '__proto__.polluted',
    'constructor.prototype',
    'hasOwnProperty.call',
    'toString',
    'valueOf',
    'db.mutate',
    'CLIENTS.LIST',
    ' clients.list',
    'clients.list\u0000',
    TEN_MB,
  ),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(null, undefined, 42, NaN, true, [], {}, ['clients.list'], { toString: 'clients.list' }, new Date(NaN)),
);
