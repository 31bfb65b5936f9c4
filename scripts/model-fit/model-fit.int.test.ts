import { describe, expect, it } from "vitest";
import { Invalid } from "@/lib/errors";
import { activeModel, getModelVersion } from "@/lib/scoring";
import { FIT_CONSTRAINTS } from "@/lib/scoring/model/fit/fit";
import { satisfies } from "@/lib/scoring/model/fit/projection";
import { sigmoid } from "@/lib/scoring/model/fit/solver";
import { FIT_TERMS } from "@/lib/scoring/model/fit/terms";
import { storedFeatureVector } from "@/lib/scoring/model/stored-features";
import { SeededRandom } from "@/lib/util/random";
import type { OutcomeKind } from "@/lib/generated/prisma/enums";
import { storeScoredInferences, type ScoredRow } from "@/test/helpers/scored-inferences";
import { unique } from "@/test/helpers/unique";
import { modelFitCommand } from "./command";

// npm run model:fit on a database with outcomes: rows of its own in 1975 (no other test scores then),
// labelled by the latest outcome of each inference, withdrawals and band overrides left out.

const SINCE = "1975-01-01";
const UNTIL = "1976-01-01";

function history(tag: string) {
  const random = new SeededRandom(1975);
  const rows: ScoredRow[] = [];
  let positives = 0;
  let labelled = 0;
  for (let i = 0; i < 1_500; i++) {
    const features = {
      ...storedFeatureVector({}),
      tech_skill_coverage: random.next(),
      semantic_similarity: 0.2 + random.next() * 0.5,
      seniority_shortfall: random.int(0, 2),
    };
    const fits = random.chance(
      sigmoid(
        -1 +
          2.5 * features.tech_skill_coverage +
          3 * (features.semantic_similarity - 0.45) -
          0.8 * features.seniority_shortfall,
      ),
    );
    // The latest outcome decides: advanced-then-rejected is a rejection, advanced-then-withdrawn says nothing.
    const story: (OutcomeKind | null)[] =
      i % 15 === 0
        ? ["advanced", "withdrawn"]
        : i % 15 === 1
          ? [null]
          : i % 15 === 2
            ? []
            : fits
              ? random.chance(0.5)
                ? ["advanced"]
                : ["advanced", "interviewed"]
              : random.chance(0.3)
                ? ["advanced", "rejected"]
                : ["rejected"];
    if (story.length > 0 && story.at(-1) !== null && story.at(-1) !== "withdrawn") {
      labelled++;
      if (story.at(-1) !== "rejected") positives++;
    }
    rows.push({
      features,
      jobTitle: `${tag} job ${i % 30}`,
      createdAt: new Date(Date.UTC(1975, 1, 1) + i * 3_600_000),
      outcomes: story,
    });
  }
  return { rows, labelled, positives };
}

describe("npm run model:fit", () => {
  it("fits the outcomes, stores an inactive version with its held-out figures, and prints them", async () => {
    const active = await activeModel();
    // Fixed job titles: the held-out jobs are picked by a hash of the title, so a random tag made the held-out
    // AUC a new draw on every run (once 0.69). Only this test writes in 1975, on a fresh database.
    const { rows, labelled, positives } = history("fit-1975");
    await storeScoredInferences(rows, active);
    const version = unique("fit-test");

    const printout = await modelFitCommand(["--since", SINCE, "--until", UNTIL, "--version", version]);
    expect(printout).toContain(`Stored as inactive model version ${version}.`);
    expect(printout).toMatch(/Held-out ROC AUC \d\.\d{3} \(active .+: \d\.\d{3}\)/);
    expect(printout).toContain("decile");

    const stored = await getModelVersion({ input: { version } });
    expect(stored.active).toBe(false);
    expect(stored.notes).toMatch(/ROC AUC .* Brier .* ECE/);
    expect(stored.fit!.outcomes).toMatchObject({ rows: labelled, positives });
    expect(stored.fit!.heldOutEvaluation.active.version).toBe((await activeModel()).version);
    expect(stored.fit!.heldOutEvaluation.fitted.auc).toBeGreaterThan(0.7);
    const { terms } = stored.definition;
    expect(
      satisfies(
        FIT_TERMS.map(({ signal }) => terms[signal]!.weight),
        FIT_CONSTRAINTS,
      ),
    ).toBe(true);
    expect(terms.tech_skill_coverage!.weight).toBeGreaterThan(1);
    // The active model is untouched.
    expect((await activeModel({ now: Date.now() + 60_000 })).version).toBe(active.version);
  }, 120_000);

  it("refuses too few outcomes, saying how many it needs, and malformed arguments", async () => {
    const fewDay = ["--since", "1975-12-30", "--until", "1975-12-31"];
    await expect(modelFitCommand(fewDay)).rejects.toThrow(Invalid);
    await expect(modelFitCommand(fewDay)).rejects.toThrow(/needs at least 200 .* Found 0/);
    await expect(modelFitCommand(["--l2=-1"])).rejects.toThrow(/--l2 must be a number/);
    await expect(modelFitCommand(["--l2", "strong"])).rejects.toThrow(/--l2 must be a number/);
    await expect(modelFitCommand(["--since", "yesterday-ish"])).rejects.toThrow(/--since must be a date/);
  });
});
