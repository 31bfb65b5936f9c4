import { describe, expect, it } from "vitest";
import { stem } from "./stem";

describe("stem", () => {
  it("meets the forms of a word", () => {
    for (const word of ["purchase", "purchases", "purchasing", "purchased"]) expect(stem(word)).toBe("purchas");
    expect(stem("managed")).toBe(stem("managing"));
    expect(stem("businesses")).toBe(stem("business"));
  });

  it("keeps apart words the rules would merge", () => {
    expect(stem("busy")).not.toBe(stem("business"));
    expect(stem("busiest")).toBe(stem("busy"));
    expect(stem("community")).not.toBe(stem("communicate"));
    expect(stem("communities")).toBe(stem("community"));
    expect(stem("general")).not.toBe(stem("generation"));
    expect(stem("university")).not.toBe(stem("universal"));
    expect(stem("news")).not.toBe(stem("new"));
  });

  it("returns words that are not plain letters as they are", () => {
    expect(stem("node.js")).toBe("node.js");
    expect(stem("s3")).toBe("s3");
  });
});
