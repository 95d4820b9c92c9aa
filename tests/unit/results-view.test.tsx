// @vitest-environment jsdom
// ResultsView over real screen() results: statuses, Intl currency estimates, reasons with their
// rule cited (text when a reasons-* namespace has it, else the code and values), missing fields as
// question labels, next steps, overrides with a note, and FRS ordering with the urgent banner.
import { readdirSync, readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { parseScreeningRequest, screen as screenRules, PROGRAM_IDS, type ProgramResult, type ScreeningRequest } from '../../rules';
import { CONCRETE_GROUPS } from '../../src/results/order';
import { isFact, ResultsView, REASON_NAMESPACES } from '../../src/results/ResultsView';
import type { Override } from '../../src/results/types';
import { buildRequest } from '../../src/screening/questions';
import { FAMILY_OF_FOUR, MIXED_STATUS_FAMILY } from '../../src/screening/samples';

vi.setConfig({ testTimeout: 30_000 }); // UI tests on a shared 2-core machine

const i18n = i18next.createInstance();
beforeAll(async () => {
  const resources: Record<string, Record<string, Record<string, string>>> = { en: {} };
  for (const f of readdirSync('locales/en').filter((x) => x.endsWith('.json') && x !== 'meta.json')) {
    resources.en![f.slice(0, -5)] = JSON.parse(readFileSync(`locales/en/${f}`, 'utf8'));
  }
  await i18n.use(initReactI18next).init({ lng: 'en', fallbackLng: 'en', resources, defaultNS: 'common', interpolation: { escapeValue: false } });
});
afterEach(() => cleanup());

function request(answers: Record<string, unknown>): ScreeningRequest {
  const p = parseScreeningRequest(buildRequest(answers, '2026-11-23'));
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.request;
}

function show(req: ScreeningRequest, results: ProgramResult[], opts: { frsMode?: boolean; overrides?: Override[]; onOverride?: (o: Override) => void } = {}) {
  render(
    <I18nextProvider i18n={i18n}>
      <ResultsView request={req} results={results} overrides={opts.overrides ?? []} onOverride={opts.onOverride ?? (() => undefined)} frsMode={opts.frsMode ?? false} />
    </I18nextProvider>,
  );
}

const card = (program: string) => document.querySelector(`article[data-program="${program}"]`) as HTMLElement;
const usd = (n: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(n);

test('every program from screen() is shown with its status, estimate and reasons with the rule cited', () => {
  // A lower-earning family of four in Michigan: TANF pays a real amount.
  const req = request({ ...FAMILY_OF_FOUR, m1_inc0_amount: '300' });
  const results = screenRules(req);
  show(req, results);
  expect(document.querySelectorAll('article[data-program]')).toHaveLength(PROGRAM_IDS.length);
  for (const r of results) {
    const c = card(r.program);
    expect(within(c).getByRole('heading', { level: 3 })).toHaveTextContent(i18n.t(`results:programs.${r.program}`));
    expect(c).toHaveTextContent(i18n.t(`results:status.${r.status}`));
    // Everyone is a citizen: immigration and public-charge facts are not shown, every other reason is.
    for (const reason of r.reasons.filter((x) => !isFact(x.code))) {
      expect(c).toHaveTextContent(`Rule: ${reason.citation}`);
      if (i18n.exists(reason.code, { ns: [...REASON_NAMESPACES] })) expect(c).not.toHaveTextContent(reason.code);
      else expect(c).toHaveTextContent(reason.code); // no text yet: the code itself, never a crash
    }
  }
  expect(document.body).not.toHaveTextContent('Public charge:');
  const tanf = results.find((r) => r.program === 'tanf')!;
  expect(tanf.estimate?.monthly).toBeGreaterThan(0);
  expect(card('tanf')).toHaveTextContent(`About ${usd(tanf.estimate!.monthly!)} a month`);
  // Programs not modeled yet say so in words, from reasons-core.
  const notModeled = results.find((r) => r.reasons.some((x) => x.code === 'engine.program_not_modeled'));
  if (notModeled) expect(card(notModeled.program)).toHaveTextContent('AnyDoor does not check this program yet.');
  // Default order: by status (likely, possibly, needs_info, unlikely).
  const rank = { likely: 0, possibly: 1, needs_info: 2, unlikely: 3 };
  const shown = [...document.querySelectorAll('article[data-program]')].map((a) => results.find((r) => r.program === a.getAttribute('data-program'))!);
  expect(shown.map((r) => rank[r.status])).toEqual([...shown.map((r) => rank[r.status])].sort((a, b) => a - b));
});

test('a mixed-status family sees excluded members, public-charge facts once, and immigration facts by program', () => {
  const req = request(MIXED_STATUS_FAMILY);
  const results = screenRules(req);
  show(req, results);
  const tanf = results.find((r) => r.program === 'tanf')!;
  expect(tanf.excludedMembers).toEqual(['m2']);
  expect(card('tanf')).toHaveTextContent('Not counted for this program: Person 2, age 36');
  // Program-specific public-charge facts in each card, in words, with program names filled in.
  expect(tanf.reasons.map((x) => x.code)).toContain('public_charge.considered');
  expect(card('tanf')).toHaveTextContent('Public charge: Cash assistance (TANF) is cash help');
  expect(card('medicaid')).toHaveTextContent('Public charge: Medicaid (health coverage) is counted only for long-term care');
  // Facts shared by every program are shown once, for the household, with member names.
  const shared = results.filter((r) => r.reasons.some((x) => x.code === 'public_charge.family_members_benefits_not_considered'));
  expect(shared.length).toBeGreaterThan(3);
  expect(screen.getAllByText(/Benefits that family members get/)).toHaveLength(1);
  expect(screen.getAllByText(/Person 4, age 15 \(Refugee\) is in a group that is not subject to the public charge test/)).toHaveLength(1);
});

test('missing answers are named by their question; unknown codes show the code and values; contacts become links', () => {
  const req = request(MIXED_STATUS_FAMILY);
  const result: ProgramResult = {
    program: 'snap', status: 'possibly', estimate: { monthly: 412.5 }, rulesVersion: 'test', stale: true,
    reasons: [{ code: 'snap.code_without_text', values: { limit: 2888, passed: false }, citation: '7 CFR 273.9(a)' }],
    missing: ['household.members.0.immigration.since', 'location.county', 'household.weird'],
    nextSteps: [
      { code: 'apply_with_state_agency', values: { program: 'snap', state: 'MI', agency: 'Michigan Department of Health and Human Services (MDHHS)', url: 'https://www.michigan.gov/mdhhs', phone: '1-855-275-6424' } },
      { code: 'bring_documents', values: { documents: 'identity,income_last_30_days,not_a_document' } },
    ],
  };
  show(req, [result]);
  const c = card('snap');
  expect(c).toHaveTextContent(`About ${usd(412.5)} a month`);
  expect(c).toHaveTextContent('Some figures may be out of date.');
  expect(c).toHaveTextContent('snap.code_without_text limit=2888, passed=false');
  expect(c).toHaveTextContent('Rule: 7 CFR 273.9(a)');
  const missing = within(c).getAllByRole('list').find((l) => l.classList.contains('results-missing'))!;
  expect([...missing.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    'Date this status began (The person applying, age 34)', 'County', 'household.weird',
  ]);
  expect(c).toHaveTextContent('Apply with the state agency. Michigan Department of Health and Human Services (MDHHS)');
  expect(within(c).getByRole('link', { name: 'Website' })).toHaveAttribute('href', 'https://www.michigan.gov/mdhhs');
  expect(within(c).getByRole('link', { name: 'Phone: 1-855-275-6424' })).toHaveAttribute('href', 'tel:18552756424');
  expect(c).toHaveTextContent('Photo ID or other proof of identity');
  expect(c).toHaveTextContent('Pay stubs or proof of income for the last 30 days');
  expect(c).toHaveTextContent('documents.not_a_document');
});

test('override: a note is required, then "Refer anyway" and "Not now" call back with the note', async () => {
  const user = userEvent.setup();
  const req = request(FAMILY_OF_FOUR);
  const results = screenRules(req);
  const onOverride = vi.fn();
  show(req, results, { onOverride, overrides: [{ program: 'wic', decision: 'not_now', note: 'Family already enrolled', at: '2026-11-23T09:00:00.000Z' }] });
  expect(card('wic')).toHaveTextContent('Decision: not now. Note: Family already enrolled');
  const tanf = card('tanf');
  await user.click(within(tanf).getByRole('button', { name: 'Refer anyway' }));
  expect(onOverride).not.toHaveBeenCalled();
  expect(within(tanf).getByRole('alert')).toHaveTextContent('Please write a short note first.');
  await user.type(within(tanf).getByLabelText('Note'), 'Mother lost hours this week');
  await user.click(within(tanf).getByRole('button', { name: 'Refer anyway' }));
  expect(onOverride).toHaveBeenCalledTimes(1);
  expect(onOverride.mock.calls[0]![0]).toMatchObject({ program: 'tanf', decision: 'refer_anyway', note: 'Mother lost hours this week' });
  expect(Number.isNaN(Date.parse(onOverride.mock.calls[0]![0].at))).toBe(false);
  await user.type(within(card('snap')).getByLabelText('Note'), 'Applied last week');
  await user.click(within(card('snap')).getByRole('button', { name: 'Not now' }));
  expect(onOverride.mock.calls[1]![0]).toMatchObject({ program: 'snap', decision: 'not_now', note: 'Applied last week' });
});

test('FRS mode puts concrete supports first (food, rent, utilities, child care, cash) and flags urgent needs', () => {
  const req = request(MIXED_STATUS_FAMILY); // eviction notice, Hunger Vital Sign positive
  const results = screenRules(req);
  show(req, results, { frsMode: true });
  const order = [...document.querySelectorAll('article[data-program]')].map((a) => a.getAttribute('data-program'));
  const concrete = CONCRETE_GROUPS.flatMap(([, ps]) => ps);
  expect(order.slice(0, concrete.length)).toEqual(concrete);
  expect(order.slice(0, 3)).toEqual(['snap', 'wic', 'school_meals']);
  expect(new Set(order)).toEqual(new Set(PROGRAM_IDS));
  const banner = screen.getByRole('alert');
  expect(within(banner).getByRole('heading')).toHaveTextContent('Urgent needs');
  expect([...banner.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    'Eviction or must leave home soon', 'Food may run out (Hunger Vital Sign)',
  ]);
  cleanup();
  // No urgent need: no banner.
  const calm = request({ ...FAMILY_OF_FOUR, hvs_worried: 'never', needs: ['job'] });
  show(calm, screenRules(calm), { frsMode: true });
  expect(screen.queryByRole('alert')).toBeNull();
});

test('a next step with a contact borrowed from SNAP (contactProgram) shows the agency, not SNAP\'s program name; CHIP keeps Medicaid\'s name', () => {
  const req = request(FAMILY_OF_FOUR);
  const base = { estimate: undefined, reasons: [], missing: [], rulesVersion: 't', stale: false, excludedMembers: [] };
  const step = (program: string, contactProgram: string, programName: string) => ({
    code: 'apply_with_state_agency', values: { program, state: 'MI', agency: 'Michigan DHHS', programName, contactProgram },
  });
  show(req, [
    { ...base, program: 'emergency_assistance', status: 'possibly', nextSteps: [step('emergency_assistance', 'snap', 'Food Assistance Program (FAP)')] },
    { ...base, program: 'chip', status: 'possibly', nextSteps: [step('chip', 'medicaid', 'Michigan Medicaid; MIChild')] },
  ] as unknown as ProgramResult[]);
  expect(card('emergency_assistance').textContent).toContain('Michigan DHHS');
  expect(card('emergency_assistance').textContent).not.toContain('Food Assistance Program');
  expect(card('chip').textContent).toContain('Michigan DHHS — Michigan Medicaid; MIChild');
});
