/**
 * Kiosk session bookkeeping. Modules that keep anything per session register a clear function
 * here, and reset calls them all. Whether a session is in progress is observable so the PWA
 * update prompt can wait (never reload under a family mid-screening).
 */
const clearers = new Set<() => void>();
const listeners = new Set<(active: boolean) => void>();
let active = false;

export function registerSessionCache(clear: () => void): () => void {
  clearers.add(clear);
  return () => clearers.delete(clear);
}

export function clearSessionCaches(): void {
  for (const c of clearers) c();
}

export function isKioskSessionActive(): boolean {
  return active;
}

export function setKioskSessionActive(value: boolean): void {
  if (value === active) return;
  active = value;
  for (const l of listeners) l(active);
}

export function onKioskSessionChange(listener: (active: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
