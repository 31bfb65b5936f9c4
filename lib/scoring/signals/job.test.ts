import { describe, expect, it } from "vitest";
import { categoryOf } from "./job";

describe("job signals", () => {
  it("normalises categories and names missing ones", () => {
    expect(categoryOf("  Customer   Success ")).toBe("customer success");
    expect(categoryOf(undefined)).toBe("unknown");
    expect(categoryOf("")).toBe("unknown");
  });
});
