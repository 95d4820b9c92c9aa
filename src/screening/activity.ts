/**
 * Adapter to src/pwa/activity.ts (the update prompt never reloads while a screening is in
 * progress). Found through the module graph at build time, so this file works both before and
 * after that module lands on main; when it is absent the call does nothing.
 */
type ActivityModule = { setScreeningInProgress?: (active: boolean) => void };

const found = import.meta.glob<ActivityModule>('../pwa/activity.ts', { eager: true });

export function setScreeningInProgress(active: boolean): void {
  for (const mod of Object.values(found)) mod.setScreeningInProgress?.(active);
}
