import type { RefObject } from "react";
import type { SketchCanvases } from "./sketch-surface.ts";

/**
 * Stands in for the plot's layer while a gesture runs (plot-sketch.ts): a frame holding the
 * zoom's canvas and the pan's, hidden until then, and never read out (the layer's buttons are).
 */
export function SketchFrame({ canvasesRef }: { canvasesRef: RefObject<SketchCanvases | null> }) {
  return (
    <div
      className="htl__sketch"
      aria-hidden="true"
      ref={(frame) => {
        const [zoom, pan] = frame?.querySelectorAll("canvas") ?? [];
        canvasesRef.current = frame && zoom && pan ? { frame, zoom, pan } : null;
      }}
    >
      <canvas className="htl__sketch-canvas" />
      <canvas className="htl__sketch-canvas htl__sketch-canvas--pan" />
    </div>
  );
}
