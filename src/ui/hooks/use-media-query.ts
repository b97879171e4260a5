import { useSyncExternalStore } from "react";

/**
 * Whether a media query matches, kept in step with the browser. On the server (and before
 * hydration) it answers `serverValue`, so the first render matches the prerendered HTML.
 */
export function useMediaQuery(query: string, serverValue = false): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window === "undefined" || !window.matchMedia) return () => {};
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    () =>
      typeof window !== "undefined" && window.matchMedia
        ? window.matchMedia(query).matches
        : serverValue,
    () => serverValue,
  );
}

const REDUCED_MOTION = "(prefers-reduced-motion: reduce)";

/**
 * Whether the reader asks for less motion, read when it is needed: for what an event handler or
 * an effect does, not what a render draws. A hook's answer differs from the server's on most
 * screens just after hydration, and React draws its component again at once for it.
 */
export function prefersReducedMotion(): boolean {
  return typeof window === "undefined" || !window.matchMedia
    ? true
    : window.matchMedia(REDUCED_MOTION).matches;
}

export function usePrefersReducedMotion(): boolean {
  return useMediaQuery(REDUCED_MOTION, true);
}

/** Where the wide layout starts: the 600 px breakpoint of the style sheets. */
export const WIDE_QUERY = "(min-width: 600px)";

/** Whether the phone's layout is in use: false on the server and during hydration. */
export function usePhoneLayout(): boolean {
  return !useMediaQuery(WIDE_QUERY, true);
}
