import { describe, expect, it } from "vitest";
import { isAcceptedDate, isoOrNull, wholeDaysSince } from "./dates";

describe("dates", () => {
  it("accepts 1970 to 2100 and nothing beyond", () => {
    expect(isAcceptedDate(new Date("2026-12-01T00:00:00Z"))).toBe(true);
    expect(isAcceptedDate(new Date("2100-01-01T00:00:00Z"))).toBe(true);
    expect(isAcceptedDate(new Date("9999-12-31T23:59:59-14:00"))).toBe(false);
    expect(isAcceptedDate(new Date("1969-12-31T23:59:59Z"))).toBe(false);
  });

  it("reads an unreadable stored date as null instead of throwing", () => {
    expect(isoOrNull(new Date(Number.NaN))).toBeNull();
    expect(isoOrNull(null)).toBeNull();
    expect(isoOrNull(new Date("2026-01-02T03:04:05Z"))).toBe("2026-01-02T03:04:05.000Z");
    expect(wholeDaysSince(new Date(Number.NaN))).toBeNull();
    expect(wholeDaysSince(new Date("2026-01-01T00:00:00Z"), Date.parse("2026-01-11T12:00:00Z"))).toBe(10);
    expect(wholeDaysSince(new Date("2027-01-01T00:00:00Z"), Date.parse("2026-01-01T00:00:00Z"))).toBe(0);
  });
});
