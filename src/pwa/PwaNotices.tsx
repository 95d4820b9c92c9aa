/**
 * The app's PWA messages, above the app shell: the update prompt, "offline use is not available"
 * when the service worker cannot be registered, and storage faults. None of them blocks the app
 * or takes focus (a family may be mid-answer in kiosk mode).
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isScreeningInProgress, subscribeScreeningInProgress } from './activity';
import { isKioskModeOpen, subscribeKioskModeOpen } from './kiosk-open';
import { checkStorage as defaultCheckStorage, type StorageStatus } from './storage-status';
import { applyUpdate, dismissRegistrationFailure, dismissUpdate, getPwaState, subscribePwaState } from './update';
import './pwa.css';

/** Remembered so staff dismiss the "may be cleared" advice once per device, not every visit. */
const STORAGE_NOTICE_KEY = 'anydoor.notice.notPersistent.dismissed';

function rememberedDismissal(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_NOTICE_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberDismissal(): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_NOTICE_KEY, '1');
  } catch {
    // Storage is what failed; the message just comes back next time.
  }
}

export function usePwaState() {
  return useSyncExternalStore(subscribePwaState, getPwaState, getPwaState);
}

export function useScreeningInProgress(): boolean {
  return useSyncExternalStore(subscribeScreeningInProgress, isScreeningInProgress, isScreeningInProgress);
}

export function UpdatePrompt() {
  const { t } = useTranslation('pwa');
  const pwa = usePwaState();
  const inProgress = useScreeningInProgress();
  if (!pwa.updateReady || pwa.updateDismissed) return null;
  return (
    <section className="pwa-notice pwa-update" aria-labelledby="pwa-update-text" data-testid="pwa-update">
      <p id="pwa-update-text" role="status">
        {[t('update.ready'), pwa.updating ? t('update.updating') : inProgress ? t('update.afterScreening') : ''].filter(Boolean).join(' ')}
      </p>
      {!pwa.updating && (
        <div className="pwa-notice-actions">
          {inProgress ? (
            <button type="button" className="secondary" onClick={dismissUpdate}>{t('update.ok')}</button>
          ) : (
            <>
              <button type="button" className="primary" onClick={() => applyUpdate()}>{t('update.now')}</button>
              <button type="button" className="secondary" onClick={dismissUpdate}>{t('update.later')}</button>
            </>
          )}
        </div>
      )}
    </section>
  );
}

export function RegistrationFailureNotice() {
  const { t } = useTranslation('pwa');
  const pwa = usePwaState();
  if (pwa.registration !== 'failed' || pwa.failureDismissed) return null;
  return (
    <section className="pwa-notice is-fault" aria-labelledby="pwa-offline-text" data-testid="pwa-offline-unavailable">
      <p id="pwa-offline-text" role="alert">{t('offline.unavailable')}</p>
      <button type="button" className="secondary" onClick={dismissRegistrationFailure}>{t('dismiss')}</button>
    </section>
  );
}

export function useKioskModeOpen(): boolean {
  return useSyncExternalStore(subscribeKioskModeOpen, isKioskModeOpen, isKioskModeOpen);
}

/**
 * Storage faults, for staff. Not in kiosk mode: kiosk keeps nothing but settings, so a warning
 * that saved data may be deleted (or cannot be saved) is noise for a family.
 */
export function StorageNotice({ check = defaultCheckStorage }: { check?: () => Promise<StorageStatus> }) {
  const { t } = useTranslation('pwa');
  const kiosk = useKioskModeOpen();
  const [status, setStatus] = useState<StorageStatus | undefined>();
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    let live = true;
    check().then(
      (s) => live && setStatus(s),
      () => live && setStatus('unavailable'),
    );
    return () => {
      live = false;
    };
  }, [check]);
  if (kiosk || !status || status === 'ok' || dismissed) return null;
  if (status === 'not_persistent' && rememberedDismissal()) return null;
  const text = status === 'unavailable' ? t('storage.unavailable') : t('storage.notPersistent');
  return (
    <section className="pwa-notice is-fault" aria-labelledby="pwa-storage-text" data-testid={`pwa-storage-${status}`}>
      {/* Only the blocking case is announced; the advice is a plain labelled region (no second
          role="status" next to the online indicator). */}
      <p id="pwa-storage-text" role={status === 'unavailable' ? 'alert' : undefined}>{text}</p>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          if (status === 'not_persistent') rememberDismissal();
          setDismissed(true);
        }}
      >
        {t('dismiss')}
      </button>
    </section>
  );
}

export function PwaNotices({ checkStorage }: { checkStorage?: () => Promise<StorageStatus> }) {
  return (
    <div className="pwa-notices no-print">
      <UpdatePrompt />
      <RegistrationFailureNotice />
      <StorageNotice check={checkStorage} />
    </div>
  );
}
