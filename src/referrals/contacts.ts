/** Where to apply: the state agency contact compiled from rules/states/<xx>.yaml, when recorded. */
import { programContact, STATE_CONTACTS, type ProgramResult } from '../../rules';

export interface AgencyContact {
  agency?: string;
  programName?: string;
  url?: string;
  phone?: string;
}

/** The state agency to apply to for `program` (with the rules' fallbacks: CHIP → Medicaid agency…). */
export function stateContact(state: string, program: string): AgencyContact | undefined {
  const c = programContact(state, program);
  const out: AgencyContact = {};
  for (const k of ['agency', 'programName', 'url', 'phone'] as const) {
    const v = c[k];
    if (typeof v === 'string' && v) out[k] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * A contact the rules put in the result's next steps when there is no state office on file — e.g.
 * Lifeline, which everyone applies to through the national verifier.
 */
export function contactFromSteps(result: ProgramResult | undefined): AgencyContact | undefined {
  for (const step of result?.nextSteps ?? []) {
    const v = step.values ?? {};
    const out: AgencyContact = {};
    for (const k of ['agency', 'programName', 'url', 'phone'] as const) {
      const x = v[k];
      if (typeof x === 'string' && x) out[k] = x;
    }
    if (out.agency || out.url || out.phone) return out;
  }
  return undefined;
}

export function stateName(state: string): string | undefined {
  return STATE_CONTACTS[state]?.name;
}
