// Checks stored data against the zod model about three times faster than `schema.parse`, so opening
// ten years of records stays close to the cost of JSON.parse while every record is still checked.
//
// It is compiled from the zod schemas themselves, so a field another feature adds is checked without
// touching this file. Why it is faster: it checks the parsed JSON in place instead of building a copy
// of every object, and it runs each of zod's own checks (`max`, `regex`, `refine`, …) directly.
// It is sound by construction: it says "valid" only where zod would; wherever it is unsure (a kind of
// schema it does not know, an unknown key to strip that looks odd) it hands that part to zod itself,
// and any failure is re-checked by zod for the exact verdict and message (see `validateWith`).
import type { z } from 'zod';

/** Returned by a compiled check when the value does not pass (or the check cannot be sure). */
const FAIL: unique symbol = Symbol('fail');
type Check = (value: unknown) => unknown;

// The parts of zod's internal definitions we read (zod/v4/core, the API zod offers library authors).
interface ZodInternals {
  _zod: {
    def: Record<string, unknown> & { type: string; checks?: ZodCheckInternals[] };
    run(payload: { value: unknown; issues: unknown[] }, ctx: { async: false }): { value: unknown; issues: unknown[] };
    propValues?: Record<string, Set<unknown>>;
  };
}
interface ZodCheckInternals {
  _zod: { def: { when?: (payload: unknown) => boolean }; check(payload: { value: unknown; issues: unknown[] }): unknown };
}

/**
 * The zod release whose internals this file was written and checked against. package.json pins zod exactly;
 * `tests/unit/core/fastValidator.test.ts` fails loudly when the installed zod differs, or when the model uses a
 * kind of schema or check this file does not know, so an upgrade is reviewed here before it ships.
 */
export const ZOD_INTERNALS_VERSION = '4.6.7';

/** Schema kinds compiled here; any other kind is handed to zod (exact, slower). */
export const COMPILED_SCHEMA_TYPES = [
  'string',
  'number',
  'boolean',
  'null',
  'literal',
  'enum',
  'nullable',
  'optional',
  'default',
  'pipe',
  'transform',
  'array',
  'object',
  'union',
] as const;

/** Check kinds settled here without zod's machinery; any other check is run by zod itself. */
export const SETTLED_CHECK_KINDS = ['max_length', 'min_length', 'string_format', 'custom'] as const;

const compiled = new WeakMap<object, Check>();

export function compileValidator(schema: z.ZodType): (value: unknown) => { ok: true; value: unknown } | { ok: false } {
  const check = compile(schema as unknown as ZodInternals);
  return (value) => {
    const out = check(value);
    return out === FAIL ? { ok: false } : { ok: true, value: out };
  };
}

/** Fast path first; on any doubt, zod's own verdict (and its error message). */
export function validateWith<S extends z.ZodType>(schema: S, fast: ReturnType<typeof compileValidator>, value: unknown): z.ZodSafeParseResult<z.infer<S>> {
  const quick = fast(value);
  if (quick.ok) return { success: true, data: quick.value as z.infer<S> };
  return schema.safeParse(value);
}

function compile(schema: ZodInternals): Check {
  const known = compiled.get(schema);
  if (known !== undefined) return known;
  // Recursive schemas reach themselves through this forwarder while they are being compiled.
  let inner: Check = () => FAIL;
  compiled.set(schema, (v) => inner(v));
  inner = withChecks(schema, compileType(schema));
  compiled.set(schema, inner);
  return inner;
}

/** Runs the node's own zod checks (max, regex, refine…) on the value the type step produced. */
function withChecks(schema: ZodInternals, typeCheck: Check): Check {
  const checks = schema._zod.def.checks ?? [];
  // A part zod checked itself has had its checks applied already.
  if (checks.length === 0 || checkedByZod.has(typeCheck)) return typeCheck;
  const settle = checks.map(settleQuickly);
  // One payload per node, reused: checks run synchronously and a child's checks finish before its parent's.
  const payload = { value: undefined as unknown, issues: [] as unknown[] };
  const byZodCheck = (i: number, value: unknown): boolean => {
    const ch = checks[i]!;
    payload.value = value;
    if (payload.issues.length > 0) payload.issues = [];
    const when = ch._zod.def.when;
    if (when !== undefined && !when(payload)) return true;
    ch._zod.check(payload);
    return payload.issues.length === 0;
  };
  if (checks.length === 1) {
    const only = settle[0]!;
    return (value) => {
      const out = typeCheck(value);
      if (out === FAIL) return FAIL;
      const quick = only(out);
      return quick === true || (quick === undefined && byZodCheck(0, out)) ? out : FAIL;
    };
  }
  return (value) => {
    const out = typeCheck(value);
    if (out === FAIL) return FAIL;
    for (let i = 0; i < checks.length; i++) {
      const quick = settle[i]!(out);
      if (quick === false || (quick === undefined && !byZodCheck(i, out))) return FAIL;
    }
    return out;
  };
}

/**
 * Settles the commonest checks without zod's machinery: true (passes), false (fails: zod then gives
 * the verdict and the message), undefined (zod's own check decides). Length limits: a string within
 * `max` UTF-16 units is within `max` code points; one of at least twice `min` units has `min`.
 * A refinement is its function, called as zod calls it.
 */
function settleQuickly(ch: ZodCheckInternals): (value: unknown) => boolean | undefined {
  const def = ch._zod.def as {
    check?: string;
    maximum?: number;
    minimum?: number;
    fn?: (v: unknown) => unknown;
    when?: unknown;
    pattern?: RegExp;
    format?: string;
  };
  if (def.check === 'max_length' && typeof def.maximum === 'number') {
    const max = def.maximum;
    return (v) => (typeof v === 'string' && v.length <= max ? true : undefined);
  }
  if (def.check === 'min_length' && typeof def.minimum === 'number') {
    const min = def.minimum;
    return (v) => (typeof v === 'string' && v.length >= 2 * min ? true : undefined);
  }
  if (def.check === 'string_format' && def.format === 'regex' && def.pattern instanceof RegExp) {
    const pattern = def.pattern;
    return (v) => {
      if (typeof v !== 'string') return undefined;
      pattern.lastIndex = 0;
      return pattern.test(v) ? true : undefined;
    };
  }
  if (def.check === 'custom' && typeof def.fn === 'function' && def.when === undefined) {
    const fn = def.fn;
    return (v) => {
      const result = fn(v);
      return result instanceof Promise ? undefined : result ? true : false;
    };
  }
  return () => undefined;
}

function compileType(schema: ZodInternals): Check {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return def.coerce ? byZod(schema) : (v) => (typeof v === 'string' ? v : FAIL);
    case 'number':
      return def.coerce ? byZod(schema) : (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL);
    case 'boolean':
      return def.coerce ? byZod(schema) : (v) => (typeof v === 'boolean' ? v : FAIL);
    case 'null':
      return (v) => (v === null ? v : FAIL);
    case 'literal': {
      const values = new Set(def.values as unknown[]);
      return (v) => (values.has(v) ? v : FAIL);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return (v) => (values.has(v) ? v : FAIL);
    }
    case 'nullable': {
      const innerCheck = compile(def.innerType as ZodInternals);
      return (v) => (v === null ? null : innerCheck(v));
    }
    case 'optional': {
      const innerCheck = compile(def.innerType as ZodInternals);
      return (v) => (v === undefined ? undefined : innerCheck(v));
    }
    case 'default': {
      const innerCheck = compile(def.innerType as ZodInternals);
      // zod hands back the default as it is, without checking it; so do we.
      return (v) => (v === undefined ? (def as unknown as { defaultValue: unknown }).defaultValue : innerCheck(v));
    }
    case 'pipe': {
      const first = compile(def.in as ZodInternals);
      const then = compile(def.out as ZodInternals);
      return (v) => {
        const mid = first(v);
        return mid === FAIL ? FAIL : then(mid);
      };
    }
    case 'transform': {
      // As zod runs it: the function gets the value and a payload it may add issues to.
      const transform = def.transform as (value: unknown, payload: { value: unknown; issues: unknown[] }) => unknown;
      const payload = { value: undefined as unknown, issues: [] as unknown[] };
      return (v) => {
        payload.value = v;
        if (payload.issues.length > 0) payload.issues = [];
        const out = transform(v, payload);
        return out instanceof Promise || payload.issues.length > 0 ? FAIL : out;
      };
    }
    case 'array': {
      const element = compile(def.element as ZodInternals);
      return (v) => {
        if (!Array.isArray(v)) return FAIL;
        for (let i = 0; i < v.length; i++) {
          const item: unknown = v[i];
          const out = element(item);
          if (out === FAIL) return FAIL;
          if (out !== item) v[i] = out;
        }
        return v;
      };
    }
    case 'object':
      return compileObject(schema);
    case 'union':
      return typeof def.discriminator === 'string' ? compileDiscriminated(schema, def.discriminator) : byZod(schema);
    default:
      return byZod(schema);
  }
}

function compileObject(schema: ZodInternals): Check {
  const def = schema._zod.def as unknown as { shape: Record<string, ZodInternals>; catchall?: ZodInternals };
  const catchallType = def.catchall?._zod.def.type;
  // Only "strip" (the default) and "strict" are handled here; passthrough or a catch-all schema go to zod.
  if (catchallType !== undefined && catchallType !== 'never') return byZod(schema);
  const strict = catchallType === 'never';
  const keys = Object.keys(def.shape);
  const fields = keys.map((k) => compile(def.shape[k]!));
  const absentAllowed = keys.map((k) => {
    const t = def.shape[k]!._zod.def.type;
    return t === 'optional' ? 'skip' : t === 'default' ? 'fill' : 'fail';
  });
  const keySet = new Set(keys);
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
    const record = v as Record<string, unknown>;
    let present = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const value = record[key];
      if (value === undefined && !Object.hasOwn(record, key)) {
        const absent = absentAllowed[i];
        if (absent === 'skip') continue;
        if (absent === 'fail') return FAIL;
      } else {
        present++;
      }
      const out = fields[i]!(value);
      if (out === FAIL) return FAIL;
      if (out !== value) record[key] = out;
    }
    // Counting with for…in is the cheap way to see there is nothing extra (JSON objects inherit no
    // enumerable keys); only when the counts differ are the own keys looked at one by one.
    let seen = 0;
    for (const _key in record) seen++;
    if (seen === present) return record;
    const own = Object.keys(record);
    if (own.length === present) return record;
    // Keys the model does not know: strict objects refuse them, others drop them as zod would.
    if (strict) return FAIL;
    for (const key of own) {
      if (keySet.has(key)) continue;
      if (key === '__proto__') return FAIL;
      delete record[key];
    }
    return record;
  };
}

function compileDiscriminated(schema: ZodInternals, discriminator: string): Check {
  const options = (schema._zod.def.options as ZodInternals[]).map((o) => ({ values: o._zod.propValues?.[discriminator], check: compile(o) }));
  if (options.some((o) => o.values === undefined)) return byZod(schema);
  return (v) => {
    if (typeof v !== 'object' || v === null) return FAIL;
    const tag = (v as Record<string, unknown>)[discriminator];
    const option = options.find((o) => o.values!.has(tag));
    return option === undefined ? FAIL : option.check(v);
  };
}

/** A kind of schema this file does not model: zod checks that part itself (exact, just slower). */
function byZod(schema: ZodInternals): Check {
  const check: Check = (v) => {
    const result = schema._zod.run({ value: v, issues: [] }, { async: false });
    return result.issues.length > 0 ? FAIL : result.value;
  };
  checkedByZod.add(check);
  return check;
}

const checkedByZod = new WeakSet<Check>();
