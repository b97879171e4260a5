import { describe, expect, it } from "vitest";
import { isGotoMessage, pymHeightMessage } from "@/features/embed/embed-messages.ts";
import { parseEmbedOptions } from "@/state/url-state.ts";

describe("parseEmbedOptions", () => {
  it("is light unless the host asks for dark or for the reader's own (auto)", () => {
    expect(parseEmbedOptions("").theme).toBe("light");
    expect(parseEmbedOptions("?theme=auto").theme).toBe("auto");
  });

  it("reads theme, header, start and pym's child id", () => {
    expect(parseEmbedOptions("?theme=dark&header=0&start=latest&childId=timeline-1")).toEqual({
      theme: "dark",
      header: false,
      start: "latest",
      childId: "timeline-1",
    });
  });

  it("falls back to defaults for anything unknown", () => {
    expect(parseEmbedOptions("?theme=purple&header=maybe&start=middle&childId=<script>")).toEqual({
      theme: "light",
      header: true,
      start: null,
      childId: null,
    });
  });
});

describe("embed messages", () => {
  it("accepts only a well-formed goto from the host", () => {
    expect(isGotoMessage({ type: "news-timeline:goto", event: "trump-maduro-call" })).toBe(true);
    expect(isGotoMessage({ type: "news-timeline:goto", event: 42 })).toBe(false);
    expect(isGotoMessage({ type: "news-timeline:goto", event: "x".repeat(201) })).toBe(false);
    expect(isGotoMessage("news-timeline:goto")).toBe(false);
    expect(isGotoMessage(null)).toBe(false);
  });

  it("speaks pym.js's height message", () => {
    expect(pymHeightMessage("timeline-1", 812)).toBe("pymxPYMxtimeline-1xPYMxheightxPYMx812");
  });
});
