/**
 * Worker side of the kiosk hand-off: read a family's kiosk code into a ScreeningRequest with no
 * network. Three ways in, all offline: a handheld code scanner (it types the code into the field,
 * usually followed by Enter), pasting the code's text, or a photo of the code read on the device
 * with the BarcodeDetector API where the browser has it (the photo control is hidden elsewhere).
 *
 * For worker mode to mount, e.g. on its home screen:
 *   <KioskCodeImport onImport={(request) => setView({ kind: 'results', request, results: screen(request), overrides: [] })} />
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreeningRequest } from '../../domain/screening-request';
import { decodeKioskPayload } from './payload';

interface DetectedBarcode { rawValue: string }
interface BarcodeDetectorLike { detect(source: ImageBitmapSource): Promise<DetectedBarcode[]> }
type BarcodeDetectorCtor = new (opts: { formats: string[] }) => BarcodeDetectorLike;

function barcodeDetector(): BarcodeDetectorCtor | undefined {
  return typeof window !== 'undefined' ? (window as unknown as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector : undefined;
}

/** The message key for a failed decode (codes from decodeKioskPayload). */
function errorKey(code: string | undefined): string {
  if (code === 'not_a_kiosk_code') return 'import.errors.notKioskCode';
  if (code === 'corrupt_kiosk_code') return 'import.errors.corrupt';
  return 'import.errors.invalid';
}

export function KioskCodeImport({ onImport }: { onImport: (request: ScreeningRequest) => void }) {
  const { t } = useTranslation('kiosk');
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const Detector = barcodeDetector();

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
    if (!file || !Detector) return;
    setError(undefined);
    try {
      const found = await new Detector({ formats: ['qr_code'] }).detect(await createImageBitmap(file));
      const code = found.find((b) => b.rawValue)?.rawValue;
      if (code) await read(code);
      else setError('import.errors.noCode');
    } catch {
      setError('import.errors.noCode');
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) void read(text);
  };

  return (
    <form className="kiosk-import" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('import.heading')}</h2>
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
      <div className="kiosk-actions">
        <button type="submit" className="primary" disabled={busy}>{t('import.submit')}</button>
        {Detector && (
          <label className="secondary kiosk-import-photo">
            {t('import.photo')}
            <input type="file" accept="image/*" capture="environment" className="visually-hidden" onChange={(e) => void fromPhoto(e.target.files?.[0])} />
          </label>
        )}
      </div>
    </form>
  );
}
