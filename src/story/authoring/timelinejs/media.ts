/**
 * TimelineJS shows almost anything as a slide's media: pictures, YouTube, tweets, maps, even
 * HTML. Our timeline shows one thing, a picture served over https (the pages'
 * Content-Security-Policy blocks http: pictures as mixed content), so every other kind is
 * sorted out here and becomes a to-do line instead of a picture that would not load.
 */

export type MediaVerdict =
  | { kind: "none" }
  | { kind: "picture"; url: string }
  | { kind: "embed"; url: string }
  | { kind: "insecure"; url: string }
  | { kind: "unsupported"; scheme: string }
  | { kind: "not-a-link" };

const PICTURE_PATH = /\.(?:jpe?g|png|webp|gif|avif)$/i;

/** Video, audio, social and map services: their links are players and posts, not pictures. */
const EMBED_HOSTS = [
  "youtube.com",
  "youtu.be",
  "youtube-nocookie.com",
  "vimeo.com",
  "twitter.com",
  "x.com",
  "t.co",
  "instagram.com",
  "instagr.am",
  "facebook.com",
  "fb.com",
  "fb.watch",
  "tiktok.com",
  "soundcloud.com",
  "spotify.com",
  "spotify.link",
  "maps.app.goo.gl",
];

const isOrUnder = (hostname: string, domain: string) =>
  hostname === domain || hostname.endsWith(`.${domain}`);

function isEmbedHost(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  if (EMBED_HOSTS.some((domain) => isOrUnder(host, domain))) return true;
  // Google Maps lives on every Google domain (google.no/maps, maps.google.com) and goo.gl/maps.
  const google = /(?:^|\.)google\.[a-z]{2,3}(?:\.[a-z]{2})?$/.test(host);
  const mapsPath = url.pathname.startsWith("/maps");
  return (google && (host.startsWith("maps.") || mapsPath)) || (host === "goo.gl" && mapsPath);
}

export function classifyMedia(raw: string | undefined): MediaVerdict {
  const text = (raw ?? "").trim();
  if (text === "") return { kind: "none" };
  let url: URL;
  try {
    // TimelineJS accepts protocol-relative addresses (//example.org/a.jpg); we serve https.
    url = new URL(text.startsWith("//") ? `https:${text}` : text);
  } catch {
    return { kind: "not-a-link" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { kind: "unsupported", scheme: url.protocol.replace(/:$/, "") };
  }
  const picture = PICTURE_PATH.test(url.pathname);
  if (!picture && isEmbedHost(url)) return { kind: "embed", url: url.href };
  if (url.protocol === "http:") return { kind: "insecure", url: url.href };
  return { kind: "picture", url: url.href };
}
