// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from "vitest";

/*
 * embed.js on a host page (jsdom): heights are capped, not ignored, and a deep link scrolls
 * to the embed whose story has the event, not to the last one.
 */
const ORIGIN = "https://timelines.example.org";
const scrolled: string[] = [];

beforeAll(async () => {
  document.body.innerHTML = `
    <div id="first" data-news-timeline="${ORIGIN}/story-a/embed/">A</div>
    <div id="second" data-news-timeline="${ORIGIN}/story-b/embed/">B</div>`;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this.id);
  };
  await import("@/embed-loader/embed-loader.ts");
});

const frame = (id: string) => document.querySelector<HTMLIFrameElement>(`#${id} iframe`)!;

function fromEmbed(id: string, data: unknown, origin = ORIGIN) {
  window.dispatchEvent(
    new MessageEvent("message", { data, origin, source: frame(id).contentWindow }),
  );
}

describe("embed.js", () => {
  it("makes each div an iframe of its embed", () => {
    expect(frame("first").src).toBe(`${ORIGIN}/story-a/embed/`);
    expect(frame("second").src).toBe(`${ORIGIN}/story-b/embed/`);
  });

  it("caps a very tall embed (a long story on a phone) and lets it scroll inside", () => {
    fromEmbed("first", { type: "news-timeline:height", story: "a", height: 1200 });
    expect(frame("first").style.height).toBe("1200px");
    expect(frame("first").getAttribute("scrolling")).toBe("no");
    fromEmbed("first", { type: "news-timeline:height", story: "a", height: 48_000 });
    expect(frame("first").style.height).toBe("30000px");
    expect(frame("first").getAttribute("scrolling")).toBe("yes");
  });

  it("ignores heights from other origins or absurd ones", () => {
    const before = frame("second").style.height;
    fromEmbed(
      "second",
      { type: "news-timeline:height", story: "b", height: 900 },
      "https://evil.example",
    );
    fromEmbed("second", { type: "news-timeline:height", story: "b", height: 1e12 });
    expect(frame("second").style.height).toBe(before);
  });

  it("scrolls a deep link to the embed that opened the event, not to every embed", () => {
    window.location.hash = "#news-timeline=day-two";
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    // Only the second embed's story has the event; it says it opened it.
    fromEmbed("second", { type: "news-timeline:select", story: "b", event: "day-two" });
    expect(scrolled).toEqual(["second"]);
  });
});
