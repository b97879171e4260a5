import { useCallback, useEffect, useRef, useState } from "react";
import { openDraftStore, type Draft, type DraftStore } from "@/features/studio/model/drafts.ts";
import type { StudioStore } from "./studio-store.ts";

/** A change is in the browser's storage at most this long after it was made. */
export const DRAFT_SAVE_MS = 500;

export interface Drafts {
  /** "unavailable": storage is blocked, and the studio says that drafts cannot be kept. */
  status: "opening" | "available" | "unavailable";
  /** A draft from before this page opened (a reload, a crash), offered back. */
  offer: Draft | null;
  restore: () => void;
  discard: () => void;
}

/**
 * Keeps the text as a draft in the browser after every change, and offers a draft left from
 * before (a reload, a crash, a closed tab) back when the studio opens.
 */
export function useDrafts(store: StudioStore): Drafts {
  const [status, setStatus] = useState<Drafts["status"]>("opening");
  const [offer, setOffer] = useState<Draft | null>(null);
  const drafts = useRef<DraftStore | null>(null);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      const { text, slug, opened, savedText } = store.getState();
      if (text === savedText) void drafts.current?.clear();
      else void drafts.current?.save({ text, slug, name: opened.name, savedAt: Date.now() });
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.text === previous.text && state.savedText === previous.savedText) return;
      // Not pushed back by more typing: a change is kept within DRAFT_SAVE_MS, come what may.
      timer ??= setTimeout(save, DRAFT_SAVE_MS);
    });
    void openDraftStore().then(async (opened) => {
      if (!live) return;
      drafts.current = opened;
      setStatus(opened.available ? "available" : "unavailable");
      const left = await opened.load();
      if (live && left && left.text !== store.getState().text) setOffer(left);
    });
    return () => {
      live = false;
      if (timer) {
        clearTimeout(timer);
        save();
      }
      unsubscribe();
    };
  }, [store]);

  const restore = useCallback(() => {
    if (!offer) return;
    store
      .getState()
      .open(offer.text, { kind: "draft", name: offer.name }, offer.slug, { saved: false });
    setOffer(null);
  }, [offer, store]);

  const discard = useCallback(() => {
    setOffer(null);
    void drafts.current?.clear();
  }, []);

  return { status, offer, restore, discard };
}
