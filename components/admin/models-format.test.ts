import { describe, expect, it } from "vitest";
import { figure, percent, signedWeight } from "./models-format";

describe("model figures", () => {
  it("shows weights with their sign and figures to three decimals", () => {
    expect(signedWeight(0.5)).toBe("+0.50");
    expect(signedWeight(-0.456)).toBe("−0.46");
    expect(signedWeight(-0.001)).toBe("0");
    expect(signedWeight(null)).toBe("—");
    expect(figure(0.84567)).toBe("0.846");
    expect(figure(undefined)).toBe("—");
    expect(percent(3, 8)).toBe("37.5 %");
    expect(percent(0, 0)).toBe("0 %");
  });
});
