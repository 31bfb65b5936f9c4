// GET /api/admin/embeddings — the embedding model, current candidate vectors and the re-embedding's progress
import * as api from "@/lib/contracts/embeddings";
import { getCandidateVectorStatus } from "@/lib/embeddings";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(api.getEmbeddingStatus, async () =>
  api.presentEmbeddingStatus(await getCandidateVectorStatus()),
);
