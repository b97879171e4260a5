import { describe, expect, it } from "vitest";
import { escapeHtml, serializeJsonForHtml } from "@/lib/html-escape.ts";

describe("serializeJsonForHtml", () => {
  it("cannot close the script element it is written into", () => {
    const text = serializeJsonForHtml({ title: "</script><script>alert(1)</script><!--" });
    expect(text).not.toContain("</script");
    expect(text).not.toContain("<!--");
    expect(JSON.parse(text)).toEqual({ title: "</script><script>alert(1)</script><!--" });
  });
});

describe("escapeHtml", () => {
  it("escapes the characters that could open a tag or end an attribute", () => {
    expect(escapeHtml(`"><img src=x onerror='a'>&`)).toBe(
      "&quot;&gt;&lt;img src=x onerror=&#39;a&#39;&gt;&amp;",
    );
  });
});
