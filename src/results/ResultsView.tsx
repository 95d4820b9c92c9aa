/**
 * Every program's result, explained: status, estimate, plain-language reasons with the rule cited,
 * what is missing, documents to bring, how and where to apply, immigration and public-charge
 * facts, and the worker's override. Reason and next-step codes are rendered from the reasons-*
 * namespaces; a code without text shows as the code itself with its values (never a crash).
 * Policy stays in rules/: this screen only orders and displays ProgramResult[].
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReasonValue } from '../../rules/core/types';
import { householdHasNoncitizenOrUnknown } from '../../rules/core/public-charge';
import { sharesProgramName } from '../referrals/contacts';
import { fieldForPath } from '../screening/questions';
import { orderResults, urgentNeeds, type Ordered } from './order';
import type { Override, OverrideDecision, ProgramResult, ResultsViewProps, ScreeningRequest } from './types';
import './results.css';

export type { Override, ResultsViewProps } from './types';

export const REASON_NAMESPACES = ['reasons-core', 'reasons-snap', 'reasons-work', 'reasons-health', 'reasons-housing'] as const;
/** Everything this view reads: listing them makes react-i18next load them before it renders. */
const VIEW_NAMESPACES = ['results', 'screening', ...REASON_NAMESPACES];

/**
 * Reasons about immigration status or public charge are shown under their own heading, and only
 * when someone in the household is not a citizen or gave no status (they are noise otherwise).
 */
export function isFact(code: string): boolean {
  return code.startsWith('public_charge.') || code.startsWith('immigration.')
    || /immigra|citizen|qualified|five_year|parole|refugee|lawful|undocumented|sponsor/.test(code.split('.')[1] ?? '');
}
/** Public-charge facts that are the same for every program: shown once for the household. */
const HOUSEHOLD_FACTS = new Set([
  'public_charge.family_members_benefits_not_considered', 'public_charge.only_some_immigrants_subject',
  'public_charge.exempt_groups', 'public_charge.proposed_rule_not_final', 'public_charge.rule_unknown_for_date',
  'public_charge.member_exempt_group',
]);
/** Contact fields in next-step values rendered as contact lines, not interpolated text. */
const CONTACT_KEYS = new Set(['agency', 'programName', 'url', 'phone', 'source', 'contact', 'program', 'state', 'documents']);

type T = (key: string, opts?: Record<string, unknown>) => string;

function memberName(t: T, request: ScreeningRequest, id: string): string {
  const i = request.household.members.findIndex((m) => m.id === id);
  if (i < 0) return id;
  const m = request.household.members[i]!;
  return i === 0 ? t('screening:memberSelfAge', { age: m.age }) : t('screening:memberAge', { n: i + 1, age: m.age });
}

/** Values with codes turned into words (program, immigration status, member) for interpolation. */
function displayValues(t: T, request: ScreeningRequest, values: Record<string, ReasonValue> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { ...values };
  if (typeof values.program === 'string') out.program = t(`results:programs.${values.program}`, { defaultValue: values.program });
  if (typeof values.status === 'string') out.status = t(`screening:options.immigration.${values.status}`, { defaultValue: values.status });
  if (typeof values.member === 'string') out.member = memberName(t, request, values.member);
  return out;
}

function CodeText({ code, values, request }: { code: string; values?: Record<string, ReasonValue>; request: ScreeningRequest }) {
  const { t, i18n } = useTranslation('results');
  const ns = [...REASON_NAMESPACES];
  if (!i18n.exists(code, { ns })) {
    const shown = Object.entries(values ?? {}).filter(([, v]) => v !== null && v !== undefined);
    return (
      <span className="results-code" title={t('unknownCode')}>
        <code>{code}</code>
        {shown.length > 0 && <> <code>{shown.map(([k, v]) => `${k}=${String(v)}`).join(', ')}</code></>}
      </span>
    );
  }
  return <>{t(code, { ns, ...displayValues(t as T, request, values) })}</>;
}

export function ResultsView({ request, results, overrides, onOverride, frsMode }: ResultsViewProps) {
  const { t } = useTranslation(VIEW_NAMESPACES);
  const ordered = orderResults(results, frsMode);
  const urgent = urgentNeeds(request);
  const showFacts = householdHasNoncitizenOrUnknown(request);
  const householdFacts = new Map<string, { code: string; values: Record<string, ReasonValue>; citation: string }>();
  if (showFacts) {
    for (const r of results) {
      for (const reason of r.reasons) {
        if (HOUSEHOLD_FACTS.has(reason.code)) householdFacts.set(`${reason.code}:${JSON.stringify(reason.values)}`, reason);
      }
    }
  }
  const concrete = ordered.filter((o) => o.group !== undefined);
  const rest = ordered.filter((o) => o.group === undefined);

  return (
    // The host screen gives the page its heading ("Results"); sections here start at h2.
    <div className="results">
      <p>{t('intro')}</p>
      {urgent.length > 0 && (
        <div className="results-urgent" role="alert" aria-labelledby="results-urgent-heading">
          <h2 id="results-urgent-heading">{t('urgent.heading')}</h2>
          <ul>{urgent.map((u) => <li key={u}>{t(`urgent.${u}`)}</li>)}</ul>
        </div>
      )}
      {frsMode ? (
        <>
          <p>{t('frsOn')}</p>
          <h2>{t('sections.concrete')}</h2>
          {concrete.map((o) => <ProgramCard key={o.result.program} item={o} request={request} overrides={overrides} onOverride={onOverride} showFacts={showFacts} />)}
          <h2>{t('sections.other')}</h2>
          {rest.map((o) => <ProgramCard key={o.result.program} item={o} request={request} overrides={overrides} onOverride={onOverride} showFacts={showFacts} />)}
        </>
      ) : (
        ordered.map((o) => <ProgramCard key={o.result.program} item={{ result: o.result }} request={request} overrides={overrides} onOverride={onOverride} showFacts={showFacts} />)
      )}
      {householdFacts.size > 0 && (
        <section className="results-household-facts" aria-labelledby="results-facts-heading">
          <h2 id="results-facts-heading">{t('householdFactsHeading')}</h2>
          <ul>
            {[...householdFacts.values()].map((r) => (
              <li key={`${r.code}:${JSON.stringify(r.values)}`}>
                <CodeText code={r.code} values={r.values} request={request} />
                <small className="results-citation"> {t('citation', { citation: r.citation })}</small>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function ProgramCard({ item, request, overrides, onOverride, showFacts }: {
  item: Ordered; request: ScreeningRequest; overrides: Override[]; onOverride(o: Override): void; showFacts: boolean;
}) {
  const { t } = useTranslation('results');
  const id = useId();
  const r: ProgramResult = item.result;
  const reasons = r.reasons.filter((x) => !isFact(x.code));
  const facts = showFacts ? r.reasons.filter((x) => isFact(x.code) && !HOUSEHOLD_FACTS.has(x.code)) : [];
  const docs = r.nextSteps.filter((s) => s.code === 'bring_documents').flatMap((s) => String(s.values?.documents ?? '').split(',').filter(Boolean));
  const steps = r.nextSteps.filter((s) => s.code !== 'bring_documents');
  const bringStep = r.nextSteps.find((s) => s.code === 'bring_documents');
  const missing = [...new Set(r.missing)];
  const excluded = r.excludedMembers ?? [];

  return (
    <article className={`results-program results-${r.status}`} aria-labelledby={`${id}-name`} data-program={r.program}>
      <h3 id={`${id}-name`}>
        {t(`programs.${r.program}`)}
        {item.group && <span className="results-group"> · {t(`group.${item.group}`)}</span>}
      </h3>
      <p className="results-status"><strong>{t(`status.${r.status}`)}</strong></p>
      {r.estimate?.monthly !== undefined && r.estimate.monthly > 0 && <p className="results-estimate">{t('estimate.monthly', { amount: r.estimate.monthly })}</p>}
      {r.estimate?.annual !== undefined && r.estimate.annual > 0 && <p className="results-estimate">{t('estimate.annual', { amount: r.estimate.annual })}</p>}
      {r.stale && <p className="results-stale">{t('stale')}</p>}
      {r.needsVerification && r.needsVerification.length > 0 && <p className="results-verify">{t('needsVerification', { count: r.needsVerification.length })}</p>}
      {excluded.length > 0 && <p>{t('excluded', { names: excluded.map((m) => memberName(t as T, request, m)).join(', ') })}</p>}

      <CitedList heading={t('reasonsHeading')} className="results-reasons" items={reasons} request={request} />

      {missing.length > 0 && (
        <>
          <h4>{t('missingHeading')}</h4>
          <ul className="results-missing">
            {missing.map((path) => {
              const f = fieldForPath(path);
              if (!f) return <li key={path}><code>{path}</code></li>;
              const who = f.member !== undefined ? memberName(t as T, request, request.household.members[f.member - 1]?.id ?? '') : '';
              return <li key={path}>{t(`screening:${f.labelKey}`, { n: 1 })}{who && ` (${who})`}</li>;
            })}
          </ul>
        </>
      )}

      {(steps.length > 0 || docs.length > 0) && <h4>{t('nextHeading')}</h4>}
      {steps.length > 0 && (
        <ul className="results-next">
          {steps.map((s, i) => <li key={`${s.code}-${i}`}><NextStepText step={s} request={request} /></li>)}
        </ul>
      )}
      {docs.length > 0 && (
        <>
          <h4>{t('documentsHeading')}</h4>
          {bringStep && <p><CodeText code="bring_documents" values={{}} request={request} /></p>}
          <ul className="results-documents">
            {docs.map((d) => <li key={d}><CodeText code={`documents.${d}`} request={request} /></li>)}
          </ul>
        </>
      )}

      <CitedList heading={t('factsHeading')} className="results-facts" items={facts} request={request} />

      <OverrideControl program={r.program} overrides={overrides} onOverride={onOverride} />
    </article>
  );
}

/** A headed list of reasons or facts, each in plain words with the rule it cites (nothing when empty). */
function CitedList({ heading, className, items, request }: { heading: string; className: string; items: ProgramResult['reasons']; request: ScreeningRequest }) {
  const { t } = useTranslation('results');
  if (items.length === 0) return null;
  return (
    <>
      <h4>{heading}</h4>
      <ul className={className}>
        {items.map((x, i) => (
          <li key={`${x.code}-${i}`}>
            <CodeText code={x.code} values={x.values} request={request} />
            <small className="results-citation"> {t('citation', { citation: x.citation })}</small>
          </li>
        ))}
      </ul>
    </>
  );
}

function NextStepText({ step, request }: { step: ProgramResult['nextSteps'][number]; request: ScreeningRequest }) {
  const { t } = useTranslation('results');
  const v = step.values ?? {};
  const text = Object.fromEntries(Object.entries(v).filter(([k]) => !CONTACT_KEYS.has(k) || k === 'program' || k === 'state'));
  const agency = typeof v.agency === 'string' ? v.agency : undefined;
  // A contact borrowed from SNAP (TANF, emergency help) names SNAP's program: not shown for them.
  const programName = typeof v.programName === 'string' && sharesProgramName(String(v.program ?? ''), v.contactProgram) ? v.programName : undefined;
  const url = typeof v.url === 'string' && /^https?:\/\//.test(v.url) ? v.url : undefined;
  const phone = typeof v.phone === 'string' ? v.phone : undefined;
  const isContactStep = step.code === 'apply_with_state_agency' || step.code === 'call_agency';
  return (
    <>
      <CodeText code={step.code} values={text} request={request} />
      {(agency || programName) && <> <strong>{[agency, programName].filter(Boolean).join(' — ')}</strong></>}
      {phone && <> <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{t('phone', { phone })}</a></>}
      {url && <> <a href={url} target="_blank" rel="noreferrer">{t('website')}</a></>}
      {isContactStep && !phone && !url && <> {t('noContact')}</>}
    </>
  );
}

function OverrideControl({ program, overrides, onOverride }: { program: ProgramResult['program']; overrides: Override[]; onOverride(o: Override): void }) {
  const { t } = useTranslation('results');
  const id = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState(false);
  const current = [...overrides].reverse().find((o) => o.program === program);
  const decide = (decision: OverrideDecision) => {
    const text = note.trim();
    if (!text) {
      setError(true);
      return;
    }
    setError(false);
    onOverride({ program, decision, note: text, at: new Date().toISOString() });
    setNote('');
  };
  return (
    <fieldset className="results-override">
      <legend>{t('override.heading')}</legend>
      {current && <p className="results-override-current">{t(`override.current_${current.decision}`, { note: current.note })}</p>}
      <label htmlFor={`${id}-note`}>{t('override.note')}</label>
      <textarea
        id={`${id}-note`}
        autoComplete="off"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={500}
        aria-invalid={error || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && <p id={`${id}-error`} role="alert">{t('override.noteRequired')}</p>}
      <button type="button" onClick={() => decide('refer_anyway')}>{t('override.refer_anyway')}</button>
      <button type="button" onClick={() => decide('not_now')}>{t('override.not_now')}</button>
    </fieldset>
  );
}
