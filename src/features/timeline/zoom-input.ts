/** The parts of a DOM event that decide what the zoom does with it. */
export interface ZoomInputEvent {
  type: string;
  button?: number;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * Whether d3-zoom takes an event (its `.filter()`). A plain wheel is the page's: readers scroll
 * past the timeline with it, and a plot that swallowed it trapped them. Ctrl or ⌘ with the
 * wheel zooms, as does a trackpad pinch (browsers send it as a wheel with ctrlKey); drag and
 * touch pinch pan and zoom; a double click and any button but the main one do nothing.
 */
export function zoomTakes(event: ZoomInputEvent): boolean {
  if (event.type === "dblclick") return false;
  if (event.type === "wheel") return Boolean(event.ctrlKey || event.metaKey);
  return !event.button;
}

/** A wheel the page scrolls with: the moment to tell the reader how to zoom instead. */
export function isPlainWheel(event: ZoomInputEvent): boolean {
  return event.type === "wheel" && !event.ctrlKey && !event.metaKey;
}

/**
 * How far a wheel event zooms, in powers of 2 (d3-zoom's `.wheelDelta()`). d3's default makes
 * any wheel with Ctrl ten times faster, for pinches, whose steps are small; a mouse's notch
 * with Ctrl held (about 100 px) would then zoom fourfold. Only small steps are sped up, so
 * Ctrl + wheel zooms as the plain wheel used to.
 */
export function wheelZoomDelta(event: { deltaY: number; deltaMode: number; ctrlKey: boolean }) {
  const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  const pinch = event.ctrlKey && event.deltaMode === 0 && Math.abs(event.deltaY) < 50;
  return -event.deltaY * unit * (pinch ? 10 : 1);
}

/** What a browser says of the machine it runs on (Navigator, or part of it). */
export interface PlatformInfo {
  platform?: string;
  userAgent?: string;
  userAgentData?: { platform?: string };
}

/** Apple's keyboards zoom with ⌘, the others with Ctrl. */
export function isApplePlatform(info: PlatformInfo): boolean {
  const platform = info.userAgentData?.platform || info.platform || info.userAgent || "";
  return /mac|iphone|ipad|ipod/i.test(platform);
}
