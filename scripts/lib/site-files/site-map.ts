import { escapeHtml } from "@/lib/html-escape.ts";

/** `/sitemap.xml`: every page and language of the site, each with when it last changed. */
export function siteMap(pages: readonly { url: string; updated: string }[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...pages.map(
      (page) =>
        `  <url><loc>${escapeHtml(page.url)}</loc><lastmod>${escapeHtml(new Date(page.updated).toISOString())}</lastmod></url>`,
    ),
    "</urlset>",
    "",
  ].join("\n");
}

/** `/robots.txt`: everything may be read; where the site map is, when the site's address is known. */
export function robotsTxt(siteMapUrl: string | undefined): string {
  return ["User-agent: *", "Allow: /", ...(siteMapUrl ? [`Sitemap: ${siteMapUrl}`] : []), ""].join(
    "\n",
  );
}
