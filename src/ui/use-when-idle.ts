import { useEffect, useState } from "react";

/** True once the page is idle (at the latest after 5 s): for what no reader needs at first. */
export function useWhenIdle(enabled: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    const start = () => setIdle(true);
    if (typeof requestIdleCallback === "function") {
      const id = requestIdleCallback(start, { timeout: 5000 });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(start, 2000);
    return () => clearTimeout(timer);
  }, [enabled]);
  return idle;
}
