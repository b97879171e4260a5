import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseUrlState, serializeUrlState, type UrlState } from "@/state/url-state.ts";

const ids = {
  events: new Set(["call", "deadline"]),
  explainers: new Set(["icc"]),
  viewpoints: new Set(["bye-invasion"]),
  threads: new Set(["icc", "drugs"]),
};

const NOTHING_OPEN: UrlState = {
  lang: "nb",
  event: null,
  explainer: null,
  viewpoint: null,
  compare: false,
  threads: [],
  newestFirst: false,
};

describe("parseUrlState", () => {
  it("reads what the query opens", () => {
    expect(
      parseUrlState("?event=call&lang=en&explainer=icc&threads=drugs,icc&compare=1", ids, "nb"),
    ).toEqual({
      lang: "en",
      event: "call",
      explainer: "icc",
      viewpoint: null,
      compare: true,
      threads: ["drugs", "icc"],
      newestFirst: false,
    });
  });

  it("ignores unknown ids and languages instead of failing", () => {
    expect(
      parseUrlState("?event=gone&lang=de&viewpoint=<script>&threads=war,,icc,icc", ids, "nb"),
    ).toEqual({
      ...NOTHING_OPEN,
      threads: ["icc"],
    });
  });

  it("never throws on any query string", () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        expect(() => parseUrlState(search, ids, "nb")).not.toThrow();
      }),
    );
  });
});

describe("serializeUrlState", () => {
  it("leaves out empty keys and the language, which the path names (/<slug>/en/)", () => {
    expect(serializeUrlState(NOTHING_OPEN, "nb")).toBe("");
    expect(
      serializeUrlState(
        { ...NOTHING_OPEN, lang: "en", event: "call", threads: ["icc", "drugs"] },
        "nb",
        "?lang=en",
      ),
    ).toBe("?event=call&threads=icc,drugs");
  });

  it("keeps query parameters it does not own", () => {
    expect(
      serializeUrlState({ ...NOTHING_OPEN, event: "call" }, "nb", "?utm_source=x&event=old"),
    ).toBe("?utm_source=x&event=call");
  });

  it("round-trips any state made of known ids", () => {
    const maybe = (values: string[]) => fc.option(fc.constantFrom(...values), { nil: null });
    const state = fc.record<UrlState>({
      lang: fc.constantFrom("nb" as const, "en" as const),
      event: maybe([...ids.events]),
      explainer: maybe([...ids.explainers]),
      viewpoint: maybe([...ids.viewpoints]),
      compare: fc.boolean(),
      threads: fc.subarray([...ids.threads]),
      newestFirst: fc.boolean(),
    });
    fc.assert(
      fc.property(state, (value) => {
        // The language travels in the path: read back with it as the path's language.
        expect(parseUrlState(serializeUrlState(value, "nb"), ids, value.lang)).toEqual(value);
      }),
    );
  });
});
