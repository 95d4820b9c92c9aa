/**
 * Worker mode: unlock (or create) the vault → case list and due list → new screening (draft saved
 * encrypted as the worker types, restored after a reload) or a family's kiosk code imported →
 * results with overrides → save case →
 * case view with referrals and a printable packet. Auto-lock after idle drops the key and unmounts
 * the session (its in-memory state goes with it); the saved draft survives.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AutoLock } from '../cases/autolock';
import { getVault, type CaseSummary, type Vault } from '../cases/vault';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../db';
import { createReferral, localDate } from '../referrals/model';
import { ReferralPacket } from '../referrals/ReferralPacket';
import { screen } from '../../rules';
import { CaseList } from './CaseList';
import { CaseView } from './CaseView';
import { ContinueScreening } from './ContinueScreening';
import type { Override, ProgramResult, ScreeningDraft, ScreeningRequest } from './contracts';
import { errorKey } from './errors';
import { ImportedAnswers, KioskImportScreen } from './KioskImport';
import { SaveCaseForm } from './SaveCaseForm';
import { ResultsView, ScreeningFlow } from './slots';
import { CreateVault, UnlockVault } from './VaultScreens';
import { WorkerSettings } from './WorkerSettings';
import './worker.css';

type Phase = 'checking' | 'create' | 'unlock' | 'open';

export default function WorkerMode({ vault = getVault() }: { vault?: Vault }) {
  const { t } = useTranslation('worker');
  const [phase, setPhase] = useState<Phase>(vault.unlocked ? 'open' : 'checking');
  const [autoLocked, setAutoLocked] = useState(false);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);

  useEffect(() => {
    let live = true;
    if (!vault.unlocked) void vault.exists().then((e) => { if (live) setPhase(e ? 'unlock' : 'create'); });
    void loadSettings(vault.db).then((s) => { if (live) setSettings(s); }, () => undefined);
    const off = vault.subscribe((u) => {
      setPhase(u ? 'open' : 'unlock');
      if (u) setAutoLocked(false);
    });
    return () => {
      live = false;
      off();
    };
  }, [vault]);

  // Leaving worker mode locks the vault.
  useEffect(() => () => vault.lock(), [vault]);

  useEffect(() => {
    if (phase !== 'open') return;
    const lock = new AutoLock({ get unlocked() { return vault.unlocked; }, lock: () => { setAutoLocked(true); vault.lock(); } }, settings.autoLockMinutes);
    return lock.attach(document);
  }, [phase, settings.autoLockMinutes, vault]);

  return (
    <div className="worker-mode">
      {phase === 'checking' && <p role="status">{t('common:loading')}</p>}
      {phase === 'create' && <CreateVault vault={vault} />}
      {phase === 'unlock' && <UnlockVault vault={vault} autoLocked={autoLocked} />}
      {phase === 'open' && (
        <>
          <div className="worker-bar no-print">
            <span className="worker-title">{t('title')}</span>
            <button type="button" className="secondary" onClick={() => vault.lock()}>{t('vault.lock')}</button>
          </div>
          <WorkerSession vault={vault} settings={settings} onSettings={setSettings} />
        </>
      )}
    </div>
  );
}

type View =
  | { kind: 'home' }
  | { kind: 'screening'; draft?: ScreeningDraft }
  | { kind: 'import' }
  // fromKiosk: the request came from a kiosk code, not the draft (so the draft is left alone).
  | { kind: 'results'; request: ScreeningRequest; results: ProgramResult[]; overrides: Override[]; fromKiosk?: boolean }
  | { kind: 'save'; request: ScreeningRequest; results: ProgramResult[]; overrides: Override[]; fromKiosk?: boolean }
  | { kind: 'case'; id: string }
  | { kind: 'packet'; id: string }
  | { kind: 'settings' };

function WorkerSession({ vault, settings, onSettings }: { vault: Vault; settings: Settings; onSettings(s: Settings): void }) {
  const { t, i18n } = useTranslation('worker');
  const [view, setView] = useState<View>({ kind: 'home' });
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [hasDraft, setHasDraft] = useState(false);
  const [draftStatus, setDraftStatus] = useState<{ kind: 'ok' | 'error'; key: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [today] = useState(() => localDate());
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  // The list (labels and referrals decrypted in memory only) is re-read whenever home shows.
  useEffect(() => {
    if (view.kind !== 'home' && view.kind !== 'settings') return;
    let live = true;
    Promise.all([vault.listCaseSummaries(), vault.db.drafts.count()]).then(([list, count]) => {
      if (!live) return;
      setCases(list);
      setHasDraft(count > 0);
    }, () => undefined);
    return () => { live = false; };
  }, [view.kind, vault]);

  // Drafts are written in order (one after another), each encrypted and then one transaction.
  const onDraftChange = useCallback((draft: ScreeningDraft) => {
    queue.current = queue.current.then(() => vault.saveDraft(draft)).then(
      () => setDraftStatus({ kind: 'ok', key: 'screening.draftSaved' }),
      (e: unknown) => setDraftStatus({ kind: 'error', key: errorKey(e) }),
    );
  }, [vault]);

  const onComplete = useCallback((request: ScreeningRequest, draft: ScreeningDraft) => {
    onDraftChange(draft);
    setView({ kind: 'results', request, results: screen(request), overrides: [] });
  }, [onDraftChange]);

  async function continueDraft() {
    const draft = await vault.loadDraft();
    setDraftStatus(null);
    setView({ kind: 'screening', ...(draft ? { draft } : {}) });
  }

  // "Continue the screening" from a kiosk code: its draft replaces the stored one (the worker was asked).
  async function continueFromKiosk(draft: ScreeningDraft) {
    await queue.current;
    setDraftStatus(null);
    onDraftChange(draft);
    setView({ kind: 'screening', draft });
  }

  async function discardDraft() {
    await queue.current;
    await vault.clearDraft();
    setHasDraft(false);
  }

  async function saveCase(v: { familyLabel: string; familyLanguage: string; programs: ProgramResult['program'][] }) {
    if (view.kind !== 'save') return;
    setBusy(true);
    setError(null);
    try {
      await queue.current;
      const at = new Date().toISOString();
      const row = await vault.saveCase(
        {
          familyLabel: v.familyLabel,
          familyLanguage: v.familyLanguage,
          request: view.request,
          results: view.results,
          overrides: view.overrides,
          referrals: v.programs.map((p) => createReferral(p, at)),
          notes: '',
        },
        { clearDraft: !view.fromKiosk },
      );
      setView({ kind: 'case', id: row.id });
    } catch (e) {
      setError(errorKey(e));
    } finally {
      setBusy(false);
    }
  }

  switch (view.kind) {
    case 'home':
      return (
        <CaseList
          cases={cases}
          hasDraft={hasDraft}
          today={today}
          onNew={() => { void discardDraft().then(() => { setDraftStatus(null); setView({ kind: 'screening' }); }); }}
          onImportKiosk={() => setView({ kind: 'import' })}
          onContinueDraft={() => void continueDraft()}
          onDiscardDraft={() => void discardDraft()}
          onOpen={(id) => setView({ kind: 'case', id })}
          onSettings={() => setView({ kind: 'settings' })}
        />
      );
    case 'screening':
      return (
        <section aria-labelledby="worker-screening-h">
          <h1 id="worker-screening-h">{t('screening.heading')}</h1>
          <ScreeningFlow {...(view.draft ? { initialDraft: view.draft } : {})} onDraftChange={onDraftChange} onComplete={onComplete} today={today} />
          {draftStatus && <p role={draftStatus.kind === 'error' ? 'alert' : 'status'} className={draftStatus.kind === 'error' ? 'worker-error' : 'hint'}>{t(draftStatus.key)}</p>}
          <button type="button" className="link-button worker-link" onClick={() => setView({ kind: 'home' })}>{t('screening.cancel')}</button>
        </section>
      );
    case 'import':
      return (
        <KioskImportScreen
          onImport={(request) => setView({ kind: 'results', request, results: screen(request), overrides: [], fromKiosk: true })}
          onBack={() => setView({ kind: 'home' })}
        />
      );
    case 'results':
      // A form with autocomplete="off" around the results: override notes typed there must not be
      // kept by the browser's session restore on disk. (No submit buttons inside.)
      return (
        <form autoComplete="off" noValidate aria-labelledby="worker-results-h" onSubmit={(e) => e.preventDefault()}>
          <h1 id="worker-results-h">{t('results.heading')}</h1>
          {view.fromKiosk && (
            <>
              <ImportedAnswers request={view.request} />
              <ContinueScreening request={view.request} today={today} hasDraft={() => vault.db.drafts.count().then((n) => n > 0)} onContinue={(d) => void continueFromKiosk(d)} />
            </>
          )}
          <ResultsView
            request={view.request}
            results={view.results}
            overrides={view.overrides}
            frsMode={settings.frsMode}
            onOverride={(o) => setView({ ...view, overrides: [...view.overrides.filter((x) => x.program !== o.program), o] })}
          />
          <div className="worker-inline">
            <button type="button" className="primary" onClick={() => setView({ ...view, kind: 'save' })}>{t('results.saveCase')}</button>
            <button type="button" className="secondary" onClick={() => { void (view.fromKiosk ? Promise.resolve() : discardDraft()).then(() => setView({ kind: 'home' })); }}>{t('results.discard')}</button>
          </div>
        </form>
      );
    case 'save':
      return (
        <SaveCaseForm
          results={view.results}
          overrides={view.overrides}
          busy={busy}
          error={error}
          onSave={(v) => void saveCase(v)}
          onCancel={() => setView({ ...view, kind: 'results' })}
        />
      );
    case 'case':
      return (
        <CaseView
          vault={vault}
          caseId={view.id}
          frsMode={settings.frsMode}
          onBack={() => setView({ kind: 'home' })}
          onPacket={() => setView({ kind: 'packet', id: view.id })}
          onDeleted={() => setView({ kind: 'home' })}
        />
      );
    case 'packet':
      return <PacketScreen vault={vault} caseId={view.id} workerLanguage={i18n.language} today={today} onBack={() => setView({ kind: 'case', id: view.id })} />;
    case 'settings':
      return (
        <WorkerSettings
          vault={vault}
          settings={settings}
          onSettings={onSettings}
          onBack={() => setView({ kind: 'home' })}
          labelOf={(id) => cases.find((c) => c.row.id === id)?.familyLabel}
        />
      );
  }
}

function PacketScreen({ vault, caseId, workerLanguage, today, onBack }: { vault: Vault; caseId: string; workerLanguage: string; today: string; onBack(): void }) {
  const { t } = useTranslation('worker');
  const [data, setData] = useState<Awaited<ReturnType<Vault['loadCase']>> | null>(null);
  useEffect(() => {
    let live = true;
    void vault.loadCase(caseId).then((d) => { if (live) setData(d ?? null); });
    return () => { live = false; };
  }, [vault, caseId]);
  return (
    <section aria-labelledby="worker-packet-h">
      <div className="packet-controls no-print worker-inline">
        <button type="button" className="link-button worker-link" onClick={onBack}>{t('packet.back')}</button>
        <button type="button" className="primary" onClick={() => window.print()}>{t('packet.print')}</button>
      </div>
      <h1 id="worker-packet-h" className="no-print">{t('packet.heading')}</h1>
      {data && <ReferralPacket data={data} familyLanguage={data.familyLanguage} workerLanguage={workerLanguage} date={today} />}
    </section>
  );
}
