import { beforeAll, describe, expect, it } from "vitest";
import { POST as scoreRoute } from "@/app/api/v2/score/route";
import { scoreResult } from "@/lib/vocabulary/score-response";
import { db } from "@/lib/db";
import { decodeVector } from "@/lib/embeddings/vector";
import { SIGNALS } from "@/lib/vocabulary/signals";
import designExample from "@/test/fixtures/design-example-payload.json";
import { apiKeyWithScopes } from "@/test/helpers/actors";
import { bearer, callRoute } from "@/test/helpers/http";
import { unique } from "@/test/helpers/unique";

// What the drift job reads: the trigger's copy of every signal in "InferenceSignals", and the compared
// vectors on the inference — checked against a real scoring call.

let headers: Record<string, string>;
beforeAll(async () => {
  headers = bearer((await apiKeyWithScopes(["scoring"])).key);
});

describe("the drift columns of a scored inference", () => {
  it("copies every catalog signal, the score and the model version into InferenceSignals, and keeps both compared vectors", async () => {
    const body = { ...structuredClone(designExample), request_id: unique("req") };
    const response = await callRoute(scoreRoute, { headers, body });
    expect(response.status).toBe(200);
    const result = scoreResult.parse(await response.json());

    const signals = await db.inferenceSignals.findUniqueOrThrow({ where: { inferenceId: result.inference_id } });
    expect(signals.score).toBe(result.score);
    expect(signals.embeddingModel).toBe("client-supplied:2d");
    for (const { name } of SIGNALS) {
      expect(signals[name], name).toEqual(result.features[name] ?? null);
    }

    const inference = await db.inference.findUniqueOrThrow({
      where: { id: result.inference_id },
      select: { candidateEmbedding: true, jobEmbedding: true, createdAt: true, modelVersion: true },
    });
    expect(signals.createdAt).toEqual(inference.createdAt);
    expect(signals.modelVersion).toBe(inference.modelVersion);
    expect(signals.modelVersion).toBeTruthy();
    const close = (stored: Uint8Array | null, supplied: number[]) =>
      decodeVector(stored!).forEach((value, i) => expect(value).toBeCloseTo(supplied[i]!, 6));
    close(inference.candidateEmbedding, designExample.candidate.embeddings.semantic_vector);
    close(inference.jobEmbedding, designExample.job_context.embeddings.description_vector);
  });

  it("leaves refused calls out (they have no score)", async () => {
    const response = await callRoute(scoreRoute, { headers, body: { request_id: unique("bad"), candidate: {} } });
    expect(response.status).toBe(400);
    const refused = await db.inference.findFirstOrThrow({
      where: { score: null, source: "api_v2" },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    expect(await db.inferenceSignals.count({ where: { inferenceId: refused.id } })).toBe(0);
  });
});
