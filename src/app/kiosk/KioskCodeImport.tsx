/**
 * Worker side of the kiosk hand-off: read a family's kiosk code into a ScreeningRequest with no
 * network. Three ways in, all offline: a handheld code scanner (it types the code into the field,
 * usually followed by Enter), pasting the code's text, or a photo or picture of the code, read on
 * the device (qr-decode: BarcodeDetector where the browser has it, else jsqr; on a phone the file
 * control opens the camera). Worker mode mounts it (src/worker/WorkerMode.tsx, "Import from kiosk").
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreeningRequest } from '../../domain/screening-request';
import { decodeKioskPayload } from './payload';
import { readQrCode } from './qr-decode';

/** The message key for a failed decode (codes from decodeKioskPayload). */
function errorKey(code: string | undefined): string {
  if (code === 'not_a_kiosk_code') return 'import.errors.notKioskCode';
  if (code === 'corrupt_kiosk_code') return 'import.errors.corrupt';
  return 'import.errors.invalid';
}

export function KioskCodeImport({ onImport, headingLevel = 2 }: { onImport: (request: ScreeningRequest) => void; headingLevel?: 1 | 2 }) {
  const { t } = useTranslation('kiosk');
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [reading, setReading] = useState(false);
  const photo = useRef<HTMLInputElement>(null);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';

  async function read(raw: string) {
    setBusy(true);
    setError(undefined);
    try {
      const r = await decodeKioskPayload(raw);
      if (r.ok) {
        setText('');
        onImport(r.request);
      } else setError(errorKey(r.errors[0]?.code));
    } finally {
      setBusy(false);
    }
  }

  async function fromPhoto(file: File | undefined) {
    if (!file) return;
    setError(undefined);
    setReading(true);
    try {
      const found = await readQrCode(file);
      if (found.ok) await read(found.text);
      else setError(found.reason === 'not_image' ? 'import.errors.notImage' : 'import.errors.noCode');
    } finally {
      setReading(false);
      // The same file chosen again (e.g. after a retake failed) must fire a change again.
      if (photo.current) photo.current.value = '';
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) void read(text);
  };

  return (
    <form className="kiosk-import" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{t('import.heading')}</Heading>
      <p id={`${id}-hint`}>{t('import.hint')}</p>
      <label htmlFor={`${id}-code`}>{t('import.label')}</label>
      <input
        id={`${id}-code`}
        className="kiosk-import-code"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setError(undefined);
        }}
      />
      {error && <p id={`${id}-error`} className="kiosk-error" role="alert">{t(error)}</p>}
      <p role="status" className="kiosk-import-status">{reading ? t('import.reading') : ''}</p>
      <div className="kiosk-actions">
        <button type="submit" className="primary" disabled={busy || reading}>{t('import.submit')}</button>
        <label className="secondary kiosk-import-photo">
          {t('import.photo')}
          <input
            ref={photo}
            type="file"
            accept="image/*"
            capture="environment"
            className="visually-hidden"
            disabled={reading}
            onChange={(e) => void fromPhoto(e.target.files?.[0])}
          />
        </label>
      </div>
    </form>
  );
}
