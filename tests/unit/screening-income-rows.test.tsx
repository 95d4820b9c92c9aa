// @vitest-environment jsdom
// "Add another income" on a member's income screen: the new row shows, is validated and is kept
// (the row count is not a field of the screen's form, so the flow must pass it to the screen), and
// a draft with two incomes comes back with both rows filled.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, expect, test, vi } from 'vitest';
import { parseScreeningRequest } from '../../src/domain/screening-request';
import { buildRequest } from '../../src/screening/questions';
import { FAMILY_OF_FOUR, MIXED_STATUS_FAMILY } from '../../src/screening/samples';
import { ScreeningFlow } from '../../src/screening/ScreeningFlow';
import type { ScreeningDraft } from '../../src/screening/types';
import { englishI18n } from './fixtures/english-i18n';

vi.setConfig({ testTimeout: 30_000 });

const i18n = englishI18n();
afterEach(() => cleanup());

function at(answers: Record<string, unknown>) {
  const drafts: ScreeningDraft[] = [];
  const draft: ScreeningDraft = { answers, currentQuestionId: 'income_m1', updatedAt: '2026-11-23T10:00:00.000Z' };
  render(
    <I18nextProvider i18n={i18n}>
      <ScreeningFlow today="2026-11-23" initialDraft={draft} onDraftChange={(d) => drafts.push(d)} onComplete={() => undefined} />
    </I18nextProvider>,
  );
  return { drafts, user: userEvent.setup() };
}

const heading = () => screen.getByRole('heading', { level: 2 });

test('adding a second income shows its fields, requires them, and keeps them in the answers', async () => {
  const { user, drafts } = at(FAMILY_OF_FOUR);
  expect(heading()).toHaveTextContent('Money that the person applying gets');
  expect(screen.queryByLabelText(/Kind of income 2/)).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Add another income' }));
  expect(screen.getByLabelText(/Kind of income 2/)).toHaveValue('');
  expect(screen.getByLabelText(/Amount 2, in dollars/)).toHaveValue('');
  // The first row is still there with its answers.
  expect(screen.getByLabelText(/Kind of income 1/)).toHaveValue('wages');
  expect(screen.getByLabelText(/Amount 1, in dollars/)).toHaveValue('1450');

  // The new row is required: Next stays on the screen and names the empty fields.
  await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(heading()).toHaveTextContent('Money that the person applying gets');
  expect(screen.getByLabelText(/Kind of income 2/)).toHaveAttribute('aria-invalid', 'true');

  await user.selectOptions(screen.getByLabelText(/Kind of income 2/), 'child_support_received');
  await user.type(screen.getByLabelText(/Amount 2, in dollars/), '100');
  await user.click(document.querySelector<HTMLInputElement>('input[name="m1_inc1_frequency"][value="monthly"]')!);
  await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(heading()).not.toHaveTextContent('Money that the person applying gets');

  const last = drafts.at(-1)!;
  expect(last.answers).toMatchObject({ m1_income_rows: '2', m1_inc1_type: 'child_support_received', m1_inc1_amount: '100', m1_inc1_frequency: 'monthly' });
  const parsed = parseScreeningRequest(buildRequest(last.answers, '2026-11-23'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  expect(parsed.request.household.members[0]!.incomes).toEqual([
    { type: 'wages', amount: 1450, frequency: 'monthly' },
    { type: 'child_support_received', amount: 100, frequency: 'monthly' },
  ]);

  // Back on the screen, both rows are shown; removing the second leaves one.
  await user.click(screen.getByRole('button', { name: 'Back' }));
  expect(screen.getByLabelText(/Amount 2, in dollars/)).toHaveValue('100');
  await user.click(screen.getByRole('button', { name: 'Remove the last income' }));
  expect(screen.queryByLabelText(/Kind of income 2/)).toBeNull();
});

test('a draft with two incomes comes back with both rows', () => {
  at(MIXED_STATUS_FAMILY);
  expect(screen.getByLabelText(/Kind of income 1/)).toHaveValue('wages');
  expect(screen.getByLabelText(/Kind of income 2/)).toHaveValue('child_support_received');
  expect(screen.getByLabelText(/Amount 2, in dollars/)).toHaveValue('100');
});
