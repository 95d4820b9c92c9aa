// @vitest-environment jsdom
// "Continue the screening with these answers" on the results of a kiosk code: the component on its
// own (no draft → starts at once; a draft → asks first, "No" keeps it), then in worker mode with a
// real vault (fake-indexeddb): the worker's draft survives "No", and "Yes" starts the screening with
// the kiosk answers filled in and stores them as the draft in its place.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { Vault } from '../../src/cases/vault';
import { parseScreeningRequest, type ScreeningRequest } from '../../src/domain/screening-request';
import { initI18n } from '../../src/i18n';
import { answersFromRequest } from '../../src/screening/from-request';
import { ContinueScreening } from '../../src/worker/ContinueScreening';
import WorkerMode from '../../src/worker/WorkerMode';
import type { ScreeningDraft } from '../../src/worker/contracts';
import kiosk from '../../locales/en/kiosk.json';
import screeningText from '../../locales/en/screening.json';
import worker from '../../locales/en/worker.json';
import { kioskScreening, testDatabases, useNodeWebCrypto } from './fixtures/worker-setup';

const PASS = 'orange lamp harbor 3';
let request: ScreeningRequest;
let code: string;
let i18n: Awaited<ReturnType<typeof initI18n>>;

beforeAll(async () => {
  useNodeWebCrypto();
  ({ request, code } = await kioskScreening({ state: 'OH', county: 'Franklin', zip: '43215', age: '29', others: '3', income: '1450', housing: 'staying_with_others', needs: ['food'] }, '2026-11-20'));
  i18n = await initI18n('en');
});

const dbs = testDatabases('continue');
afterEach(async () => {
  cleanup();
  await dbs.removeAll();
});

function renderButton(hasDraft: boolean, { req = request, today = '2026-11-23' }: { req?: ScreeningRequest; today?: string } = {}) {
  const onContinue = vi.fn<(d: ScreeningDraft) => void>();
  const asked = vi.fn(async () => hasDraft);
  render(
    <I18nextProvider i18n={i18n}>
      <ContinueScreening request={req} today={today} hasDraft={asked} onContinue={onContinue} />
    </I18nextProvider>,
  );
  return { onContinue, asked, button: screen.getByRole('button', { name: worker.import.continue }) };
}

test('no draft stored: the screening starts at once with the kiosk answers, at the first screen', async () => {
  const { onContinue, asked, button } = renderButton(false);
  // The kiosk's screening date is kept (the rules apply by it), and said so; same fiscal year: no warning.
  expect(button).toHaveAccessibleDescription(`${worker.import.continueHint} The screening keeps the kiosk date, November 20, 2026. You can change it on the first screen.`);
  expect(screen.queryByText(/fiscal year/)).toBeNull();
  await act(async () => fireEvent.click(button));
  expect(asked).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(onContinue).toHaveBeenCalledTimes(1);
  const draft = onContinue.mock.calls[0]![0];
  expect(draft.currentQuestionId).toBe('location');
  expect(draft.answers).toEqual(answersFromRequest(request));
  expect(draft.answers).toMatchObject({ state: 'OH', county: 'Franklin', zip: '43215', household_size: '2', m1_age: '29', m2_age: '3', m2_relationship: 'child', income_who: ['m1'], m1_inc0_amount: '1450', housing: 'staying_with_others', needs: ['food'] });
});

test('a kiosk screening from the previous federal fiscal year: the worker is told today\'s rules may differ, and the draft keeps that date', async () => {
  const parsed = parseScreeningRequest({ ...request, date: '2026-09-29' });
  if (!parsed.ok) throw new Error('must parse');
  const { onContinue, button } = renderButton(false, { req: parsed.request, today: '2026-10-02' });
  const warning = 'This family was screened in fiscal year 2026. Today is in fiscal year 2027 (a new one starts each October 1). Rules and amounts may be different now. To use today\'s rules, change the date to today.';
  expect(screen.getByText(warning)).toBeInTheDocument();
  expect(button).toHaveAccessibleDescription(expect.stringContaining(warning));
  expect(screen.getByText(/keeps the kiosk date, September 29, 2026/)).toBeInTheDocument();
  await act(async () => fireEvent.click(button));
  expect(onContinue.mock.calls[0]![0].answers).toMatchObject({ screening_date: '2026-09-29' });
});

test('a draft stored: asks before replacing it; "No" keeps it, "Yes" continues', async () => {
  const { onContinue, button } = renderButton(true);
  await act(async () => fireEvent.click(button));
  const dialog = screen.getByRole('alertdialog', { name: worker.import.replaceDraft });
  expect(dialog).toHaveFocus();
  expect(button).toBeDisabled();
  expect(onContinue).not.toHaveBeenCalled();

  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: worker.import.replaceNo }));
    await new Promise((r) => setTimeout(r, 10));
  });
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(onContinue).not.toHaveBeenCalled();
  expect(button).toBeEnabled();
  expect(button).toHaveFocus();

  await act(async () => fireEvent.click(button));
  fireEvent.click(screen.getByRole('button', { name: worker.import.replaceYes }));
  expect(onContinue).toHaveBeenCalledTimes(1);
  expect(onContinue.mock.calls[0]![0].answers).toEqual(answersFromRequest(request));
});

test('worker mode: the draft survives "No"; "Yes" opens the screening prefilled and stores the kiosk answers as the draft', async () => {
  const db = dbs.create();
  const vault = new Vault(db);
  await vault.create(PASS);
  const old = { answers: { state: 'MN', county: 'Hennepin' }, currentQuestionId: 'location', updatedAt: '2026-11-20T10:00:00.000Z' };
  await vault.saveDraft(old);
  render(
    <I18nextProvider i18n={i18n}>
      <WorkerMode vault={vault} />
    </I18nextProvider>,
  );
  await screen.findByText(worker.home.draftFound);
  fireEvent.click(screen.getByRole('button', { name: worker.home.importKiosk }));
  await screen.findByRole('heading', { level: 1, name: kiosk.import.heading });
  fireEvent.change(screen.getByLabelText(kiosk.import.label), { target: { value: code } });
  fireEvent.click(screen.getByRole('button', { name: kiosk.import.submit }));
  await screen.findByRole('heading', { level: 1, name: worker.results.heading });

  fireEvent.click(screen.getByRole('button', { name: worker.import.continue }));
  await screen.findByRole('alertdialog', { name: worker.import.replaceDraft });
  fireEvent.click(screen.getByRole('button', { name: worker.import.replaceNo }));
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(screen.getByRole('heading', { level: 1, name: worker.results.heading })).toBeInTheDocument();
  expect(await vault.loadDraft()).toEqual(old);

  fireEvent.click(screen.getByRole('button', { name: worker.import.continue }));
  fireEvent.click(await screen.findByRole('button', { name: worker.import.replaceYes }));
  await screen.findByRole('heading', { level: 1, name: worker.screening.heading });
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(screeningText.q.location.title);
  expect(screen.getByLabelText(/^State/)).toHaveValue('OH');
  expect(screen.getByLabelText(/^County/)).toHaveValue('Franklin');
  expect(screen.getByLabelText(/ZIP code/)).toHaveValue('43215');
  // The kiosk's screening date, not the worker's today.
  expect(screen.getByLabelText(/^Date of the screening/)).toHaveValue('2026-11-20');
  await vi.waitFor(async () => expect((await vault.loadDraft())?.answers).toEqual(answersFromRequest(request)));

  // Forward one screen: the household size from the kiosk is there.
  fireEvent.click(screen.getByRole('button', { name: screeningText.next }));
  await vi.waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(screeningText.q.household_size.title));
  expect(screen.getByLabelText(/Number of people/)).toHaveValue('2');
}, 30_000);
