/**
 * Where to apply: the state agency contact for a program, from the compiled state files
 * (rules/states/<xx>.yaml `contacts`, passed through to rules/generated/parameters.json).
 * Formulas spread the result into the values of their `apply_with_state_agency` / `call_agency`
 * next step; the results UI shows agency, program name, phone and website (none → "call 211").
 */
import compiled from '../generated/parameters.json';
import type { NextStep, ReasonValue } from './types';

const CONTACTS = (compiled as unknown as { contacts: Record<string, { contacts?: Record<string, unknown> }> }).contacts;
const FIELDS = ['agency', 'programName', 'url', 'phone'] as const;
/** By program (with its fallbacks), then state: no key string is built on the common path. */
const cache = new Map<string, Map<string, Readonly<Record<string, ReasonValue>>>>();

/**
 * The cache key of a program with its fallbacks (`chip:medicaid`), remembered per program: call
 * sites pass the same fallbacks array every time, so the key is not rebuilt (and rehashed) per call.
 */
const programKeys = new Map<string, { fallbacks: readonly string[]; key: string }>();
function programKey(program: string, fallbacks: readonly string[]): string {
  if (!fallbacks.length) return program;
  const known = programKeys.get(program);
  if (known && known.fallbacks === fallbacks) return known.key;
  const key = `${program}:${fallbacks.join(',')}`;
  programKeys.set(program, { fallbacks, key });
  return key;
}

function fields(c: unknown): Record<string, ReasonValue> {
  const out: Record<string, ReasonValue> = {};
  if (!c || typeof c !== 'object') return out;
  for (const k of FIELDS) {
    const v = (c as Record<string, unknown>)[k];
    if (typeof v === 'string' && v) out[k] = v;
  }
  return out;
}

/**
 * agency/programName/url/phone of contacts.<program> for the state; when the state file has none,
 * the first of `fallbacks` on file (CHIP → the Medicaid agency), marked `contactProgram: <fallback>`.
 * {} when nothing is on file (the UI then points to 211). Frozen and cached per state/program.
 */
export function agencyContact(state: string, program: string, fallbacks: readonly string[] = []): Readonly<Record<string, ReasonValue>> {
  const key = programKey(program, fallbacks);
  let byState = cache.get(key);
  if (!byState) cache.set(key, (byState = new Map()));
  let out = byState.get(state);
  if (out) return out;
  const c = CONTACTS[state]?.contacts;
  let found = fields(c?.[program]);
  if (Object.keys(found).length === 0) {
    for (const f of fallbacks) {
      const other = fields(c?.[f]);
      if (Object.keys(other).length > 0) {
        found = { ...other, contactProgram: f };
        break;
      }
    }
  }
  out = Object.freeze(found);
  byState.set(state, out);
  return out;
}

const steps = new Map<string, Map<string, Map<string, NextStep>>>();
const NO_FALLBACKS: readonly string[] = [];

/**
 * Whose contact a program uses when the state records none of its own: the agency that takes that
 * application (CHIP → the Medicaid agency, TANF and emergency help → the agency that runs SNAP, the
 * three WIOA programs → the state workforce agency, Pre-ETS → the VR agency).
 */
export const CONTACT_FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  chip: ['medicaid'],
  tanf: ['snap'],
  emergency_assistance: ['snap'],
  wioa_adult: ['wioa'],
  wioa_dislocated_worker: ['wioa'],
  wioa_youth: ['wioa'],
  pre_ets: ['vr'],
};

/** The contact for a program's application in a state, with the program's fallbacks ({} when none). */
export function programContact(state: string, program: string): Readonly<Record<string, ReasonValue>> {
  return agencyContact(state, program, CONTACT_FALLBACKS[program] ?? NO_FALLBACKS);
}

/**
 * The next step `{ code, values: { program, state, ...agencyContact(state, program, fallbacks) } }`,
 * built once per code, program and state and shared frozen (read it, never modify it): most results
 * carry one, and spreading the contact for every household was a measurable share of the engine.
 */
export function agencyStep(code: string, program: string, state: string, fallbacks: readonly string[] = NO_FALLBACKS): NextStep {
  let byProgram = steps.get(code);
  if (!byProgram) steps.set(code, (byProgram = new Map()));
  // Fallbacks are fixed per program at every call site; they join the key only when given.
  const pk = programKey(program, fallbacks);
  let byState = byProgram.get(pk);
  if (!byState) byProgram.set(pk, (byState = new Map()));
  let step = byState.get(state);
  if (!step) {
    step = Object.freeze({ code, values: Object.freeze({ program, state, ...agencyContact(state, program, fallbacks) }) });
    byState.set(state, step);
  }
  return step;
}
