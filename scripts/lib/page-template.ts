/**
 * The page template as production serves it, made the same way for the build and the dev
 * server (scripts/lib/render-page.ts): the app starts after the first paint, and a
 * Content-Security-Policy allows no inline script but the ones this template itself holds.
 * Pure string work, no file system: the caller says how to read a stylesheet.
 */
import { createHash } from "node:crypto";

import { DEFERRED_MEDIA, splitDeferredCss } from "./deferred-css.ts";

export interface PreparedTemplate {
  /** index.html with the start-up script and CSP in place, still holding the app-* markers. */
  html: string;
  csp: string;
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/**
 * The app's code starts loading once the story's first paint is on screen, from a one-line
 * script at the end of the head (there gzip finds much of it in what comes before it: 0.1 KB
 * less of every page's first response than at the end of the body). The text never shares the
 * network or the main thread with code, and Lighthouse stops counting the code as part of the largest paint: its model treats
 * every request that finished before that paint as needed for it. The paint entry comes after
 * the frame is presented; an animation frame would be too early. Links work without code. The
 * timer covers a browser without paint timing and an embed out of view, which does not paint.
 *
 * The story's data (`#story-data[data-src]`, a file of its own so the page's first response is
 * only the readable story) is asked for at the same moment as the code, by a preload the app's
 * own fetch then picks up (same mode: `crossorigin`, as a plain fetch is), so neither waits for
 * the other. So are the entry's own imports, by modulepreload links: else they would be asked for
 * only once the entry has arrived and been read, a round trip later.
 *
 * Two things must not be lost meanwhile. A tap on an event before the app has started is kept
 * (`#root[data-pending-event]`) and acted on once it has (StoryRoot). And when the code cannot
 * load (a 404 after a deploy, a sandboxed frame without CORS), the reader is told so, in the
 * page's language (`#root[data-start-failed-text]`), and the dead timeline is hidden by CSS
 * (`html[data-start-failed]`): the list below it holds the whole story.
 */
/**
 * A `<link>` the start-up script adds, as the properties it sets: no empty ones, since every
 * byte of the script is in every page.
 */
export type LateLink = { rel: string; href: string; type?: string; media?: string };

export function bootScript(entryUrl: string, lateLinks: readonly LateLink[] = []): string {
  return (
    `(()=>{const d=document.documentElement,root=()=>document.getElementById("root");let started=0;` +
    `const fail=()=>{const r=root();if(!r||d.hasAttribute("data-ready"))return;` +
    `const p=document.createElement("p");p.className="story-load-error";p.setAttribute("role","alert");` +
    `p.textContent=r.dataset.startFailedText||"";r.prepend(p);d.dataset.startFailed="";d.dataset.ready=""};` +
    `const link=(a)=>document.head.append(Object.assign(document.createElement("link"),a));` +
    `const start=()=>{if(started)return;started=1;const u=document.getElementById("story-data")?.dataset.src;` +
    `if(u)link({rel:"preload",as:"fetch",crossOrigin:"anonymous",href:u});` +
    `${JSON.stringify(lateLinks)}.map(link);` +
    `import(${JSON.stringify(entryUrl)}).catch(fail)};` +
    `document.addEventListener("click",(e)=>{const b=e.target instanceof Element&&e.target.closest("[data-event-id]");` +
    `const r=root();if(b&&r&&!d.hasAttribute("data-ready"))r.dataset.pendingEvent=b.getAttribute("data-event-id")},true);` +
    `try{new PerformanceObserver((list)=>{` +
    `if(list.getEntriesByName("first-contentful-paint").length)start()` +
    `}).observe({type:"paint",buffered:true})}catch{}` +
    `setTimeout(start,1000)})()`
  );
}

/**
 * An embed's look, before its first paint: the host's `theme` (light unless it asks for dark
 * or auto) and `header=0`, read from the query by a tiny script in the head, so a dark or
 * headerless embed never flashes light or shows its title while the app loads. EmbedPage
 * reads the same options (parseEmbedOptions) once it runs. Every page carries it (one hash in
 * the CSP); render-page.ts leaves it out of story pages.
 */
export const EMBED_LOOK_SCRIPT =
  String.raw`(()=>{if(!/\/embed\/(index\.html)?$/.test(location.pathname))return;` +
  `const d=document.documentElement,q=new URLSearchParams(location.search),t=q.get("theme");` +
  `if(t!=="auto")d.dataset.theme=t==="dark"?"dark":"light";` +
  `if(q.get("header")==="0")d.dataset.embedHeader="0"})()`;

/** The Content-Security-Policy's word for EMBED_LOOK_SCRIPT, which a story page leaves out too. */
export const EMBED_LOOK_SCRIPT_HASH = sha256(EMBED_LOOK_SCRIPT);

/** The app's own module script (the dev server adds its client, which stays as it is). */
function findEntryScript(html: string): { tag: string; src: string } {
  const pattern = /<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>\s*/g;
  for (const match of html.matchAll(pattern)) {
    if (match[1] && match[1] !== "/@vite/client") return { tag: match[0], src: match[1] };
  }
  throw new Error("index.html has no module script to start the app");
}

/**
 * No inline script may run but those listed by hash, whatever a story contains. Styles may be
 * inline (positions in style attributes). Event pictures may come from an agency's server.
 */
function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/**
 * Turns index.html (as Vite built or served it) into the template every page is rendered into.
 * `inlineStylesheet` returns a built stylesheet's text to inline (the build), or null to keep
 * the link (the dev server, which injects styles itself).
 */
export function prepareTemplate(
  html: string,
  inlineStylesheet: (href: string) => string | null = () => null,
  deferStylesheet?: (css: string) => string,
): PreparedTemplate {
  // Critical CSS inline: all our CSS is a few KB gzipped, less than an extra round trip costs.
  // What only paper and forced colours need is linked instead (deferred-css.ts), when the
  // caller can write it (the build).
  // It is linked after the first paint, as the icons are below: a stylesheet linked in the head,
  // even one whose media does not apply, is counted by Lighthouse's model as needed for it.
  const lateLinks: LateLink[] = [];
  let out = html.replace(/<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g, (tag, href) => {
    const css = inlineStylesheet(href as string);
    if (css === null) return tag;
    const { inline, deferred } = deferStylesheet
      ? splitDeferredCss(css)
      : { inline: css, deferred: "" };
    const style = `<style>${inline.replace(/<\/style/gi, "<\\/style")}</style>`;
    if (!deferStylesheet || deferred === "") return style;
    const link = deferStylesheet(deferred);
    lateLinks.push({ rel: "stylesheet", href: link, media: DEFERRED_MEDIA });
    return `${style}<noscript><link rel="stylesheet" href="${link}" media="${DEFERRED_MEDIA}"></noscript>`;
  });
  // The site's icons and manifest are linked by the start-up script, once the first paint is
  // on screen: linked here, the browser fetched them before that paint, and Lighthouse's model
  // counted them as needed for it (LCP 903 ms where Chrome painted the story at about 100 ms).
  // With no icon linked, the browser asks for /favicon.ico by itself as it finishes reading
  // the page, often before that paint: an empty icon stands in until the script links the
  // site's, and a reader without scripts gets them from <noscript>.
  const icons: string[] = [];
  out = out.replace(
    /<link rel="(icon|apple-touch-icon|manifest)" href="([^"]+)"(?: sizes="[^"]*")?(?: type="([^"]+)")? \/>\s*/g,
    (tag: string, rel: string, href: string, type: string | undefined) => {
      lateLinks.push({ rel, href, ...(type && { type }) });
      if (rel === "icon") icons.push(tag.trim());
      return "";
    },
  );
  if (icons.length > 0)
    out = out.replace(
      "</head>",
      `<link rel="icon" href="data:," /><noscript>${icons.join("")}</noscript>\n  </head>`,
    );
  const entry = findEntryScript(out);
  // The entry's own imports are asked for with it, after the first paint, not in the head,
  // where they would compete with the page's own text; nor after the entry has arrived and
  // been read, a round trip later (190 ms of a phone's start at 5,000 events here, more on
  // a mobile network).
  out = out.replace(/<link rel="modulepreload"[^>]*href="([^"]+)"[^>]*>\s*/g, (_, href: string) => {
    lateLinks.push({ rel: "modulepreload", href });
    return "";
  });
  const boot = bootScript(entry.src, lateLinks);
  out = out
    .replace(entry.tag, "")
    .replace(
      "</head>",
      `<script>${EMBED_LOOK_SCRIPT}</script>\n  <script>${boot}</script>\n  </head>`,
    );
  const inline = [
    ...out.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*type="application\/)[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].map((match) => match[1] ?? "");
  const csp = contentSecurityPolicy([...new Set(inline.map(sha256))]);
  const withCsp = out.replace(
    /<meta charset="utf-8" \/>/i,
    `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
  );
  if (!withCsp.includes("Content-Security-Policy")) {
    throw new Error("Could not add the Content-Security-Policy to index.html");
  }
  return { html: withCsp, csp };
}
