// GET /api/inferences/{id}/explanation — a stored score's explanation, as it was answered
import * as api from "@/lib/contracts/scoring";
import { defineRoute } from "@/lib/http/route";
import { explainInference } from "@/lib/inferences";

export const GET = defineRoute(api.getInferenceExplanation, async ({ params }) =>
  explainInference({ input: { id: params.id } }),
);
