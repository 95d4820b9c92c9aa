/**
 * Public-charge facts per program, by the rule in force on the screening date. Facts, never a risk
 * score: the result says which kind of benefit a program is under the DHS rule, that benefits used
 * by family members are not counted, which groups are exempt, and that a proposed change exists.
 *
 * API (every program helper uses this; codes are rendered by the UI from locales/<lng>/reasons.json)
 *
 *   publicChargeReasons(ev, program): Reason[] — shared and frozen: copy it into your reasons, never modify it
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
import { MissingParameterError, type Lookup } from './params';
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
  const f = dateFacts(ev);
  if (!f.rule) {
    return [{ code: 'public_charge.rule_unknown_for_date', values: { date: ev.date }, citation: 'AnyDoor rules coverage' }];
  }
  // Flags recorded in the order ev.optional/ev.lookup would record them; a missing figure throws as lookup() does.
  ev.use(f.rule);
  if (!f.kinds) throw new MissingParameterError('public_charge.program_kind', ev.date);
  ev.use(f.kinds);
  if (!f.exempt) throw new MissingParameterError('public_charge.exempt_groups', ev.date);
  ev.use(f.exempt);
  if (f.proposal) ev.use(f.proposal);
  // The reasons depend only on these (shared, immutable) lookups and the program: built once per
  // combination and shared frozen (callers copy them into their own reasons list).
  const combo = comboOf(f.rule, f.kinds, f.exempt, f.proposal);
  let reasons = combo.byProgram.get(program);
  if (!reasons) combo.byProgram.set(program, (reasons = buildReasons(program, f.rule, f.kinds, f.exempt, f.proposal)));
  return reasons as Reason[];
}

/**
 * The public-charge figures in force on one date. Up to eight programs of one screening ask for them
 * with the same date, so the last date's lookups are kept (flags are still recorded per evaluation).
 */
interface DateFacts {
  index: Evaluation['index'];
  date: string;
  rule: Lookup<RuleValue> | undefined;
  kinds: Lookup<Record<string, Kind>> | undefined;
  exempt: Lookup<string[]> | undefined;
  proposal: Lookup<Proposal> | undefined;
}
let lastFacts: DateFacts | undefined;

function dateFacts(ev: Evaluation): DateFacts {
  const hit = lastFacts;
  if (hit && hit.date === ev.date && hit.index === ev.index) return hit;
  const rule = ev.peek<RuleValue>('public_charge.rule');
  const f: DateFacts = {
    index: ev.index,
    date: ev.date,
    rule,
    kinds: rule ? ev.peek<Record<string, Kind>>('public_charge.program_kind') : undefined,
    exempt: ev.peek<string[]>('public_charge.exempt_groups'),
    proposal: ev.peek<Proposal>('public_charge.proposed_rescission'),
  };
  lastFacts = f;
  return f;
}

/** Reasons per program for one combination of figures (there are a handful of combinations in all). */
interface Combo {
  rule: Lookup<RuleValue>;
  kinds: Lookup<Record<string, Kind>>;
  exempt: Lookup<string[]>;
  proposal: Lookup<Proposal> | undefined;
  byProgram: Map<ProgramId, readonly Reason[]>;
}
const combos: Combo[] = [];

function comboOf(rule: Combo['rule'], kinds: Combo['kinds'], exempt: Combo['exempt'], proposal: Combo['proposal']): Combo {
  for (const c of combos) if (c.rule === rule && c.kinds === kinds && c.exempt === exempt && c.proposal === proposal) return c;
  const c: Combo = { rule, kinds, exempt, proposal, byProgram: new Map() };
  combos.push(c);
  return c;
}

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
  const exempt = dateFacts(ev).exempt;
  if (!exempt) return [];
  ev.use(exempt);
  const out: Reason[] = [];
  for (const m of ev.request.household.members) {
    if (m.immigration && EXEMPT_STATUSES.has(m.immigration.status)) {
      out.push({ code: 'public_charge.member_exempt_group', values: { member: m.id, status: m.immigration.status }, citation: exempt.citation });
    }
  }
  return out;
}

export function householdHasNoncitizenOrUnknown(request: ScreeningRequest): boolean {
  return request.household.members.some((m) => {
    const s = m.immigration?.status;
    return s === undefined || (s !== 'citizen' && s !== 'national');
  });
}
