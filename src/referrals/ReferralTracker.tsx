/** One referral's status (only allowed moves offered), follow-up date, note and history. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSITIONS, isOpen, transition, type Referral, type ReferralStatus } from './model';

export function ReferralTracker({ referral, onChange, now }: { referral: Referral; onChange(r: Referral): void; now(): string }) {
  const { t, i18n } = useTranslation('worker');
  const id = useId();
  const fmt = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const options: ReferralStatus[] = [referral.status, ...TRANSITIONS[referral.status]];

  return (
    <fieldset className="worker-referral">
      <legend>{t(`program.${referral.program}`)}</legend>
      <div className="worker-inline">
        <div className="field">
          <label htmlFor={`${id}-s`}>{t('case.status')}</label>
          <select id={`${id}-s`} value={referral.status} onChange={(e) => onChange(transition(referral, e.target.value as ReferralStatus, now()))}>
            {options.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
        </div>
        {isOpen(referral.status) && (
          <div className="field">
            <label htmlFor={`${id}-f`}>{t('case.followUp')}</label>
            <input
              id={`${id}-f`}
              type="date"
              value={referral.followUp ?? ''}
              onChange={(e) => {
                const next: Referral = { ...referral };
                if (e.target.value) next.followUp = e.target.value;
                else delete next.followUp;
                onChange(next);
              }}
            />
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-n`}>{t('case.note')}</label>
        <textarea id={`${id}-n`} rows={2} value={referral.note} onChange={(e) => onChange({ ...referral, note: e.target.value })} />
      </div>
      <details>
        <summary>{t('case.history')}</summary>
        <ul>
          {referral.history.map((h, i) => <li key={i}>{t('case.historyItem', { status: t(`status.${h.status}`), date: fmt(h.at) })}</li>)}
        </ul>
      </details>
    </fieldset>
  );
}
