/** The state's SNAP agency contact from the compiled state files (rules/states/<xx>.yaml `contacts.snap`). */
import compiled from '../../generated/parameters.json';
import type { ReasonValue } from '../../core/types';

const CONTACTS = (compiled as unknown as { contacts: Record<string, { contacts?: Record<string, unknown> }> }).contacts;
const cache = new Map<string, Record<string, ReasonValue>>();

export function snapContact(state: string): Record<string, ReasonValue> {
  let out = cache.get(state);
  if (out) return out;
  out = {};
  const c = CONTACTS[state]?.contacts?.snap;
  if (c && typeof c === 'object') {
    for (const k of ['agency', 'programName', 'url', 'phone'] as const) {
      const v = (c as Record<string, unknown>)[k];
      if (typeof v === 'string') out[k] = v;
    }
  }
  cache.set(state, out);
  return out;
}
