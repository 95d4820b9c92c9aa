/**
 * Auto-lock: after `minutes` with no activity the vault drops its key (the UI then shows the
 * unlock screen). Whatever was saved — the encrypted draft included — stays on disk.
 */
import type { Vault } from './vault';

export const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart', 'scroll'] as const;

export class AutoLock {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ms: number;

  constructor(private readonly vault: Pick<Vault, 'lock' | 'unlocked'>, minutes: number) {
    this.ms = Math.max(1, minutes) * 60_000;
  }

  /** Restart the idle countdown (call on any user activity). */
  touch(): void {
    this.stop();
    if (!this.vault.unlocked) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.vault.lock();
    }, this.ms);
  }

  setMinutes(minutes: number): void {
    this.ms = Math.max(1, minutes) * 60_000;
    if (this.timer !== undefined) this.touch();
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Listen for activity on `target` (the document); returns a function that detaches. */
  attach(target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): () => void {
    const onActivity = () => this.touch();
    for (const e of ACTIVITY_EVENTS) target.addEventListener(e, onActivity, { passive: true, capture: true });
    this.touch();
    return () => {
      for (const e of ACTIVITY_EVENTS) target.removeEventListener(e, onActivity, { capture: true });
      this.stop();
    };
  }
}
