import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCandidate } from "@/lib/candidates";
import { db } from "@/lib/db";
import { embeddingProvider, encodeVector, settleCandidateVectorRefresh } from "@/lib/embeddings";
import { resetEnvCache } from "@/lib/env";
import { screenResume } from "@/lib/skills";
import { prepareApp } from "./prepare-app";

// Start reads profiles of older reading rules again, and re-embeds the vectors that left stale
// (reread-profiles.ts marks them, the re-embedding pass replaces them): the link between the two is
// start's. A database of its own: start reads and re-embeds every profile it finds.

const system = { kind: "system", name: "test" } as const;
const WITH_RUN = `Kim Roth
Buyer, Rewe, 2019 – present
- Responsible for procurement, supplier management, SAP and contract negotiation.
- Ran quarterly tenders for fresh produce across 120 stores.`;

const vectorOf = (id: string) =>
  db.candidate.findUniqueOrThrow({ where: { id }, select: { embedding: true, embeddingModel: true } });

describe("start", () => {
  const seedDemo = process.env.SEED_DEMO;
  beforeAll(() => {
    process.env.SEED_DEMO = "false";
    resetEnvCache();
  });
  afterAll(() => {
    if (seedDemo === undefined) delete process.env.SEED_DEMO;
    else process.env.SEED_DEMO = seedDemo;
    resetEnvCache();
  });

  it("re-embeds a vector of text that the current reading rules no longer embed", async () => {
    const saved = await createCandidate({ ctx: system, input: { fullName: "Kim Roth", resumeText: WITH_RUN } });
    const asSaved = await vectorOf(saved.id);
    // As reading version 10 left it: the sentence of bare skill names embedded as a duty.
    const [whole] = (await embeddingProvider().embed([screenResume(WITH_RUN).text])).vectors;
    await db.candidate.update({
      where: { id: saved.id },
      data: { readingVersion: 10, embedding: encodeVector(whole!) },
    });

    const { background } = await prepareApp();
    await background;
    await settleCandidateVectorRefresh();

    const after = await vectorOf(saved.id);
    expect(after.embeddingModel).toBe(asSaved.embeddingModel);
    expect(Buffer.from(after.embedding!)).toEqual(Buffer.from(asSaved.embedding!));
    expect(Buffer.from(after.embedding!)).not.toEqual(Buffer.from(encodeVector(whole!)));
  });
});
