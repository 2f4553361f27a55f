/**
 * The web version's storage: projects, the recent list and the autosaved copy, in the browser's IndexedDB
 * (kept across reloads and restarts, on this computer and in this browser only).
 */

const DB_NAME = 'lexgap';
const DB_VERSION = 1;

export const STORES = {
  /** Saved projects: { id, name, json, savedAt }. */
  projects: 'projects',
  /** The recent list: RecentProject entries keyed by id. */
  recent: 'recent',
  /**
   * Single values: the automatic copies ("autosave:<id>", each with its note "autosave-note:<id>"; "autosave" is
   * the single copy earlier versions kept) and the regional comparison's JSON ("region").
   */
  state: 'state',
} as const;

type StoreName = (typeof STORES)[keyof typeof STORES];

let opening: Promise<IDBDatabase> | undefined;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORES.projects)) db.createObjectStore(STORES.projects, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(STORES.recent)) db.createObjectStore(STORES.recent, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(STORES.state)) db.createObjectStore(STORES.state);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
  opening.catch(() => {
    opening = undefined;
  });
  return opening;
}

async function withStore<T>(store: StoreName, mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  const tx = db.transaction(store, mode);
  const result = request(fn(tx.objectStore(store)));
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
  return result;
}

export function getValue<T>(store: StoreName, key: string): Promise<T | undefined> {
  return withStore(store, 'readonly', (s) => s.get(key) as IDBRequest<T | undefined>);
}

export function getAll<T>(store: StoreName): Promise<T[]> {
  return withStore(store, 'readonly', (s) => s.getAll() as IDBRequest<T[]>);
}

/** Writes a value: under its own key path (projects, recent) or under `key` (state). */
export async function putValue(store: StoreName, value: unknown, key?: string): Promise<void> {
  await withStore(store, 'readwrite', (s) => (key === undefined ? s.put(value) : s.put(value, key)));
}

export async function deleteValue(store: StoreName, key: string): Promise<void> {
  await withStore(store, 'readwrite', (s) => s.delete(key));
}

/** The keys of a store (state: the single values' names). */
export function getKeys(store: StoreName): Promise<string[]> {
  return withStore(store, 'readonly', (s) => s.getAllKeys() as IDBRequest<string[]>);
}

/** Writes several values under their keys in one transaction: all of them are kept, or none. */
export async function putValues(store: StoreName, entries: readonly [string, unknown][]): Promise<void> {
  const db = await open();
  const tx = db.transaction(store, 'readwrite');
  for (const [key, value] of entries) tx.objectStore(store).put(value, key);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}
