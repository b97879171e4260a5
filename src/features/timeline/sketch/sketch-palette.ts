import type { ClaimStatus } from "@/story/model/types.ts";

/** The plot's colours and font, as the page's styles resolve them now (theme included). */
export interface SketchPalette {
  font: string;
  bg: string;
  bgRaised: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  status: Record<Exclude<ClaimStatus, "confirmed">, { bg: string; text: string }>;
}

const CLAIMS = ["reported", "unconfirmed", "disputed", "denied"] as const;

/**
 * Reads the plot's colours through `probe` (any element inside the plot): the tokens are
 * `light-dark()` pairs, which a canvas cannot take, so each is resolved by the browser as an
 * element's colour. Cached per theme: reading forces a style recalculation of the probe.
 */
export function readPalette(probe: HTMLElement): SketchPalette {
  const dark = matchMedia("(prefers-color-scheme: dark)").matches;
  const key = `${document.documentElement.dataset["theme"] ?? ""}|${dark}`;
  if (cached?.key === key) return cached.palette;
  const saved = probe.style.color;
  const resolve = (token: string) => {
    probe.style.color = `var(${token})`;
    return getComputedStyle(probe).color;
  };
  const palette: SketchPalette = {
    font: getComputedStyle(probe).fontFamily,
    bg: resolve("--bg"),
    bgRaised: resolve("--bg-raised"),
    text: resolve("--text"),
    muted: resolve("--text-muted"),
    border: resolve("--border"),
    accent: resolve("--accent"),
    status: Object.fromEntries(
      CLAIMS.map((claim) => [
        claim,
        { bg: resolve(`--status-${claim}-bg`), text: resolve(`--status-${claim}-text`) },
      ]),
    ) as SketchPalette["status"],
  };
  probe.style.color = saved;
  cached = { key, palette };
  return palette;
}

let cached: { key: string; palette: SketchPalette } | undefined;
