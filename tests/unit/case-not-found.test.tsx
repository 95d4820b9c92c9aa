// @vitest-environment jsdom
// A case that cannot be opened (deleted elsewhere, damaged record) shows a named heading and a way
// back to the case list instead of a dead end.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, expect, test, vi } from 'vitest';
import type { Vault } from '../../src/cases/vault';
import { initI18n } from '../../src/i18n';
import { CaseView } from '../../src/worker/CaseView';

afterEach(cleanup);

test.each([
  ['missing', () => Promise.resolve(undefined)],
  ['unreadable', () => Promise.reject(new Error('decrypt failed'))],
])('a %s case shows its heading and a working back button', async (_kind, loadCase) => {
  const i18n = await initI18n('en');
  await i18n.loadNamespaces('worker');
  const onBack = vi.fn();
  const vault = { loadCase } as unknown as Vault;
  render(
    <I18nextProvider i18n={i18n}>
      <CaseView vault={vault} caseId="c-1" frsMode={false} onBack={onBack} onPacket={vi.fn()} onDeleted={vi.fn()} />
    </I18nextProvider>,
  );
  const heading = await screen.findByRole('heading', { level: 1 });
  expect(heading).toHaveTextContent(i18n.t('worker:case.notFound'));
  expect(i18n.t('worker:case.notFound')).not.toBe('case.notFound');
  expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  fireEvent.click(screen.getByRole('button', { name: i18n.t('worker:case.back') }));
  expect(onBack).toHaveBeenCalledTimes(1);
});
