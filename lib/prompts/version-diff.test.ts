import { describe, expect, it } from "vitest";
import { diffVersions, templateLines } from "./version-diff";

describe("diffVersions", () => {
  it("reports template lines, variables and config that changed", () => {
    const diff = diffVersions(
      {
        template: [
          { role: "system", content: "Read it.\nBe brief." },
          { role: "user", content: "<r>{{resume}}</r>" },
        ],
        config: { temperature: 0 },
      },
      {
        template: [
          { role: "system", content: "Read it.\nBe thorough." },
          { role: "user", content: "<r>{{resume}}</r> for {{job}}" },
        ],
        config: { temperature: 0.3, maxTokens: 500 },
      },
    );
    expect(diff.lines.filter((line) => line.kind !== "equal").map((line) => `${line.kind}:${line.text}`)).toEqual([
      "remove:Be brief.",
      "add:Be thorough.",
      "remove:<r>{{resume}}</r>",
      "add:<r>{{resume}}</r> for {{job}}",
    ]);
    expect(diff).toMatchObject({
      added: 2,
      removed: 2,
      variables: { added: ["job"], removed: [], unchanged: ["resume"] },
    });
    expect(diff.config).toEqual([
      { key: "temperature", from: 0, to: 0.3 },
      { key: "maxTokens", from: null, to: 500 },
    ]);
  });

  it("shows a message whose role changed under its header line", () => {
    expect(templateLines([{ role: "user", content: "a\nb" }])).toEqual(["### message 1: user", "a", "b"]);
    const diff = diffVersions(
      { template: [{ role: "user", content: "a" }], config: {} },
      { template: [{ role: "assistant", content: "a" }], config: {} },
    );
    expect(diff.lines.map((line) => line.kind)).toEqual(["remove", "add", "equal"]);
  });

  it("diffs text prompts line by line, and identical versions not at all", () => {
    const same = { template: "Hello {{name}}", config: {} };
    expect(diffVersions(same, same)).toMatchObject({
      added: 0,
      removed: 0,
      config: [],
      variables: { added: [], removed: [] },
    });
  });
});
