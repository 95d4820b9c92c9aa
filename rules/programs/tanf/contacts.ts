/** The state's agency contact for a program, from the compiled state files (rules/states/<xx>.yaml `contacts`). */
import compiled from '../../generated/parameters.json';
import type { ReasonValue } from '../../core/types';

const CONTACTS = (compiled as unknown as { contacts: Record<string, { contacts?: Record<string, unknown> }> }).contacts;

/** Scalar fields of contacts.<program> for the state (name, phone, url…), or {} when none is on file. */
export function stateContact(state: string, program: string): Record<string, ReasonValue> {
  const c = CONTACTS[state]?.contacts?.[program];
  if (c === undefined || c === null) return {};
  if (typeof c !== 'object') return typeof c === 'string' || typeof c === 'number' || typeof c === 'boolean' ? { contact: c } : {};
  const out: Record<string, ReasonValue> = {};
  for (const [k, v] of Object.entries(c as Record<string, unknown>)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  }
  return out;
}
