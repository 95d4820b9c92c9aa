/** Create the vault (passphrase that cannot be recovered) or unlock it. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vault } from '../cases/vault';
import { errorKey } from './errors';

export const MIN_PASSPHRASE = 10;

/** Creating the vault also asks the browser to persist storage (the shell's notice reports a refusal). */
export function CreateVault({ vault }: { vault: Vault }) {
  const { t } = useTranslation('worker');
  const id = useId();
  const [pass, setPass] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (pass.length < MIN_PASSPHRASE) return setError('vault.tooShort');
    if (pass !== confirm) return setError('vault.mismatch');
    setError(null);
    setBusy(true);
    try {
      await vault.create(pass);
    } catch (err) {
      setError(errorKey(err));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-h`} className="worker-vault">
      <h1 id={`${id}-h`}>{t('vault.createHeading')}</h1>
      <p>{t('vault.createIntro')}</p>
      <p className="worker-warning"><strong>{t('vault.noRecovery')}</strong></p>
      <form onSubmit={submit} noValidate autoComplete="off">
        <div className="field">
          <label htmlFor={`${id}-p`}>{t('vault.passphrase')}</label>
          <input id={`${id}-p`} type="password" autoComplete="new-password" value={pass} onChange={(e) => setPass(e.target.value)} aria-describedby={`${id}-hint`} aria-invalid={error === 'vault.tooShort'} />
          <p id={`${id}-hint`} className="hint">{t('vault.hint')}</p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-c`}>{t('vault.confirm')}</label>
          <input id={`${id}-c`} type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} aria-invalid={error === 'vault.mismatch'} />
        </div>
        {error && <p role="alert" className="worker-error">{t(error)}</p>}
        {busy && <p role="status">{t('vault.working')}</p>}
        <button type="submit" className="primary" disabled={busy}>{t('vault.create')}</button>
      </form>
    </section>
  );
}

export function UnlockVault({ vault, autoLocked }: { vault: Vault; autoLocked: boolean }) {
  const { t } = useTranslation('worker');
  const id = useId();
  const [pass, setPass] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await vault.unlock(pass);
    } catch (err) {
      setError(errorKey(err));
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-h`} className="worker-vault">
      <h1 id={`${id}-h`}>{t('vault.unlockHeading')}</h1>
      {autoLocked && <p role="status">{t('vault.autoLocked')}</p>}
      <p>{t('vault.unlockIntro')}</p>
      <form onSubmit={submit} noValidate autoComplete="off">
        <div className="field">
          <label htmlFor={`${id}-p`}>{t('vault.passphrase')}</label>
          <input id={`${id}-p`} type="password" autoComplete="current-password" value={pass} onChange={(e) => setPass(e.target.value)} aria-invalid={error === 'vault.wrong'} />
        </div>
        {error && <p role="alert" className="worker-error">{t(error)}</p>}
        {busy && <p role="status">{t('vault.working')}</p>}
        <button type="submit" className="primary" disabled={busy}>{t('vault.unlock')}</button>
      </form>
    </section>
  );
}
