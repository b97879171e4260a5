/**
 * embed.js: turns each `<div data-news-timeline="URL">` on a page into a lazily loaded iframe
 * of that timeline, and keeps the iframe exactly as tall as its content. No dependencies; it
 * runs in CMSs we do not control, so it trusts nothing: a message counts only if it comes from
 * that iframe's own window, from the embed's origin, and has the expected shape and bounds.
 *
 * Host page options, as attributes on the div:
 *   data-news-timeline="https://…/story/embed/?lang=en"  the embed's URL (required)
 *   data-news-timeline-sync-url                         keep `#news-timeline=<id>` in the host URL
 *   data-news-timeline-height="600"                     height before the embed reports its own
 * A link in the article to `#news-timeline=<event-id>` opens that event and scrolls to it.
 */

const ATTRIBUTE = "data-news-timeline";
const KEY = "news-timeline";
const MIN_HEIGHT = 100;
/**
 * The tallest an embed grows in the article. A story of hundreds of events is taller than
 * that on a phone: it is capped here and scrolls inside its frame, instead of being left at
 * its first height with the rest cut off.
 */
const MAX_HEIGHT = 30000;
/** A height reported beyond this is not a real page's: ignored. */
const ABSURD_HEIGHT = 10_000_000;
const ID_PATTERN = /^[a-z0-9-]{1,120}$/;

interface Embed {
  div: HTMLElement;
  frame: HTMLIFrameElement;
  origin: string;
}

const embeds: Embed[] = [];

/** The event a deep link in the host page asks for: `#news-timeline=<id>` or `?news-timeline=<id>`. */
function requestedEvent(): string | null {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get(KEY);
  const id = fromHash ?? new URLSearchParams(location.search).get(KEY);
  return id && ID_PATTERN.test(id) ? id : null;
}

function mount(div: HTMLElement) {
  if (div.querySelector("iframe")) return;
  let url: URL;
  try {
    url = new URL(div.getAttribute(ATTRIBUTE) ?? "", document.baseURI);
  } catch {
    return;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return;
  const deepLink = requestedEvent();
  if (deepLink) url.searchParams.set("event", deepLink);

  const frame = document.createElement("iframe");
  frame.src = url.href;
  frame.title = div.getAttribute("data-title") || div.textContent?.trim() || "Timeline";
  frame.loading = "lazy";
  // Scripts and its own origin (for storage and to be told apart), new tabs for its links;
  // no top navigation, no forms, no downloads.
  frame.setAttribute(
    "sandbox",
    "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox",
  );
  frame.setAttribute("allow", "clipboard-write");
  frame.setAttribute("scrolling", "no");
  const initial = Number(div.getAttribute(`${ATTRIBUTE}-height`)) || 600;
  frame.style.cssText = `display:block;width:100%;border:0;overflow:hidden;height:${initial}px`;
  div.replaceChildren(frame);
  embeds.push({ div, frame, origin: url.origin });
  // A deep link scrolls to the embed that has the event, once it says so (see onMessage).
  if (deepLink) pendingDeepLink = deepLink;
}

/** An event a deep link asked for, until an embed says it opened it. */
let pendingDeepLink: string | null = null;

function onMessage(event: MessageEvent) {
  const embed = embeds.find((e) => e.frame.contentWindow === event.source);
  if (!embed || event.origin !== embed.origin) return;
  const data: unknown = event.data;
  if (typeof data !== "object" || data === null) return;
  const message = data as Record<string, unknown>;
  const type = message.type;
  if (type === "news-timeline:height") {
    const height = message.height;
    if (typeof height !== "number" || !(height >= MIN_HEIGHT && height <= ABSURD_HEIGHT)) return;
    const capped = height > MAX_HEIGHT;
    embed.frame.style.height = `${Math.ceil(Math.min(height, MAX_HEIGHT))}px`;
    embed.frame.setAttribute("scrolling", capped ? "yes" : "no");
    embed.frame.style.overflow = capped ? "auto" : "hidden";
  } else if (type === "news-timeline:select" || type === "news-timeline:open") {
    const id = type === "news-timeline:select" ? message.event : message.id;
    if (id !== null && (typeof id !== "string" || !ID_PATTERN.test(id))) return;
    const detail: Record<string, unknown> = { story: String(message.story).slice(0, 120), id };
    if (type === "news-timeline:open") detail.panel = String(message.panel).slice(0, 20);
    embed.div.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
    // Of several embeds, only the one whose story has the linked event opens it: go there.
    if (type === "news-timeline:select" && id !== null && id === pendingDeepLink) {
      pendingDeepLink = null;
      embed.div.scrollIntoView({ block: "start", behavior: "smooth" });
    }
    if (type === "news-timeline:select" && embed.div.hasAttribute(`${ATTRIBUTE}-sync-url`)) {
      const hash = id ? `#${KEY}=${id}` : "";
      history.replaceState(history.state, "", `${location.pathname}${location.search}${hash}`);
    }
  }
}

/** A deep link followed on the host page after load: tell the embeds to open that event. */
function onHashChange() {
  const id = requestedEvent();
  if (!id) return;
  pendingDeepLink = id;
  for (const embed of embeds) {
    embed.frame.contentWindow?.postMessage({ type: "news-timeline:goto", event: id }, embed.origin);
  }
}

function scan() {
  document.querySelectorAll<HTMLElement>(`div[${ATTRIBUTE}]`).forEach(mount);
}

const loaded = window as unknown as { __newsTimeline?: { scan: () => void } };
if (!loaded.__newsTimeline) {
  loaded.__newsTimeline = { scan };
  window.addEventListener("message", onMessage);
  window.addEventListener("hashchange", onHashChange);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  else scan();
} else {
  // Loaded twice (two snippets on one page): mount any new divs, keep one listener.
  loaded.__newsTimeline.scan();
}

// A module to the type checker (tests import it for its effect); the build makes it one script.
export {};
