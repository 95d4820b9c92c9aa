/**
 * PLACEHOLDER for src/results/ResultsView (built on the `worker` branch): same props. Lists each
 * program's status and lets the worker override it; swapped out in src/worker/slots.ts.
 */
import { useTranslation } from 'react-i18next';
import type { ResultsViewProps } from './contracts';

export function PlaceholderResults({ results, overrides, onOverride }: ResultsViewProps) {
  const { t } = useTranslation('worker');
  return (
    <ul className="worker-results">
      {results.map((r) => {
        const o = overrides.find((x) => x.program === r.program);
        return (
          <li key={r.program}>
            <strong>{t(`program.${r.program}`)}</strong> — {t(`resultStatus.${r.status}`)}
            {o && <> · {t(o.decision === 'refer_anyway' ? 'results.referAnyway' : 'results.notNow')}</>}
            <div className="worker-inline">
              <button type="button" className="secondary" aria-pressed={o?.decision === 'refer_anyway'} onClick={() => onOverride({ program: r.program, decision: 'refer_anyway', note: '', at: new Date().toISOString() })}>{t('results.referAnyway')}</button>
              <button type="button" className="secondary" aria-pressed={o?.decision === 'not_now'} onClick={() => onOverride({ program: r.program, decision: 'not_now', note: '', at: new Date().toISOString() })}>{t('results.notNow')}</button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
