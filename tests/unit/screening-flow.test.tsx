// @vitest-environment jsdom
// The worker's screening flow, driven through the DOM: fill a family's answers, go back and
// forward without losing them, get errors that name the field, restore from a saved draft, and
// finish with a request that parses.
import { readdirSync, readFileSync } from 'node:fs';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { parseScreeningRequest, type ScreeningRequest } from '../../src/domain/screening-request';
import { ScreeningFlow } from '../../src/screening/ScreeningFlow';
import type { ScreeningDraft } from '../../src/screening/types';

const i18n = i18next.createInstance();
beforeAll(async () => {
  const resources: Record<string, Record<string, Record<string, string>>> = {};
  for (const lng of ['en', 'es']) {
    resources[lng] = {};
    for (const f of readdirSync(`locales/${lng}`).filter((x) => x.endsWith('.json') && x !== 'meta.json')) {
      resources[lng]![f.slice(0, -5)] = JSON.parse(readFileSync(`locales/${lng}/${f}`, 'utf8'));
    }
  }
  await i18n.use(initReactI18next).init({ lng: 'en', fallbackLng: 'en', resources, defaultNS: 'common', interpolation: { escapeValue: false } });
});
afterEach(() => cleanup());

function setup(props: { initialDraft?: ScreeningDraft } = {}) {
  const drafts: ScreeningDraft[] = [];
  const done: { request: ScreeningRequest; draft: ScreeningDraft }[] = [];
  render(
    <I18nextProvider i18n={i18n}>
      <ScreeningFlow
        today="2026-11-23"
        initialDraft={props.initialDraft}
        onDraftChange={(d) => drafts.push(d)}
        onComplete={(request, draft) => done.push({ request, draft })}
      />
    </I18nextProvider>,
  );
  return { drafts, done, user: userEvent.setup() };
}

const heading = () => screen.getByRole('heading', { level: 2 });
const next = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: /^(Next|See results)$/ }));
const back = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Back' }));

test('fills a one-person household, goes back and forward without losing answers, and completes with a request that parses', async () => {
  const { user, done, drafts } = setup();
  expect(heading()).toHaveTextContent('Where does the family live?');
  await user.type(screen.getByLabelText(/ZIP code/), '48201');
  // The state is suggested from the ZIP code.
  expect(screen.getByLabelText(/^State/)).toHaveValue('MI');
  await next(user);
  expect(heading()).toHaveTextContent('How many people live and eat together?');
  expect(heading()).toHaveFocus();

  // Next without an answer: the error names the field and is tied to the input.
  await next(user);
  const input = screen.getByLabelText(/Number of people/);
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByRole('alert')).toHaveTextContent('Number of people: please answer.');
  expect(input.getAttribute('aria-describedby')).toContain(screen.getByRole('alert').id);
  await user.type(input, '1');
  await next(user);

  expect(heading()).toHaveTextContent('About the person applying');
  // Optional sensitive questions (disability, pregnancy) say why they are asked.
  expect(screen.getByText('Why we ask')).toBeInTheDocument();
  expect(screen.getByText(/These boxes are optional/)).toBeInTheDocument();
  await user.type(screen.getByLabelText(/Age in years/), '29');
  await user.click(screen.getByLabelText('Pregnant'));
  await next(user);
  expect(heading()).toHaveTextContent('Is everyone in the household a U.S. citizen?');

  // Back twice and forward twice: every answer is still there.
  await back(user);
  expect(screen.getByLabelText(/Age in years/)).toHaveValue('29');
  expect(screen.getByLabelText('Pregnant')).toBeChecked();
  await back(user);
  expect(screen.getByLabelText(/Number of people/)).toHaveValue('1');
  await back(user);
  expect(screen.getByLabelText(/ZIP code/)).toHaveValue('48201');
  expect(screen.getByLabelText(/^State/)).toHaveValue('MI');
  await next(user);
  await next(user);
  expect(screen.getByLabelText(/Age in years/)).toHaveValue('29');
  await next(user);

  await user.click(screen.getByLabelText('No, or not sure'));
  await next(user);
  expect(heading()).toHaveTextContent('Immigration status of the person applying');
  expect(screen.getByText(/Each program has its own rules for immigrants/)).toBeInTheDocument();
  await user.selectOptions(screen.getByLabelText(/^Immigration status \(/), 'refugee');
  await user.type(screen.getByLabelText(/Date this status began/), '2024-02-10');
  await next(user);

  expect(heading()).toHaveTextContent('Who gets money from work or other sources?');
  await user.click(screen.getByLabelText('The person applying, age 29'));
  await next(user);
  await user.selectOptions(screen.getByLabelText('Kind of income 1'), 'wages');
  await user.type(screen.getByLabelText(/Amount 1/), 'abc');
  await user.click(screen.getByLabelText('Every two weeks'));
  await next(user);
  expect(screen.getByRole('alert')).toHaveTextContent('Amount 1, in dollars: please write a number.');
  await user.clear(screen.getByLabelText(/Amount 1/));
  await user.type(screen.getByLabelText(/Amount 1/), '800');
  await next(user);

  expect(heading()).toHaveTextContent('Work: the person applying');
  // Wages suggest "works for an employer"; hours show for people who work.
  expect(screen.getByLabelText('Works for an employer')).toBeChecked();
  await user.type(screen.getByLabelText(/Hours of work each week/), '20');
  await next(user);

  expect(heading()).toHaveTextContent('Where is the family living now?');
  await user.click(screen.getByLabelText('Rents a home'));
  await next(user);
  await user.type(screen.getByLabelText(/Rent each month/), '900');
  await next(user);
  await user.click(screen.getByLabelText('Electricity'));
  await next(user);
  expect(heading()).toHaveTextContent('Other costs each month');
  expect(screen.queryByLabelText(/Medical costs/)).toBeNull(); // only for 60+ or disabled
  await next(user);
  await next(user); // assets: none
  await next(user); // benefits: none
  expect(heading()).toHaveTextContent('Food in the last 12 months');
  const [worried] = screen.getAllByLabelText('Often true');
  await user.click(worried!);
  await next(user);
  await next(user); // living situation skipped
  await next(user);
  await next(user);
  await next(user); // safety: skipped, so the 4 safety items are not asked
  expect(heading()).toHaveTextContent('What does the family need help with?');
  // The Hunger Vital Sign answer suggested "Food".
  expect(screen.getByLabelText('Food')).toBeChecked();
  // The button says what comes next, live: needing a job adds a work screen after this one.
  expect(screen.getByRole('button', { name: 'See results' })).toBeInTheDocument();
  await user.click(screen.getByLabelText('Finding a job'));
  expect(screen.getByRole('button', { name: 'Next' })).toBeInTheDocument();
  await user.click(screen.getByLabelText('Finding a job'));
  expect(screen.getByRole('button', { name: 'See results' })).toBeInTheDocument();
  await user.click(screen.getByLabelText('Child care'));
  await next(user);

  expect(done).toHaveLength(1);
  const { request } = done[0]!;
  expect(parseScreeningRequest(request).ok).toBe(true);
  expect(request.location).toEqual({ state: 'MI', zip: '48201' });
  expect(request.household.members).toEqual([expect.objectContaining({
    id: 'm1', relationship: 'self', age: 29, pregnant: true,
    immigration: { status: 'refugee', since: '2024-02-10' },
    incomes: [{ type: 'wages', amount: 800, frequency: 'biweekly' }],
    employment: { status: 'employed', hoursPerWeek: 20 },
  })]);
  expect(request.household.expenses.rent).toBe(900);
  expect(request.household.expenses.utilities.electricity).toBe(true);
  expect(request.household.foodInsecure).toBe(true);
  expect(request.household.needs.sort()).toEqual(['child_care', 'food']);
  expect(drafts.length).toBeGreaterThan(10);
}, 30_000);

test('restores from a draft at the saved step with the saved answers, and saves drafts as the worker types (debounced)', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  try {
    const draft: ScreeningDraft = {
      answers: { zip: '10001', state: 'NY', household_size: '2', m1_age: '40', m2_age: '7', m2_relationship: 'child' },
      currentQuestionId: 'member_m2',
      updatedAt: '2026-11-23T10:00:00.000Z',
    };
    const { user, drafts } = setup({ initialDraft: draft });
    expect(heading()).toHaveTextContent('About person 2');
    expect(screen.getByLabelText(/Age in years/)).toHaveValue('7');
    expect(screen.getByLabelText(/Relationship/)).toHaveValue('child');
    await user.clear(screen.getByLabelText(/Age in years/));
    await user.type(screen.getByLabelText(/Age in years/), '8');
    const before = drafts.length;
    await act(async () => { await vi.advanceTimersByTimeAsync(350); });
    expect(drafts.length).toBe(before + 1); // one save for the burst of keystrokes
    expect(drafts.at(-1)).toMatchObject({ currentQuestionId: 'member_m2', answers: { m2_age: '8', zip: '10001', m1_age: '40' } });
    await back(user);
    expect(screen.getByLabelText(/Age in years/)).toHaveValue('40');
  } finally {
    vi.useRealTimers();
  }
}, 30_000);

test('asks the kind of school only for a member marked as a student aged 16 or older, and says why', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  try {
    const draft: ScreeningDraft = {
      answers: { zip: '43215', state: 'OH', household_size: '2', m1_age: '45', m2_age: '19', m2_relationship: 'child' },
      currentQuestionId: 'member_m2',
      updatedAt: '2026-11-23T10:00:00.000Z',
    };
    const { user, drafts } = setup({ initialDraft: draft });
    expect(heading()).toHaveTextContent('About person 2');
    expect(screen.queryByText('What kind of school?')).toBeNull(); // not a student yet
    await user.click(screen.getByLabelText('Student'));
    expect(screen.getByText('What kind of school?')).toBeInTheDocument();
    expect(screen.getByText(/a student of 18 or 19 still in high school can get food help/)).toBeInTheDocument();
    await user.click(screen.getByLabelText('High school or middle school'));
    await act(async () => { await vi.advanceTimersByTimeAsync(350); });
    expect(drafts.at(-1)).toMatchObject({ answers: { m2_flags: ['student'], m2_school: 'high_school' } });
    // Under 16: not asked.
    await user.clear(screen.getByLabelText(/Age in years/));
    await user.type(screen.getByLabelText(/Age in years/), '15');
    expect(screen.queryByText('What kind of school?')).toBeNull();
    await user.clear(screen.getByLabelText(/Age in years/));
    await user.type(screen.getByLabelText(/Age in years/), '16');
    expect(screen.getByLabelText('High school or middle school')).toBeChecked();
  } finally {
    vi.useRealTimers();
  }
}, 30_000);
