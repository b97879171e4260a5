import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitDeferredCss } from "../../../scripts/lib/deferred-css.ts";

describe("splitDeferredCss", () => {
  it("moves the rules for paper and forced colours out, and keeps the rest in order", () => {
    const css =
      '@charset "utf-8";.a{color:red}@media print{.a{color:#000}.b{display:none}}' +
      "@media (max-width:599px){.a{margin:0}}@media (forced-colors:active){.a{border-color:CanvasText}}" +
      '.c::after{content:"}{"}';
    expect(splitDeferredCss(css)).toEqual({
      inline:
        '@charset "utf-8";.a{color:red}@media (max-width:599px){.a{margin:0}}.c::after{content:"}{"}',
      deferred:
        "@media print{.a{color:#000}.b{display:none}}@media (forced-colors:active){.a{border-color:CanvasText}}",
    });
  });

  it("loses and adds nothing: the two parts hold every rule", () => {
    const rule = fc.constantFrom(
      ".x{color:red}",
      "@media print{.y{display:none}}",
      "@media (forced-colors: active){.z{forced-color-adjust:none}}",
      "@media (min-width:600px){.w{gap:1px}}",
      "@keyframes k{0%{opacity:0}to{opacity:1}}",
      '.q::before{content:"{"}',
    );
    fc.assert(
      fc.property(fc.array(rule), (rules) => {
        const { inline, deferred } = splitDeferredCss(rules.join(""));
        const kept = rules.filter((r) => !/^@media (print|\(forced-colors)/.test(r));
        expect(inline).toBe(kept.join(""));
        expect(deferred.length + inline.length).toBe(rules.join("").length);
      }),
    );
  });
});
