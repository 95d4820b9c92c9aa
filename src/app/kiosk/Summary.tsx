import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ReadAloudButton } from '../../i18n/ReadAloudButton';
import { languageDir } from '../../i18n/languages';
import { parseScreeningRequest } from '../../domain/screening-request';
import { encodeKioskPayload } from './payload';
import { KIOSK_QUESTIONS, answersToRequest, optionKeyOf, parseAges, parseNumber, type Answers } from './questions';

/** One answer as text in `lng`: option labels translated, numbers and money in that language's format. */
function answerText(t: TFunction, lng: string, answers: Answers, id: string): string {
  const v = answers[id];
  if (v === undefined || v === '' || (Array.isArray(v) && !v.length)) return t('summary.noAnswer');
  const q = KIOSK_QUESTIONS.find((x) => x.id === id);
  const label = (o: string) => {
    const key = q && optionKeyOf(q, o);
    return key ? t(key) : o;
  };
  if (Array.isArray(v)) return new Intl.ListFormat(lng, { type: 'unit', style: 'short' }).format(v.map(label));
  if (q?.kind === 'number') {
    const n = parseNumber(v);
    if (Number.isFinite(n)) return q.money ? new Intl.NumberFormat(lng, { style: 'currency', currency: 'USD' }).format(n) : new Intl.NumberFormat(lng).format(n);
  }
  if (q?.kind === 'ages') {
    const ages = parseAges(v);
    if (ages) return new Intl.ListFormat(lng, { type: 'unit', style: 'short' }).format(ages.map((a) => new Intl.NumberFormat(lng).format(a)));
  }
  return label(v);
}

/** Question → answer list in one language. */
function AnswerList({ t, lng, answers }: { t: TFunction; lng: string; answers: Answers }) {
  return (
    <dl className="kiosk-answers">
      {KIOSK_QUESTIONS.map((q) => (
        <div key={q.id}>
          <dt>{t(`q.${q.id}.label`)}</dt>
          <dd>{answerText(t, lng, answers, q.id)}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * On-screen size of the QR code: at least 5 screen pixels per module (with the 4-module quiet zone
 * on each side) so a phone or laptop camera can read a bigger household's code off the screen;
 * 280 px minimum, 480 px maximum (it still shrinks to fit narrow screens).
 */
function qrPixels(modules: number): number {
  return Math.min(480, Math.max(280, (modules + 8) * 5));
}

/**
 * The page the person hands to staff: their answers in their language, and a QR code holding the
 * screening request that a worker's device imports without any network. Printable (see print CSS).
 */
export function Summary({ answers, date, onFinish, staffLanguage }: { answers: Answers; date: string; onFinish: () => void; staffLanguage?: string }) {
  const { t, i18n } = useTranslation('kiosk');
  const lng = i18n.language;
  // A copy of the answers in the staff's language (the kiosk's own language), when the family chose another.
  const staff = staffLanguage && staffLanguage !== lng ? staffLanguage : undefined;
  const [staffReady, setStaffReady] = useState(() => !staff || i18n.hasResourceBundle(staff, 'kiosk'));
  useEffect(() => {
    if (!staff || staffReady) return undefined;
    let live = true;
    void i18n.loadLanguages(staff).then(() => live && setStaffReady(true));
    return () => {
      live = false;
    };
  }, [i18n, staff, staffReady]);
  const [qr, setQr] = useState<{ svg: string; text: string; px: number } | 'error' | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const parsed = parseScreeningRequest(answersToRequest(answers, date));

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    let live = true;
    (async () => {
      if (!parsed.ok) throw new Error('invalid request');
      const [{ default: QRCode }, text] = await Promise.all([import('qrcode'), encodeKioskPayload(parsed.request)]);
      const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
      const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.size;
      if (live) setQr({ svg: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, text, px: qrPixels(modules) });
    })().catch(() => live && setQr('error'));
    return () => {
      live = false;
    };
    // The answers cannot change on this screen; encode once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const people = parsed.ok ? parsed.request.household.members.length : 1;
  const incomeAnswered = typeof answers.income === 'string' && answers.income.trim() !== '';
  const income = parsed.ok ? parsed.request.household.members[0]?.incomes[0]?.amount ?? 0 : 0;
  const lines = [
    t('summary.people', { count: people }),
    // A skipped income question is "not answered", never "$0".
    ...(incomeAnswered ? [t('summary.income', { amount: income })] : []),
    t('summary.date', { date: new Date(`${date}T12:00:00`), formatParams: { date: { dateStyle: 'long' } } }),
  ];
  const staffT = staff && staffReady ? i18n.getFixedT(staff, 'kiosk') : undefined;

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
        {qr && qr !== 'error' && <img src={qr.svg} alt={t('summary.qrLabel')} width={qr.px} height={qr.px} style={{ '--qr-size': `${qr.px}px`, '--qr-scale': (qr.px / 280).toFixed(3) } as CSSProperties} data-payload={qr.text} />}
        {qr === 'error' && <p role="alert">{t('summary.qrError')}</p>}
      </div>
      <h2>{t('summary.answersHeading')}</h2>
      <AnswerList t={t} lng={lng} answers={answers} />
      {staff && staffT && (
        <section className="kiosk-staff-copy" lang={staff} dir={languageDir(staff)} aria-labelledby="kiosk-staff-heading">
          <h2 id="kiosk-staff-heading">{staffT('summary.staffHeading')}</h2>
          <p>{staffT('summary.date', { date: new Date(`${date}T12:00:00`), formatParams: { date: { dateStyle: 'long' } } })}</p>
          <AnswerList t={staffT} lng={staff} answers={answers} />
        </section>
      )}
      <div className="kiosk-actions no-print">
        <button type="button" className="primary" onClick={() => window.print()}>{t('summary.print')}</button>
        <button type="button" className="secondary" onClick={onFinish}>{t('summary.finish')}</button>
      </div>
    </section>
  );
}
