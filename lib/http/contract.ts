import type { z } from "zod";
import type { ApiKeyScope } from "@/lib/vocabulary/api-key-scopes";

/**
 * Who may call an operation.
 * - `public`: anyone (health, OpenAPI document);
 * - `cron`: the scheduler, with `Authorization: Bearer $CRON_SECRET`;
 * - otherwise a signed-in user (`session`: any role, or ADMIN only) and/or an API key with the `apiKey`
 *   scope (`any`: every valid key).
 */
export type AuthPolicy = "public" | "cron" | { session?: "any" | "ADMIN"; apiKey?: ApiKeyScope | "any" };

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** One HTTP operation: the single source for its route handler, its validation and the OpenAPI document. */
export interface Contract<
  Body extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
  Params extends z.ZodType = z.ZodType,
  Response extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** OpenAPI-style path, e.g. `/api/admin/api-keys/{id}`. */
  path: string;
  summary: string;
  tags: string[];
  auth: AuthPolicy;
  body?: Body;
  query?: Query;
  params?: Params;
  response?: Response;
  /** A response that is not JSON (e.g. `text/csv`): its media type; the handler returns the Response. */
  responseMediaType?: string;
  /** Status of a successful call; 200 unless stated. */
  successStatus?: number;
  /** Largest accepted body; 1 MiB unless stated. */
  maxBodyBytes?: number;
  /** A file sent as multipart/form-data instead of a JSON body: its form field, and what it may be. */
  upload?: { field: string; description: string };
}

export function defineContract<
  Body extends z.ZodType = z.ZodNever,
  Query extends z.ZodType = z.ZodNever,
  Params extends z.ZodType = z.ZodNever,
  Response extends z.ZodType = z.ZodUnknown,
>(contract: Contract<Body, Query, Params, Response>): Contract<Body, Query, Params, Response> {
  return contract;
}
