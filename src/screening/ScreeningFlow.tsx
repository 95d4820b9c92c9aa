/**
 * The worker's screening: one question (or one member's group of fields) per screen, driven by the
 * question graph in ./questions. Each screen is a react-hook-form form validated by the zod schema
 * of its visible fields; Back keeps what was typed (even if not yet valid), Next validates. The
 * draft goes to the host as the worker types (debounced) and comes back after a reload.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useController, useForm, useWatch, type Control, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { parseScreeningRequest } from '../domain/screening-request';
import { setScreeningInProgress } from './activity';
import {
  buildRequest, contextValues, questionSchema, str, suggestion, visibleFields, walk,
  type Answers, type Field, type Question,
} from './questions';
import type { ScreeningDraft, ScreeningFlowProps } from './types';
import './screening.css';

export type { ScreeningDraft, ScreeningFlowProps } from './types';

const DRAFT_DEBOUNCE_MS = 300;

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Drop context keys ("__…") and keep only saved answers. */
function clean(a: Answers): Answers {
  return Object.fromEntries(Object.entries(a).filter(([k]) => !k.startsWith('__')));
}

export function ScreeningFlow({ initialDraft, onDraftChange, onComplete, today }: ScreeningFlowProps) {
  const { t } = useTranslation('screening');
  const date = today ?? localToday();
  const [answers, setAnswers] = useState<Answers>(() => ({ ...(initialDraft?.answers ?? {}) }));
  const [currentId, setCurrentId] = useState<string>(initialDraft?.currentQuestionId ?? 'location');
  const [navigated, setNavigated] = useState(false);
  const [focusField, setFocusField] = useState<string | undefined>();
  const [finalErrors, setFinalErrors] = useState<string[]>([]);
  const w = useMemo(() => walk(answers, date), [answers, date]);
  const found = w.visible.findIndex((q) => q.id === currentId);
  const index = found >= 0 ? found : 0;
  const question = w.visible[index]!;
  const draftChange = useRef(onDraftChange);
  useEffect(() => {
    draftChange.current = onDraftChange;
  }, [onDraftChange]);

  useEffect(() => {
    setScreeningInProgress(true);
    return () => setScreeningInProgress(false);
  }, []);

  const emit = useCallback((a: Answers, id: string) => {
    draftChange.current({ answers: clean(a), currentQuestionId: id, updatedAt: new Date().toISOString() });
  }, []);

  const go = (values: Answers, to: number, focus?: string) => {
    const next = { ...answers, ...values };
    setAnswers(next);
    const w2 = walk(next, date);
    const target = w2.visible[Math.max(0, Math.min(to, w2.visible.length - 1))]!;
    setCurrentId(target.id);
    setNavigated(true);
    setFocusField(focus);
    emit(next, target.id);
  };

  const onNext = (values: Answers) => {
    const next = { ...answers, ...values };
    const w2 = walk(next, date);
    const at = w2.visible.findIndex((q) => q.id === question.id);
    if (at >= 0 && at < w2.visible.length - 1) {
      go(values, at + 1);
      return;
    }
    const parsed = parseScreeningRequest(buildRequest(next, date));
    setAnswers(next);
    if (!parsed.ok) {
      setFinalErrors(parsed.errors.map((e) => e.field));
      return;
    }
    setFinalErrors([]);
    const draft: ScreeningDraft = { answers: clean(next), currentQuestionId: question.id, updatedAt: new Date().toISOString() };
    setScreeningInProgress(false);
    onComplete(parsed.request, draft);
  };

  const rows = question.repeat ? str(answers[question.repeat.countField]) : '';
  // The repeat count (how many income rows) is not a field of the screen's form: pass it with the
  // context so the screen shows, validates and keeps every row ("Add another income" adds one).
  const context = question.repeat ? { ...contextValues(question, w), [question.repeat.countField]: rows } : contextValues(question, w);

  return (
    <section className="screening" aria-label={t('flowLabel')}>
      <p className="screening-progress">{t('progress', { current: index + 1, total: w.visible.length })}</p>
      <QuestionScreen
        key={`${question.id}:${rows}`}
        question={question}
        answers={answers}
        context={context}
        isFirst={index === 0}
        // Live: an answer on this screen can add screens after it (e.g. needing a job adds work screens).
        isLast={(values) => {
          const live = walk({ ...answers, ...values }, date).visible;
          return live[live.length - 1]?.id === question.id;
        }}
        focusHeading={navigated && !focusField}
        focusField={focusField}
        onBack={(values) => go(values, index - 1)}
        onNext={onNext}
        onRows={(values, n) => {
          const countField = question.repeat!.countField;
          setAnswers({ ...answers, ...values, [countField]: String(n) });
          setFocusField(`${question.memberId}_inc${n - 1}_type`);
          emit({ ...answers, ...values, [countField]: String(n) }, question.id);
        }}
        onValues={(values) => emit({ ...answers, ...values }, question.id)}
      />
      {finalErrors.length > 0 && (
        <div role="alert" className="screening-error">
          <p>{t('finalError')}</p>
          <ul>{finalErrors.map((f) => <li key={f}><code>{f}</code></li>)}</ul>
        </div>
      )}
    </section>
  );
}

interface ScreenProps {
  question: Question;
  answers: Answers;
  context: Answers;
  isFirst: boolean;
  isLast(values: Answers): boolean;
  focusHeading: boolean;
  focusField?: string;
  onBack(values: Answers): void;
  onNext(values: Answers): void;
  onRows(values: Answers, n: number): void;
  onValues(values: Answers): void;
}

function initialValues(q: Question, answers: Answers, context: Answers): Answers {
  const values: Answers = {};
  const all = { ...context, ...answers };
  for (const f of q.fields(all)) {
    const v = answers[f.name];
    const s = v === undefined ? suggestion(f, all) : undefined;
    values[f.name] = v ?? s ?? (f.kind === 'checkboxes' ? [] : '');
  }
  return values;
}

function QuestionScreen({ question: q, answers, context, isFirst, isLast, focusHeading, focusField, onBack, onNext, onRows, onValues }: ScreenProps) {
  const { t } = useTranslation('screening');
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const defaults = useMemo(() => initialValues(q, answers, context), [q, answers, context]);
  const resolver = useMemo<Resolver<Answers>>(
    () => (values, ctx, options) => zodResolver(questionSchema(q, { ...context, ...values }) as never)(values as never, ctx, options as never) as never,
    [q, context],
  );
  const form = useForm<Answers>({ defaultValues: defaults, resolver, mode: 'onSubmit', reValidateMode: 'onChange', shouldUnregister: false });
  const { control, handleSubmit, getValues, setValue, getFieldState, setFocus, formState } = form;
  const values = useWatch({ control }) as Answers;
  const all = { ...context, ...values };
  const fields = visibleFields(q, all);

  useEffect(() => {
    if (focusField) setFocus(focusField);
    else if (focusHeading) heading.current?.focus();
  }, [focusField, focusHeading, setFocus]);

  // Keep suggested values (state from ZIP, relationship from age…) in step until the worker edits them.
  const onValuesRef = useRef(onValues);
  useEffect(() => {
    onValuesRef.current = onValues;
  }, [onValues]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values: vals, name }) => {
        const current = { ...context, ...(vals as Answers) };
        for (const f of q.fields(current)) {
          if (!f.suggest || f.name === name || getFieldState(f.name).isDirty) continue;
          const s = f.suggest(current);
          if (s !== undefined && s !== current[f.name]) setValue(f.name, s);
        }
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => onValuesRef.current(getValues()), DRAFT_DEBOUNCE_MS);
      },
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [form, q, context, getFieldState, setValue, getValues]);

  const titleValues = q.titleValues ?? {};
  const helpId = `${id}-help`;
  const rows = q.repeat ? Number(str(answers[q.repeat.countField]) || '1') : 0;

  return (
    <form
      noValidate
      // No form-state restore or autofill: Chromium keeps form state (session restore) only for
      // controls that allow autocomplete, and answers here are sensitive (immigration, safety).
      autoComplete="off"
      aria-labelledby={`${id}-title`}
      onSubmit={handleSubmit((v) => onNext(v as Answers))}
      className="screening-step"
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>{t(q.titleKey, titleValues)}</h2>
      {q.helpKey && <p id={helpId} className="screening-help">{t(q.helpKey, titleValues)}</p>}
      {q.whyKey && (
        <details className="screening-why">
          <summary>{t('why')}</summary>
          <p>{t(q.whyKey)}</p>
        </details>
      )}
      {fields.map((f) => (
        <FieldInput key={f.name} field={f} control={control} errors={formState.errors} answers={answers} values={all} />
      ))}
      {q.repeat && (
        <div className="screening-repeat">
          {rows < q.repeat.max && (
            <button type="button" onClick={() => onRows(getValues(), rows + 1)}>{t('addIncome')}</button>
          )}
          {rows > 1 && (
            <button type="button" onClick={() => onRows(getValues(), rows - 1)}>{t('removeIncome')}</button>
          )}
        </div>
      )}
      <div className="screening-nav">
        {!isFirst && <button type="button" onClick={() => onBack(getValues())}>{t('back')}</button>}
        <button type="submit">{isLast(values) ? t('finish') : t('next')}</button>
      </div>
    </form>
  );
}

function errorCode(errors: FieldErrors<Answers>, name: string): string | undefined {
  const e = errors[name];
  return e && typeof e.message === 'string' ? e.message : undefined;
}

function memberLabel(t: (k: string, o?: Record<string, unknown>) => string, answers: Answers, memberId: string): string {
  const n = Number(memberId.slice(1));
  const age = str(answers[`${memberId}_age`]);
  if (n === 1) return age ? t('memberSelfAge', { age }) : t('memberSelf');
  return age ? t('memberAge', { n, age }) : t('member', { n });
}

function FieldInput({ field: f, control, errors, answers, values }: { field: Field; control: Control<Answers>; errors: FieldErrors<Answers>; answers: Answers; values: Answers }) {
  const { t } = useTranslation('screening');
  const id = useId();
  const { field: { ref: fieldRef, value, onChange, onBlur, name } } = useController({ name: f.name, control });
  const label = t(f.labelKey, f.labelValues ?? {});
  const code = errorCode(errors, f.name);
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  const noted = f.note?.(values);
  const describedBy = [f.helpKey ? helpId : '', noted ? noteId : '', code ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const optionLabel = (o: string) => (f.optionKey === 'member' ? memberLabel(t, answers, o) : f.optionKey === 'state' ? o : t(`options.${f.optionKey}.${o}`));
  const help = f.helpKey ? <p id={helpId} className="screening-field-help">{t(f.helpKey)}</p> : null;
  const note = noted ? <p id={noteId} className="screening-field-note">{t(noted.key, noted.values)}</p> : null;
  const error = code ? (
    <p id={errorId} className="screening-field-error" role="alert">
      {t(`errors.${code}`, { field: label, min: f.min ?? 0, max: f.max ?? 0 })}
    </p>
  ) : null;
  const optional = !f.required ? <span className="screening-optional"> {t('optional')}</span> : null;

  if (f.kind === 'radio' || f.kind === 'checkboxes') {
    const multi = f.kind === 'checkboxes';
    const current = value;
    const chosen = multi ? (Array.isArray(current) ? (current as string[]) : []) : [];
    return (
      <fieldset className="screening-field" aria-describedby={describedBy} aria-invalid={code ? true : undefined}>
        <legend>{label}{optional}</legend>
        {help}
        {(f.options ?? []).map((o, i) => {
          const oid = `${id}-${i}`;
          return (
            <div key={o} className="screening-option">
              <input
                id={oid}
                type={multi ? 'checkbox' : 'radio'}
                name={f.name}
                autoComplete="off"
                value={o}
                ref={i === 0 ? fieldRef : undefined}
                checked={multi ? chosen.includes(o) : current === o}
                onChange={(e) => {
                  if (!multi) onChange(o);
                  else onChange(e.target.checked ? [...chosen, o] : chosen.filter((x) => x !== o));
                }}
                onBlur={onBlur}
              />
              <label htmlFor={oid}>{optionLabel(o)}</label>
            </div>
          );
        })}
        {!multi && !f.required && str(current) !== '' && (
          <button type="button" className="screening-clear" onClick={() => onChange('')}>{t('clearAnswer')}</button>
        )}
        {note}
        {error}
      </fieldset>
    );
  }

  const inputId = `${id}-input`;
  return (
    <div className="screening-field">
      <label htmlFor={inputId}>{label}{optional}</label>
      {help}
      {f.kind === 'select' ? (
        <select
          id={inputId}
          name={name}
          autoComplete="off"
          ref={fieldRef}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          aria-describedby={describedBy}
          aria-invalid={code ? true : undefined}
          aria-required={f.required || undefined}
        >
          <option value="">{t('choose')}</option>
          {(f.options ?? []).map((o) => <option key={o} value={o}>{optionLabel(o)}</option>)}
        </select>
      ) : (
        <input
          id={inputId}
          name={name}
          ref={fieldRef}
          type={f.kind === 'date' ? 'date' : 'text'}
          inputMode={f.kind === 'number' || f.kind === 'money' ? 'decimal' : f.name === 'zip' ? 'numeric' : undefined}
          autoComplete="off"
          maxLength={f.maxLength}
          value={typeof value === 'string' || typeof value === 'number' ? String(value) : ''}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          aria-describedby={describedBy}
          aria-invalid={code ? true : undefined}
          aria-required={f.required || undefined}
        />
      )}
      {note}
      {error}
    </div>
  );
}
