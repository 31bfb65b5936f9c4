import { z } from "zod";
import { defineContract } from "@/lib/http/contract";

export const skillSuggestionsJson = z.object({
  items: z.array(z.object({ id: z.string(), label: z.string(), kind: z.enum(["technical", "tool", "soft"]) })),
});

export const suggestSkills = defineContract({
  method: "GET",
  path: "/api/skills",
  summary: "Skills of the taxonomy matching typed text (ids, labels and aliases), for suggestions",
  tags: ["jobs"],
  auth: { session: "any", apiKey: "sync" },
  query: z.object({ q: z.string().trim().min(1).max(80), limit: z.coerce.number().int().min(1).max(50).default(10) }),
  response: skillSuggestionsJson,
});
