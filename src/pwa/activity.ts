/**
 * Whether a screening is in progress (a family's half-finished answers live in memory). The
 * update prompt reads this and never reloads the page while it is true. Worker mode and kiosk
 * mode set it: on when a screening starts, off when it reaches its summary, is reset, or the
 * screen unmounts.
 */
type Listener = (active: boolean) => void;

const listeners = new Set<Listener>();
let inProgress = false;

export function setScreeningInProgress(active: boolean): void {
  if (active === inProgress) return;
  inProgress = active;
  for (const l of [...listeners]) l(inProgress);
}

export function isScreeningInProgress(): boolean {
  return inProgress;
}

/** Called with the new value on every change; returns the unsubscribe function. */
export function subscribeScreeningInProgress(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
