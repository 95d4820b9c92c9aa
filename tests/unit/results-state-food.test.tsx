// @vitest-environment jsdom
// The results screen shows the state food help of rules/programs/snap/state-food.ts in plain words:
// the state minimum supplement (federal + state parts) and, for a member SNAP excludes by status,
// the state program with its amount and an "ask about" next step carrying the program's contact.
import { readdirSync, readFileSync } from 'node:fs';
import { cleanup, render } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { parse } from 'yaml';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { evaluateProgram, parseScreeningRequest, type ScreeningRequest } from '../../rules';
import { ResultsView } from '../../src/results/ResultsView';

vi.setConfig({ testTimeout: 30_000 });

const i18n = i18next.createInstance();
beforeAll(async () => {
  const resources: Record<string, Record<string, Record<string, string>>> = { en: {} };
  for (const f of readdirSync('locales/en').filter((x) => x.endsWith('.json') && x !== 'meta.json')) {
    resources.en![f.slice(0, -5)] = JSON.parse(readFileSync(`locales/en/${f}`, 'utf8'));
  }
  await i18n.use(initReactI18next).init({ lng: 'en', fallbackLng: 'en', resources, defaultNS: 'common', interpolation: { escapeValue: false } });
});
afterEach(() => cleanup());

const cases = parse(readFileSync('rules/programs/snap/cases/state-food.yaml', 'utf8'), { schema: 'core' }) as { name: string; request: unknown }[];
function caseRequest(prefix: string): ScreeningRequest {
  const c = cases.find((x) => x.name.startsWith(prefix));
  if (!c) throw new Error(`no case ${prefix}`);
  const p = parseScreeningRequest(c.request);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.request;
}
function snapCard(req: ScreeningRequest): HTMLElement {
  render(
    <I18nextProvider i18n={i18n}>
      <ResultsView request={req} results={[evaluateProgram(req, 'snap')]} overrides={[]} onOverride={() => undefined} frsMode={false} />
    </I18nextProvider>,
  );
  return document.querySelector('article[data-program="snap"]') as HTMLElement;
}

test('New Jersey minimum: the card says $95 in all, $25 from SNAP and $70 from the state', () => {
  const card = snapCard(caseRequest('NJ 1 person 67'));
  const text = card.textContent ?? '';
  expect(text).toContain('at least $95.00 a month: $25.00 from SNAP and $70.00 from the state');
  expect(text).not.toContain('snap.state_minimum_supplement');
});

test('California refugee parent: CFAP reason with the amounts, and the ask-about step with the CDSS link', () => {
  const card = snapCard(caseRequest('CA refugee parent'));
  const text = card.textContent ?? '';
  expect(text).toContain('may get food help from the state: California Food Assistance Program (CFAP)');
  expect(text).toContain('about $387.00 a month ($136.00 from the state)');
  expect(text).toContain('Ask about California Food Assistance Program (CFAP): state food help');
  expect(text).not.toContain('apply_state_food_program');
  const link = [...card.querySelectorAll('a')].find((a) => a.getAttribute('href')?.includes('california-food-assistance-program'));
  expect(link, 'the CFAP page is linked').toBeDefined();
});
