/** The state's agency contact for a program, from the compiled state files (rules/states/<xx>.yaml `contacts`). */
import compiled from '../../generated/parameters.json';
import type { ReasonValue } from '../../core/types';

const CONTACTS = (compiled as unknown as { contacts: Record<string, { contacts?: Record<string, unknown> }> }).contacts;

function scalars(c: unknown): Record<string, ReasonValue> {
  if (c === undefined || c === null) return {};
  if (typeof c !== 'object') return typeof c === 'string' || typeof c === 'number' || typeof c === 'boolean' ? { contact: c } : {};
  const out: Record<string, ReasonValue> = {};
  for (const [k, v] of Object.entries(c as Record<string, unknown>)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  }
  return out;
}

/**
 * Scalar fields of contacts.<program> for the state (name, phone, url…). When the state file has no
 * entry for the program but has one for `fallback` (the state human-services agency that runs SNAP
 * also takes TANF and emergency-assistance applications), that contact is returned with
 * `contactProgram: <fallback>` so the text can say "the agency that runs food assistance".
 * {} when none is on file.
 */
export function stateContact(state: string, program: string, fallback = 'snap'): Readonly<Record<string, ReasonValue>> {
  // Built once per (state, program, fallback): every TANF and emergency-assistance result spreads it.
  let byProgram = memo.get(state);
  if (!byProgram) memo.set(state, (byProgram = new Map()));
  const key = fallback === 'snap' ? program : `${program}|${fallback}`;
  let c = byProgram.get(key);
  if (!c) byProgram.set(key, (c = Object.freeze(buildContact(state, program, fallback))));
  return c;
}

const memo = new Map<string, Map<string, Readonly<Record<string, ReasonValue>>>>();

function buildContact(state: string, program: string, fallback: string): Record<string, ReasonValue> {
  const own = scalars(CONTACTS[state]?.contacts?.[program]);
  if (Object.keys(own).length > 0) return own;
  const other = scalars(CONTACTS[state]?.contacts?.[fallback]);
  if (Object.keys(other).length === 0) return {};
  delete other.source;
  delete other.programName;
  return { ...other, contactProgram: fallback };
}
