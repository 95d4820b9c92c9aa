/**
 * Can this device keep data? Worker mode saves cases in IndexedDB, so the app tells the person
 * when it cannot (private windows, storage blocked for the site) or when the browser may evict
 * it under storage pressure (persistence not granted).
 *
 * - 'unavailable': IndexedDB cannot be opened (missing, throws, errors, blocked or never answers).
 * - 'not_persistent': IndexedDB works but the browser did not grant persistent storage.
 * - 'ok': IndexedDB works and storage is persistent.
 */
export type StorageStatus = 'ok' | 'not_persistent' | 'unavailable';

export interface CheckStorageOptions {
  indexedDB?: IDBFactory | undefined;
  storage?: StorageManager | undefined;
  /** Ask for persistence (navigator.storage.persist()) when not yet granted. Default true. */
  requestPersistence?: boolean;
  /** Give up on an IndexedDB open that never answers. */
  timeoutMs?: number;
}

const PROBE_DB = 'anydoor-storage-probe';

function probeIndexedDB(idb: IDBFactory | undefined, timeoutMs: number): Promise<boolean> {
  if (!idb) return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    const done = (ok: boolean) => {
      clearTimeout(timer);
      resolve(ok);
    };
    try {
      const req = idb.open(PROBE_DB, 1);
      req.onsuccess = () => {
        req.result.close();
        try {
          idb.deleteDatabase(PROBE_DB);
        } catch {
          // The probe is empty; leaving it behind is harmless.
        }
        done(true);
      };
      req.onerror = (e) => {
        e.preventDefault?.();
        done(false);
      };
      req.onblocked = () => done(false);
    } catch {
      done(false);
    }
  });
}

export async function checkStorage(options: CheckStorageOptions = {}): Promise<StorageStatus> {
  const idb = 'indexedDB' in options ? options.indexedDB : globalThis.indexedDB;
  const storage = 'storage' in options ? options.storage : typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!(await probeIndexedDB(idb, options.timeoutMs ?? 5000))) return 'unavailable';
  try {
    if (!storage || typeof storage.persisted !== 'function') return 'not_persistent';
    if (await storage.persisted()) return 'ok';
    if (options.requestPersistence === false || typeof storage.persist !== 'function') return 'not_persistent';
    return (await storage.persist()) ? 'ok' : 'not_persistent';
  } catch {
    return 'not_persistent';
  }
}
