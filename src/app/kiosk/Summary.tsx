import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadAloudButton } from '../../i18n/ReadAloudButton';
import { parseScreeningRequest } from '../../domain/screening-request';
import { encodeKioskPayload } from './payload';
import { KIOSK_QUESTIONS, answersToRequest, type Answers } from './questions';

/**
 * The page the person hands to staff: their answers in their language, and a QR code holding the
 * screening request that a worker's device imports without any network. Printable (see print CSS).
 */
export function Summary({ answers, date, onFinish }: { answers: Answers; date: string; onFinish: () => void }) {
  const { t } = useTranslation('kiosk');
  const [qr, setQr] = useState<{ svg: string; text: string } | 'error' | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const parsed = parseScreeningRequest(answersToRequest(answers, date));

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    let live = true;
    (async () => {
      if (!parsed.ok) throw new Error('invalid request');
      const [{ default: QRCode }, text] = await Promise.all([import('qrcode'), encodeKioskPayload(parsed.request)]);
      const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
      if (live) setQr({ svg: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, text });
    })().catch(() => live && setQr('error'));
    return () => {
      live = false;
    };
    // The answers cannot change on this screen; encode once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const people = parsed.ok ? parsed.request.household.members.length : 1;
  const income = parsed.ok ? parsed.request.household.members[0]?.incomes[0]?.amount ?? 0 : 0;
  const display = (id: string): string => {
    const v = answers[id];
    if (v === undefined || v === '' || (Array.isArray(v) && !v.length)) return t('summary.noAnswer');
    const q = KIOSK_QUESTIONS.find((x) => x.id === id);
    const label = (o: string) => (q && 'optionKey' in q && q.optionKey ? t(`options.${q.optionKey}.${o}`) : o);
    return Array.isArray(v) ? v.map(label).join(', ') : label(v);
  };
  const lines = [
    t('summary.people', { count: people }),
    t('summary.income', { amount: income }),
    t('summary.date', { date: new Date(`${date}T12:00:00`), formatParams: { date: { dateStyle: 'long' } } }),
  ];

  return (
    <section className="kiosk-summary" aria-labelledby="kiosk-summary-heading">
      <h1 id="kiosk-summary-heading" ref={heading} tabIndex={-1}>{t('summary.heading')}</h1>
      <p>{t('summary.forStaff')}</p>
      <ReadAloudButton text={() => [t('summary.heading'), t('summary.forStaff'), ...lines].join('. ')} />
      <ul className="kiosk-summary-facts">
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <div className="kiosk-qr">
        {/* data-payload: the exact text the code holds (what a worker's scanner reads), for checks. */}
        {qr && qr !== 'error' && <img src={qr.svg} alt={t('summary.qrLabel')} width={280} height={280} data-payload={qr.text} />}
        {qr === 'error' && <p role="alert">{t('summary.qrError')}</p>}
      </div>
      <h2>{t('summary.answersHeading')}</h2>
      <dl className="kiosk-answers">
        {KIOSK_QUESTIONS.map((q) => (
          <div key={q.id}>
            <dt>{t(`q.${q.id}.label`)}</dt>
            <dd>{display(q.id)}</dd>
          </div>
        ))}
      </dl>
      <div className="kiosk-actions no-print">
        <button type="button" className="primary" onClick={() => window.print()}>{t('summary.print')}</button>
        <button type="button" className="secondary" onClick={onFinish}>{t('summary.finish')}</button>
      </div>
    </section>
  );
}
