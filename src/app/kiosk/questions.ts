/**
 * The kiosk's short question list and how answers become a ScreeningRequest.
 *
 * PROVISIONAL: the shared question graph (src/screening/, worker-mode helper) had not landed when
 * kiosk was built. Once it does, kiosk asks the graph for its questions instead of this list.
 */
import { HOUSING_SITUATIONS, NEEDS, US_STATES, type ScreeningRequestInput } from '../../domain/screening-request';

export type Answers = Record<string, string | string[] | undefined>;

export type KioskQuestion =
  | { id: string; kind: 'select'; options: readonly string[]; optionKey?: string; required?: boolean }
  | { id: string; kind: 'choice'; options: readonly string[]; optionKey: string; required?: boolean }
  | { id: string; kind: 'multi'; options: readonly string[]; optionKey: string }
  | { id: string; kind: 'number'; min: number; max: number; required?: boolean; money?: boolean }
  | { id: string; kind: 'text'; pattern?: RegExp; errorKey?: string; maxLength: number }
  | { id: string; kind: 'ages' };

export const KIOSK_QUESTIONS: readonly KioskQuestion[] = [
  { id: 'state', kind: 'select', options: US_STATES, optionKey: 'common:states', required: true },
  { id: 'county', kind: 'text', maxLength: 80 },
  { id: 'zip', kind: 'text', pattern: /^\d{5}$/, errorKey: 'zip', maxLength: 5 },
  { id: 'age', kind: 'number', min: 0, max: 125, required: true },
  { id: 'others', kind: 'ages' },
  { id: 'income', kind: 'number', min: 0, max: 1_000_000, money: true },
  { id: 'housing', kind: 'choice', options: HOUSING_SITUATIONS, optionKey: 'housing', required: true },
  { id: 'needs', kind: 'multi', options: NEEDS, optionKey: 'needs' },
];

/**
 * The translation key of an option: `options.<optionKey>.<value>` in the kiosk namespace, or
 * `<ns>:<path>.<value>` when optionKey names a namespace (state names live in common).
 */
export function optionKeyOf(q: KioskQuestion, value: string): string | undefined {
  if (!('optionKey' in q) || !q.optionKey) return undefined;
  return q.optionKey.includes(':') ? `${q.optionKey}.${value}` : `options.${q.optionKey}.${value}`;
}

/** Arabic-Indic and Persian digits typed on a phone keyboard count as digits too. */
export function normalizeDigits(s: string): string {
  return s
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u066b\u060c]/g, (c) => (c === '\u066b' ? '.' : ','));
}

/**
 * A typed number as people write it: Persian/Arabic digits, thousands separators ("1,500",
 * "1 500", "1.500,50", Arabic "١٬٥٠٠") and a decimal comma ("1500,50"). NaN when it is not a number.
 */
export function parseNumber(raw: string): number {
  let s = normalizeDigits(raw).trim().replace(/\u066c/g, ',').replace(/[\s\u00a0\u202f]/g, '').replace(/^\$|\$$/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, ''); // 1,500 / 1,500.50
  else if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.'); // 1.500 / 1.500,50
  else if (/^\d+,\d{1,2}$/.test(s)) s = s.replace(',', '.'); // 1500,50
  return s === '' || !/^\d*\.?\d+$/.test(s) ? NaN : Number(s);
}

export function parseAges(s: string): number[] | undefined {
  const parts = normalizeDigits(s).split(/[\s,;،]+/).filter(Boolean);
  const ages = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return ages.every((a) => a >= 0 && a <= 125) ? ages : undefined;
}

/** The error code for an answer, or undefined when it is acceptable (blank optional answers are). */
export function validate(q: KioskQuestion, raw: string | string[] | undefined): string | undefined {
  const value = typeof raw === 'string' ? normalizeDigits(raw).trim() : raw;
  const blank = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (blank) return 'required' in q && q.required ? 'required' : undefined;
  if (q.kind === 'number') {
    const n = parseNumber(String(value));
    if (!Number.isFinite(n) || n < q.min || n > q.max || (!q.money && !Number.isInteger(n))) return 'number';
  }
  if (q.kind === 'text' && q.pattern && !q.pattern.test(String(value))) return q.errorKey ?? 'text';
  if (q.kind === 'ages' && !parseAges(String(value))) return 'ages';
  return undefined;
}

/** Build the request from kiosk answers; only what the person answered goes in. */
export function answersToRequest(a: Answers, date: string): ScreeningRequestInput {
  const str = (k: string) => (typeof a[k] === 'string' ? normalizeDigits(a[k] as string).trim() : '');
  const others = parseAges(str('others')) ?? [];
  const income = str('income') ? parseNumber(str('income')) : 0;
  return {
    version: 1,
    date,
    location: {
      state: str('state') as ScreeningRequestInput['location']['state'],
      ...(str('county') ? { county: str('county') } : {}),
      ...(str('zip') ? { zip: str('zip') } : {}),
    },
    household: {
      members: [
        {
          id: 'm1',
          relationship: 'self',
          age: parseNumber(str('age')),
          incomes: income > 0 ? [{ type: 'wages', amount: income, frequency: 'monthly' }] : [],
        },
        ...others.map((age, i) => ({ id: `m${i + 2}`, relationship: age < 18 ? ('child' as const) : ('other_relative' as const), age })),
      ],
      housingSituation: (str('housing') || 'other') as ScreeningRequestInput['household']['housingSituation'],
      needs: (Array.isArray(a.needs) ? a.needs : []) as ScreeningRequestInput['household']['needs'],
    },
  };
}
