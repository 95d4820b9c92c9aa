/** Where to apply: the state agency contact compiled from rules/states/<xx>.yaml, when recorded. */
import { programContact, STATE_CONTACTS, type ProgramResult } from '../../rules';

export interface AgencyContact {
  agency?: string;
  programName?: string;
  url?: string;
  phone?: string;
}

/**
 * Whether a contact borrowed from another program (the rules' fallbacks, `contactProgram`) may
 * show that program's name for `program`. CHIP → Medicaid ("Medi-Cal", "Texas Medicaid; CHIP for
 * children"), Pre-ETS → VR and WIOA → the job centers name where the family applies; SNAP's name
 * ("Food Assistance Program") is a food benefit, wrong on a TANF or emergency-help page.
 */
export function sharesProgramName(program: string, contactProgram: unknown): boolean {
  return typeof contactProgram !== 'string' || contactProgram === program || contactProgram !== 'snap';
}

/**
 * The state agency to apply to for `program` (with the rules' fallbacks: CHIP → Medicaid agency…).
 * A fallback contact keeps its agency, website and phone; its programName only when it also names
 * this program (sharesProgramName).
 */
export function stateContact(state: string, program: string): AgencyContact | undefined {
  const c = programContact(state, program);
  const out: AgencyContact = {};
  for (const k of ['agency', 'programName', 'url', 'phone'] as const) {
    if (k === 'programName' && !sharesProgramName(program, c.contactProgram)) continue;
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
