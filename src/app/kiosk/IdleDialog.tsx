import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Are you still there?" A modal dialog with a visible countdown; answering returns the person to
 * exactly where they were (the session state underneath is untouched), silence resets the kiosk.
 */
export function IdleDialog({ seconds, onStay, onTimeout }: { seconds: number; onStay: () => void; onTimeout: () => void }) {
  const { t } = useTranslation('kiosk');
  const ref = useRef<HTMLDialogElement>(null);
  const [left, setLeft] = useState(seconds);

  useEffect(() => {
    const d = ref.current;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (d && !d.open) d.showModal?.();
    return () => {
      if (d?.open) d.close();
      returnTo?.focus();
    };
  }, []);

  useEffect(() => {
    if (left <= 0) {
      onTimeout();
      return undefined;
    }
    const id = window.setTimeout(() => setLeft((s) => s - 1), 1000);
    return () => window.clearTimeout(id);
  }, [left, onTimeout]);

  return (
    <dialog
      ref={ref}
      className="kiosk-idle"
      aria-labelledby="kiosk-idle-heading"
      aria-describedby="kiosk-idle-body"
      onCancel={(e) => {
        e.preventDefault();
        onStay();
      }}
    >
      <h2 id="kiosk-idle-heading">{t('idle.heading')}</h2>
      <p id="kiosk-idle-body" aria-live="off">{t('idle.body', { count: left })}</p>
      <div className="kiosk-actions">
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the one answer a person at the kiosk needs */}
        <button type="button" className="primary" autoFocus onClick={onStay}>{t('idle.stay')}</button>
        <button type="button" className="secondary" onClick={onTimeout}>{t('idle.clearNow')}</button>
      </div>
    </dialog>
  );
}
