/**
 * Dated parameters: policy figures as data. Each value carries the date it takes effect and a
 * citation; a screening on date D uses the value in force on D. A value may say when it is known
 * to expire (e.g. the end of a federal fiscal year): a screening past the newest value's `expires`
 * is flagged `stale`, so the UI can say the figures may be out of date. A value marked `verify`
 * is a figure nobody has confirmed yet: formulas must surface it as needing verification.
 *
 * Sources are YAML (rules/programs/<id>/parameters/*.yaml, rules/core/parameters/*.yaml,
 * rules/states/<xx>.yaml), compiled and zod-validated by scripts/compile-rules.ts into
 * rules/generated/parameters.json, which is what runs.
 */
import { z } from 'zod';
import { isoDate } from './request';

export const datedValueSchema = z.strictObject({
  effective: isoDate,
  expires: isoDate.optional(),
  value: z.unknown(),
  citation: z.string().min(5),
  url: z.string().url().optional(),
  verify: z.boolean().optional(),
  note: z.string().optional(),
});

export const parameterSchema = z
  .strictObject({
    description: z.string().min(3),
    unit: z.string().optional(),
    values: z.array(datedValueSchema).min(1),
  })
  .superRefine((p, ctx) => {
    for (let i = 1; i < p.values.length; i++) {
      if (p.values[i]!.effective <= p.values[i - 1]!.effective) {
        ctx.addIssue({ code: 'custom', message: 'values_not_in_date_order', path: ['values', i, 'effective'] });
      }
    }
  });

export type DatedValue<T = unknown> = Omit<z.infer<typeof datedValueSchema>, 'value'> & { value: T };
export type Parameter<T = unknown> = { description: string; unit?: string; values: DatedValue<T>[] };
export type ParameterTable = Record<string, Parameter>;

export interface Lookup<T> {
  value: T;
  effective: string;
  citation: string;
  /** Screening date is past the newest value's known end. */
  stale: boolean;
  /** Figure not yet confirmed by a primary source. */
  verify: boolean;
  id: string;
}

export class MissingParameterError extends Error {
  readonly id: string;
  readonly date: string;
  constructor(id: string, date: string) {
    // Thrown for every screening dated past a program's newest figures and always caught by
    // evaluateProgram (-> needs_info): a stack trace would cost more than the whole program.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(`No value of parameter ${id} is in force on ${date}`);
    Error.stackTraceLimit = limit;
    this.id = id;
    this.date = date;
  }
}

/**
 * A parameter with its Lookup objects built once: one per dated value, fresh and stale. Formulas
 * read dozens of figures per household; building a new Lookup per read was a large share of the
 * engine's time and garbage (npm run bench). Lookups are frozen and shared: read them, never modify.
 */
export interface ResolvedParameter {
  readonly effective: readonly string[];
  /** The newest value's `expires`: a screening after it gets the stale lookups. */
  readonly expires: string | undefined;
  readonly fresh: readonly Lookup<unknown>[];
  readonly stale: readonly Lookup<unknown>[];
  /** The last date resolved and its answer: one screening asks for the same figures many times on one date. */
  lastDate: string | undefined;
  lastLookup: Lookup<unknown> | undefined;
}

function resolveParameter(p: Parameter, id: string): ResolvedParameter {
  const values = p.values;
  const make = (v: DatedValue, stale: boolean): Lookup<unknown> =>
    Object.freeze({ value: v.value, effective: v.effective, citation: v.citation, stale, verify: v.verify === true, id });
  return {
    effective: values.map((v) => v.effective),
    expires: values[values.length - 1]!.expires,
    fresh: values.map((v) => make(v, false)),
    stale: values.map((v) => make(v, true)),
    lastDate: undefined,
    lastLookup: undefined,
  };
}

/** The lookup of a resolved parameter in force on `date`, or undefined if none was yet. */
export function resolveAt<T>(r: ResolvedParameter | undefined, date: string): Lookup<T> | undefined {
  if (!r) return undefined;
  if (date === r.lastDate) return r.lastLookup as Lookup<T> | undefined;
  const found = scan(r, date);
  r.lastDate = date;
  r.lastLookup = found;
  return found as Lookup<T> | undefined;
}

function scan(r: ResolvedParameter, date: string): Lookup<unknown> | undefined {
  const eff = r.effective;
  // Values are few and sorted; a reverse scan is faster than binary search at this size.
  for (let i = eff.length - 1; i >= 0; i--) {
    if (eff[i]! <= date) return r.expires !== undefined && date > r.expires ? r.stale[i] : r.fresh[i];
  }
  return undefined;
}

/**
 * Resolved parameters of one table by id, and state parameters by (state, id) without building the
 * `state.XX.id` key string on every read. Built lazily; a table must not change once evaluated.
 */
export class ParameterIndex {
  private readonly byId = new Map<string, ResolvedParameter | null>();
  private readonly byState = new Map<string, Map<string, ResolvedParameter | null>>();
  private readonly byPrefix = new Map<string, Map<string, ResolvedParameter | null>>();

  constructor(private readonly table: ParameterTable) {}

  get(id: string): ResolvedParameter | undefined {
    let r = this.byId.get(id);
    if (r === undefined) {
      const p = this.table[id];
      r = p ? resolveParameter(p, id) : null;
      this.byId.set(id, r);
    }
    return r ?? undefined;
  }

  /** `<prefix>.<key>` (e.g. medicaid.state.NY), by prefix then key, without building the id per read. */
  keyed(prefix: string, key: string): ResolvedParameter | undefined {
    let m = this.byPrefix.get(prefix);
    if (!m) this.byPrefix.set(prefix, (m = new Map()));
    let r = m.get(key);
    if (r === undefined) {
      r = this.get(`${prefix}.${key}`) ?? null;
      m.set(key, r);
    }
    return r ?? undefined;
  }

  state(state: string, id: string): ResolvedParameter | undefined {
    let m = this.byState.get(state);
    if (!m) this.byState.set(state, (m = new Map()));
    let r = m.get(id);
    if (r === undefined) {
      r = this.get(`state.${state}.${id}`) ?? null;
      m.set(id, r);
    }
    return r ?? undefined;
  }
}

const indexes = new WeakMap<ParameterTable, ParameterIndex>();

/** The last table asked for: every Evaluation of the engine uses the same one (saves a WeakMap probe). */
let lastTable: ParameterTable | undefined;
let lastIndex: ParameterIndex | undefined;

/** The (cached) index of a parameter table. */
export function parameterIndex(table: ParameterTable): ParameterIndex {
  if (table === lastTable) return lastIndex!;
  let ix = indexes.get(table);
  if (!ix) indexes.set(table, (ix = new ParameterIndex(table)));
  lastTable = table;
  lastIndex = ix;
  return ix;
}

/**
 * The value of a dated parameter in force on `date` (ISO), or undefined if none was yet.
 * The returned Lookup is shared between calls: read it, never modify it.
 */
export function lookupIn<T>(table: ParameterTable, id: string, date: string): Lookup<T> | undefined {
  return resolveAt<T>(parameterIndex(table).get(id), date);
}

/** Like lookupIn, but a missing parameter is a programming or data error. */
export function requireIn<T>(table: ParameterTable, id: string, date: string): Lookup<T> {
  const r = lookupIn<T>(table, id, date);
  if (!r) throw new MissingParameterError(id, date);
  return r;
}
