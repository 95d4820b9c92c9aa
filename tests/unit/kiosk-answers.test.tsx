// Kiosk answers as people type them — Persian and Arabic digits, thousands separators, decimal
// commas — become the right numbers, and the request built from them passes the shared schema.
import { expect, test } from 'vitest';
import { answersToRequest, KIOSK_QUESTIONS, parseAges, parseNumber, validate } from '../../src/app/kiosk/questions';
import { parseScreeningRequest } from '../../src/domain/screening-request';

test.each([
  ['1500', 1500], ['1,500', 1500], ['1,500.50', 1500.5], ['1 500', 1500], ['1\u202f500,50', 1500.5], ['1.500', 1500],
  ['1.500,50', 1500.5], ['1500,5', 1500.5], ['۲۷۱۸٫۲۸', 2718.28], ['١٬٥٠٠', 1500], ['$900', 900], ['0', 0], ['12.5', 12.5],
])('parseNumber(%j) = %d', (raw, want) => {
  expect(parseNumber(raw)).toBe(want);
});

test.each(['', 'abc', '1,5,0', '12-3', '1..5', '-5'])('parseNumber(%j) is not a number', (raw) => {
  expect(parseNumber(raw)).toBeNaN();
});

test('ages with Persian digits and the Arabic comma', () => {
  expect(parseAges('۳۵، ۴، ۹')).toEqual([35, 4, 9]);
  expect(parseAges('35, 4; 9')).toEqual([35, 4, 9]);
  expect(parseAges('35, four')).toBeUndefined();
  expect(parseAges('130')).toBeUndefined();
});

test('validation: required, ranges, integers for age, ZIP pattern; money may have cents', () => {
  const q = (id: string) => KIOSK_QUESTIONS.find((x) => x.id === id)!;
  expect(validate(q('state'), '')).toBe('required');
  expect(validate(q('county'), '')).toBeUndefined();
  expect(validate(q('age'), '۳۷')).toBeUndefined();
  expect(validate(q('age'), '37.5')).toBe('number');
  expect(validate(q('age'), '126')).toBe('number');
  expect(validate(q('income'), '1,500.25')).toBeUndefined();
  expect(validate(q('income'), 'lots')).toBe('number');
  expect(validate(q('zip'), '2204')).toBe('zip');
  expect(validate(q('zip'), '۲۲۰۴۱')).toBeUndefined();
});

test('a Dari family\'s answers make a valid request with the right numbers', () => {
  const input = answersToRequest(
    { state: 'VA', county: 'Fairfax', zip: '۲۲۰۴۱', age: '۳۷', others: '۳۵، ۴', income: '۲٬۷۱۸٫۲۸', housing: 'renting', needs: ['food'] },
    '2026-11-23',
  );
  const r = parseScreeningRequest(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  expect(r.request.location).toEqual({ state: 'VA', county: 'Fairfax', zip: '22041' });
  expect(r.request.household.members.map((m) => [m.relationship, m.age])).toEqual([['self', 37], ['other_relative', 35], ['child', 4]]);
  expect(r.request.household.members[0]!.incomes).toEqual([{ type: 'wages', amount: 2718.28, frequency: 'monthly' }]);
  // Skipped income: no income entry (not a $0 wage).
  const skipped = parseScreeningRequest(answersToRequest({ state: 'VA', age: '30', housing: 'other' }, '2026-11-23'));
  expect(skipped.ok && skipped.request.household.members[0]!.incomes).toEqual([]);
});
