import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadAloudButton } from '../../i18n/ReadAloudButton';
import { optionKeyOf, validate, type KioskQuestion } from './questions';

interface Props {
  question: KioskQuestion;
  index: number;
  total: number;
  value: string | string[] | undefined;
  onAnswer: (value: string | string[] | undefined) => void;
  onBack: () => void;
}

/** One question per screen: big controls, a visible error naming the problem, Back / Skip / Next. */
export function QuestionStep({ question: q, index, total, value, onAnswer, onBack }: Props) {
  const { t, i18n } = useTranslation('kiosk');
  const [draft, setDraft] = useState<string | string[] | undefined>(value);
  const [error, setError] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const inputId = `${id}-input`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const label = t(`q.${q.id}.label`);
  const hint = t(`q.${q.id}.hint`);

  useEffect(() => heading.current?.focus(), []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const code = validate(q, draft);
    if (code) {
      setError(code);
      return;
    }
    onAnswer(draft);
  };
  const optionLabel = (v: string) => {
    const key = optionKeyOf(q, v);
    return key ? t(key) : v;
  };
  const readText = () =>
    [label, hint, ...('options' in q && q.kind !== 'select' ? q.options.map(optionLabel) : [])].join('. ');
  const describedBy = [hintId, error ? errorId : ''].filter(Boolean).join(' ');
  const optional = !('required' in q && q.required);

  return (
    <form className="kiosk-question" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <p className="kiosk-progress">{t('progress', { current: index + 1, total })}</p>
      <h1 id={`${id}-heading`} ref={heading} tabIndex={-1}>{label}</h1>
      <p id={hintId} className="kiosk-hint">{hint}</p>
      <ReadAloudButton text={readText} />
      {(q.kind === 'number' || q.kind === 'text' || q.kind === 'ages') && (
        <div className="kiosk-field">
          <label htmlFor={inputId} className="visually-hidden">{label}</label>
          <input
            id={inputId}
            className="kiosk-input"
            inputMode={q.kind === 'text' && q.id !== 'zip' ? 'text' : q.kind === 'ages' ? 'text' : 'decimal'}
            autoComplete="off"
            // Ages: room for the most people a household can list ("125, " each).
            maxLength={q.kind === 'text' ? q.maxLength : q.kind === 'ages' ? q.max * 5 : 40}
            value={typeof draft === 'string' ? draft : ''}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => {
              setDraft(e.target.value);
              setError(undefined);
            }}
          />
        </div>
      )}
      {q.kind === 'select' && (
        <div className="kiosk-field">
          <label htmlFor={inputId} className="visually-hidden">{label}</label>
          <select
            id={inputId}
            className="kiosk-input"
            value={typeof draft === 'string' ? draft : ''}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => {
              setDraft(e.target.value);
              setError(undefined);
            }}
          >
            <option value="">{t('choose')}</option>
            {/* In the reader's alphabetical order (state names differ by language). */}
            {q.options
              .map((o) => ({ o, label: optionLabel(o) }))
              .sort((a, b) => new Intl.Collator(i18n.language).compare(a.label, b.label))
              .map(({ o, label }) => (
                <option key={o} value={o}>{label}</option>
              ))}
          </select>
        </div>
      )}
      {(q.kind === 'choice' || q.kind === 'multi') && (
        <fieldset className="kiosk-options" aria-describedby={describedBy}>
          <legend className="visually-hidden">{label}</legend>
          {q.options.map((o) => {
            const checked = q.kind === 'choice' ? draft === o : Array.isArray(draft) && draft.includes(o);
            return (
              <label key={o} className={`kiosk-option${checked ? ' is-checked' : ''}`}>
                <input
                  type={q.kind === 'choice' ? 'radio' : 'checkbox'}
                  name={`${id}-${q.id}`}
                  value={o}
                  checked={checked}
                  onChange={(e) => {
                    setError(undefined);
                    if (q.kind === 'choice') setDraft(o);
                    else {
                      const cur = Array.isArray(draft) ? draft : [];
                      setDraft(e.target.checked ? [...cur, o] : cur.filter((x) => x !== o));
                    }
                  }}
                />
                <span>{optionLabel(o)}</span>
              </label>
            );
          })}
        </fieldset>
      )}
      {error && (
        <p id={errorId} className="kiosk-error" role="alert">
          {t(`errors.${error}`, { field: label, min: 'min' in q ? q.min : 0, max: 'max' in q ? q.max : 0 })}
        </p>
      )}
      {/* Back at the start, Next at the end of the line: they swap sides in right-to-left languages. */}
      <div className="kiosk-actions kiosk-nav">
        <button type="button" className="secondary" onClick={onBack}>{t('back')}</button>
        {optional && (
          <button type="button" className="secondary" onClick={() => onAnswer(undefined)}>{t('skip')}</button>
        )}
        <button type="submit" className="primary kiosk-next">{t('next')}</button>
      </div>
    </form>
  );
}
