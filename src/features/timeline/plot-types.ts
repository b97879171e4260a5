/** The shapes of the wide timeline's render model (plot-model.ts), in CSS pixels. */

/** A box placed in the plot, in CSS pixels from the plot's top left. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A labelled event: its marker on the axis and its label card in a lane above it. */
export interface PlotLabel extends Box {
  id: string;
  markerX: number;
  lane: number;
}

/** A box for words that should start `inset` px in from its left edge, where they fit. */
export interface TextBox extends Box {
  inset: number;
}

/** A period: its bar below the axis, and its label above the bar. */
export interface PlotSpan {
  id: string;
  bar: Box;
  label: TextBox;
  fuzzy: boolean;
}

/** Events whose labels did not fit: one "+N" badge that zooms in on them. */
export interface PlotCluster {
  key: string;
  ids: string[];
  left: number;
  top: number;
  /** The time it covers, in base pixels (zoom 1), for zooming to it. */
  base0: number;
  base1: number;
  /** The time its events cover, UTC ms, both inside it: what its name says. */
  from: number;
  to: number;
}

export interface PlotText {
  key: string;
  left: number;
  top: number;
  text: string;
  /** Over the context strip (drawn on its tint, not the page's colour). */
  onContext?: boolean;
}

/** The time outside the focus: strips of tint, the lines where the focus starts and ends. */
export interface PlotContext {
  strips: { x0: number; x1: number }[];
  /** Where the focus meets the context, px. */
  edges: number[];
  /** "Background" in the strip before the focus, where it fits; null elsewhere. */
  label: PlotText | null;
}

/** An annotation: a band from `from` to `to` above the axis, its words in a row at the top. */
export interface PlotBand {
  id: string;
  band: Box;
  /** Its words' box: from the band's start (or the view's edge), cut where the next begins. */
  label: Box;
  text: string;
  /** The band's first and last instants, UTC ms, for its dates in words. */
  from: number;
  to: number;
}

/** Keys of the placed elements, shared by the model and the elements that carry them. */
export const plotKey = {
  label: (id: string) => `event:${id}`,
  span: (id: string) => `span:${id}`,
  cluster: (firstId: string) => `cluster:${firstId}`,
  tick: (time: number) => `tick:${time}`,
  now: "now",
  context: "context",
  band: (id: string) => `band:${id}`,
};
