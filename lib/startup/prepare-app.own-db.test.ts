import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCandidate } from "@/lib/candidates";
import { db } from "@/lib/db";
import { embeddingProvider, encodeVector, settleCandidateVectorRefresh } from "@/lib/embeddings";
import { refreshLexicalCorpus } from "@/lib/scoring";
import { resetEnvCache } from "@/lib/env";
import { screenResume } from "@/lib/skills";
import { prepareApp } from "./prepare-app";

// Start reads profiles of older reading rules again, re-embeds the vectors that left stale
// (reread-profiles.ts marks them, the re-embedding pass replaces them) and counts the pool's terms again:
// the links between them are start's. A database of its own: start reads and re-embeds every profile it finds.

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

  it("re-embeds a vector of text that the current reading rules no longer embed, and recounts the terms", async () => {
    const saved = await createCandidate({ ctx: system, input: { fullName: "Kim Roth", resumeText: WITH_RUN } });
    const asSaved = await vectorOf(saved.id);
    // As reading version 10 left it: the sentence of bare skill names embedded as a duty.
    const [whole] = (await embeddingProvider().embed([screenResume(WITH_RUN).text])).vectors;
    await db.candidate.update({
      where: { id: saved.id },
      data: { readingVersion: 10, embedding: encodeVector(whole!) },
    });
    // A count of the pool's terms as the older rules read them, an hour old: fresh enough to be kept.
    await refreshLexicalCorpus();
    const counted = await db.lexicalCorpus.update({
      where: { id: 1 },
      data: { refreshedAt: new Date(Date.now() - 3_600_000) },
    });

    const { background } = await prepareApp();
    await background;
    await settleCandidateVectorRefresh();

    const after = await vectorOf(saved.id);
    expect(after.embeddingModel).toBe(asSaved.embeddingModel);
    expect(Buffer.from(after.embedding!)).toEqual(Buffer.from(asSaved.embedding!));
    expect(Buffer.from(after.embedding!)).not.toEqual(Buffer.from(encodeVector(whole!)));
    // The profile read again holds the current rules' terms: the pool's frequencies were counted again.
    const recounted = await db.lexicalCorpus.findUniqueOrThrow({ where: { id: 1 } });
    expect(recounted.refreshedAt.getTime()).toBeGreaterThan(counted.refreshedAt.getTime());
  });
});
