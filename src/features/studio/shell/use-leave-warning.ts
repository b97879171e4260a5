import { useEffect } from "react";
import type { StudioStore } from "./studio-store.ts";

/** The browser asks before the tab closes while the text differs from what was saved or downloaded. */
export function useLeaveWarning(store: StudioStore) {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const { text, savedText } = store.getState();
      if (text === savedText) return;
      event.preventDefault();
      // Older browsers show the dialog only when a value is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [store]);
}
