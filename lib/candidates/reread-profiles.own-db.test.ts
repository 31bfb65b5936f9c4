import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { embeddingProvider, encodeVector, outdatedVectorModel, refreshCandidateVectors } from "@/lib/embeddings";
import { screenResume } from "@/lib/skills";
import { rereadProfiles } from "./reread-profiles";
import { createCandidate } from "./save-candidate";

// Reading version 8 left a résumé's skill lists out of its vector. A profile saved before keeps a vector of
// the whole résumé: read again at start, it is marked out of date, and the re-embedding gives it the vector
// saving gives today. A database of its own: the re-embedding pass takes every stale candidate it finds.

const system = { kind: "system", name: "test" } as const;
const WITH_LIST = `Dana Weber
Buyer, Metro AG, 2018 – present
- Processed purchase orders and negotiated contracts with 40 suppliers.

Key skills: SAP Ariba, Excel, category management`;
const WITHOUT_LIST = `Jonas Frei
Buyer, Lidl, 2016 – present
- Purchased fruit and vegetables, ran supplier audits and managed inventory.`;

const vectorOf = (id: string) =>
  db.candidate.findUniqueOrThrow({ where: { id }, select: { embedding: true, embeddingModel: true } });

describe("vectors embedded before reading version 8", () => {
  it("are marked out of date when the résumé has skill lists, and re-embedded as saving embeds", async () => {
    const model = embeddingProvider().model;
    const listed = await createCandidate({ ctx: system, input: { fullName: "Dana Weber", resumeText: WITH_LIST } });
    const plain = await createCandidate({ ctx: system, input: { fullName: "Jonas Frei", resumeText: WITHOUT_LIST } });
    const asSaved = await vectorOf(listed.id);
    const plainAsSaved = await vectorOf(plain.id);
    // As an installation before reading version 8 stored them: an older reading, the whole résumé embedded.
    const [whole] = (await embeddingProvider().embed([screenResume(WITH_LIST).text])).vectors;
    await db.candidate.update({
      where: { id: listed.id },
      data: { readingVersion: 7, embedding: encodeVector(whole!) },
    });
    await db.candidate.update({ where: { id: plain.id }, data: { readingVersion: 7 } });

    expect(await rereadProfiles()).toEqual({ profiles: 2, outdatedVectors: 1 });
    expect((await vectorOf(listed.id)).embeddingModel).toBe(outdatedVectorModel(model));
    expect(await vectorOf(plain.id)).toEqual(plainAsSaved);

    const pass = await refreshCandidateVectors({ ctx: system });
    expect(pass).toMatchObject({ embedded: 1, remaining: 0, status: "done" });
    const refreshed = await vectorOf(listed.id);
    expect(refreshed.embeddingModel).toBe(model);
    expect(Buffer.from(refreshed.embedding!)).toEqual(Buffer.from(asSaved.embedding!));
    expect(Buffer.from(refreshed.embedding!)).not.toEqual(Buffer.from(encodeVector(whole!)));
  });
});
