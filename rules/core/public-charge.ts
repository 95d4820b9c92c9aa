/**
 * Public-charge facts per program, by the rule in force on the screening date. Facts, never a risk
 * score: the result says which kind of benefit a program is under the DHS rule, that benefits used
 * by family members are not counted, which groups are exempt, and that a proposed change exists.
 *
 * API (every program helper uses this; codes are rendered by the UI from locales/<lng>/reasons.json)
 *
 *   publicChargeReasons(ev, program): Reason[]
 *     Reasons for one program on ev.date. Always returns, in this order:
 *       public_charge.not_considered            { program, rule }   — SNAP, Medicaid-for-most, CHIP, WIC, housing, school meals, …
 *     | public_charge.considered                { program, rule, kind: 'cash_income_maintenance' }  — TANF cash
 *     | public_charge.considered_only_long_term_care { program, rule }  — Medicaid (only long-term institutional care at government expense)
 *     | public_charge.depends_on_benefit_kind   { program, rule }   — emergency help: counts only if cash for income maintenance
 *       public_charge.family_members_benefits_not_considered { rule }  — benefits a family member gets are not the applicant's
 *       public_charge.only_some_immigrants_subject { rule }  — applies only to people applying for admission or a green card;
 *                                                        not to citizens, and most LPRs are not tested again
 *       public_charge.exempt_groups             { refugee: true, asylee: true, … }  — groups Congress exempted
 *       public_charge.proposed_rule_not_final   { published, document, docket, final: false }  — only on/after 2025-11-19
 *     When no rule is bundled for the date: a single public_charge.rule_unknown_for_date { date }.
 *     `rule` is 'dhs_2022' (8 CFR 212.21-212.22, from 2022-12-23) or 'ins_1999_field_guidance'.
 *
 *   publicChargeMemberReasons(ev): Reason[]
 *     public_charge.member_exempt_group { member, status } for each member whose stated status is in
 *     an exempt group (refugee, asylee, trafficking victim, Cuban/Haitian entrant).
 *
 *   householdHasNoncitizenOrUnknown(request): boolean
 *     True when any member is not a citizen/national or gave no status (including prefer_not_to_say):
 *     programs may use it to decide whether to show the facts; the facts are safe to show to anyone.
 *
 * Parameters: rules/core/parameters/public-charge.yaml (public_charge.*). The proposed rescission is a
 * fact code, never applied as a rule: only a final rule added to the YAML with its effective date
 * changes what counts.
 */
import type { Evaluation } from './context';
import type { Lookup } from './params';
import type { ImmigrationStatus, ScreeningRequest } from './request';
import type { ProgramId, Reason } from './types';

type Kind = 'cash_income_maintenance' | 'long_term_care_only' | 'depends' | 'not_considered';
interface RuleValue { rule: string; considered: string[] }
interface Proposal { published: string; document: string; docket: string; final: boolean }

const KIND_CODE: Record<Kind, string> = {
  cash_income_maintenance: 'public_charge.considered',
  long_term_care_only: 'public_charge.considered_only_long_term_care',
  depends: 'public_charge.depends_on_benefit_kind',
  not_considered: 'public_charge.not_considered',
};

/** Request statuses that fall in a group exempt from the public-charge ground. */
const EXEMPT_STATUSES: ReadonlySet<ImmigrationStatus> = new Set([
  'refugee', 'asylee', 'trafficking_victim', 'cuban_haitian_entrant',
]);

export function publicChargeReasons(ev: Evaluation, program: ProgramId): Reason[] {
  const rule = ev.optional<RuleValue>('public_charge.rule');
  if (!rule) {
    return [{ code: 'public_charge.rule_unknown_for_date', values: { date: ev.date }, citation: 'AnyDoor rules coverage' }];
  }
  const kinds = ev.lookup<Record<string, Kind>>('public_charge.program_kind');
  const exempt = ev.lookup<string[]>('public_charge.exempt_groups');
  const proposal = ev.optional<Proposal>('public_charge.proposed_rescission');
  // The reasons depend only on these (shared, immutable) lookups and the program: most programs
  // list them for every household, so they are built once per combination and shared frozen.
  let byProgram = reasonsMemo.get(kinds);
  if (!byProgram) reasonsMemo.set(kinds, (byProgram = new Map()));
  const hit = byProgram.get(program);
  if (hit && hit.rule === rule && hit.exempt === exempt && hit.proposal === proposal) return hit.reasons.slice();
  const reasons = buildReasons(program, rule, kinds, exempt, proposal);
  byProgram.set(program, { rule, exempt, proposal, reasons });
  return reasons.slice();
}

interface MemoEntry {
  rule: Lookup<RuleValue>;
  exempt: Lookup<string[]>;
  proposal: Lookup<Proposal> | undefined;
  reasons: readonly Reason[];
}
const reasonsMemo = new WeakMap<Lookup<Record<string, Kind>>, Map<ProgramId, MemoEntry>>();

function frozenReason(code: string, values: Reason['values'], citation: string): Reason {
  return Object.freeze({ code, values: Object.freeze(values), citation }) as Reason;
}

function buildReasons(
  program: ProgramId,
  rule: Lookup<RuleValue>,
  kinds: Lookup<Record<string, Kind>>,
  exempt: Lookup<string[]>,
  proposal: Lookup<Proposal> | undefined,
): readonly Reason[] {
  const kind: Kind = kinds.value[program] ?? 'depends';
  const r = rule.value.rule;
  const reasons: Reason[] = [];
  reasons.push(frozenReason(
    KIND_CODE[kind],
    kind === 'cash_income_maintenance' ? { program, rule: r, kind } : { program, rule: r },
    kinds.citation,
  ));
  reasons.push(frozenReason('public_charge.family_members_benefits_not_considered', { rule: r }, rule.citation));
  reasons.push(frozenReason('public_charge.only_some_immigrants_subject', { rule: r }, 'INA 212(a)(4), 8 U.S.C. 1182(a)(4)'));
  reasons.push(frozenReason('public_charge.exempt_groups', Object.fromEntries(exempt.value.map((g) => [g, true])), exempt.citation));
  if (proposal && !proposal.value.final) {
    reasons.push(frozenReason(
      'public_charge.proposed_rule_not_final',
      { published: proposal.value.published, document: proposal.value.document, docket: proposal.value.docket, final: false },
      proposal.citation,
    ));
  }
  return Object.freeze(reasons);
}

export function publicChargeMemberReasons(ev: Evaluation): Reason[] {
  const exempt = ev.optional<string[]>('public_charge.exempt_groups');
  if (!exempt) return [];
  return ev.request.household.members
    .filter((m) => m.immigration && EXEMPT_STATUSES.has(m.immigration.status))
    .map((m) => ({
      code: 'public_charge.member_exempt_group',
      values: { member: m.id, status: m.immigration!.status },
      citation: exempt.citation,
    }));
}

export function householdHasNoncitizenOrUnknown(request: ScreeningRequest): boolean {
  return request.household.members.some((m) => {
    const s = m.immigration?.status;
    return s === undefined || (s !== 'citizen' && s !== 'national');
  });
}
