// @vitest-environment jsdom
// Worker mode mounts the kiosk import (Testing Library, fake-indexeddb): "Import from kiosk" on the
// home screen → a kiosk code (as a handheld scanner types it) → the results for exactly that
// request, with the family's kiosk answers above them → saved as a case. The worker's own
// unfinished screening draft is left alone both by saving and by discarding an imported screening.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { screen as screenRules } from '../../rules';
import { Vault } from '../../src/cases/vault';
import type { ScreeningRequest } from '../../src/domain/screening-request';
import { initI18n } from '../../src/i18n';
import WorkerMode from '../../src/worker/WorkerMode';
import kiosk from '../../locales/en/kiosk.json';
import results from '../../locales/en/results.json';
import worker from '../../locales/en/worker.json';
import { kioskScreening, testDatabases, useNodeWebCrypto } from './fixtures/worker-setup';

const PASS = 'orange lamp harbor 3';
let request: ScreeningRequest;
let code: string;

beforeAll(async () => {
  useNodeWebCrypto();
  ({ request, code } = await kioskScreening({ state: 'OH', county: 'Franklin', zip: '43215', age: '29', others: '3', income: '1450', housing: 'staying_with_others', needs: ['food'] }, '2026-11-20'));
});

const dbs = testDatabases('import');
afterEach(async () => {
  cleanup();
  await dbs.removeAll();
});

async function openWithDraft() {
  const db = dbs.create();
  const vault = new Vault(db);
  await vault.create(PASS);
  const draft = { answers: { state: 'MN', county: 'Hennepin' }, currentQuestionId: 'location', updatedAt: '2026-11-20T10:00:00.000Z' };
  await vault.saveDraft(draft);
  const i18n = await initI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <WorkerMode vault={vault} />
    </I18nextProvider>,
  );
  await screen.findByText(worker.home.draftFound, {}, { timeout: 10_000 });
  return { db, vault, draft };
}

async function importCode() {
  fireEvent.click(screen.getByRole('button', { name: worker.home.importKiosk }));
  await screen.findByRole('heading', { level: 1, name: kiosk.import.heading });
  fireEvent.change(screen.getByLabelText(kiosk.import.label), { target: { value: code } });
  fireEvent.click(screen.getByRole('button', { name: kiosk.import.submit }));
  await screen.findByRole('heading', { level: 1, name: worker.results.heading }, { timeout: 10_000 });
}

test('imported code → results for that request with the kiosk answers → saved case; the draft stays', async () => {
  const { db, vault, draft } = await openWithDraft();
  await importCode();

  const answers = screen.getByRole('region', { name: worker.import.answersHeading });
  const rows = Object.fromEntries([...answers.querySelectorAll('dl > div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]));
  expect(rows).toEqual({
    State: 'Ohio',
    County: 'Franklin',
    'ZIP code': '43215',
    [worker.import.date]: 'November 20, 2026',
    'Number of people': '2',
    [worker.import.ages]: '29, 3',
    [worker.import.income]: '$1,450.00',
    'Living situation': 'Stays with family or friends',
    Needs: 'Food',
  });
  // The results are the rules engine's for exactly this request.
  const expected = screenRules(request);
  const cards = document.querySelectorAll('article[data-program]');
  expect(cards.length).toBe(expected.length);
  for (const r of expected) {
    const card = document.querySelector(`article[data-program="${r.program}"]`) as HTMLElement;
    expect(within(card).getByText(results.status[r.status])).toBeInTheDocument();
  }

  fireEvent.click(screen.getByRole('button', { name: worker.results.saveCase }));
  await screen.findByRole('heading', { name: worker.save.heading });
  fireEvent.change(screen.getByLabelText(worker.save.label), { target: { value: 'Ohio kiosk family' } });
  fireEvent.click(screen.getByRole('button', { name: worker.save.save }));
  await screen.findByRole('heading', { name: 'Ohio kiosk family' }, { timeout: 10_000 });

  const [summary] = await vault.listCaseSummaries();
  const saved = await vault.loadCase(summary!.row.id);
  expect(saved?.request).toEqual(request);
  expect(saved?.results).toEqual(expected);
  expect(await db.drafts.count()).toBe(1);
  expect(await vault.loadDraft()).toEqual(draft);
}, 30_000);

test('discarding an imported screening goes home and keeps the draft', async () => {
  const { db, draft, vault } = await openWithDraft();
  await importCode();
  fireEvent.click(screen.getByRole('button', { name: worker.results.discard }));
  await screen.findByText(worker.home.draftFound);
  expect(await db.drafts.count()).toBe(1);
  expect(await vault.loadDraft()).toEqual(draft);
  expect(await vault.listCaseSummaries()).toEqual([]);
}, 30_000);
