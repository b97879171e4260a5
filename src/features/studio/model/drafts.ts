/**
 * The studio's draft, kept in the browser (IndexedDB) after every change, so a reload, a crash
 * or a closed tab loses nothing. Where storage is blocked (private modes, locked-down
 * browsers, a sandboxed frame) the store says so and the studio goes on without it.
 */
export interface Draft {
  text: string;
  slug: string;
  /** What the draft was opened as, to say so when it is offered back. */
  name: string;
  /** UTC ms. */
  savedAt: number;
}

export interface DraftStore {
  available: boolean;
  load: () => Promise<Draft | null>;
  save: (draft: Draft) => Promise<boolean>;
  clear: () => Promise<void>;
}

const DB = "news-timeline-studio";
const STORE = "drafts";
const KEY = "current";

const unavailable: DraftStore = {
  available: false,
  load: async () => null,
  save: async () => false,
  clear: async () => {},
};

function request<T>(make: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = make();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export async function openDraftStore(): Promise<DraftStore> {
  let db: IDBDatabase;
  try {
    if (typeof indexedDB === "undefined") return unavailable;
    db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(DB, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
      open.onblocked = () => reject(new Error("blocked"));
    });
  } catch {
    return unavailable;
  }
  const store = (mode: IDBTransactionMode) => db.transaction(STORE, mode).objectStore(STORE);
  return {
    available: true,
    load: async () => {
      try {
        const draft = (await request(() => store("readonly").get(KEY))) as Draft | undefined;
        return draft && typeof draft.text === "string" ? draft : null;
      } catch {
        return null;
      }
    },
    save: async (draft) => {
      try {
        await request(() => store("readwrite").put(draft, KEY));
        return true;
      } catch {
        return false;
      }
    },
    clear: async () => {
      try {
        await request(() => store("readwrite").delete(KEY));
      } catch {
        // Nothing to clear, or storage gone: either way there is no draft to offer.
      }
    },
  };
}
