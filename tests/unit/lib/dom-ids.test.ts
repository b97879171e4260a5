import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { domIds } from "@/lib/dom-ids.ts";

const storyId = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,4}$/), { minLength: 1, maxLength: 4 })
  .map((words) => words.join("-"));

describe("DOM ids", () => {
  it("do not collide for ids x and x-title (an event and another's heading)", () => {
    expect(domIds.event("x-title")).not.toBe(domIds.eventTitle("x"));
    expect(domIds.explainer("x-title")).not.toBe(domIds.explainerTitle("x"));
  });

  it("never collide, whatever two of the story's ids are", () => {
    const all = (id: string) => Object.values(domIds).map((make) => make(id));
    fc.assert(
      fc.property(storyId, storyId, (a, b) => {
        fc.pre(a !== b);
        const ofA = all(a);
        for (const id of all(b)) expect(ofA).not.toContain(id);
      }),
    );
  });
});
