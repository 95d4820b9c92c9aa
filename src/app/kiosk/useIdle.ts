import { useEffect, useRef } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'input', 'wheel', 'scroll'] as const;

/** Calls onIdle after `ms` without any input; paused while `paused` is true (e.g. the warning is open). */
export function useIdle(ms: number, onIdle: () => void, paused: boolean): void {
  const cb = useRef(onIdle);
  useEffect(() => {
    cb.current = onIdle;
  }, [onIdle]);
  useEffect(() => {
    if (paused) return undefined;
    let timer = window.setTimeout(() => cb.current(), ms);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => cb.current(), ms);
    };
    for (const e of ACTIVITY) window.addEventListener(e, restart, { passive: true, capture: true });
    return () => {
      window.clearTimeout(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, restart, { capture: true });
    };
  }, [ms, paused]);
}
