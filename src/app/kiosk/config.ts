/**
 * Kiosk timing. Staff (and tests) may set how long the kiosk waits with no input before asking
 * "are you still there?" through the address, e.g. `/?kioskIdleSeconds=120`. The answering window
 * of the warning can be lengthened (`kioskWarningSeconds=45`) but never made shorter than 20 s:
 * a person who stepped away for a moment must always have time to come back.
 */
export const KIOSK_IDLE_SECONDS = 90;
export const KIOSK_WARNING_SECONDS = 30;
export const MIN_WARNING_SECONDS = 20;
const MIN_IDLE_SECONDS = 2;
const MAX_SECONDS = 3600;

export interface KioskTiming {
  idleMs: number;
  warningSeconds: number;
}

function seconds(raw: string | null, fallback: number, min: number): number {
  if (raw === null || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(MAX_SECONDS, Math.max(min, Math.round(n)));
}

export function kioskTiming(search: string = typeof location === 'undefined' ? '' : location.search): KioskTiming {
  const q = new URLSearchParams(search);
  return {
    idleMs: seconds(q.get('kioskIdleSeconds'), KIOSK_IDLE_SECONDS, MIN_IDLE_SECONDS) * 1000,
    warningSeconds: seconds(q.get('kioskWarningSeconds'), KIOSK_WARNING_SECONDS, MIN_WARNING_SECONDS),
  };
}
