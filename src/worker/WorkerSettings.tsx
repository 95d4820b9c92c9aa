/** Worker settings (stored in the Dexie settings table) and encrypted export / import. */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary, Vault } from '../cases/vault';
import { AUTO_LOCK_CHOICES, saveSetting, type Settings } from '../db';
import { MIN_PASSPHRASE } from './VaultScreens';
import { errorKey } from './errors';

export function WorkerSettings({ vault, settings, onSettings, onBack, labelOf }: {
  vault: Vault;
  settings: Settings;
  onSettings(s: Settings): void;
  onBack(): void;
  labelOf(id: string): string | undefined;
}) {
  const { t } = useTranslation('worker');
  const id = useId();
  const [exportPass, setExportPass] = useState('');
  const [exportUrl, setExportUrl] = useState<string | null>(null);
  const [importPass, setImportPass] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => () => { if (exportUrl) URL.revokeObjectURL(exportUrl); }, [exportUrl]);

  async function change<K extends keyof Settings>(key: K, value: Settings[K]) {
    try {
      await saveSetting(key, value, vault.db);
      onSettings({ ...settings, [key]: value });
    } catch (e) {
      setError(errorKey(e));
    }
  }

  async function doExport(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (exportPass.length < MIN_PASSPHRASE) return setError('vault.tooShort');
    setBusy(true);
    try {
      const text = await vault.exportCases(exportPass);
      setExportUrl(URL.createObjectURL(new Blob([text], { type: 'application/json' })));
    } catch (err) {
      setError(errorKey(err));
    } finally {
      setBusy(false);
    }
  }

  async function doImport(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setError(null);
    setSummary(null);
    setBusy(true);
    try {
      const s = await vault.importCases(await file.text(), importPass);
      setSummary(s);
    } catch (err) {
      const key = errorKey(err);
      setError(key === 'vault.wrong' ? 'settings.importWrong' : key);
    } finally {
      setBusy(false);
    }
  }

  const date = new Date().toISOString().slice(0, 10);
  return (
    <section aria-labelledby={`${id}-h`} className="worker-settings">
      <button type="button" className="link-button worker-link" onClick={onBack}>{t('settings.back')}</button>
      <h1 id={`${id}-h`}>{t('settings.heading')}</h1>
      <label className="worker-check">
        <input type="checkbox" checked={settings.frsMode} onChange={(e) => void change('frsMode', e.target.checked)} />
        {t('settings.frs')}
      </label>
      <div className="field">
        <label htmlFor={`${id}-lock`}>{t('settings.autoLock')}</label>
        <select id={`${id}-lock`} value={settings.autoLockMinutes} onChange={(e) => void change('autoLockMinutes', Number(e.target.value))}>
          {AUTO_LOCK_CHOICES.map((m) => <option key={m} value={m}>{m}</option>)}
        </select>
      </div>

      {error && <p role="alert" className="worker-error">{t(error)}</p>}
      {busy && <p role="status">{t('vault.working')}</p>}

      <form onSubmit={doExport} autoComplete="off" className="worker-form" aria-labelledby={`${id}-ex`}>
        <h2 id={`${id}-ex`}>{t('settings.exportHeading')}</h2>
        <p>{t('settings.exportHint')}</p>
        <div className="field">
          <label htmlFor={`${id}-ep`}>{t('settings.exportPass')}</label>
          <input id={`${id}-ep`} type="password" autoComplete="new-password" value={exportPass} onChange={(e) => setExportPass(e.target.value)} />
        </div>
        <button type="submit" className="secondary" disabled={busy}>{t('settings.exportDo')}</button>
        {exportUrl && <p><a href={exportUrl} download={`anydoor-cases-${date}.json`}>{t('settings.exportReady')}</a></p>}
      </form>

      <form onSubmit={doImport} autoComplete="off" className="worker-form" aria-labelledby={`${id}-im`}>
        <h2 id={`${id}-im`}>{t('settings.importHeading')}</h2>
        <p>{t('settings.importHint')}</p>
        <div className="field">
          <label htmlFor={`${id}-if`}>{t('settings.importFile')}</label>
          <input id={`${id}-if`} type="file" accept="application/json,.json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-ip`}>{t('settings.importPass')}</label>
          <input id={`${id}-ip`} type="password" autoComplete="off" value={importPass} onChange={(e) => setImportPass(e.target.value)} />
        </div>
        <button type="submit" className="secondary" disabled={busy || !file}>{t('settings.importDo')}</button>
        {summary && (
          <div role="status">
            <p>{t('settings.importSummary', { added: summary.added, replaced: summary.replaced, unchanged: summary.unchanged })}</p>
            {summary.keptLocal.length > 0 && (
              <p>{t('settings.importKept', { n: summary.keptLocal.length, labels: summary.keptLocal.map((k) => labelOf(k.id) ?? k.id).join(', ') })}</p>
            )}
          </div>
        )}
      </form>
    </section>
  );
}
