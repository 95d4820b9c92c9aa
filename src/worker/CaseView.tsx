/** One case: referrals (status, follow-up, note), notes, save, referral packet, delete. */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseData, Vault } from '../cases/vault';
import { stateName } from '../referrals/contacts';
import { createReferral } from '../referrals/model';
import { ReferralTracker } from '../referrals/ReferralTracker';
import { PROGRAM_IDS, type ProgramId } from '../../rules/core/types';
import { errorKey } from './errors';
import { ResultsView } from './slots';

export function CaseView({ vault, caseId, frsMode, onBack, onPacket, onDeleted }: {
  vault: Vault;
  caseId: string;
  frsMode: boolean;
  onBack(): void;
  onPacket(): void;
  onDeleted(): void;
}) {
  const { t } = useTranslation('worker');
  const id = useId();
  const [data, setData] = useState<CaseData | null | undefined>(undefined);
  const [dirty, setDirty] = useState(false);
  const [msg, setMsg] = useState<{ kind: 'ok' | 'error'; key: string } | null>(null);
  const [adding, setAdding] = useState<ProgramId | ''>('');
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    let live = true;
    vault.loadCase(caseId).then((d) => { if (live) setData(d ?? null); }, () => { if (live) setData(null); });
    return () => { live = false; };
  }, [vault, caseId]);

  if (data === undefined) return <p role="status">{t('common:loading')}</p>;
  // A case that cannot be opened (deleted on another tab, damaged record) still gets a heading
  // and a way back, so nobody is stranded on a screen with nothing to do.
  if (data === null) {
    return (
      <div className="worker-case">
        <button type="button" className="link-button worker-link" onClick={onBack}>{t('case.back')}</button>
        <h1>{t('case.notFound')}</h1>
      </div>
    );
  }

  const update = (d: CaseData) => { setData(d); setDirty(true); setMsg(null); };
  const now = () => new Date().toISOString();
  const available = PROGRAM_IDS.filter((p) => !data.referrals.some((r) => r.program === p));

  async function save() {
    if (!data) return;
    try {
      await vault.saveCase(data, { id: caseId });
      setDirty(false);
      setMsg({ kind: 'ok', key: 'case.saved' });
    } catch (e) {
      setMsg({ kind: 'error', key: errorKey(e) });
    }
  }

  // A form with autocomplete="off": the browser must not keep what is typed here (labels, notes)
  // in its session-restore data on disk.
  return (
    <form
      aria-labelledby={`${id}-h`}
      className="worker-case"
      autoComplete="off"
      noValidate
      onSubmit={(e) => { e.preventDefault(); if (dirty) void save(); }}
    >
      <button type="button" className="link-button worker-link" onClick={onBack}>{t('case.back')}</button>
      <h1 id={`${id}-h`}>{data.familyLabel}</h1>
      <p className="hint">{[data.request.location.county, stateName(data.request.location.state)].filter(Boolean).join(', ')}</p>

      <h2>{t('case.referrals')}</h2>
      {data.referrals.map((r, i) => (
        <ReferralTracker
          key={r.program}
          referral={r}
          now={now}
          onChange={(next) => update({ ...data, referrals: data.referrals.map((x, j) => (j === i ? next : x)) })}
        />
      ))}
      {available.length > 0 && (
        <div className="worker-inline">
          <div className="field">
            <label htmlFor={`${id}-add`}>{t('case.addReferral')}</label>
            <select id={`${id}-add`} value={adding} onChange={(e) => setAdding(e.target.value as ProgramId | '')}>
              <option value="" />
              {available.map((p) => <option key={p} value={p}>{t(`program.${p}`)}</option>)}
            </select>
          </div>
          <button type="button" className="secondary" disabled={!adding} onClick={() => {
            if (!adding) return;
            update({ ...data, referrals: [...data.referrals, createReferral(adding, now())] });
            setAdding('');
          }}>{t('case.add')}</button>
        </div>
      )}

      <details className="worker-case-results">
        <summary>{t('case.results')}</summary>
        <ResultsView
          request={data.request}
          results={data.results}
          overrides={data.overrides}
          frsMode={frsMode}
          onOverride={(o) => update({ ...data, overrides: [...data.overrides.filter((x) => x.program !== o.program), o] })}
        />
      </details>

      <div className="field">
        <label htmlFor={`${id}-notes`}>{t('case.notes')}</label>
        <textarea id={`${id}-notes`} rows={4} value={data.notes} onChange={(e) => update({ ...data, notes: e.target.value })} />
      </div>
      {msg && <p role={msg.kind === 'error' ? 'alert' : 'status'} className={msg.kind === 'error' ? 'worker-error' : 'worker-ok'}>{t(msg.key)}</p>}
      <div className="worker-inline">
        <button type="submit" className="primary" disabled={!dirty}>{t('case.save')}</button>
        <button type="button" className="secondary" onClick={onPacket}>{t('case.print')}</button>
        <button type="button" className="secondary danger" onClick={() => setConfirming(true)}>{t('case.delete')}</button>
      </div>
      {confirming && (
        <ConfirmDialog labelId={`${id}-del`} onClose={() => setConfirming(false)}>
          <p id={`${id}-del`}>{t('case.confirmDelete')}</p>
          <div className="worker-inline">
            <button type="button" className="primary danger" onClick={() => { void vault.deleteCase(caseId).then(onDeleted); }}>{t('case.confirmYes')}</button>
            <button type="button" className="secondary" data-autofocus onClick={() => setConfirming(false)}>{t('case.confirmNo')}</button>
          </div>
        </ConfirmDialog>
      )}
    </form>
  );
}

/**
 * A modal confirmation (native <dialog>): focus moves into it, the page behind is inert (Tab stays
 * in the dialog), Escape closes it, and focus returns to what opened it. The button marked
 * data-autofocus takes focus when it opens (the safe answer, not the first one).
 */
function ConfirmDialog({ labelId, onClose, children }: { labelId: string; onClose(): void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (d && !d.open) d.showModal?.();
    d?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (d?.open) d.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-labelledby={labelId}
      className="worker-notice worker-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
