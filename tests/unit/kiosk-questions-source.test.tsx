// @vitest-environment jsdom
// Kiosk mode's questions come from the one screening question graph (src/screening/questions.ts):
// each graph screen says what the kiosk asks of it or why it leaves it to the worker, and each kiosk
// question takes kind, options, limits and required-ness from the graph field it asks. The derived
// list is the kiosk's list as it was (same questions, order, options and checks), with two limits
// now taken from the graph: the most people a household can list, and the largest income amount.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, expect, test } from 'vitest';
import { QuestionStep } from '../../src/app/kiosk/QuestionStep';
import { answersToRequest, KIOSK_QUESTIONS, kioskQuestionsFromGraph, validate } from '../../src/app/kiosk/questions';
import { HOUSING_SITUATIONS, NEEDS, parseScreeningRequest, US_STATES } from '../../src/domain/screening-request';
import { initI18n } from '../../src/i18n';
import { buildQuestions, type Question } from '../../src/screening/questions';
import kioskEn from '../../locales/en/kiosk.json';

afterEach(cleanup);

/** Every screen the graph can show: a household of three with every conditional screen's members. */
const GRAPH = buildQuestions({ household_size: '3' });

test('the derived list is the kiosk\'s list: same questions in the same order, options and checks', () => {
  expect(KIOSK_QUESTIONS).toEqual([
    { id: 'state', kind: 'select', options: US_STATES, optionKey: 'common:states', required: true },
    { id: 'county', kind: 'text', maxLength: 80 },
    { id: 'zip', kind: 'text', pattern: /^\d{5}$/, errorKey: 'zip', maxLength: 5 },
    { id: 'age', kind: 'number', min: 0, max: 125, required: true, money: false },
    // Each age 0–125 (the graph's age field); at most 19 others (the graph's 20 people, less the person answering).
    { id: 'others', kind: 'ages', maxAge: 125, max: 19 },
    // The graph's income amount limit ($10,000,000; the kiosk's own list had $1,000,000).
    { id: 'income', kind: 'number', min: 0, max: 10_000_000, money: true },
    { id: 'housing', kind: 'choice', options: HOUSING_SITUATIONS, optionKey: 'housing', required: true },
    { id: 'needs', kind: 'multi', options: NEEDS, optionKey: 'needs' },
  ].map((q) => expect.objectContaining(q)));
  expect(KIOSK_QUESTIONS.find((q) => q.id === 'county')).not.toHaveProperty('required', true);
});

test('options are the graph field\'s own lists (not copies), so a new option reaches the kiosk', () => {
  const field = (name: string) => GRAPH.flatMap((q) => q.fields({})).find((f) => f.name === name)!;
  const q = (id: string) => KIOSK_QUESTIONS.find((x) => x.id === id) as { options: readonly string[] };
  expect(q('state').options).toBe(field('state').options);
  expect(q('housing').options).toBe(field('housing').options);
  expect(q('needs').options).toBe(field('needs').options);
});

test('every graph screen says what the kiosk asks or why not; kiosk ids are unique and have their texts', () => {
  const skips = new Set(['condensed', 'sensitive', 'detail', 'worker_help']);
  const table: [string, string][] = GRAPH.map((q) => [q.id, 'asks' in q.kiosk ? q.kiosk.asks.map((a) => a.id).join(',') : `skip:${q.kiosk.skip}`]);
  for (const [id, what] of table) expect(what.startsWith('skip:') ? skips.has(what.slice(5)) : what.length > 0, `${id}: ${what}`).toBe(true);
  expect(Object.fromEntries(table)).toMatchObject({
    location: 'state,county,zip', household_size: 'age,others', income_who: 'income', housing: 'housing', needs: 'needs',
    citizenship: 'skip:sensitive', immigration_m2: 'skip:sensitive', ahc_safety: 'skip:sensitive', member_m1: 'skip:condensed',
    hunger_vital_sign: 'skip:condensed', assets: 'skip:detail', work_m3: 'skip:worker_help',
  });
  const ids = KIOSK_QUESTIONS.map((q) => q.id);
  expect(new Set(ids).size).toBe(ids.length);
  const texts = kioskEn.q as Record<string, { label: string; hint: string }>;
  for (const id of ids) expect(texts[id], id).toMatchObject({ label: expect.any(String), hint: expect.any(String) });
});

test('a change to the graph changes the kiosk: a new option, a changed limit, a screen the kiosk stops asking', () => {
  const changed: Question[] = GRAPH.map((q) => {
    if (q.id === 'housing') return { ...q, fields: (v) => q.fields(v).map((f) => ({ ...f, options: [...f.options!, 'car'] })) };
    if (q.id === 'location') return { ...q, fields: (v) => q.fields(v).map((f) => (f.name === 'county' ? { ...f, maxLength: 40 } : f)) };
    if (q.id === 'income_who') return { ...q, kiosk: { skip: 'detail' } };
    return q;
  });
  const derived = kioskQuestionsFromGraph(changed);
  expect(derived.map((q) => q.id)).toEqual(['state', 'county', 'zip', 'age', 'others', 'housing', 'needs']);
  expect(derived.find((q) => q.id === 'housing')).toMatchObject({ options: [...HOUSING_SITUATIONS, 'car'] });
  expect(derived.find((q) => q.id === 'county')).toMatchObject({ maxLength: 40 });
});

test('more people than a request can hold: the kiosk says so, instead of a code that cannot be made', () => {
  const others = KIOSK_QUESTIONS.find((q) => q.id === 'others')!;
  const ages = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1)).join(', ');
  expect(validate(others, ages(19))).toBeUndefined();
  expect(validate(others, ages(20))).toBe('agesTooMany');
  expect(validate(others, '130')).toBe('ages');
  // 19 others make a valid request; 20 would not (20 people at most): the check is what the schema allows.
  const request = (n: number) => parseScreeningRequest(answersToRequest({ state: 'NY', age: '40', others: ages(n), housing: 'renting' }, '2026-11-23'));
  expect(request(19).ok).toBe(true);
  expect(request(20).ok).toBe(false);
});

test('the ages box takes all 19 ages and the message names the limit', async () => {
  const i18n = await initI18n('en');
  await i18n.loadNamespaces('kiosk');
  const others = KIOSK_QUESTIONS.find((q) => q.id === 'others')!;
  render(
    <I18nextProvider i18n={i18n}>
      <QuestionStep question={others} index={4} total={8} value={undefined} onAnswer={() => undefined} onBack={() => undefined} />
    </I18nextProvider>,
  );
  const box = screen.getByRole('textbox', { name: kioskEn.q.others.label });
  const twenty = Array.from({ length: 20 }, () => '125').join(', ');
  expect(Number(box.getAttribute('maxlength'))).toBeGreaterThanOrEqual(twenty.length - 5);
  fireEvent.change(box, { target: { value: twenty } });
  fireEvent.click(screen.getByRole('button', { name: kioskEn.next }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Please write at most 19 ages. If more people live with you, tell the staff.');
});

test('each kiosk answer lands in the graph field its flag names (a worker continuing sees it there)', async () => {
  const { answersFromRequest } = await import('../../src/screening/from-request');
  const kiosk = { state: 'OH', county: 'Franklin', zip: '43215', age: '29', others: '41, 3', income: '1450', housing: 'renting', needs: ['food', 'rent'] };
  const parsed = parseScreeningRequest(answersToRequest(kiosk, '2026-11-20'));
  if (!parsed.ok) throw new Error('must parse');
  const graph = answersFromRequest(parsed.request);
  const asks = GRAPH.flatMap((q) => ('asks' in q.kiosk ? q.kiosk.asks : []));
  for (const ask of asks.filter((a) => !a.form)) expect(graph[ask.field], ask.id).toEqual(kiosk[ask.id as keyof typeof kiosk]);
  // The condensed ones: the others' ages are members 2 and 3 (relationship from the age); the income is the first row.
  expect(graph).toMatchObject({ household_size: '3', m2_age: '41', m2_relationship: 'other_relative', m3_age: '3', m3_relationship: 'child', income_who: ['m1'], m1_inc0_amount: '1450', m1_inc0_type: 'wages', m1_inc0_frequency: 'monthly' });
  expect(asks.find((a) => a.id === 'income')!.field).toBe('m1_inc0_amount');
});
