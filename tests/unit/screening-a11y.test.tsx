// @vitest-environment jsdom
// Accessibility of the screening flow and the results view: axe-core (WCAG 2.x A/AA rules that work
// without layout) on each kind of screen, in English and Arabic, and screens done with the
// keyboard alone (Tab, Space, arrow keys, typing, Enter).
import { readdirSync, readFileSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { parseScreeningRequest, screen as screenRules } from '../../rules';
import { ResultsView } from '../../src/results/ResultsView';
import { buildRequest } from '../../src/screening/questions';
import { MIXED_STATUS_FAMILY } from '../../src/screening/samples';
import { ScreeningFlow } from '../../src/screening/ScreeningFlow';
import type { ScreeningDraft } from '../../src/screening/types';

vi.setConfig({ testTimeout: 60_000 }); // UI tests on a shared 2-core machine

const i18n = i18next.createInstance();
beforeAll(async () => {
  const resources: Record<string, Record<string, Record<string, string>>> = {};
  for (const lng of ['en', 'ar']) {
    resources[lng] = {};
    for (const f of readdirSync(`locales/${lng}`).filter((x) => x.endsWith('.json') && x !== 'meta.json')) {
      resources[lng]![f.slice(0, -5)] = JSON.parse(readFileSync(`locales/${lng}/${f}`, 'utf8'));
    }
  }
  await i18n.use(initReactI18next).init({ lng: 'en', fallbackLng: 'en', resources, defaultNS: 'common', interpolation: { escapeValue: false } });
});
afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

async function violations(): Promise<string[]> {
  const r = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    // Layout-dependent rules cannot run in jsdom (no rendering); the e2e suite runs them in Chromium.
    rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
    resultTypes: ['violations'],
  });
  expect(r.passes.length).toBeGreaterThan(5);
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

function flowAt(currentQuestionId: string, answers: Record<string, unknown> = MIXED_STATUS_FAMILY) {
  const draft: ScreeningDraft = { answers, currentQuestionId, updatedAt: '2026-11-23T10:00:00.000Z' };
  render(<I18nextProvider i18n={i18n}><ScreeningFlow today="2026-11-23" initialDraft={draft} onDraftChange={() => undefined} onComplete={() => undefined} /></I18nextProvider>);
}

test.each(['en', 'ar'])('axe finds no violations on each kind of screen and on the results (%s)', async (lng) => {
  await i18n.changeLanguage(lng);
  for (const step of ['location', 'member_m2', 'immigration_m1', 'income_m1', 'utilities', 'hunger_vital_sign', 'needs']) {
    flowAt(step);
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
    expect(await violations(), `${lng} ${step}`).toEqual([]);
    cleanup();
  }
  // With errors showing (invalid + described-by).
  flowAt('household_size', {});
  await userEvent.setup().click(screen.getByRole('button', { name: i18n.t('screening:next') }));
  expect(screen.getByRole('alert')).toBeInTheDocument();
  expect(await violations(), `${lng} errors`).toEqual([]);
  cleanup();
  const p = parseScreeningRequest(buildRequest(MIXED_STATUS_FAMILY, '2026-11-23'));
  if (!p.ok) throw new Error('sample must parse');
  render(<I18nextProvider i18n={i18n}><ResultsView request={p.request} results={screenRules(p.request)} overrides={[]} onOverride={() => undefined} frsMode /></I18nextProvider>);
  expect(await violations(), `${lng} results`).toEqual([]);
});

test('a screen can be answered and submitted with the keyboard alone; focus lands on the next heading', async () => {
  const user = userEvent.setup();
  flowAt('household_size', {});
  await user.tab(); // heading is focusable only by script; first Tab goes to the input
  expect(screen.getByLabelText(/Number of people/)).toHaveFocus();
  await user.keyboard('3{Enter}');
  const heading = screen.getByRole('heading', { level: 2 });
  expect(heading).toHaveTextContent('About the person applying');
  expect(heading).toHaveFocus();
  await user.tab(); // the "Why we ask" disclosure comes first, then the fields
  expect(screen.getByText('Why we ask')).toHaveFocus();
  await user.tab();
  expect(screen.getByLabelText(/Age in years/)).toHaveFocus();
  await user.keyboard('41');
  await user.tab(); // to the first checkbox
  expect(screen.getByLabelText('Pregnant')).toHaveFocus();
  await user.tab();
  await user.keyboard(' '); // "Has a disability"
  expect(screen.getByLabelText('Has a disability')).toBeChecked();
  await user.keyboard('{Enter}');
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('About person 2');
  // Radio groups: arrow keys move within the group, Space selects.
  cleanup();
  flowAt('housing', { household_size: '1', m1_age: '30' });
  await user.tab();
  expect(screen.getByLabelText('Rents a home')).toHaveFocus();
  await user.keyboard(' ');
  expect(screen.getByLabelText('Rents a home')).toBeChecked();
  await user.keyboard('{Enter}');
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Housing costs each month');
});
