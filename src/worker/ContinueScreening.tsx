/**
 * On the results of a family's kiosk code: "Continue the screening with these answers" starts the
 * worker's full screening with the kiosk answers filled in (answersFromRequest), so the worker asks
 * the rest with the family. An unfinished screening draft on the device is never replaced without
 * asking first. The continued screening keeps the kiosk's screening date (the rules apply by it)
 * unless the worker changes it on the first screen; when that date is in an earlier federal fiscal
 * year than today, the worker is told that today's rules and amounts may differ.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answersFromRequest } from '../screening/from-request';
import { earlierFiscalYear, federalFiscalYear } from '../screening/questions';
import type { ScreeningDraft, ScreeningRequest } from './contracts';

export interface ContinueScreeningProps {
  request: ScreeningRequest;
  /** The worker's today (YYYY-MM-DD), to compare with the kiosk's screening date. */
  today: string;
  /** Whether an unfinished screening draft is stored (asked at the moment of the click). */
  hasDraft(): Promise<boolean>;
  /** Start the screening from this draft (the host saves it in place of any old one). */
  onContinue(draft: ScreeningDraft): void;
}

/** The draft a continued screening starts from: the kiosk answers, at the first screen. */
export function draftFromRequest(request: ScreeningRequest, now = new Date()): ScreeningDraft {
  return { answers: answersFromRequest(request), currentQuestionId: 'location', updatedAt: now.toISOString() };
}

export function ContinueScreening({ request, today, hasDraft, onContinue }: ContinueScreeningProps) {
  const { t, i18n } = useTranslation(['worker', 'screening']);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${request.date}T00:00:00Z`));
  const olderYear = earlierFiscalYear(request.date, today);
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [checking, setChecking] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) dialog.current?.focus();
  }, [confirming]);

  async function start() {
    setChecking(true);
    try {
      if (await hasDraft()) setConfirming(true);
      else onContinue(draftFromRequest(request));
    } finally {
      setChecking(false);
    }
  }

  return (
    <div className="worker-continue">
      <p id={`${id}-hint`} className="hint">{t('import.continueHint')}</p>
      <p id={`${id}-date`} className="hint">{t('import.keepsDate', { date })}</p>
      {olderYear && (
        <p id={`${id}-fy`} className="worker-warning">
          {t('screening:dateNote', { fy: federalFiscalYear(request.date), todayFy: federalFiscalYear(today) })}
        </p>
      )}
      <button ref={button} type="button" className="primary" aria-describedby={`${id}-hint ${id}-date${olderYear ? ` ${id}-fy` : ''}`} disabled={checking || confirming} onClick={() => void start()}>
        {t('import.continue')}
      </button>
      {confirming && (
        <div ref={dialog} tabIndex={-1} role="alertdialog" aria-labelledby={`${id}-replace`} className="worker-notice">
          <p id={`${id}-replace`}>{t('import.replaceDraft')}</p>
          <div className="worker-inline">
            <button type="button" className="primary danger" onClick={() => onContinue(draftFromRequest(request))}>{t('import.replaceYes')}</button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setConfirming(false);
                // Back to the button the worker pressed (it is enabled again on the next render).
                setTimeout(() => button.current?.focus(), 0);
              }}
            >
              {t('import.replaceNo')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
