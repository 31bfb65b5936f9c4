import { z } from "zod";
import { defineContract } from "@/lib/http/contract";
import { scoringModelDefinition } from "@/lib/vocabulary/scoring-model";
import type { ModelVersionSummary } from "@/lib/scoring";
import { isoDateTime } from "./common";

export const modelVersionJson = z.object({
  version: z.string(),
  active: z.boolean(),
  notes: z.string(),
  created_at: isoDateTime,
  definition: scoringModelDefinition,
});

const versionName = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/, "use letters, digits and . _ - only");

export const listModels = defineContract({
  method: "GET",
  path: "/api/admin/models",
  summary: "Versions of the scoring model's weights, and which is active",
  tags: ["admin"],
  auth: { session: "ADMIN", apiKey: "admin" },
  response: z.object({ items: z.array(modelVersionJson) }),
});

export const createModel = defineContract({
  method: "POST",
  path: "/api/admin/models",
  summary: "Store new weights as a new model version (optionally activating it); no code change needed",
  tags: ["admin"],
  auth: { session: "ADMIN", apiKey: "admin" },
  body: z
    .object({
      version: versionName,
      definition: scoringModelDefinition,
      notes: z.string().max(2000).optional(),
      activate: z.boolean().optional(),
    })
    .strict(),
  response: modelVersionJson,
  successStatus: 201,
});

export const activateModel = defineContract({
  method: "POST",
  path: "/api/admin/models/{version}/activate",
  summary: "Make a stored model version the active one (rankings recompute on next read)",
  tags: ["admin"],
  auth: { session: "ADMIN", apiKey: "admin" },
  params: z.object({ version: versionName }),
  response: modelVersionJson,
});

export function presentModelVersion(model: ModelVersionSummary): z.infer<typeof modelVersionJson> {
  return {
    version: model.version,
    active: model.active,
    notes: model.notes,
    created_at: model.createdAt.toISOString(),
    definition: model.definition,
  };
}
