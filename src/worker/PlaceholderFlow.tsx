/**
 * PLACEHOLDER for src/screening/ScreeningFlow (built on the `worker` branch). Same props contract;
 * swapped out in src/worker/slots.ts once that branch is on main. It asks only a few facts, saves
 * the draft as the worker types and builds a request that passes parseScreeningRequest.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { US_STATES, parseScreeningRequest } from '../domain/screening-request';
import type { ScreeningFlowProps } from './contracts';

interface Answers {
  state: string;
  county: string;
  ages: string;
  income: string;
  rent: string;
}
const EMPTY: Answers = { state: '', county: '', ages: '', income: '', rent: '' };

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function PlaceholderFlow({ initialDraft, onDraftChange, onComplete, today }: ScreeningFlowProps) {
  const { t } = useTranslation('worker');
  const id = useId();
  const [a, setA] = useState<Answers>(() => ({ ...EMPTY, ...(initialDraft?.answers as Partial<Answers> | undefined) }));
  const [invalid, setInvalid] = useState(false);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => onDraftChange({ answers: { ...a }, currentQuestionId: 'basics', updatedAt: new Date().toISOString() }), 300);
    return () => clearTimeout(timer);
  }, [a, onDraftChange]);

  const set = (k: keyof Answers) => (e: { target: { value: string } }) => setA((p) => ({ ...p, [k]: e.target.value }));

  function submit(e: FormEvent) {
    e.preventDefault();
    const ages = a.ages.split(/[,\s]+/).filter(Boolean).map(Number);
    const income = Number(a.income || 0);
    const rent = Number(a.rent || 0);
    const parsed = parseScreeningRequest({
      version: 1,
      date: today ?? todayIso(),
      location: { state: a.state, ...(a.county.trim() ? { county: a.county.trim() } : {}) },
      household: {
        members: ages.map((age, i) => ({
          id: `m${i + 1}`,
          relationship: i === 0 ? 'self' : age < 18 ? 'child' : 'other_relative',
          age,
          incomes: i === 0 && income > 0 ? [{ type: 'wages', amount: income, frequency: 'monthly' }] : [],
        })),
        expenses: { rent },
        housingSituation: rent > 0 ? 'renting' : 'other',
      },
    });
    if (!parsed.ok || ages.some((n) => !Number.isInteger(n))) {
      setInvalid(true);
      return;
    }
    onComplete(parsed.request, { answers: { ...a }, currentQuestionId: 'basics', updatedAt: new Date().toISOString() });
  }

  return (
    <form onSubmit={submit} noValidate className="worker-form">
      <p>{t('placeholder.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-s`}>{t('placeholder.state')}</label>
        <select id={`${id}-s`} value={a.state} onChange={set('state')}>
          <option value="" />
          {US_STATES.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-c`}>{t('placeholder.county')}</label>
        <input id={`${id}-c`} value={a.county} onChange={set('county')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-a`}>{t('placeholder.ages')}</label>
        <input id={`${id}-a`} inputMode="numeric" value={a.ages} onChange={set('ages')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-i`}>{t('placeholder.income')}</label>
        <input id={`${id}-i`} inputMode="decimal" value={a.income} onChange={set('income')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-r`}>{t('placeholder.rent')}</label>
        <input id={`${id}-r`} inputMode="decimal" value={a.rent} onChange={set('rent')} />
      </div>
      {invalid && <p role="alert" className="worker-error">{t('placeholder.invalid')}</p>}
      <button type="submit" className="primary">{t('placeholder.finish')}</button>
    </form>
  );
}
