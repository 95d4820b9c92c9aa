/**
 * Service-worker registration and the update flow (vite-plugin-pwa in prompt mode, driven by
 * workbox-window). State lives in a tiny store so React (PwaNotices) and tests can read it.
 *
 * - Registration fails (no service worker support, or register() rejects): `failure` is set and
 *   the app says offline use is unavailable; everything else keeps working online.
 * - A new version installs and waits (`waiting`). The prompt offers "Update now" / "Later" — but
 *   while a screening is in progress (activity.ts) it only says the update will come after the
 *   screening, and applyUpdate() refuses. When the screening ends the offer comes back, and the
 *   page reloads only after the person chooses "Update now".
 * See docs/pwa.md.
 */
import { isScreeningInProgress, subscribeScreeningInProgress } from './activity';

/** The part of workbox-window's Workbox this module uses (tests mock it at this boundary). */
export interface WorkboxLike {
  addEventListener(type: 'waiting' | 'controlling' | 'activated' | 'installed', listener: (event: { isUpdate?: boolean }) => void): void;
  register(options?: { immediate?: boolean }): Promise<ServiceWorkerRegistration | undefined>;
  update(): Promise<void>;
  messageSkipWaiting(): void;
}

export type RegistrationFailure = 'unsupported' | 'register_failed';

export interface PwaState {
  /** 'off' before registering (dev server, tests) — no message either way. */
  registration: 'off' | 'pending' | 'registered' | 'failed';
  failure?: RegistrationFailure;
  /** A new version is installed and waiting. */
  updateReady: boolean;
  /** The person closed the prompt ("Later"); it comes back when a screening ends. */
  updateDismissed: boolean;
  /** "Update now" was chosen; the page reloads once the new version takes control. */
  updating: boolean;
  /** The person closed the "offline use is not available" message. */
  failureDismissed: boolean;
}

const INITIAL: PwaState = { registration: 'off', updateReady: false, updateDismissed: false, updating: false, failureDismissed: false };

let state: PwaState = INITIAL;
const listeners = new Set<() => void>();
let workbox: WorkboxLike | undefined;
let reloadPage: () => void = () => window.location.reload();
let updateTimer: ReturnType<typeof setInterval> | undefined;
let unsubscribeActivity: (() => void) | undefined;

function set(patch: Partial<PwaState>): void {
  state = { ...state, ...patch };
  for (const l of [...listeners]) l();
}

export function getPwaState(): PwaState {
  return state;
}

export function subscribePwaState(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** How often an open app asks the server for a new version (a kiosk may never navigate). */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

export interface RegisterOptions {
  /** Script URL (the generated service worker). */
  url?: string;
  /** The browser's service-worker container; undefined = not supported. */
  container?: ServiceWorkerContainer | undefined;
  /** Builds the Workbox object (default: workbox-window, loaded lazily). */
  createWorkbox?: (url: string) => WorkboxLike | Promise<WorkboxLike>;
  /** Reloads the page (default: location.reload). */
  reload?: () => void;
}

async function defaultWorkbox(url: string): Promise<WorkboxLike> {
  const { Workbox } = await import('workbox-window');
  return new Workbox(url, { scope: '/' });
}

/** Registers the service worker. Never throws: a failure becomes state the UI shows. */
export async function registerServiceWorker(options: RegisterOptions = {}): Promise<PwaState> {
  const container = 'container' in options ? options.container : typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined;
  reloadPage = options.reload ?? reloadPage;
  if (!container) {
    set({ registration: 'failed', failure: 'unsupported' });
    return state;
  }
  set({ registration: 'pending' });
  try {
    const wb = await (options.createWorkbox ?? defaultWorkbox)(options.url ?? '/sw.js');
    workbox = wb;
    wb.addEventListener('waiting', () => set({ updateReady: true, updateDismissed: false }));
    const registration = await wb.register();
    if (!registration) throw new Error('service worker registration returned nothing');
    set({ registration: 'registered' });
  } catch {
    set({ registration: 'failed', failure: 'register_failed' });
    return state;
  }
  unsubscribeActivity?.();
  // When a screening ends, a postponed or dismissed update is offered again.
  unsubscribeActivity = subscribeScreeningInProgress((active) => {
    if (!active && state.updateReady && state.updateDismissed) set({ updateDismissed: false });
  });
  if (updateTimer === undefined && typeof setInterval !== 'undefined') {
    updateTimer = setInterval(() => {
      if (typeof navigator === 'undefined' || navigator.onLine) void workbox?.update().catch(() => undefined);
    }, UPDATE_CHECK_MS);
  }
  return state;
}

/** True when "Update now" may be offered: a new version waits and no screening is in progress. */
export function canApplyUpdate(): boolean {
  return state.updateReady && !state.updating && !isScreeningInProgress();
}

/**
 * Activates the waiting version and reloads once it controls the page. Refused (returns false)
 * while a screening is in progress, so half-finished answers are never lost to a reload.
 */
export function applyUpdate(): boolean {
  const wb = workbox;
  if (!wb || !canApplyUpdate()) return false;
  set({ updating: true });
  let reloaded = false;
  const reloadOnce = () => {
    if (reloaded) return;
    reloaded = true;
    reloadPage();
  };
  wb.addEventListener('controlling', reloadOnce);
  if (typeof navigator !== 'undefined') navigator.serviceWorker?.addEventListener('controllerchange', reloadOnce);
  wb.messageSkipWaiting();
  return true;
}

/** "Later" / "OK": hide the prompt until the current (or next) screening ends. */
export function dismissUpdate(): void {
  set({ updateDismissed: true });
}

export function dismissRegistrationFailure(): void {
  set({ failureDismissed: true });
}

/** Tests only: forget everything. */
export function resetPwaStateForTests(): void {
  if (updateTimer !== undefined) clearInterval(updateTimer);
  updateTimer = undefined;
  unsubscribeActivity?.();
  unsubscribeActivity = undefined;
  workbox = undefined;
  reloadPage = () => window.location.reload();
  state = INITIAL;
  for (const l of [...listeners]) l();
}
