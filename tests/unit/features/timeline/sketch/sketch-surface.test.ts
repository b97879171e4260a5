import { describe, expect, it } from "vitest";
import { sketchOverscan } from "@/features/timeline/sketch/sketch-surface.ts";

describe("how far the sketch lays the plot out beyond the viewport", () => {
  it("reaches a viewport and a half on each side", () => {
    expect(sketchOverscan(892, 1)).toBe(1338);
  });

  it("keeps the pan's canvas within 8,192 device pixels", () => {
    const reach = sketchOverscan(1400, 2);
    expect((1400 + 2 * reach) * 2).toBeLessThanOrEqual(8192);
    expect(reach).toBeGreaterThan(700);
  });

  it("never reaches less than the page's own layout, half a viewport", () => {
    expect(sketchOverscan(3000, 2)).toBe(1500);
  });
});
