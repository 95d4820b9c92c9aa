/**
 * Whether kiosk mode is on screen (the app shell sets it from the screen it shows). Notices meant
 * for staff hide while it is: kiosk keeps nothing but settings, so "the browser may delete saved
 * cases" is noise and confusing for a family at a shared screen.
 */
type Listener = (open: boolean) => void;

const listeners = new Set<Listener>();
let open = false;

export function setKioskModeOpen(value: boolean): void {
  if (value === open) return;
  open = value;
  for (const l of [...listeners]) l(open);
}

export function isKioskModeOpen(): boolean {
  return open;
}

/** Called with the new value on every change; returns the unsubscribe function. */
export function subscribeKioskModeOpen(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
