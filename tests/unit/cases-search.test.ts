// Case search over index fields plus the in-memory family label; every word must match.
import { expect, test } from 'vitest';
import { searchCases } from '../../src/cases/search';
import type { CaseSummary } from '../../src/cases/vault';

const c = (id: string, label: string, state: string, county: string | undefined, programs: string[], statuses: CaseSummary['row']['referralStatuses']): CaseSummary => ({
  familyLabel: label,
  referrals: [],
  row: { id, createdAt: 'x', updatedAt: 'x', version: 1, state, ...(county ? { county } : {}), householdSize: 3, programs, referralStatuses: statuses, followUpDates: [], nextFollowUp: '' },
});
const cases = [
  c('1', 'Nguyễn family', 'TX', 'Harris', ['snap', 'wic'], ['sent']),
  c('2', 'Amina H.', 'MN', 'Hennepin', ['liheap'], ['to_send']),
  c('3', 'García', 'TX', undefined, ['medicaid'], ['approved']),
];
const names = { program: (p: string) => ({ snap: 'Food help', wic: 'WIC', liheap: 'Energy help', medicaid: 'Health coverage' } as Record<string, string>)[p] ?? p, status: (s: string) => s.replace('_', ' '), state: (s: string) => ({ TX: 'Texas', MN: 'Minnesota' } as Record<string, string>)[s] };
const ids = (q: string) => searchCases(cases, q, names).map((x) => x.row.id);

test('label (accent- and case-insensitive), state code and name, county, program id and name, status', () => {
  expect(ids('')).toEqual(['1', '2', '3']);
  expect(ids('nguyen')).toEqual(['1']);
  expect(ids('GARCIA')).toEqual(['3']);
  expect(ids('tx')).toEqual(['1', '3']);
  expect(ids('texas snap')).toEqual(['1']);
  expect(ids('hennepin')).toEqual(['2']);
  expect(ids('energy')).toEqual(['2']);
  expect(ids('to send')).toEqual(['2']);
  expect(ids('approved')).toEqual(['3']);
  expect(ids('texas liheap')).toEqual([]);
});
