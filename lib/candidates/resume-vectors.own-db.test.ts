import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  embeddingProvider,
  embedText,
  encodeVector,
  outdatedVectorModel,
  refreshCandidateVectors,
} from "@/lib/embeddings";
import { screenResume } from "@/lib/skills";
import { rereadProfiles } from "./reread-profiles";
import { createCandidate } from "./save-candidate";

// What a résumé's vector embeds: its screened text without skill lists or claims (embeddedResumeText).
// Reading versions 8 and 9 left a résumé's skill lists and claims ("Skilled in A, B and C") out of its
// vector, 11 its sentences of bare skill names. A profile saved before keeps a vector of the whole résumé: read again at start, it is marked out
// of date, and the re-embedding gives it the vector saving gives today. A database of its own: the re-embedding pass takes every stale candidate it finds.

const system = { kind: "system", name: "test" } as const;
const WITH_LIST = `Dana Weber
Buyer, Metro AG, 2018 – present
- Processed purchase orders and negotiated contracts with 40 suppliers.

Key skills: SAP Ariba, Excel, category management`;
const WITH_CLAIM = `Ali Khan
Skilled in procurement, supplier negotiation and SAP.
Buyer, Aldi, 2015 – present`;
const WITH_RUN = `Kim Roth
Buyer, Rewe, 2019 – present
- Responsible for procurement, supplier management, SAP and contract negotiation.
- Ran quarterly tenders for fresh produce across 120 stores.`;
const WITHOUT_LIST = `Jonas Frei
Buyer, Lidl, 2016 – present
- Purchased fruit and vegetables, ran supplier audits and managed inventory.`;

const vectorOf = (id: string) =>
  db.candidate.findUniqueOrThrow({ where: { id }, select: { embedding: true, embeddingModel: true } });

describe("résumé vectors", () => {
  it("embedded before reading versions 8 and 9 are marked out of date when the résumé has skill lists or claims, and re-embedded as saving embeds", async () => {
    const model = embeddingProvider().model;
    const listed = await createCandidate({ ctx: system, input: { fullName: "Dana Weber", resumeText: WITH_LIST } });
    const claimed = await createCandidate({ ctx: system, input: { fullName: "Ali Khan", resumeText: WITH_CLAIM } });
    const plain = await createCandidate({ ctx: system, input: { fullName: "Jonas Frei", resumeText: WITHOUT_LIST } });
    const asSaved = await vectorOf(listed.id);
    const claimedAsSaved = await vectorOf(claimed.id);
    const plainAsSaved = await vectorOf(plain.id);
    // As an installation before reading version 8 stored them: an older reading, the whole résumé embedded.
    const [whole] = (await embeddingProvider().embed([screenResume(WITH_LIST).text])).vectors;
    await db.candidate.update({
      where: { id: listed.id },
      data: { readingVersion: 7, embedding: encodeVector(whole!) },
    });
    // Reading version 8 embedded the claim line as prose.
    const [withClaim] = (await embeddingProvider().embed([screenResume(WITH_CLAIM).text])).vectors;
    await db.candidate.update({
      where: { id: claimed.id },
      data: { readingVersion: 8, embedding: encodeVector(withClaim!) },
    });
    await db.candidate.update({ where: { id: plain.id }, data: { readingVersion: 7 } });

    expect(await rereadProfiles()).toEqual({ profiles: 3, outdatedVectors: 2 });
    expect((await vectorOf(listed.id)).embeddingModel).toBe(outdatedVectorModel(model));
    expect((await vectorOf(claimed.id)).embeddingModel).toBe(outdatedVectorModel(model));
    expect(await vectorOf(plain.id)).toEqual(plainAsSaved);

    const pass = await refreshCandidateVectors({ ctx: system });
    expect(pass).toMatchObject({ embedded: 2, remaining: 0, status: "done" });
    expect(await vectorOf(claimed.id)).toEqual(claimedAsSaved);
    const refreshed = await vectorOf(listed.id);
    expect(refreshed.embeddingModel).toBe(model);
    expect(Buffer.from(refreshed.embedding!)).toEqual(Buffer.from(asSaved.embedding!));
    expect(Buffer.from(refreshed.embedding!)).not.toEqual(Buffer.from(encodeVector(whole!)));
  });

  it("embedded before reading version 11 are marked out of date only when the résumé has a sentence of bare skill names", async () => {
    const model = embeddingProvider().model;
    const run = await createCandidate({ ctx: system, input: { fullName: "Kim Roth", resumeText: WITH_RUN } });
    const listed = await createCandidate({ ctx: system, input: { fullName: "Dana Weber", resumeText: WITH_LIST } });
    const runAsSaved = await vectorOf(run.id);
    const listedAsSaved = await vectorOf(listed.id);
    // Reading version 10 embedded the sentence of names as a duty; it had left the skills list out already.
    const [withRun] = (await embeddingProvider().embed([screenResume(WITH_RUN).text])).vectors;
    await db.candidate.update({
      where: { id: run.id },
      data: { readingVersion: 10, embedding: encodeVector(withRun!) },
    });
    await db.candidate.update({ where: { id: listed.id }, data: { readingVersion: 10 } });

    expect(await rereadProfiles()).toEqual({ profiles: 2, outdatedVectors: 1 });
    expect((await vectorOf(run.id)).embeddingModel).toBe(outdatedVectorModel(model));
    expect(await vectorOf(listed.id)).toEqual(listedAsSaved);

    expect(await refreshCandidateVectors({ ctx: system })).toMatchObject({ embedded: 1, remaining: 0, status: "done" });
    expect(Buffer.from((await vectorOf(run.id)).embedding!)).toEqual(Buffer.from(runAsSaved.embedding!));
    expect(Buffer.from(runAsSaved.embedding!)).not.toEqual(Buffer.from(encodeVector(withRun!)));
  });

  it("gives a résumé that only lists skills no vector, on saving and on re-embedding", async () => {
    const onlyList = "Skills: Excel, SAP, Sage, payroll";
    const saved = await createCandidate({ ctx: system, input: { fullName: "Lee Only", resumeText: onlyList } });
    expect(await vectorOf(saved.id)).toEqual({ embedding: null, embeddingModel: null });
    // A vector another model made of it (as an installation before reading version 8 did) goes, not re-made.
    await db.candidate.update({
      where: { id: saved.id },
      data: { embedding: encodeVector(embedText(onlyList)), embeddingModel: "retired-model" },
    });
    const pass = await refreshCandidateVectors({ ctx: system });
    expect(pass).toMatchObject({ embedded: 0, failed: 0, remaining: 0 });
    expect(await vectorOf(saved.id)).toEqual({ embedding: null, embeddingModel: null });
  });
});
