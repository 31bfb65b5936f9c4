import "server-only";
import crypto from "node:crypto";
import { type z } from "zod";
import type { Actor } from "@/lib/auth";
import { env } from "@/lib/env";
import { AppError, Invalid, zodFieldErrors } from "@/lib/errors";
import { log } from "@/lib/log";
import { authenticate } from "./authenticate";
import { readJsonBody } from "./body";
import type { Contract } from "./contract";
import { problemResponse } from "./problem";

type Infer<T> = T extends z.ZodType ? z.infer<T> : never;

export interface RouteInput<C extends Contract> {
  ctx: Actor;
  body: Infer<C["body"]>;
  query: Infer<C["query"]>;
  params: Infer<C["params"]>;
  /** The body exactly as sent (JSON text), for handlers that keep a verbatim snapshot. */
  rawBody: string | undefined;
  request: Request;
  requestId: string;
}

/** What a handler may return: the response value (sent as JSON), or a ready-made Response. */
type RouteOutput<C extends Contract> = (C["response"] extends z.ZodType ? z.input<C["response"]> : unknown) | Response;

export type RouteHandler = ((
  request: Request,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>) & { contract: Contract };

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The one way to write a route: authenticate → parse with the contract's zod schemas → call the
 * handler (a domain function) → map the result or error to HTTP.
 */
export interface RouteOptions {
  /** Called when an authenticated caller's body is refused (bad JSON, too large, fails the schema). */
  onInvalidBody?: (failure: { ctx: Actor; requestId: string; body: unknown; error: AppError }) => Promise<void>;
}

export function defineRoute<C extends Contract>(
  contract: C,
  handler: (input: RouteInput<C>) => Promise<RouteOutput<C>>,
  options: RouteOptions = {},
): RouteHandler {
  const route = async (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => {
    const incoming = request.headers.get("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
    try {
      const ctx = await authenticate(request, contract.auth);
      const params = parsePart(contract.params, await context.params, "params");
      const query = parsePart(contract.query, Object.fromEntries(new URL(request.url).searchParams), "query");
      const onRefused = (raw: unknown, error: AppError) =>
        options
          .onInvalidBody?.({ ctx, requestId, body: raw, error })
          .catch((cause: unknown) => log.error("Recording a refused request failed", { requestId, error: cause }));
      const { body, rawBody } = contract.body
        ? await readBody(contract.body, request, contract.maxBodyBytes, onRefused)
        : { body: undefined, rawBody: undefined };
      const result = await handler({ ctx, body, rawBody, query, params, request, requestId } as RouteInput<C>);
      if (result instanceof Response) {
        result.headers.set("x-request-id", requestId);
        return result;
      }
      checkResponseInDevelopment(contract, result);
      return Response.json(result, { status: contract.successStatus ?? 200, headers: { "x-request-id": requestId } });
    } catch (error) {
      return problemResponse(error, requestId);
    }
  };
  return Object.assign(route, { contract });
}

async function readBody(
  schema: z.ZodType,
  request: Request,
  limit: number | undefined,
  onRefused: (raw: unknown, error: AppError) => Promise<void> | undefined,
): Promise<{ body: unknown; rawBody: string }> {
  let raw: unknown;
  try {
    const { value, text } = await readJsonBody(request, limit);
    raw = value;
    return { body: parsePart(schema, value, "body"), rawBody: text };
  } catch (error) {
    if (error instanceof AppError) await onRefused(raw, error);
    throw error;
  }
}

function parsePart(schema: z.ZodType | undefined, value: unknown, part: "params" | "query" | "body"): unknown {
  if (!schema) return undefined;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  // Body paths read as the JSON the caller sent (`candidate.profile.resume_text`); others are prefixed.
  const prefix = part === "body" ? [] : [part];
  throw new Invalid(`The request ${part === "body" ? "body" : part} is invalid.`, zodFieldErrors(parsed.error, prefix));
}

// Outside production, a response that breaks its own contract fails loudly, so tests catch drift
// between the OpenAPI document and what the code returns. Production skips the cost.
function checkResponseInDevelopment(contract: Contract, result: unknown): void {
  if (!contract.response || env().NODE_ENV === "production") return;
  const parsed = contract.response.safeParse(JSON.parse(JSON.stringify(result ?? null)));
  if (!parsed.success) {
    throw new Error(
      `${contract.method} ${contract.path} returned a response outside its contract: ${parsed.error.message}`,
    );
  }
}
