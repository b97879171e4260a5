import { describe, expect, it } from "vitest";
import { sketchOverscan } from "@/features/timeline/sketch/sketch-surface.ts";

describe("how far the sketch lays the plot out beyond the viewport", () => {
  it("reaches a viewport and a half on each side", () => {
    expect(sketchOverscan(892, 1)).toBe(1338);
  });

  it("keeps the pan's canvas within 4,096 device pixels", () => {
    const reach = sketchOverscan(1000, 1);
    expect(1000 + 2 * reach).toBeLessThanOrEqual(4096);
    expect(reach).toBeGreaterThan(1000);
  });

  it("never reaches less than the page's own layout, half a viewport", () => {
    expect(sketchOverscan(1400, 2)).toBe(700);
  });
});
