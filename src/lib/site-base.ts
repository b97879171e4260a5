/**
 * The path the site is served under: "/" at a domain's root, "/timelines/" when `siteUrl` in
 * data/site.yaml has a path (https://news.example.org/timelines). The build gives it to Vite
 * as `base`, which every bundle then reads here; outside Vite (Node scripts) it is "/".
 */
export const SITE_BASE: string = import.meta.env?.BASE_URL ?? "/";

/** A path of the site's own (`/embed.js`, `/studio/`), under its base. */
export function sitePath(path: string): string {
  return `${SITE_BASE}${path.replace(/^\//, "")}`;
}

/** The base a site URL implies: its path, with one slash at each end. */
export function baseOfSiteUrl(siteUrl: string | undefined): string {
  if (!siteUrl) return "/";
  const path = new URL(siteUrl).pathname.replace(/\/+$/, "");
  return `${path}/`;
}
