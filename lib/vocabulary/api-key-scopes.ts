import { z } from "zod";

// What an API key may do. `admin` covers admin-only APIs (prompts, drift); the others are ATS work.
export const API_KEY_SCOPES = ["scoring", "sync", "outcomes", "admin"] as const;

export const apiKeyScopeSchema = z.enum(API_KEY_SCOPES);

export type ApiKeyScope = z.infer<typeof apiKeyScopeSchema>;

export const SCOPE_DESCRIPTIONS: Record<ApiKeyScope, string> = {
  scoring: "Score candidates (single, batch and by stored ids)",
  sync: "Create, update and read jobs and candidates",
  outcomes: "Record hiring outcomes on scores",
  admin: "Administer prompts and monitoring",
};
