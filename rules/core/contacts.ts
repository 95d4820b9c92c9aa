/**
 * Where to apply: the state agency contact for a program, from the compiled state files
 * (rules/states/<xx>.yaml `contacts`, passed through to rules/generated/parameters.json).
 * Formulas spread the result into the values of their `apply_with_state_agency` / `call_agency`
 * next step; the results UI shows agency, program name, phone and website (none → "call 211").
 */
import compiled from '../generated/parameters.json';
import type { ReasonValue } from './types';

const CONTACTS = (compiled as unknown as { contacts: Record<string, { contacts?: Record<string, unknown> }> }).contacts;
const FIELDS = ['agency', 'programName', 'url', 'phone'] as const;
const cache = new Map<string, Readonly<Record<string, ReasonValue>>>();

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
  const key = `${state}:${program}:${fallbacks.join(',')}`;
  let out = cache.get(key);
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
  cache.set(key, out);
  return out;
}
