import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

function subscribe(cb: () => void): () => void {
  window.addEventListener('online', cb);
  window.addEventListener('offline', cb);
  return () => {
    window.removeEventListener('online', cb);
    window.removeEventListener('offline', cb);
  };
}

/** A quiet indicator: offline is normal for this app, not an error. */
export function OnlineStatus() {
  const { t } = useTranslation();
  const online = useSyncExternalStore(subscribe, () => navigator.onLine, () => true);
  return (
    <p className={`online-status ${online ? 'is-online' : 'is-offline'}`} role="status" data-testid="online-status">
      {online ? t('status.online') : t('status.offline')}
    </p>
  );
}
