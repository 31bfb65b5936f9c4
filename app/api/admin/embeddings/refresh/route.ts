// POST /api/admin/embeddings/refresh — an admin starts re-embedding stale candidate vectors (background)
import * as api from "@/lib/contracts/embeddings";
import { startEmbeddingRefresh } from "@/lib/embeddings";
import { defineRoute } from "@/lib/http/route";

export const POST = defineRoute(api.startEmbeddingRefresh, async ({ ctx, body }) => {
  const { started, status } = await startEmbeddingRefresh({ ctx, input: body });
  return { started, status: api.presentEmbeddingStatus(status) };
});
