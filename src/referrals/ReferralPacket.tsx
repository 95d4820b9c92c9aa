/**
 * Print-ready referral packet: one page per referred program (print CSS page breaks), in the
 * family's language and the worker's language, one after the other on the page (each column in
 * its own language and direction). Texts come from i18next `getFixedT(lng)` per language.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { languageDir } from '../i18n/languages';
import type { CaseData } from '../cases/vault';
import type { ProgramResult } from '../../rules/core/types';
import { contactFromSteps, stateContact, stateName } from './contacts';
import { DOCUMENTS } from './documents';
import { REASON_NAMESPACES, reasonNamespace } from './reasons';
import type { Referral } from './model';
import '../styles/print.css';

export function PacketColumn({ t, lng, data, referral, result, date }: { t: TFunction; lng: string; data: CaseData; referral: Referral; result?: ProgramResult; date: string }) {
  const state = data.request.location.state;
  const contact = stateContact(state, referral.program) ?? contactFromSteps(result);
  const reasons = (result?.reasons ?? [])
    .map((r) => t(r.code, { ns: reasonNamespace(r.code), ...r.values, defaultValue: '' }))
    .filter((s): s is string => typeof s === 'string' && s.length > 0);
  const fmtDate = (d: string) => new Intl.DateTimeFormat(lng, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));

  return (
    <div className="packet-column" lang={lng} dir={languageDir(lng)}>
      <p className="packet-meta">{t('packet.for', { label: data.familyLabel })} · {t('packet.date', { date: fmtDate(date) })}</p>
      <h2>{t(`program.${referral.program}`)}</h2>
      {contact?.programName && <p className="packet-program-name">{t('packet.programName', { name: contact.programName })}</p>}
      <p>{t('packet.status', { status: t(`status.${referral.status}`) })}</p>
      {referral.followUp && <p>{t('packet.followUp', { date: fmtDate(referral.followUp) })}</p>}
      {result?.estimate?.monthly !== undefined && result.estimate.monthly > 0 && <p>{t('packet.estimate', { amount: result.estimate.monthly })}</p>}
      {result?.estimate?.monthly === undefined && result?.estimate?.annual !== undefined && result.estimate.annual > 0 && <p>{t('packet.estimateYear', { amount: result.estimate.annual })}</p>}
      {reasons.length > 0 && (
        <>
          <h3>{t('packet.why')}</h3>
          <ul>{reasons.map((r, i) => <li key={i}>{r}</li>)}</ul>
        </>
      )}
      <h3>{t('packet.bring')}</h3>
      <ul>{DOCUMENTS[referral.program].map((d) => <li key={d}>{t(`packet.doc.${d}`)}</li>)}</ul>
      <p className="hint">{t('packet.bringNote')}</p>
      <h3>{t('packet.howToApply')}</h3>
      {contact ? (
        <ul>
          {contact.agency && <li>{t('packet.agency', { agency: contact.agency })}</li>}
          {contact.url && <li>{t('packet.website', { url: contact.url })}</li>}
          {contact.phone && <li>{t('packet.phone', { phone: contact.phone })}</li>}
        </ul>
      ) : (
        <p>{t('packet.noContact', { state: stateName(state) ?? state })}</p>
      )}
      {referral.note && <p>{t('packet.note', { note: referral.note })}</p>}
      <p className="packet-disclaimer">{t('packet.notADecision')}</p>
    </div>
  );
}

export function ReferralPacket({ data, familyLanguage, workerLanguage, date }: { data: CaseData; familyLanguage: string; workerLanguage: string; date: string }) {
  const { i18n } = useTranslation('worker');
  const langs = familyLanguage === workerLanguage ? [familyLanguage] : [familyLanguage, workerLanguage];
  const [ready, setReady] = useState(false);
  const key = langs.join('|');

  useEffect(() => {
    let live = true;
    const ls = key.split('|');
    Promise.all([i18n.loadLanguages(ls), i18n.loadNamespaces(['worker', ...REASON_NAMESPACES])])
      .then(() => Promise.all(ls.map((l) => i18n.loadLanguages(l))))
      .then(() => { if (live) setReady(true); }, () => { if (live) setReady(true); });
    return () => { live = false; };
  }, [i18n, key]);

  if (!ready) return null;
  if (data.referrals.length === 0) {
    const t = i18n.getFixedT(workerLanguage, 'worker');
    return <p>{t('packet.empty')}</p>;
  }
  return (
    <div className="packet">
      {data.referrals.map((r) => (
        <article key={r.program} className="packet-page" aria-label={i18n.getFixedT(workerLanguage, 'worker')(`program.${r.program}`)}>
          {langs.map((lng) => (
            <PacketColumn key={lng} t={i18n.getFixedT(lng, 'worker')} lng={lng} data={data} referral={r} result={data.results.find((x) => x.program === r.program)} date={date} />
          ))}
        </article>
      ))}
    </div>
  );
}
