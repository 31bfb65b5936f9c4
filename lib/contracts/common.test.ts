import { describe, expect, it } from "vitest";
import { listPageParams } from "./common";

describe("listPageParams", () => {
  it("drops a search the database could not run (NUL, unpaired surrogate) instead of failing the page", () => {
    expect(listPageParams.parse({ q: "a\u0000b", page: "2" })).toEqual({ q: undefined, page: 2 });
    expect(listPageParams.parse({ q: "a\ud800b" }).q).toBeUndefined();
    expect(listPageParams.parse({ q: " python " }).q).toBe("python");
  });
});
