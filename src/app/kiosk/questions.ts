/**
 * The kiosk's short question list and how answers become a ScreeningRequest.
 *
 * The list is derived from the one screening question graph (src/screening/questions.ts): each of
 * its screens says what the kiosk asks of it or why it is left to the worker (KioskPart there), and
 * each kiosk question takes its kind, options, limits and required-ness from the graph field it
 * asks. A change to the graph (a new need, a new housing situation, a different limit) reaches the
 * kiosk by itself; tests/unit/kiosk-questions-source.test.ts checks the two against each other.
 */
import type { ScreeningRequestInput } from '../../domain/screening-request';
import { buildQuestions, type Field, type KioskAsk } from '../../screening/questions';

export type Answers = Record<string, string | string[] | undefined>;

export type KioskQuestion =
  | { id: string; kind: 'select'; options: readonly string[]; optionKey?: string; required?: boolean }
  | { id: string; kind: 'choice'; options: readonly string[]; optionKey: string; required?: boolean }
  | { id: string; kind: 'multi'; options: readonly string[]; optionKey: string }
  | { id: string; kind: 'number'; min: number; max: number; required?: boolean; money?: boolean }
  | { id: string; kind: 'text'; pattern?: RegExp; errorKey?: string; maxLength: number }
  /** Ages of the others: each from 0 to maxAge, at most `max` of them. */
  | { id: string; kind: 'ages'; maxAge: number; max: number };

/** One kiosk question from the graph field it asks (see KioskAsk in src/screening/questions.ts). */
function fromField(ask: KioskAsk, field: (name: string) => Field): KioskQuestion {
  const f = field(ask.field);
  const { id, optionKey } = ask;
  if (ask.form === 'ages_of_others') return { id, kind: 'ages', maxAge: f.max ?? 125, max: (field('household_size').max ?? 20) - 1 };
  if (ask.form === 'monthly_earnings') return { id, kind: 'number', min: f.min ?? 0, max: f.max ?? Number.MAX_SAFE_INTEGER, money: true };
  switch (f.kind) {
    case 'select':
      return { id, kind: 'select', options: f.options ?? [], ...(optionKey ? { optionKey } : {}), required: f.required };
    case 'radio':
      return { id, kind: 'choice', options: f.options ?? [], optionKey: optionKey ?? id, required: f.required };
    case 'checkboxes':
      return { id, kind: 'multi', options: f.options ?? [], optionKey: optionKey ?? id };
    case 'number':
    case 'money':
      return { id, kind: 'number', min: f.min ?? 0, max: f.max ?? Number.MAX_SAFE_INTEGER, required: f.required, money: f.kind === 'money' };
    case 'text':
      return { id, kind: 'text', ...(f.pattern ? { pattern: f.pattern } : {}), ...(f.patternError ? { errorKey: f.patternError } : {}), maxLength: f.maxLength ?? 200 };
    case 'date':
      throw new Error(`kiosk: no kiosk control for the date field ${f.name}`);
  }
}

/** The kiosk's questions: what the graph's screens mark as asked at the kiosk, in graph order. */
export function kioskQuestionsFromGraph(graph = buildQuestions({})): KioskQuestion[] {
  const fields = new Map<string, Field>();
  for (const q of graph) for (const f of q.fields({})) fields.set(f.name, f);
  const field = (name: string) => {
    const f = fields.get(name);
    if (!f) throw new Error(`kiosk: the graph has no field ${name}`);
    return f;
  };
  return graph.flatMap((q) => ('asks' in q.kiosk ? q.kiosk.asks : [])).map((ask) => fromField(ask, field));
}

export const KIOSK_QUESTIONS: readonly KioskQuestion[] = kioskQuestionsFromGraph();

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

export function parseAges(s: string, maxAge = 125): number[] | undefined {
  const parts = normalizeDigits(s).split(/[\s,;،]+/).filter(Boolean);
  const ages = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return ages.every((a) => a >= 0 && a <= maxAge) ? ages : undefined;
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
  if (q.kind === 'ages') {
    const ages = parseAges(String(value), q.maxAge);
    if (!ages) return 'ages';
    // More people than a household can have in a request: the kiosk code could not be made.
    if (ages.length > q.max) return 'agesTooMany';
  }
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
