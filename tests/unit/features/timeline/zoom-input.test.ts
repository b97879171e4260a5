import { describe, expect, it } from "vitest";
import {
  isApplePlatform,
  isPlainWheel,
  wheelZoomDelta,
  zoomTakes,
} from "@/features/timeline/zoom-input.ts";

describe("zoomTakes", () => {
  it("leaves a plain wheel to the page, and zooms with Ctrl or ⌘ held", () => {
    expect(zoomTakes({ type: "wheel" })).toBe(false);
    expect(zoomTakes({ type: "wheel", ctrlKey: true })).toBe(true);
    expect(zoomTakes({ type: "wheel", metaKey: true })).toBe(true);
  });

  it("pans with the main button and touch, never with a double click or another button", () => {
    expect(zoomTakes({ type: "mousedown", button: 0 })).toBe(true);
    expect(zoomTakes({ type: "touchstart" })).toBe(true);
    expect(zoomTakes({ type: "mousedown", button: 2 })).toBe(false);
    expect(zoomTakes({ type: "dblclick", button: 0 })).toBe(false);
  });
});

describe("isPlainWheel", () => {
  it("is a wheel without Ctrl or ⌘, and nothing else", () => {
    expect(isPlainWheel({ type: "wheel" })).toBe(true);
    expect(isPlainWheel({ type: "wheel", ctrlKey: true })).toBe(false);
    expect(isPlainWheel({ type: "wheel", metaKey: true })).toBe(false);
    expect(isPlainWheel({ type: "mousedown" })).toBe(false);
  });
});

describe("wheelZoomDelta", () => {
  it("zooms a mouse notch with Ctrl as d3 zooms a plain one: 2^0.2 per 100 px", () => {
    expect(wheelZoomDelta({ deltaY: -100, deltaMode: 0, ctrlKey: true })).toBeCloseTo(0.2);
    expect(wheelZoomDelta({ deltaY: 100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(-0.2);
    expect(wheelZoomDelta({ deltaY: -3, deltaMode: 1, ctrlKey: true })).toBeCloseTo(0.15);
  });

  it("speeds up a trackpad pinch's small steps tenfold, as d3 does", () => {
    expect(wheelZoomDelta({ deltaY: -4, deltaMode: 0, ctrlKey: true })).toBeCloseTo(0.08);
  });
});

describe("isApplePlatform", () => {
  it("knows a Mac by the platform the browser reports, however it reports it", () => {
    expect(isApplePlatform({ userAgentData: { platform: "macOS" } })).toBe(true);
    expect(isApplePlatform({ platform: "MacIntel" })).toBe(true);
    expect(isApplePlatform({ platform: "Win32" })).toBe(false);
    expect(isApplePlatform({ userAgentData: { platform: "" }, platform: "Linux x86_64" })).toBe(
      false,
    );
    expect(isApplePlatform({})).toBe(false);
  });
});
