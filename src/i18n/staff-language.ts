/**
 * The staff's language choice (Settings → Language), kept in the device `settings` table so it
 * applies on the next load (and sets <html lang dir> from the start).
 *
 * Only the Settings screen writes it. Kiosk mode changes the UI language for each person through
 * i18n directly and never calls `saveStaffLanguage`, so a family's pick never replaces the
 * staff's; each kiosk session starts from the staff language.
 *
 * Reading happens before the first render, so it uses plain IndexedDB (no Dexie in first-load
 * JavaScript), never creates the database when it does not exist yet, and gives up after a short
 * time. Writing goes through Dexie (loaded on demand), which creates the schema when needed.
 */
import type { AnyDoorDB } from '../db';
import { findLanguage } from './languages';

/** The settings row key. */
export const STAFF_LANGUAGE_KEY = 'staffLanguage';
/** Must equal DB_NAME in src/db (not imported here: that would put Dexie in first-load JS). */
export const SETTINGS_DB_NAME = 'anydoor';

export interface ReadStaffLanguageOptions {
  indexedDB?: IDBFactory | undefined;
  dbName?: string;
  timeoutMs?: number;
}

/** The saved staff language, or undefined (none saved, unknown code, storage unavailable or slow). */
export function readStaffLanguage(options: ReadStaffLanguageOptions = {}): Promise<string | undefined> {
  const idb = 'indexedDB' in options ? options.indexedDB : globalThis.indexedDB;
  if (!idb) return Promise.resolve(undefined);
  return new Promise<string | undefined>((resolve) => {
    let settled = false;
    const done = (v: string | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(v);
    };
    const timer = setTimeout(() => done(undefined), options.timeoutMs ?? 1500);
    try {
      const req = idb.open(options.dbName ?? SETTINGS_DB_NAME);
      // No database yet: abort, so reading does not create an empty one.
      req.onupgradeneeded = () => {
        try {
          req.transaction?.abort();
        } catch {
          // Already aborted.
        }
      };
      req.onerror = (e) => {
        e.preventDefault?.();
        done(undefined);
      };
      req.onsuccess = () => {
        const db = req.result;
        try {
          if (!db.objectStoreNames.contains('settings')) {
            db.close();
            done(undefined);
            return;
          }
          const get = db.transaction('settings', 'readonly').objectStore('settings').get(STAFF_LANGUAGE_KEY);
          get.onsuccess = () => {
            db.close();
            const value = (get.result as { value?: unknown } | undefined)?.value;
            done(typeof value === 'string' && findLanguage(value) ? value : undefined);
          };
          get.onerror = (e) => {
            e.preventDefault?.();
            db.close();
            done(undefined);
          };
        } catch {
          db.close();
          done(undefined);
        }
      };
    } catch {
      done(undefined);
    }
  });
}

/** Save the staff's language (Settings screen only; never from kiosk mode). */
export async function saveStaffLanguage(code: string, db?: AnyDoorDB): Promise<void> {
  if (!findLanguage(code)) throw new Error(`unknown language: ${code}`);
  const target = db ?? (await import('../db')).getDb();
  await target.settings.put({ key: STAFF_LANGUAGE_KEY, value: code });
}

/** The language to start in: the saved staff language, else the device's language. */
export async function startupLanguage(fallback: () => string, options?: ReadStaffLanguageOptions): Promise<string> {
  return (await readStaffLanguage(options)) ?? fallback();
}
