// ev.lookupOf / ev.optionalOf read `<prefix>.<key>` without building the id per read: the same
// lookups, flags and errors as ev.lookup / ev.optional with the full id.
import { expect, test } from 'vitest';
import { Evaluation } from '../../rules/core/context';
import { MissingParameterError, type ParameterTable } from '../../rules/core/params';
import type { ScreeningRequest } from '../../rules/core/request';

const table: ParameterTable = {
  'fam.NY': { description: 'keyed figure', values: [{ effective: '2025-01-01', value: 7, citation: 'cite NY', verify: true }] },
  'fam.CA': { description: 'keyed figure', values: [{ effective: '2026-01-01', expires: '2026-06-30', value: 9, citation: 'cite CA' }] },
};
const req = (date: string) => ({ date, location: { state: 'NY' }, household: { members: [] } }) as unknown as ScreeningRequest;

test('the same lookup objects as by full id, and the same flags', () => {
  const a = new Evaluation(req('2026-08-01'), table);
  const b = new Evaluation(req('2026-08-01'), table);
  expect(a.lookupOf('fam', 'NY')).toBe(b.lookup('fam.NY'));
  expect(a.optionalOf('fam', 'CA')).toBe(b.optional('fam.CA'));
  expect(a.optionalOf('fam', 'CA')?.value).toBe(9);
  for (const ev of [a, b]) {
    expect(ev.needsVerification).toEqual(['fam.NY']);
    expect(ev.stale).toBe(true);
  }
});

test('absent or not yet in force: undefined, or the error naming the full id', () => {
  const ev = new Evaluation(req('2025-06-01'), table);
  expect(ev.optionalOf('fam', 'CA')).toBeUndefined();
  expect(ev.optionalOf('fam', 'TX')).toBeUndefined();
  expect(() => ev.lookupOf('fam', 'TX')).toThrow(MissingParameterError);
  try { ev.lookupOf('fam', 'CA'); } catch (e) { expect((e as MissingParameterError).id).toBe('fam.CA'); }
  expect.assertions(5);
  expect(ev.stale).toBe(false);
});
