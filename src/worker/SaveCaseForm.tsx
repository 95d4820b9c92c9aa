/** Save the screened family as a case: a family label (encrypted), their language, and the referrals. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages';
import type { ProgramId } from '../../rules/core/types';
import type { Override, ProgramResult } from './contracts';

/** Programs referred by default: likely/possibly, plus "refer anyway", minus "not now". */
export function defaultReferrals(results: readonly ProgramResult[], overrides: readonly Override[]): ProgramId[] {
  const decision = new Map(overrides.map((o) => [o.program, o.decision]));
  return results
    .filter((r) => decision.get(r.program) === 'refer_anyway' || (decision.get(r.program) !== 'not_now' && (r.status === 'likely' || r.status === 'possibly')))
    .map((r) => r.program);
}

export function SaveCaseForm({ results, overrides, busy, error, onSave, onCancel }: {
  results: ProgramResult[];
  overrides: Override[];
  busy: boolean;
  error: string | null;
  onSave(v: { familyLabel: string; familyLanguage: string; programs: ProgramId[] }): void;
  onCancel(): void;
}) {
  const { t, i18n } = useTranslation('worker');
  const id = useId();
  const [label, setLabel] = useState('');
  const [lng, setLng] = useState(i18n.language);
  const [programs, setPrograms] = useState<ProgramId[]>(() => defaultReferrals(results, overrides));
  const [missing, setMissing] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!label.trim()) return setMissing(true);
    onSave({ familyLabel: label.trim(), familyLanguage: lng, programs });
  }

  return (
    <form onSubmit={submit} noValidate autoComplete="off" className="worker-form" aria-labelledby={`${id}-h`}>
      <h1 id={`${id}-h`}>{t('save.heading')}</h1>
      <div className="field">
        <label htmlFor={`${id}-l`}>{t('save.label')}</label>
        <input id={`${id}-l`} value={label} onChange={(e) => setLabel(e.target.value)} autoComplete="off" aria-describedby={`${id}-lh`} aria-invalid={missing && !label.trim()} />
        <p id={`${id}-lh`} className="hint">{t('save.labelHint')}</p>
        {missing && !label.trim() && <p role="alert" className="worker-error">{t('save.required')}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-g`}>{t('save.language')}</label>
        <select id={`${id}-g`} value={lng} onChange={(e) => setLng(e.target.value)}>
          {LANGUAGES.map((l) => <option key={l.code} value={l.code} lang={l.code}>{l.nativeName}</option>)}
        </select>
      </div>
      <fieldset>
        <legend>{t('save.refer')}</legend>
        {results.map((r) => (
          <label key={r.program} className="worker-check">
            <input
              type="checkbox"
              checked={programs.includes(r.program)}
              onChange={(e) => setPrograms((p) => (e.target.checked ? [...p, r.program] : p.filter((x) => x !== r.program)))}
            />
            {t(`program.${r.program}`)} — {t(`resultStatus.${r.status}`)}
          </label>
        ))}
      </fieldset>
      {error && <p role="alert" className="worker-error">{t(error)}</p>}
      <div className="worker-inline">
        <button type="submit" className="primary" disabled={busy}>{t('save.save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('save.cancel')}</button>
      </div>
    </form>
  );
}
