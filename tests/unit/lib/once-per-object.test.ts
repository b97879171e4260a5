import { describe, expect, it } from "vitest";
import { oncePerObject } from "@/lib/once-per-object.ts";

describe("oncePerObject", () => {
  it("works a value out once per object, and again for another object", () => {
    let calls = 0;
    const size = oncePerObject((list: readonly number[]) => (calls++, list.length));
    const a = [1, 2, 3];
    expect([size(a), size(a)]).toEqual([3, 3]);
    expect(calls).toBe(1);
    expect(size([1])).toBe(1);
    expect(calls).toBe(2);
  });

  it("remembers a value that is undefined too", () => {
    let calls = 0;
    const nothing = oncePerObject((_: object) => (calls++, undefined));
    const key = {};
    nothing(key);
    nothing(key);
    expect(calls).toBe(1);
  });
});
