/** Home of worker mode: new screening, the unfinished draft, follow-ups due, and the case list with search. */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchCases } from '../cases/search';
import type { CaseSummary } from '../cases/vault';
import { dueList } from '../referrals/model';
import { stateName } from '../referrals/contacts';

export interface CaseListProps {
  cases: CaseSummary[];
  hasDraft: boolean;
  today: string;
  onNew(): void;
  /** Import a family's kiosk code (the button shows when given). */
  onImportKiosk?(): void;
  onContinueDraft(): void;
  onDiscardDraft(): void;
  onOpen(id: string): void;
  onSettings(): void;
}

export function CaseList({ cases, hasDraft, today, onNew, onImportKiosk, onContinueDraft, onDiscardDraft, onOpen, onSettings }: CaseListProps) {
  const { t, i18n } = useTranslation('worker');
  const id = useId();
  const [query, setQuery] = useState('');
  const shown = useMemo(
    () => searchCases(cases, query, { program: (p) => t(`program.${p}`), status: (s) => t(`status.${s}`), state: stateName }),
    [cases, query, t],
  );
  const due = useMemo(() => dueList(cases.map((c) => ({ id: c.row.id, referrals: c.referrals })), today), [cases, today]);
  const labelOf = (caseId: string) => cases.find((c) => c.row.id === caseId)?.familyLabel ?? '';
  const fmtDate = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: iso.length === 10 ? 'UTC' : undefined }).format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));

  return (
    <section className="worker-home" aria-labelledby={`${id}-h`}>
      <h1 id={`${id}-h`}>{t('home.pageHeading')}</h1>
      <div className="worker-inline">
        <button type="button" className="primary" onClick={onNew}>{t('home.newScreening')}</button>
        {onImportKiosk && <button type="button" className="secondary" onClick={onImportKiosk}>{t('home.importKiosk')}</button>}
        <button type="button" className="secondary" onClick={onSettings}>{t('home.settings')}</button>
      </div>
      {hasDraft && (
        <div className="worker-notice" role="region" aria-label={t('home.draftFound')}>
          <p>{t('home.draftFound')}</p>
          <div className="worker-inline">
            <button type="button" className="primary" onClick={onContinueDraft}>{t('home.continueDraft')}</button>
            <button type="button" className="secondary" onClick={onDiscardDraft}>{t('home.discardDraft')}</button>
          </div>
        </div>
      )}

      <section aria-labelledby={`${id}-due`}>
        <h2 id={`${id}-due`}>{t('home.dueHeading')}</h2>
        {due.length === 0 ? <p>{t('home.dueEmpty')}</p> : (
          <ul className="worker-due">
            {due.map((d) => (
              <li key={`${d.caseId}-${d.program}`} className={d.overdue ? 'is-overdue' : undefined}>
                <button type="button" className="link-button worker-link" onClick={() => onOpen(d.caseId)}>{labelOf(d.caseId)}</button>
                {' · '}{t(`program.${d.program}`)}{' · '}{t(`status.${d.status}`)}{' · '}
                <span>{d.overdue ? t('home.overdue', { date: fmtDate(d.followUp) }) : t('home.dueToday')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${id}-cases`}>
        <h2 id={`${id}-cases`}>{t('home.heading')}</h2>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('home.search')}</label>
          <input id={`${id}-q`} type="search" autoComplete="off" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby={`${id}-qh`} />
          <p id={`${id}-qh`} className="hint">{t('home.searchHint')}</p>
        </div>
        {cases.length === 0 ? <p>{t('home.empty')}</p> : shown.length === 0 ? <p role="status">{t('home.noMatch')}</p> : (
          <ul className="worker-cases">
            {shown.map((c) => (
              <li key={c.row.id}>
                <button type="button" className="link-button worker-link" onClick={() => onOpen(c.row.id)}>{c.familyLabel}</button>
                <div className="hint">
                  {[c.row.county, stateName(c.row.state) ?? c.row.state].filter(Boolean).join(', ')}
                  {' · '}{t('home.householdSize', { n: c.row.householdSize })}
                  {' · '}{t('home.updated', { date: fmtDate(c.row.updatedAt) })}
                </div>
                <div className="hint">
                  {c.row.programs.length ? t('home.referred', { list: c.referrals.map((r) => `${t(`program.${r.program}`)} (${t(`status.${r.status}`)})`).join('; ') }) : t('home.noReferrals')}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
