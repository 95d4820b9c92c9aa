/**
 * The screening question graph, kept as data.
 *
 * A Question is one screen: a single question or one member's group of fields. Each has an id,
 * i18n keys (locales/<lng>/screening.json: title, help, and `why` for sensitive ones), a zod schema
 * built from its fields, a `when(partialRequest, answers)` rule so only relevant questions are
 * asked, and `write(answers, request)` which puts the answers into the ScreeningRequest
 * (rules/core/request.ts). Answers are raw form values (strings, string arrays) keyed by field
 * name, so a draft can be saved and restored as is; per-member fields are named `m2_age` etc.
 *
 * Needs come from the Hunger Vital Sign (2 items; Hager et al., Pediatrics 2010, Children's
 * HealthWatch) and the CMS Accountable Health Communities Health-Related Social Needs screening
 * tool core items (living situation, food, transportation, utilities, interpersonal safety;
 * public domain, CMS 2017). They map into request.household.needs; the worker can then add or
 * remove needs on the last screen. Policy stays in rules/: nothing here decides eligibility.
 */
import { z } from 'zod';
import {
  CURRENT_BENEFITS, EMPLOYMENT_STATUSES, FREQUENCIES, HOUSING_SITUATIONS, IMMIGRATION_STATUSES,
  INCOME_TYPES, NEEDS, RELATIONSHIPS, SCHOOL_KINDS, US_STATES, type Need, type ScreeningRequestInput,
} from '../domain/screening-request';
import { federalFiscalYear } from '../../rules/core/fiscal-year';
import { applyCarried, readCarried } from './carry';
import { stateFromZip } from './zip';

export type Answers = Record<string, unknown>;

export type FieldKind = 'number' | 'money' | 'text' | 'date' | 'select' | 'radio' | 'checkboxes';

export interface Field {
  /** Key in the answers record and the form. */
  name: string;
  kind: FieldKind;
  /** screening:<labelKey>; values interpolated (e.g. {n} for "income 2"). */
  labelKey: string;
  labelValues?: Record<string, string | number>;
  helpKey?: string;
  /** Options; their labels are screening:options.<optionKey>.<value>, or member names when optionKey is "member". */
  options?: readonly string[];
  optionKey?: string;
  required: boolean;
  min?: number;
  max?: number;
  integer?: boolean;
  pattern?: RegExp;
  /** Error code used when `pattern` does not match. */
  patternError?: string;
  maxLength?: number;
  /** A value suggested from other answers, prefilled for the worker to confirm or change. */
  suggest?(values: Answers): unknown;
  /** Show this field only when the current values say so (e.g. hours only for people who work). */
  showIf?(values: Answers): boolean;
  /** A note under the field that depends on the values (screening:<key> with its values), or none. */
  note?(values: Answers): { key: string; values: Record<string, string | number> } | undefined;
}

/**
 * Kiosk mode (src/app/kiosk) asks a short, self-service subset of this graph. There is one list of
 * questions — this graph — and every screen says what the kiosk asks of it (`asks`) or why the
 * kiosk leaves it to the worker (`skip`); src/app/kiosk/questions.ts derives the kiosk's questions
 * from these flags, in graph order, with kind, options, limits and required-ness taken from the
 * graph's fields, so the two cannot drift. A worker continuing a kiosk screening asks the rest.
 */
export type KioskPart = { asks: readonly KioskAsk[] } | { skip: KioskSkip };

export interface KioskAsk {
  /** The kiosk's question id: its answer key and texts (kiosk:q.<id>.label / .hint). */
  id: string;
  /** The graph field it asks: kind, options, limits and required come from it. */
  field: string;
  /**
   * A kiosk question that stands for several screens of the graph:
   * - ages_of_others: the other people's ages in one answer (household size, each member's age;
   *   the relationship is taken from the age). Each age has the field's limits; at most the
   *   household_size field's maximum less the person answering.
   * - monthly_earnings: one amount earned from work a month (the graph's who-earns and income rows).
   */
  form?: 'ages_of_others' | 'monthly_earnings';
  /** The kiosk's own option labels: kiosk:options.<key>, or "<ns>:<path>" (state names in common). */
  optionKey?: string;
}

/**
 * Why the kiosk does not ask a screen:
 * - condensed: a kiosk question already stands for it (see KioskAsk.form; the needs screen stands
 *   for the Hunger Vital Sign and AHC need items);
 * - sensitive: immigration status, pregnancy and disability, safety at home — asked with a worker
 *   who can say why and how the answer is used, never on a shared public screen;
 * - detail: amounts and facts that make an estimate surer (housing costs, utilities, expenses,
 *   savings, benefits now, work status) — the kiosk stays short (8 screens);
 * - worker_help: work and school facts for job programs, asked when the family wants work help.
 */
export type KioskSkip = 'condensed' | 'sensitive' | 'detail' | 'worker_help';

export type QuestionGroup = 'location' | 'household' | 'immigration' | 'income' | 'expenses' | 'assets' | 'benefits' | 'needs';

export interface Question {
  id: string;
  group: QuestionGroup;
  titleKey: string;
  titleValues?: Record<string, string | number>;
  helpKey?: string;
  /** "Why we ask", for optional sensitive questions. */
  whyKey?: string;
  memberId?: string;
  /** Field holding how many income rows this screen shows (an "add another" control). */
  repeat?: { countField: string; max: number };
  fields(values: Answers): Field[];
  /** What kiosk mode asks of this screen, or why it leaves it to the worker (see KioskPart). */
  kiosk: KioskPart;
  when(request: RequestDraft, answers: Answers): boolean;
  write(answers: Answers, request: RequestDraft): void;
}

/** The request as it is being built from answers (defaults filled by the final parse). */
export interface MemberDraft {
  id: string;
  relationship: string;
  age?: number;
  pregnant: boolean;
  disabled: boolean;
  student: boolean;
  school?: string;
  immigration?: { status: string; since?: string; workQuarters?: number };
  incomes: { type: string; amount: number; frequency: string }[];
  employment?: { status: string; hoursPerWeek?: number };
  workforce?: Record<string, boolean>;
  ssnValidForWork?: boolean;
}
export interface RequestDraft {
  version: 1;
  date: string;
  location: { state?: string; county?: string; zip?: string };
  household: {
    members: MemberDraft[];
    expenses: {
      rent: number; mortgage: number; propertyTaxInsurance: number; dependentCare: number; childSupportPaid: number; medical: number;
      utilities: Record<string, boolean>;
    };
    assets: { cash: number; bank: number };
    housingSituation?: string;
    needs: Need[];
    receivesTanfNow?: boolean;
    tanfMonthsUsed?: number;
    currentBenefits?: string[];
    foodInsecure?: boolean;
  };
}

// ---------------------------------------------------------------- answer helpers

/** Arabic-Indic and Persian digits typed on a phone keyboard count as digits too. */
export function normalizeDigits(s: string): string {
  return s
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u066b]/g, '.');
}

export function str(v: unknown): string {
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' ? normalizeDigits(v).trim() : '';
}
export function arr(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
/** A number from a money or count answer: "$1,100.50" → 1100.5; blank → undefined. */
export function num(v: unknown): number | undefined {
  const s = str(v).replace(/[$,\s]/g, '');
  if (s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}
export function isBlank(v: unknown): boolean {
  return Array.isArray(v) ? v.length === 0 : str(v) === '';
}

// ---------------------------------------------------------------- field schemas

/** Error codes (screening:errors.<code>) carried as zod messages; the UI names the field. */
export type ErrorCode = 'required' | 'number' | 'integer' | 'range' | 'choice' | 'zip' | 'date' | 'too_long';

/** The zod schema for one field's raw answer. Messages are error codes, translated by the UI. */
export function fieldSchema(f: Field): z.ZodType {
  return z.unknown().superRefine((v, ctx) => {
    const fail = (message: ErrorCode) => ctx.addIssue({ code: 'custom', message });
    if (isBlank(v)) {
      if (f.required) fail('required');
      return;
    }
    switch (f.kind) {
      case 'number':
      case 'money': {
        const n = num(v);
        if (n === undefined) return fail('number');
        if (f.integer && !Number.isInteger(n)) return fail('integer');
        if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max)) return fail('range');
        return;
      }
      case 'text': {
        const s = str(v);
        if (f.maxLength && s.length > f.maxLength) return fail('too_long');
        if (f.pattern && !f.pattern.test(s)) return fail((f.patternError as ErrorCode) ?? 'choice');
        return;
      }
      case 'date': {
        const s = str(v);
        const d = new Date(`${s}T00:00:00Z`);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) fail('date');
        return;
      }
      case 'select':
      case 'radio':
        if (!f.options?.includes(str(v))) fail('choice');
        return;
      case 'checkboxes':
        if (!Array.isArray(v) || v.some((x) => !f.options?.includes(x as string))) fail('choice');
        return;
    }
  });
}

/** The schema for a whole screen, given the values shown (hidden fields are not validated). */
export function questionSchema(q: Question, values: Answers): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const f of visibleFields(q, values)) shape[f.name] = fieldSchema(f);
  return z.looseObject(shape);
}

export function visibleFields(q: Question, values: Answers): Field[] {
  return q.fields(values).filter((f) => !f.showIf || f.showIf(values));
}

// ---------------------------------------------------------------- the graph

const MAX_MEMBERS = 20;
const MAX_INCOME_ROWS = 5;
/** Statuses for which the date it began matters (five-year bar, refugee time limits). */
const DATED_STATUSES = new Set([
  'lawful_permanent_resident', 'refugee', 'asylee', 'cuban_haitian_entrant', 'parolee', 'afghan_parolee',
  'ukrainian_parolee', 'trafficking_victim', 'cofa_citizen', 'temporary_protected_status', 'daca', 'other_lawful',
]);
/** Statuses for which having a work-valid Social Security number is not a given. */
const NEEDS_SSN_QUESTION: ReadonlySet<string> = new Set(IMMIGRATION_STATUSES.filter((s) => s !== 'citizen' && s !== 'national'));
/** Work and school facts (request member.workforce) asked when the family wants work help. */
export const WORK_FLAGS = [
  'wantsToWork', 'layoffNotice', 'businessClosed', 'displacedHomemaker', 'militarySpouseJobLoss',
  'basicSkillsDeficient', 'englishLearner', 'justiceInvolved', 'leftSchoolWithoutDiploma', 'iepOr504',
] as const;
const WORK_NEEDS: readonly Need[] = ['job', 'training', 'disability_work'];
const LOOKING = new Set(['unemployed', 'laid_off']);
const UTILITY_OPTIONS = ['heatingCooling', 'electricity', 'water', 'phone', 'gas', 'sewer', 'trash', 'receivedLiheap'] as const;
const MEMBER_FLAGS = ['pregnant', 'disabled', 'student'] as const;
/** The kind of school is asked of a student this old or older (SNAP's student rule starts at 18, TANF's minor child ends at 19, WIOA out-of-school youth start at 16). */
export const SCHOOL_QUESTION_MIN_AGE = 16;
export const HVS_ANSWERS = ['often', 'sometimes', 'never'] as const;
export const AHC_LIVING = ['steady', 'worried', 'not_steady'] as const;
export const AHC_UTILITIES = ['yes', 'no', 'already_shut_off'] as const;
export const AHC_SAFETY_FREQ = ['never', 'rarely', 'sometimes', 'fairly_often', 'frequently'] as const;
const YES_NO = ['yes', 'no'] as const;
const CITIZENSHIP = ['all_citizens', 'some_not', 'prefer_not_to_say'] as const;

export function memberIds(answers: Answers): string[] {
  const n = num(answers.household_size);
  const size = n !== undefined && Number.isInteger(n) && n >= 1 && n <= MAX_MEMBERS ? n : 1;
  return Array.from({ length: size }, (_, i) => `m${i + 1}`);
}

function memberIndex(req: RequestDraft, id: string): MemberDraft | undefined {
  return req.household.members.find((m) => m.id === id);
}

function addNeed(req: RequestDraft, ...needs: Need[]): void {
  for (const n of needs) if (!req.household.needs.includes(n)) req.household.needs.push(n);
}

const always = () => true;

// ---------------------------------------------------------------- screening date

/**
 * The answer that holds the screening date of a screening continued from elsewhere (a kiosk code):
 * the rules apply by the screening date, so a continued screening keeps the date the family was
 * screened unless the worker changes it (the field shows on the first screen only then). A new
 * screening has no such answer and is dated the worker's today.
 */
export const SCREENING_DATE = 'screening_date';
/** The answer that carries what the screens do not ask (./carry, written by ./from-request). */
export const CARRIED = 'from_request';

function isIsoDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The date the request is made for: the screening date answer when it is a real date, else today. */
export function screeningDate(answers: Answers, today: string): string {
  const s = str(answers[SCREENING_DATE]);
  return isIsoDate(s) ? s : today;
}

// The fiscal-year rule lives with the rules; re-exported for the screens that show it.
export { federalFiscalYear };

/** Whether a screening dated `date` was in an earlier federal fiscal year than `today`. */
export function earlierFiscalYear(date: string, today: string): boolean {
  return isIsoDate(date) && isIsoDate(today) && federalFiscalYear(date) < federalFiscalYear(today);
}

const location: Question = {
  id: 'location',
  kiosk: { asks: [
    // The state first: it is the one required answer, and a family may not know their ZIP code.
    { id: 'state', field: 'state', optionKey: 'common:states' },
    { id: 'county', field: 'county' },
    { id: 'zip', field: 'zip' },
  ] },
  group: 'location',
  titleKey: 'q.location.title',
  helpKey: 'q.location.help',
  fields: () => [
    { name: 'zip', kind: 'text', labelKey: 'fields.zip', helpKey: 'fields.zipHelp', required: false, pattern: /^\d{5}$/, patternError: 'zip', maxLength: 5 },
    { name: 'state', kind: 'select', labelKey: 'fields.state', options: US_STATES, optionKey: 'state', required: true, suggest: (v) => stateFromZip(str(v.zip)) },
    { name: 'county', kind: 'text', labelKey: 'fields.county', required: false, maxLength: 80 },
    {
      name: SCREENING_DATE, kind: 'date', labelKey: 'fields.screening_date', helpKey: 'fields.screening_dateHelp', required: true,
      // Only on a continued screening (see SCREENING_DATE); a new one is dated today.
      showIf: (v) => v.__continued === true,
      note: (v) => {
        const date = str(v[SCREENING_DATE]);
        const today = str(v.__today);
        return earlierFiscalYear(date, today)
          ? { key: 'dateNote', values: { fy: federalFiscalYear(date), todayFy: federalFiscalYear(today) } }
          : undefined;
      },
    },
  ],
  when: always,
  write(a, req) {
    req.location.state = str(a.state) || undefined;
    if (str(a.county)) req.location.county = str(a.county);
    if (str(a.zip)) req.location.zip = str(a.zip);
  },
};

const householdSize: Question = {
  id: 'household_size',
  kiosk: { asks: [
    // The person's own age, then the others' ages in one answer: the household size and each member's age.
    { id: 'age', field: 'm1_age' },
    { id: 'others', field: 'm1_age', form: 'ages_of_others' },
  ] },
  group: 'household',
  titleKey: 'q.household_size.title',
  helpKey: 'q.household_size.help',
  fields: () => [{ name: 'household_size', kind: 'number', labelKey: 'fields.household_size', required: true, integer: true, min: 1, max: MAX_MEMBERS }],
  when: always,
  write(a, req) {
    req.household.members = memberIds(a).map((id) => ({
      id, relationship: id === 'm1' ? 'self' : '', pregnant: false, disabled: false, student: false, incomes: [],
    }));
  },
};

function memberQuestion(id: string, n: number): Question {
  const self = id === 'm1';
  return {
    id: `member_${id}`,
    kiosk: { skip: 'condensed' },
    group: 'household',
    memberId: id,
    titleKey: self ? 'q.member.titleSelf' : 'q.member.title',
    titleValues: { n },
    helpKey: 'q.member.help',
    whyKey: 'q.member.why',
    fields: () => [
      { name: `${id}_age`, kind: 'number', labelKey: 'fields.age', required: true, integer: true, min: 0, max: 125 },
      ...(self ? [] : [{
        name: `${id}_relationship`, kind: 'select' as const, labelKey: 'fields.relationship', required: true,
        options: RELATIONSHIPS.filter((r) => r !== 'self'), optionKey: 'relationship',
        suggest: (v: Answers) => { const age = num(v[`${id}_age`]); return age !== undefined && age < 18 ? 'child' : undefined; },
      }]),
      { name: `${id}_flags`, kind: 'checkboxes', labelKey: 'fields.flags', helpKey: 'fields.flagsHelp', options: MEMBER_FLAGS, optionKey: 'flags', required: false },
      // The kind of school (request member.school): only for a student 16 or older; the help says why.
      {
        name: `${id}_school`, kind: 'radio', labelKey: 'fields.school', helpKey: 'fields.schoolHelp', options: SCHOOL_KINDS, optionKey: 'school', required: false,
        showIf: (v: Answers) => arr(v[`${id}_flags`]).includes('student') && (num(v[`${id}_age`]) ?? 0) >= SCHOOL_QUESTION_MIN_AGE,
      },
    ],
    when: always,
    write(a, req) {
      const m = memberIndex(req, id);
      if (!m) return;
      m.age = num(a[`${id}_age`]);
      if (!self) m.relationship = str(a[`${id}_relationship`]);
      const flags = arr(a[`${id}_flags`]);
      m.pregnant = flags.includes('pregnant');
      m.disabled = flags.includes('disabled');
      m.student = flags.includes('student');
      // Written only where the field shows: a student 16 or older (a younger student's school in a
      // continued request is carried, see buildRequest).
      const school = str(a[`${id}_school`]);
      if (m.student && (m.age ?? 0) >= SCHOOL_QUESTION_MIN_AGE && (SCHOOL_KINDS as readonly string[]).includes(school)) m.school = school;
      else delete m.school;
    },
  };
}

const citizenship: Question = {
  id: 'citizenship',
  kiosk: { skip: 'sensitive' },
  group: 'immigration',
  titleKey: 'q.citizenship.title',
  helpKey: 'q.citizenship.help',
  whyKey: 'q.citizenship.why',
  fields: () => [{ name: 'citizenship', kind: 'radio', labelKey: 'fields.citizenship', options: CITIZENSHIP, optionKey: 'citizenship', required: false }],
  when: always,
  write(a, req) {
    const c = str(a.citizenship);
    if (c === 'all_citizens' || c === 'prefer_not_to_say') {
      for (const m of req.household.members) m.immigration = { status: c === 'all_citizens' ? 'citizen' : 'prefer_not_to_say' };
    }
  },
};

function immigrationQuestion(id: string, n: number): Question {
  const status = `${id}_imm_status`;
  return {
    id: `immigration_${id}`,
    kiosk: { skip: 'sensitive' },
    group: 'immigration',
    memberId: id,
    titleKey: id === 'm1' ? 'q.immigration.titleSelf' : 'q.immigration.title',
    titleValues: { n },
    helpKey: 'q.immigration.help',
    whyKey: 'q.immigration.why',
    fields: () => [
      { name: status, kind: 'select', labelKey: 'fields.imm_status', options: IMMIGRATION_STATUSES, optionKey: 'immigration', required: false },
      { name: `${id}_imm_since`, kind: 'date', labelKey: 'fields.imm_since', helpKey: 'fields.imm_sinceHelp', required: false, showIf: (v) => DATED_STATUSES.has(str(v[status])) },
      { name: `${id}_imm_quarters`, kind: 'number', labelKey: 'fields.imm_quarters', helpKey: 'fields.imm_quartersHelp', required: false, integer: true, min: 0, max: 400, showIf: (v) => str(v[status]) === 'lawful_permanent_resident' },
      // Tax credits (EITC/CTC) need a Social Security number valid for work; citizens are not asked.
      { name: `${id}_ssn`, kind: 'radio', labelKey: 'fields.ssn', helpKey: 'fields.ssnHelp', options: YES_NO, optionKey: 'yes_no', required: false, showIf: (v) => NEEDS_SSN_QUESTION.has(str(v[status])) },
    ],
    when: (_req, a) => str(a.citizenship) === 'some_not',
    write(a, req) {
      const m = memberIndex(req, id);
      const s = str(a[status]);
      if (!m || !s) return;
      m.immigration = { status: s };
      const since = str(a[`${id}_imm_since`]);
      if (since && DATED_STATUSES.has(s)) m.immigration.since = since;
      const q = num(a[`${id}_imm_quarters`]);
      if (q !== undefined && s === 'lawful_permanent_resident') m.immigration.workQuarters = q;
      const ssn = str(a[`${id}_ssn`]);
      if (NEEDS_SSN_QUESTION.has(s) && (ssn === 'yes' || ssn === 'no')) m.ssnValidForWork = ssn === 'yes';
    },
  };
}

function incomeWho(ids: string[]): Question {
  return {
    id: 'income_who',
    kiosk: { asks: [{ id: 'income', field: 'm1_inc0_amount', form: 'monthly_earnings' }] },
    group: 'income',
    titleKey: 'q.income_who.title',
    helpKey: 'q.income_who.help',
    fields: () => [{ name: 'income_who', kind: 'checkboxes', labelKey: 'fields.income_who', options: ids, optionKey: 'member', required: false }],
    when: always,
    write: () => undefined,
  };
}

export function incomeRows(a: Answers, id: string): number {
  const n = num(a[`${id}_income_rows`]);
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= MAX_INCOME_ROWS ? n : 1;
}

function incomeQuestion(id: string, n: number): Question {
  return {
    id: `income_${id}`,
    kiosk: { skip: 'condensed' },
    group: 'income',
    memberId: id,
    titleKey: id === 'm1' ? 'q.income.titleSelf' : 'q.income.title',
    titleValues: { n },
    helpKey: 'q.income.help',
    repeat: { countField: `${id}_income_rows`, max: MAX_INCOME_ROWS },
    fields: (v) => Array.from({ length: incomeRows(v, id) }, (_, r) => [
      { name: `${id}_inc${r}_type`, kind: 'select' as const, labelKey: 'fields.income_type', labelValues: { n: r + 1 }, options: INCOME_TYPES, optionKey: 'income', required: true },
      { name: `${id}_inc${r}_amount`, kind: 'money' as const, labelKey: 'fields.income_amount', labelValues: { n: r + 1 }, helpKey: 'fields.income_amountHelp', required: true, min: 0, max: 10_000_000 },
      { name: `${id}_inc${r}_frequency`, kind: 'radio' as const, labelKey: 'fields.income_frequency', labelValues: { n: r + 1 }, options: FREQUENCIES, optionKey: 'frequency', required: true },
    ]).flat(),
    when: (_req, a) => arr(a.income_who).includes(id),
    write(a, req) {
      const m = memberIndex(req, id);
      if (!m) return;
      m.incomes = [];
      for (let r = 0; r < incomeRows(a, id); r++) {
        const type = str(a[`${id}_inc${r}_type`]);
        const amount = num(a[`${id}_inc${r}_amount`]);
        const frequency = str(a[`${id}_inc${r}_frequency`]);
        if (type && amount !== undefined && frequency) m.incomes.push({ type, amount, frequency });
      }
    },
  };
}

const WORKING = new Set(['employed', 'self_employed']);

function employmentQuestion(id: string, n: number): Question {
  const status = `${id}_emp_status`;
  return {
    id: `employment_${id}`,
    kiosk: { skip: 'detail' },
    group: 'income',
    memberId: id,
    titleKey: id === 'm1' ? 'q.employment.titleSelf' : 'q.employment.title',
    titleValues: { n },
    helpKey: 'q.employment.help',
    fields: () => [
      {
        name: status, kind: 'radio', labelKey: 'fields.emp_status', options: EMPLOYMENT_STATUSES, optionKey: 'employment', required: false,
        // A person with wages works; self-employment income means self-employed. The worker can change it.
        suggest: (v) => {
          const types = Array.from({ length: incomeRows(v, id) }, (_, r) => str(v[`${id}_inc${r}_type`]));
          if (!arr(v.income_who).includes(id)) return undefined;
          return types.includes('wages') ? 'employed' : types.includes('self_employment') ? 'self_employed' : undefined;
        },
      },
      { name: `${id}_emp_hours`, kind: 'number', labelKey: 'fields.emp_hours', required: false, min: 0, max: 168, showIf: (v) => WORKING.has(str(v[status])) },
    ],
    when: (req) => (memberIndex(req, id)?.age ?? 0) >= 16,
    write(a, req) {
      const m = memberIndex(req, id);
      const s = str(a[status]);
      if (!m || !s) return;
      m.employment = { status: s };
      const h = num(a[`${id}_emp_hours`]);
      if (h !== undefined && WORKING.has(s)) m.employment.hoursPerWeek = h;
    },
  };
}

const housing: Question = {
  id: 'housing',
  kiosk: { asks: [{ id: 'housing', field: 'housing', optionKey: 'housing' }] },
  group: 'expenses',
  titleKey: 'q.housing.title',
  fields: () => [{ name: 'housing', kind: 'radio', labelKey: 'fields.housing', options: HOUSING_SITUATIONS, optionKey: 'housing', required: true }],
  when: always,
  write(a, req) {
    req.household.housingSituation = str(a.housing) || undefined;
  },
};

const PAYS_RENT = new Set(['renting', 'staying_with_others', 'other']);
const housingCosts: Question = {
  id: 'housing_costs',
  kiosk: { skip: 'detail' },
  group: 'expenses',
  titleKey: 'q.housing_costs.title',
  helpKey: 'q.housing_costs.help',
  fields: (v) => (str(v.housing) === 'owns'
    ? [
      { name: 'mortgage', kind: 'money', labelKey: 'fields.mortgage', required: false, min: 0, max: 10_000_000 },
      { name: 'property_tax', kind: 'money', labelKey: 'fields.property_tax', required: false, min: 0, max: 10_000_000 },
    ]
    : [{ name: 'rent', kind: 'money', labelKey: 'fields.rent', required: false, min: 0, max: 10_000_000 }]),
  when: (req) => req.household.housingSituation === 'owns' || PAYS_RENT.has(req.household.housingSituation ?? ''),
  write(a, req) {
    const e = req.household.expenses;
    if (req.household.housingSituation === 'owns') {
      e.mortgage = num(a.mortgage) ?? 0;
      e.propertyTaxInsurance = num(a.property_tax) ?? 0;
    } else e.rent = num(a.rent) ?? 0;
  },
};

const utilities: Question = {
  id: 'utilities',
  kiosk: { skip: 'detail' },
  group: 'expenses',
  titleKey: 'q.utilities.title',
  helpKey: 'q.utilities.help',
  fields: () => [{ name: 'utilities', kind: 'checkboxes', labelKey: 'fields.utilities', options: UTILITY_OPTIONS, optionKey: 'utilities', required: false }],
  when: (req) => req.household.housingSituation !== 'shelter' && req.household.housingSituation !== 'unsheltered',
  write(a, req) {
    const chosen = arr(a.utilities);
    const u: Record<string, boolean> = { heatingCooling: false, electricity: false, water: false, phone: false };
    for (const k of UTILITY_OPTIONS) if (chosen.includes(k)) u[k] = true;
    req.household.expenses.utilities = u;
  },
};

const hasYoungOrDisabled = (req: RequestDraft) => req.household.members.some((m) => (m.age !== undefined && m.age < 13) || m.disabled);
const hasElderlyOrDisabled = (req: RequestDraft) => req.household.members.some((m) => (m.age ?? 0) >= 60 || m.disabled);

const otherExpenses: Question = {
  id: 'other_expenses',
  kiosk: { skip: 'detail' },
  group: 'expenses',
  titleKey: 'q.other_expenses.title',
  helpKey: 'q.other_expenses.help',
  fields: (v) => [
    ...(v.__youngOrDisabled ? [{ name: 'dependent_care', kind: 'money' as const, labelKey: 'fields.dependent_care', helpKey: 'fields.dependent_careHelp', required: false, min: 0, max: 10_000_000 }] : []),
    { name: 'child_support_paid', kind: 'money', labelKey: 'fields.child_support_paid', required: false, min: 0, max: 10_000_000 },
    ...(v.__elderlyOrDisabled ? [{ name: 'medical', kind: 'money' as const, labelKey: 'fields.medical', helpKey: 'fields.medicalHelp', required: false, min: 0, max: 10_000_000 }] : []),
  ],
  when: always,
  write(a, req) {
    const e = req.household.expenses;
    if (hasYoungOrDisabled(req)) e.dependentCare = num(a.dependent_care) ?? 0;
    e.childSupportPaid = num(a.child_support_paid) ?? 0;
    if (hasElderlyOrDisabled(req)) e.medical = num(a.medical) ?? 0;
  },
};

const assets: Question = {
  id: 'assets',
  kiosk: { skip: 'detail' },
  group: 'assets',
  titleKey: 'q.assets.title',
  helpKey: 'q.assets.help',
  fields: () => [
    { name: 'bank', kind: 'money', labelKey: 'fields.bank', required: false, min: 0, max: 10_000_000 },
    { name: 'cash', kind: 'money', labelKey: 'fields.cash', required: false, min: 0, max: 10_000_000 },
  ],
  when: always,
  write(a, req) {
    req.household.assets = { cash: num(a.cash) ?? 0, bank: num(a.bank) ?? 0 };
  },
};

const benefits: Question = {
  id: 'benefits',
  kiosk: { skip: 'detail' },
  group: 'benefits',
  titleKey: 'q.benefits.title',
  helpKey: 'q.benefits.help',
  fields: () => [
    { name: 'benefits', kind: 'checkboxes', labelKey: 'fields.benefits', options: CURRENT_BENEFITS, optionKey: 'benefits', required: false },
    { name: 'tanf_months', kind: 'number', labelKey: 'fields.tanf_months', helpKey: 'fields.tanf_monthsHelp', required: false, integer: true, min: 0, max: 600, showIf: (v) => arr(v.benefits).includes('tanf') },
  ],
  when: always,
  write(a, req) {
    const b = arr(a.benefits);
    req.household.currentBenefits = b;
    req.household.receivesTanfNow = b.includes('tanf');
    const months = num(a.tanf_months);
    if (b.includes('tanf') && months !== undefined) req.household.tanfMonthsUsed = months;
  },
};

/** Hunger Vital Sign: positive when either item is "often" or "sometimes" true (Hager et al. 2010). */
export function hungerVitalSignPositive(a: Answers): boolean | undefined {
  const w = str(a.hvs_worried);
  const r = str(a.hvs_ran_out);
  if (!w && !r) return undefined;
  return [w, r].some((x) => x === 'often' || x === 'sometimes');
}

const hungerVitalSign: Question = {
  id: 'hunger_vital_sign',
  kiosk: { skip: 'condensed' },
  group: 'needs',
  titleKey: 'q.hvs.title',
  helpKey: 'q.hvs.help',
  whyKey: 'q.hvs.why',
  fields: () => [
    { name: 'hvs_worried', kind: 'radio', labelKey: 'fields.hvs_worried', options: HVS_ANSWERS, optionKey: 'hvs', required: false },
    { name: 'hvs_ran_out', kind: 'radio', labelKey: 'fields.hvs_ran_out', options: HVS_ANSWERS, optionKey: 'hvs', required: false },
  ],
  when: always,
  write(a, req) {
    const pos = hungerVitalSignPositive(a);
    if (pos === undefined) return;
    req.household.foodInsecure = pos;
    if (pos) addNeed(req, 'food');
  },
};

const ahcLiving: Question = {
  id: 'ahc_living',
  kiosk: { skip: 'condensed' },
  group: 'needs',
  titleKey: 'q.ahc_living.title',
  helpKey: 'q.ahc.help',
  fields: () => [{ name: 'ahc_living', kind: 'radio', labelKey: 'fields.ahc_living', options: AHC_LIVING, optionKey: 'ahc_living', required: false }],
  when: always,
  write(a, req) {
    const v = str(a.ahc_living);
    if (v === 'worried' || v === 'not_steady') addNeed(req, 'rent');
  },
};

const ahcUtilities: Question = {
  id: 'ahc_utilities',
  kiosk: { skip: 'condensed' },
  group: 'needs',
  titleKey: 'q.ahc_utilities.title',
  helpKey: 'q.ahc.help',
  fields: () => [{ name: 'ahc_utilities', kind: 'radio', labelKey: 'fields.ahc_utilities', options: AHC_UTILITIES, optionKey: 'ahc_utilities', required: false }],
  when: (req) => req.household.housingSituation !== 'unsheltered',
  write(a, req) {
    const v = str(a.ahc_utilities);
    if (v === 'yes' || v === 'already_shut_off') addNeed(req, 'utilities', 'utility_shutoff');
  },
};

const ahcTransportation: Question = {
  id: 'ahc_transportation',
  kiosk: { skip: 'condensed' },
  group: 'needs',
  titleKey: 'q.ahc_transportation.title',
  helpKey: 'q.ahc.help',
  fields: () => [{ name: 'ahc_transportation', kind: 'radio', labelKey: 'fields.ahc_transportation', options: YES_NO, optionKey: 'yes_no', required: false }],
  when: always,
  write(a, req) {
    if (str(a.ahc_transportation) === 'yes') addNeed(req, 'transportation');
  },
};

const ahcSafetyConsent: Question = {
  id: 'ahc_safety_consent',
  kiosk: { skip: 'sensitive' },
  group: 'needs',
  titleKey: 'q.ahc_safety_consent.title',
  helpKey: 'q.ahc_safety_consent.help',
  whyKey: 'q.ahc_safety_consent.why',
  fields: () => [{ name: 'ahc_safety_consent', kind: 'radio', labelKey: 'fields.ahc_safety_consent', options: YES_NO, optionKey: 'yes_no', required: false }],
  when: always,
  write: () => undefined,
};

const SAFETY_ITEMS = ['ahc_hurt', 'ahc_insult', 'ahc_threaten', 'ahc_scream'] as const;

/** AHC interpersonal safety (4 items scored 1–5): positive when the sum is more than 10 (CMS AHC guide). */
export function ahcSafetyPositive(a: Answers): boolean | undefined {
  const scores = SAFETY_ITEMS.map((k) => AHC_SAFETY_FREQ.indexOf(str(a[k]) as (typeof AHC_SAFETY_FREQ)[number]));
  if (scores.every((s) => s < 0)) return undefined;
  return scores.reduce((sum, s) => sum + (s < 0 ? 0 : s + 1), 0) > 10;
}

const ahcSafety: Question = {
  id: 'ahc_safety',
  kiosk: { skip: 'sensitive' },
  group: 'needs',
  titleKey: 'q.ahc_safety.title',
  helpKey: 'q.ahc_safety.help',
  whyKey: 'q.ahc_safety_consent.why',
  fields: () => SAFETY_ITEMS.map((name) => ({ name, kind: 'radio' as const, labelKey: `fields.${name}`, options: AHC_SAFETY_FREQ, optionKey: 'frequency_ahc', required: false })),
  when: (_req, a) => str(a.ahc_safety_consent) === 'yes',
  write(a, req) {
    if (ahcSafetyPositive(a)) addNeed(req, 'safety');
  },
};

const needs: Question = {
  id: 'needs',
  kiosk: { asks: [{ id: 'needs', field: 'needs', optionKey: 'needs' }] },
  group: 'needs',
  titleKey: 'q.needs.title',
  helpKey: 'q.needs.help',
  fields: () => [{
    name: 'needs', kind: 'checkboxes', labelKey: 'fields.needs', options: NEEDS, optionKey: 'needs', required: false,
    // Prefilled from the Hunger Vital Sign and AHC answers; the worker confirms or changes them.
    suggest: (v) => (Array.isArray(v.__derivedNeeds) ? v.__derivedNeeds : undefined),
  }],
  when: always,
  write(a, req) {
    if (Array.isArray(a.needs)) req.household.needs = arr(a.needs).filter((n): n is Need => (NEEDS as readonly string[]).includes(n));
  },
};

function workQuestion(id: string, n: number): Question {
  return {
    id: `work_${id}`,
    kiosk: { skip: 'worker_help' },
    group: 'needs',
    memberId: id,
    titleKey: id === 'm1' ? 'q.work.titleSelf' : 'q.work.title',
    titleValues: { n },
    helpKey: 'q.work.help',
    fields: () => [{
      name: `${id}_work`, kind: 'checkboxes', labelKey: 'fields.work', helpKey: 'fields.workHelp', options: WORK_FLAGS, optionKey: 'work', required: false,
      // Someone already said to be looking for work wants work: prefilled, the worker confirms.
      suggest: (v) => (LOOKING.has(str(v[`${id}_emp_status`])) ? ['wantsToWork'] : undefined),
    }],
    // Asked only when the family wants work help (job, training, work with a disability), for
    // people 14 and older (WIOA youth and Pre-ETS start at 14).
    when: (req) => req.household.needs.some((x) => WORK_NEEDS.includes(x)) && (memberIndex(req, id)?.age ?? 0) >= 14,
    write(a, req) {
      const m = memberIndex(req, id);
      const v = a[`${id}_work`];
      // Not visited: not asked (absent). Visited: each listed fact is yes (checked) or no.
      if (!m || !Array.isArray(v)) return;
      m.workforce = Object.fromEntries(WORK_FLAGS.map((k) => [k, v.includes(k)]));
    },
  };
}

/** Every question, expanded for the household's members, in the order asked. */
export function buildQuestions(answers: Answers): Question[] {
  const ids = memberIds(answers);
  const per = (make: (id: string, n: number) => Question) => ids.map((id, i) => make(id, i + 1));
  return [
    location, householdSize,
    ...per(memberQuestion),
    citizenship, ...per(immigrationQuestion),
    incomeWho(ids), ...per(incomeQuestion), ...per(employmentQuestion),
    housing, housingCosts, utilities, otherExpenses, assets, benefits,
    hungerVitalSign, ahcLiving, ahcUtilities, ahcTransportation, ahcSafetyConsent, ahcSafety,
    needs, ...per(workQuestion),
  ];
}

export function emptyDraft(today: string): RequestDraft {
  return {
    version: 1,
    date: today,
    location: {},
    household: {
      members: [{ id: 'm1', relationship: 'self', pregnant: false, disabled: false, student: false, incomes: [] }],
      expenses: {
        rent: 0, mortgage: 0, propertyTaxInsurance: 0, dependentCare: 0, childSupportPaid: 0, medical: 0,
        utilities: { heatingCooling: false, electricity: false, water: false, phone: false },
      },
      assets: { cash: 0, bank: 0 },
      needs: [],
    },
  };
}

export interface Walk {
  /** Questions to ask, in order, given the answers so far. */
  visible: Question[];
  /** The request built from the visible questions' answers. */
  request: RequestDraft;
  /** Request built from the questions before each visible question (context for suggestions). */
  before: Map<string, RequestDraft>;
  /** The worker's today (the request's date is the screening date: see SCREENING_DATE). */
  today: string;
  /** A screening continued from a request made elsewhere (it carries its screening date). */
  continued: boolean;
}

/** Walk the graph: each question's `when` sees the request written by the questions before it. */
export function walk(answers: Answers, today: string): Walk {
  const request = emptyDraft(screeningDate(answers, today));
  const visible: Question[] = [];
  const before = new Map<string, RequestDraft>();
  for (const q of buildQuestions(answers)) {
    if (!q.when(request, answers)) continue;
    before.set(q.id, structuredClone(request));
    visible.push(q);
    q.write(answers, request);
  }
  return { visible, request, before, today, continued: answers[CARRIED] !== undefined };
}

/**
 * Values a screen needs beyond its own answers: derived flags for conditional fields and the
 * needs suggested by earlier screening answers. Keys start with "__" and are never saved.
 */
export function contextValues(q: Question, w: Walk): Answers {
  const req = w.before.get(q.id);
  if (!req) return {};
  return {
    __youngOrDisabled: hasYoungOrDisabled(req),
    __elderlyOrDisabled: hasElderlyOrDisabled(req),
    __derivedNeeds: [...req.household.needs],
    __continued: w.continued,
    __today: w.today,
  };
}

/** The suggested (prefilled) value for a field, or undefined. */
export function suggestion(f: Field, values: Answers): unknown {
  return f.suggest?.(values);
}

/**
 * Build the request from answers; pass it to parseScreeningRequest (defaults are filled there).
 * Dated by the screening date answer when there is one, else `today`. A continued screening's
 * carried facts (./carry) are put back where the worker did not change the answer that writes them.
 */
export function buildRequest(answers: Answers, today: string): ScreeningRequestInput {
  const built = buildFromScreens(answers, today);
  const carried = readCarried(answers[CARRIED]);
  if (!carried) return built;
  const out = structuredClone(built) as unknown as Record<string, unknown>;
  applyCarried(out, carried);
  // A carried kind of school stays only with a student (the worker may have unchecked "student").
  for (const m of (out as unknown as ScreeningRequestInput).household.members) if (m.student !== true) delete m.school;
  return out as unknown as ScreeningRequestInput;
}

/** The request from what the screens ask alone (no carried facts). */
export function buildFromScreens(answers: Answers, today: string): ScreeningRequestInput {
  const r = walk(answers, today).request;
  const h = r.household;
  return {
    version: 1,
    date: r.date,
    location: { ...r.location } as ScreeningRequestInput['location'],
    household: {
      members: h.members.map((m) => ({
        id: m.id,
        relationship: m.relationship,
        age: m.age,
        pregnant: m.pregnant,
        disabled: m.disabled,
        student: m.student,
        ...(m.school !== undefined ? { school: m.school } : {}),
        ...(m.immigration ? { immigration: m.immigration } : {}),
        incomes: m.incomes,
        ...(m.employment ? { employment: m.employment } : {}),
        ...(m.workforce ? { workforce: m.workforce } : {}),
        ...(m.ssnValidForWork !== undefined ? { ssnValidForWork: m.ssnValidForWork } : {}),
      })),
      expenses: h.expenses,
      assets: h.assets,
      housingSituation: h.housingSituation,
      needs: h.needs,
      ...(h.currentBenefits !== undefined ? { currentBenefits: h.currentBenefits, receivesTanfNow: h.receivesTanfNow } : {}),
      ...(h.tanfMonthsUsed !== undefined ? { tanfMonthsUsed: h.tanfMonthsUsed } : {}),
      ...(h.foodInsecure !== undefined ? { foodInsecure: h.foodInsecure } : {}),
    },
  } as ScreeningRequestInput;
}

/**
 * Which question and field (label key) a request field path refers to, for "what is missing".
 * e.g. household.members.1.immigration.since → { questionId: 'immigration_m2', labelKey: 'fields.imm_since', member: 2 }.
 */
export function fieldForPath(path: string): { questionId: string; labelKey: string; member?: number } | undefined {
  const m = /^household\.members\.(\d+)\.(.+)$/.exec(path);
  if (m) {
    const i = Number(m[1]);
    const id = `m${i + 1}`;
    const rest = m[2]!;
    const byField: Record<string, [string, string]> = {
      age: [`member_${id}`, 'fields.age'],
      relationship: [`member_${id}`, 'fields.relationship'],
      pregnant: [`member_${id}`, 'options.flags.pregnant'],
      disabled: [`member_${id}`, 'options.flags.disabled'],
      student: [`member_${id}`, 'options.flags.student'],
      school: [`member_${id}`, 'fields.school'],
      immigration: [`immigration_${id}`, 'fields.imm_status'],
      'immigration.status': [`immigration_${id}`, 'fields.imm_status'],
      'immigration.since': [`immigration_${id}`, 'fields.imm_since'],
      'immigration.workQuarters': [`immigration_${id}`, 'fields.imm_quarters'],
      incomes: [`income_${id}`, 'fields.income_who'],
      employment: [`employment_${id}`, 'fields.emp_status'],
      'employment.status': [`employment_${id}`, 'fields.emp_status'],
      'employment.hoursPerWeek': [`employment_${id}`, 'fields.emp_hours'],
      ssnValidForWork: [`immigration_${id}`, 'fields.ssn'],
      workforce: [`work_${id}`, 'fields.work'],
      ...Object.fromEntries(WORK_FLAGS.map((k) => [`workforce.${k}`, [`work_${id}`, `options.work.${k}`] as [string, string]])),
    };
    const hit = byField[rest] ?? byField[rest.split('.')[0]!];
    return hit ? { questionId: hit[0], labelKey: hit[1], member: i + 1 } : undefined;
  }
  const top: Record<string, [string, string]> = {
    'location.state': ['location', 'fields.state'],
    'location.county': ['location', 'fields.county'],
    'location.zip': ['location', 'fields.zip'],
    'household.members': ['household_size', 'fields.household_size'],
    'household.housingSituation': ['housing', 'fields.housing'],
    'household.expenses.rent': ['housing_costs', 'fields.rent'],
    'household.expenses.mortgage': ['housing_costs', 'fields.mortgage'],
    'household.expenses.propertyTaxInsurance': ['housing_costs', 'fields.property_tax'],
    'household.expenses.utilities': ['utilities', 'fields.utilities'],
    'household.expenses.dependentCare': ['other_expenses', 'fields.dependent_care'],
    'household.expenses.childSupportPaid': ['other_expenses', 'fields.child_support_paid'],
    'household.expenses.medical': ['other_expenses', 'fields.medical'],
    'household.assets': ['assets', 'fields.bank'],
    'household.assets.bank': ['assets', 'fields.bank'],
    'household.assets.cash': ['assets', 'fields.cash'],
    'household.currentBenefits': ['benefits', 'fields.benefits'],
    'household.receivesTanfNow': ['benefits', 'fields.benefits'],
    'household.tanfMonthsUsed': ['benefits', 'fields.tanf_months'],
    'household.needs': ['needs', 'fields.needs'],
  };
  const hit = top[path] ?? (path.startsWith('household.expenses.utilities') ? top['household.expenses.utilities'] : undefined);
  return hit ? { questionId: hit[0], labelKey: hit[1] } : undefined;
}

// ---------------------------------------------------------------- counting answers

/**
 * How many answers a family gives, driving the graph: walk the visible questions in order; on each
 * screen, a shown field counts when the family's answer is not blank and differs from the
 * prefilled suggestion (a prefilled value the worker only confirms, like the state from the ZIP
 * code, is not an answer given; a required field left blank cannot pass its screen). Also returns
 * the per-question counts and the built request.
 */
export function countAnswers(family: Answers, today = '2026-11-23'): { total: number; byQuestion: Record<string, number>; request: ScreeningRequestInput } {
  const w = walk(family, today);
  const byQuestion: Record<string, number> = {};
  let total = 0;
  for (const q of w.visible) {
    const values = { ...contextValues(q, w), ...family };
    let n = 0;
    for (const f of visibleFields(q, values)) {
      const v = family[f.name];
      const suggested = suggestion(f, values);
      const same = suggested !== undefined && JSON.stringify(Array.isArray(v) ? [...v].sort() : v) === JSON.stringify(Array.isArray(suggested) ? [...suggested].sort() : suggested);
      if (!isBlank(v) && !same) n++;
    }
    byQuestion[q.id] = n;
    total += n;
  }
  return { total, byQuestion, request: buildRequest(family, today) };
}
