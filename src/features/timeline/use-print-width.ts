import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * The width of the plot on paper: A4 and US Letter, portrait, inside the browser's default
 * margins (about 718 CSS px on A4), with room to spare.
 */
export const PRINT_WIDTH = 680;

/**
 * The plot's width while the page is printed, else null. The plot is laid out in pixels for the
 * screen's width, wider than a page: before printing it is laid out again for paper, at once
 * (flushSync), because the browser lays out the printed page as soon as "beforeprint" returns.
 */
export function usePrintWidth(): number | null {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return printing ? PRINT_WIDTH : null;
}
