/**
 * Emergency help routing. Not an entitlement with a formula: it recognises an emergency (homeless
 * now, eviction, a utility shutoff, no food, danger at home) and says where help comes fastest —
 * 211, state emergency assistance / TANF diversion, HUD ESG shelter and prevention, LIHEAP crisis,
 * SNAP expedited service. Urgency is a category of the stated need, never a score. No dollar
 * estimate: the only sourced figure (Texas One-Time TANF, $1,000) is stated as a fact with its conditions.
 */
import type { Evaluation } from '../../core/context';
import { monthlyIncome } from '../../core/money';
import type { ProgramFormula } from '../../core/program';
import { householdHasNoncitizenOrUnknown, publicChargeMemberReasons, publicChargeReasons } from '../../core/public-charge';
import type { NextStep, Reason, Status } from '../../core/types';
import { programContact } from '../../core/contacts';

type Urgency = 'immediate' | 'urgent' | 'soon';
const P = 'emergency_assistance';

interface Emergency { code: string; urgency: Urgency; values: Reason['values']; citation: string }

function emergencies(ev: Evaluation): Emergency[] {
  const h = ev.request.household;
  const needs = new Set(h.needs);
  const out: Emergency[] = [];
  const esg = ev.lookup<{ preventionIncomeShareOfAmi: number }>('emergency_assistance.esg');
  if (h.housingSituation === 'shelter' || h.housingSituation === 'unsheltered') {
    out.push({ code: `${P}.homeless_now`, urgency: 'immediate', values: { situation: h.housingSituation }, citation: `${esg.citation}; 42 U.S.C. 11302(a)` });
  } else if (h.housingSituation === 'staying_with_others') {
    out.push({ code: `${P}.doubled_up`, urgency: 'soon', values: {}, citation: '24 CFR 576.2 (at risk of homelessness); 42 U.S.C. 11434a(2)' });
  }
  if (needs.has('safety')) out.push({ code: `${P}.unsafe_at_home`, urgency: 'immediate', values: {}, citation: '42 U.S.C. 11302(b); 24 CFR 576.2 (fleeing domestic violence)' });
  if (needs.has('eviction')) {
    out.push({ code: `${P}.eviction`, urgency: 'urgent', values: { preventionIncomeShareOfAmi: esg.value.preventionIncomeShareOfAmi }, citation: esg.citation });
  }
  if (needs.has('utility_shutoff')) {
    const l = ev.lookup<{ hours: number; lifeThreateningHours: number }>('emergency_assistance.liheap_crisis');
    out.push({ code: `${P}.utility_shutoff`, urgency: 'urgent', values: { hours: l.value.hours, lifeThreateningHours: l.value.lifeThreateningHours }, citation: l.citation });
  }
  if (needs.has('food')) {
    const x = ev.lookup<{ days: number; grossIncomeUnder: number; liquidResourcesMax: number }>('emergency_assistance.snap_expedited');
    const gross = h.members.reduce((s, m) => s + m.incomes.reduce((t, i) => t + monthlyIncome(i), 0), 0);
    const liquid = h.assets.cash + h.assets.bank;
    const housing = h.expenses.rent + h.expenses.mortgage;
    const expedited = (gross < x.value.grossIncomeUnder && liquid <= x.value.liquidResourcesMax) || (housing > 0 && housing > gross + liquid);
    out.push({ code: `${P}.no_food`, urgency: 'urgent', values: { snapWithinDays: x.value.days, expeditedSnapPossible: expedited }, citation: x.citation });
  }
  if (needs.has('rent') && !needs.has('eviction')) out.push({ code: `${P}.behind_on_rent`, urgency: 'soon', values: {}, citation: esg.citation });
  if (needs.has('utilities') && !needs.has('utility_shutoff')) {
    const l = ev.lookup<{ hours: number }>('emergency_assistance.liheap_crisis');
    out.push({ code: `${P}.utility_bills`, urgency: 'soon', values: {}, citation: l.citation });
  }
  return out;
}

export const emergencyAssistance: ProgramFormula = (ev) => {
  const h = ev.request.household;
  const found = emergencies(ev);
  const reasons: Reason[] = [];
  if (found.length === 0) {
    reasons.push({ code: `${P}.no_emergency_reported`, values: {}, citation: '45 CFR 260.31(b)(1); 24 CFR 576.2' });
    return { program: P, status: 'unlikely', reasons, missing: [], nextSteps: [] };
  }
  for (const e of found) reasons.push({ code: e.code, values: { ...e.values, urgency: e.urgency }, citation: e.citation });

  // TANF diversion / emergency payments: families with a child or a pregnant member.
  const family = h.members.some((m) => m.age < 18 && m.relationship !== 'self') || h.members.some((m) => m.pregnant);
  if (family) {
    const nr = ev.lookup<{ maxMonths: number; countsTowardTimeLimit: boolean }>('emergency_assistance.tanf_nonrecurrent');
    reasons.push({ code: `${P}.tanf_diversion`, values: { state: ev.state, maxMonths: nr.value.maxMonths, countsTowardTimeLimit: nr.value.countsTowardTimeLimit }, citation: nr.citation });
    const tx = ev.state === 'TX' ? ev.optional<number>('tanf.TX.one_time_payment') : undefined;
    if (tx) reasons.push({ code: `${P}.tx_one_time_tanf`, values: { amount: tx.value, requiresTanfEligibility: true, insteadOfMonthlyTanf: true }, citation: tx.citation });
  }
  const homeless = found.some((e) => e.code === `${P}.homeless_now` || e.code === `${P}.doubled_up` || e.code === `${P}.eviction` || e.code === `${P}.behind_on_rent`);
  if (homeless) reasons.push({ code: `${P}.esg_shelter_and_prevention`, values: {}, citation: ev.lookup('emergency_assistance.esg').citation });

  if (householdHasNoncitizenOrUnknown(ev.request)) {
    const ls = ev.lookup<{ openToAll: boolean }>('emergency_assistance.life_safety_services');
    reasons.push({ code: `${P}.life_safety_help_open_to_all`, values: {}, citation: ls.citation });
    reasons.push({ code: `${P}.cash_help_follows_program_rules`, values: {}, citation: '8 U.S.C. 1611(a), 1612(b), 1641' });
    reasons.push(...publicChargeReasons(ev, P), ...publicChargeMemberReasons(ev));
  }

  const status: Status = found.some((e) => e.urgency !== 'soon') ? 'likely' : 'possibly';
  const hot = ev.lookup<{ helpline: string; helplineUrl: string; domesticViolence: string }>('emergency_assistance.hotlines');
  const steps: NextStep[] = [];
  if (found.some((e) => e.code === `${P}.unsafe_at_home`)) steps.push({ code: 'emergency_assistance.call_dv_hotline', values: { phone: hot.value.domesticViolence } });
  steps.push({ code: 'emergency_assistance.call_211', values: { phone: hot.value.helpline, url: hot.value.helplineUrl } });
  steps.push({ code: 'apply_with_state_agency', values: { program: P, state: ev.state, ...programContact(ev.state, P) } });
  return { program: P, status, reasons, missing: [], nextSteps: steps };
};
