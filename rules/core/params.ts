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
  constructor(readonly id: string, readonly date: string) {
    super(`No value of parameter ${id} is in force on ${date}`);
  }
}

/** The value of a dated parameter in force on `date` (ISO), or undefined if none was yet. */
export function lookupIn<T>(table: ParameterTable, id: string, date: string): Lookup<T> | undefined {
  const p = table[id];
  if (!p) return undefined;
  const values = p.values;
  let hit: DatedValue | undefined;
  // Values are few and sorted; a reverse scan is faster than binary search at this size.
  for (let i = values.length - 1; i >= 0; i--) {
    if (values[i]!.effective <= date) { hit = values[i]; break; }
  }
  if (!hit) return undefined;
  const newest = values[values.length - 1]!;
  return {
    value: hit.value as T,
    effective: hit.effective,
    citation: hit.citation,
    stale: newest.expires !== undefined && date > newest.expires,
    verify: hit.verify === true,
    id,
  };
}

/** Like lookupIn, but a missing parameter is a programming or data error. */
export function requireIn<T>(table: ParameterTable, id: string, date: string): Lookup<T> {
  const r = lookupIn<T>(table, id, date);
  if (!r) throw new MissingParameterError(id, date);
  return r;
}
