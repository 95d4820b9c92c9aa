// @vitest-environment jsdom
// A screening continued from a kiosk code keeps the kiosk's screening date (the rules apply by the
// request's date), shows it on the first screen, says when it is in an earlier federal fiscal year
// than the worker's today, and uses the date the worker types instead when they change it. A new
// screening has no date field and is dated the worker's today.
import { readdirSync, readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { answersToRequest } from '../../src/app/kiosk/questions';
import { parseScreeningRequest, type ScreeningRequest } from '../../src/domain/screening-request';
import { earlierFiscalYear, federalFiscalYear } from '../../src/screening/questions';
import { ScreeningFlow } from '../../src/screening/ScreeningFlow';
import type { ScreeningDraft } from '../../src/screening/types';
import { draftFromRequest } from '../../src/worker/ContinueScreening';

const i18n = i18next.createInstance();
beforeAll(async () => {
  const resources: Record<string, Record<string, Record<string, string>>> = { en: {} };
  for (const f of readdirSync('locales/en').filter((x) => x.endsWith('.json') && x !== 'meta.json')) {
    resources.en![f.slice(0, -5)] = JSON.parse(readFileSync(`locales/en/${f}`, 'utf8'));
  }
  await i18n.use(initReactI18next).init({ lng: 'en', fallbackLng: 'en', resources, defaultNS: 'common', interpolation: { escapeValue: false } });
});
afterEach(() => cleanup());

const WORKER_TODAY = '2026-11-23';

function kioskRequest(date: string): ScreeningRequest {
  const p = parseScreeningRequest(answersToRequest({ state: 'OH', county: 'Franklin', age: '29', others: '3', income: '1450', housing: 'renting', needs: ['food'] }, date));
  if (!p.ok) throw new Error('kiosk answers must parse');
  return p.request;
}

function setup(initialDraft?: ScreeningDraft) {
  const done: ScreeningRequest[] = [];
  render(
    <I18nextProvider i18n={i18n}>
      <ScreeningFlow today={WORKER_TODAY} {...(initialDraft ? { initialDraft } : {})} onDraftChange={() => undefined} onComplete={(r) => done.push(r)} />
    </I18nextProvider>,
  );
  return done;
}

/** Press Next (or See results) until the flow completes. */
async function finish(done: ScreeningRequest[]) {
  for (let i = 0; i < 60 && done.length === 0; i++) {
    const before = screen.getByRole('heading', { level: 2 }).textContent;
    fireEvent.click(screen.getByRole('button', { name: /^(Next|See results)$/ }));
    await waitFor(() => expect(done.length > 0 || screen.getByRole('heading', { level: 2 }).textContent !== before).toBe(true));
  }
  expect(done).toHaveLength(1);
  return done[0]!;
}

const dateField = () => screen.queryByLabelText(/^Date of the screening/);

test('federal fiscal years: October 1 starts the next one', () => {
  expect(federalFiscalYear('2026-09-30')).toBe(2026);
  expect(federalFiscalYear('2026-10-01')).toBe(2027);
  expect(earlierFiscalYear('2026-09-28', WORKER_TODAY)).toBe(true);
  expect(earlierFiscalYear('2026-10-01', WORKER_TODAY)).toBe(false);
  expect(earlierFiscalYear('2026-11-23', '2026-09-01')).toBe(false);
});

test('continued in the same fiscal year: the kiosk date is shown, no warning, and the request keeps it', async () => {
  const done = setup(draftFromRequest(kioskRequest('2026-11-20')));
  expect(dateField()).toHaveValue('2026-11-20');
  expect(screen.queryByText(/fiscal year/)).toBeNull();
  const request = await finish(done);
  expect(request.date).toBe('2026-11-20');
});

test('screened in an earlier fiscal year: the worker is told today\'s rules may differ; the kiosk date is kept unless changed', async () => {
  const done = setup(draftFromRequest(kioskRequest('2026-09-28')));
  const field = dateField()!;
  expect(field).toHaveValue('2026-09-28');
  const note = 'This family was screened in fiscal year 2026. Today is in fiscal year 2027 (a new one starts each October 1). Rules and amounts may be different now. To use today\'s rules, change the date to today.';
  expect(screen.getByText(note)).toBeInTheDocument();
  expect(field).toHaveAccessibleDescription(expect.stringContaining(note));
  const request = await finish(done);
  expect(request.date).toBe('2026-09-28');
});

test('the worker changes the date to today: the warning goes and the request is dated today', async () => {
  const done = setup(draftFromRequest(kioskRequest('2026-09-28')));
  fireEvent.change(dateField()!, { target: { value: WORKER_TODAY } });
  await waitFor(() => expect(screen.queryByText(/fiscal year 2026/)).toBeNull());
  const request = await finish(done);
  expect(request.date).toBe(WORKER_TODAY);
});

test('a new screening has no date field and is dated the worker\'s today', async () => {
  setup();
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Where does the family live?');
  expect(dateField()).toBeNull();
});
