// @vitest-environment jsdom
// The referral packet: one page per referred program, each page in the family's language and the
// worker's language (getFixedT per language, with lang/dir), what to bring, the state contact.
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, expect, test } from 'vitest';
import type { CaseData } from '../../src/cases/vault';
import { parseScreeningRequest } from '../../src/domain/screening-request';
import { initI18n } from '../../src/i18n';
import { createReferral } from '../../src/referrals/model';
import { ReferralPacket } from '../../src/referrals/ReferralPacket';
import { screen as screenRules } from '../../rules';

afterEach(cleanup);

function data(state: string): CaseData {
  const r = parseScreeningRequest({
    version: 1, date: '2026-11-23', location: { state },
    household: { members: [{ id: 'm1', relationship: 'self', age: 30 }], housingSituation: 'renting' },
  });
  if (!r.ok) throw new Error('bad request');
  return {
    familyLabel: 'Test family', familyLanguage: 'es', request: r.request, overrides: [], notes: '',
    results: [{ program: 'snap', status: 'likely', estimate: { monthly: 291 }, reasons: [], missing: [], nextSteps: [], rulesVersion: 't', stale: false }],
    referrals: [createReferral('snap', '2026-11-23T10:00:00.000Z'), { ...createReferral('liheap', '2026-11-23T10:00:00.000Z'), note: 'Bring the shutoff notice' }],
  };
}

async function renderPacket(d: CaseData, family: string, worker: string) {
  const i18n = await initI18n(worker);
  render(
    <I18nextProvider i18n={i18n}>
      <ReferralPacket data={d} familyLanguage={family} workerLanguage={worker} date="2026-11-23" />
    </I18nextProvider>,
  );
  return screen.findAllByRole('article');
}

test('two programs → two pages; each page has a Spanish column then an English column', async () => {
  const pages = await renderPacket(data('MI'), 'es', 'en');
  expect(pages).toHaveLength(2);
  for (const page of pages) {
    const cols = page.querySelectorAll('.packet-column');
    expect([...cols].map((c) => c.getAttribute('lang'))).toEqual(['es', 'en']);
  }
  const [snapEs, snapEn] = [...pages[0]!.querySelectorAll<HTMLElement>('.packet-column')];
  expect(within(snapEs!).getByRole('heading', { level: 2 })).toHaveTextContent('SNAP (ayuda para comida)');
  expect(within(snapEn!).getByRole('heading', { level: 2 })).toHaveTextContent('SNAP (food help)');
  expect(within(snapEs!).getByText('Qué llevar')).toBeInTheDocument();
  expect(within(snapEn!).getByText('What to bring')).toBeInTheDocument();
  expect(within(snapEn!).getByText('Estimated help: about $291.00 a month')).toBeInTheDocument();
  // Michigan's SNAP office (rules/states/mi.yaml) in both languages.
  expect(within(snapEs!).getByText(/Oficina: Michigan Department of Health and Human Services/)).toBeInTheDocument();
  expect(within(snapEn!).getByText(/Office: Michigan Department of Health and Human Services/)).toBeInTheDocument();
  // Michigan's LIHEAP contact (rules/states/mi.yaml contacts.liheap); the worker's note is printed.
  const [liEs, liEn] = [...pages[1]!.querySelectorAll<HTMLElement>('.packet-column')];
  expect(within(liEn!).getByText('Office: Michigan Department of Health and Human Services (MDHHS)')).toBeInTheDocument();
  expect(within(liEn!).getByText('Website: https://www.michigan.gov/mibridges')).toBeInTheDocument();
  expect(within(liEn!).getByText('Phone: 855-275-6424')).toBeInTheDocument();
  expect(within(liEn!).queryByText(/call 211/)).toBeNull();
  expect(within(liEs!).getByText('Nota de su trabajador(a): Bring the shutoff notice')).toBeInTheDocument();
  expect(within(liEn!).getAllByRole('listitem').map((li) => li.textContent)).toContain('A recent heating, electric or water bill, or a shutoff notice');
});

test('a right-to-left family language gets dir="rtl"; the same language twice prints one column', async () => {
  const pages = await renderPacket({ ...data('OH'), familyLanguage: 'ar' }, 'ar', 'en');
  const cols = pages[0]!.querySelectorAll('.packet-column');
  expect([...cols].map((c) => [c.getAttribute('lang'), c.getAttribute('dir')])).toEqual([['ar', 'rtl'], ['en', 'ltr']]);
  expect(cols[0]!.querySelector('h2')).toHaveTextContent('SNAP (مساعدة الطعام)');
  cleanup();
  const one = await renderPacket(data('OH'), 'en', 'en');
  expect(one[0]!.querySelectorAll('.packet-column')).toHaveLength(1);
});

test('a program with no recorded state contact → the 211 fallback; CHIP → the Medicaid agency', async () => {
  const d = data('MI');
  const at = '2026-11-23T10:00:00.000Z';
  const pages = await renderPacket({ ...d, referrals: [createReferral('lifeline', at), createReferral('chip', at)] }, 'en', 'en');
  expect(pages).toHaveLength(2);
  expect(within(pages[0]!).getByText(/call 211, to find where to apply in Michigan/)).toBeInTheDocument();
  // Michigan records no separate CHIP contact (MIChild is part of Medicaid) → contacts.medicaid.
  expect(within(pages[1]!).queryByText(/call 211/)).toBeNull();
  expect(within(pages[1]!).getByText(/^Office: Michigan Department of Health and Human Services/)).toBeInTheDocument();
});

test('no state office on file but the result names where to apply (Lifeline national verifier) → that website, not 211', async () => {
  const d = data('MI');
  const lifeline = screenRules(d.request, ['lifeline'])[0]!;
  const apply = lifeline.nextSteps.find((s) => typeof s.values?.url === 'string');
  expect(apply?.values?.url).toBe('https://www.lifelinesupport.org');
  const pages = await renderPacket({ ...d, results: [...d.results, lifeline], referrals: [createReferral('lifeline', '2026-11-23T10:00:00.000Z')] }, 'en', 'en');
  expect(within(pages[0]!).getByText('Website: https://www.lifelinesupport.org')).toBeInTheDocument();
  expect(within(pages[0]!).queryByText(/call 211/)).toBeNull();
});

test('each page names the program as the state office calls it (from rules/states), in each language; a name borrowed from SNAP is not printed on another program', async () => {
  const d = data('MI');
  const at = '2026-11-23T10:00:00.000Z';
  const pages = await renderPacket({ ...d, referrals: [createReferral('snap', at), createReferral('chip', at), createReferral('emergency_assistance', at)] }, 'es', 'en');
  const [snapEs, snapEn] = [...pages[0]!.querySelectorAll<HTMLElement>('.packet-column')];
  // rules/states/mi.yaml contacts.snap.programName, with the sentence from locales/<lng>/worker.json.
  expect(snapEn!.querySelector('.packet-program-name')).toHaveTextContent(/^At the office, ask for: Food Assistance Program \(FAP\)$/);
  expect(snapEs!.querySelector('.packet-program-name')).toHaveTextContent(/^En la oficina, pida: Food Assistance Program \(FAP\)$/);
  // The generic name stays the page's heading, translated.
  expect(within(snapEs!).getByRole('heading', { level: 2 })).toHaveTextContent('SNAP (ayuda para comida)');
  // CHIP applies through the Medicaid agency: Michigan's Medicaid name (which names MIChild) is printed.
  expect(pages[1]!.querySelector('.packet-column[lang="en"] .packet-program-name')).toHaveTextContent('At the office, ask for: Michigan Medicaid (Healthy Michigan Plan; MIChild for children)');
  // Emergency help uses the SNAP agency's contact, but "Food Assistance Program" is not its name.
  const emergency = pages[2]!.querySelector<HTMLElement>('.packet-column[lang="en"]')!;
  expect(within(emergency).getByText(/^Office: Michigan Department of Health and Human Services/)).toBeInTheDocument();
  expect(emergency.querySelector('.packet-program-name')).toBeNull();
  expect(emergency.textContent).not.toContain('Food Assistance Program');
});

test('the program-name line is translated in all 12 languages (no English sentence left)', async () => {
  const { LANGUAGES } = await import('../../src/i18n/languages');
  const i18n = await initI18n('en');
  await i18n.loadLanguages(LANGUAGES.map((l) => l.code));
  await i18n.loadNamespaces('worker');
  const en = i18n.getFixedT('en', 'worker')('packet.programName', { name: 'X' });
  for (const { code } of LANGUAGES) {
    const s = i18n.getFixedT(code, 'worker')('packet.programName', { name: 'X' });
    expect(s, code).toContain('X');
    if (code !== 'en') expect(s, code).not.toBe(en);
  }
});
