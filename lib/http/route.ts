import "server-only";
import crypto from "node:crypto";
import { type z } from "zod";
import type { Actor } from "@/lib/auth";
import { env } from "@/lib/env";
import { AppError, Invalid, zodFieldErrors } from "@/lib/errors";
import { log } from "@/lib/log";
import { jsonTextOf } from "@/lib/util/json-text";
import { UNSTORABLE_TEXT_MESSAGE, inspectJson, storableText } from "@/lib/util/storable-text";
import { authenticate } from "./authenticate";
import { parseJsonText, readJsonText } from "./body";
import type { Contract } from "./contract";
import { problemResponse } from "./problem";

type Infer<T> = T extends z.ZodType ? z.infer<T> : never;

export interface RouteInput<C extends Contract> {
  ctx: Actor;
  body: Infer<C["body"]>;
  query: Infer<C["query"]>;
  params: Infer<C["params"]>;
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
/** No contract nests this deep; deeper bodies are refused before anything walks them recursively. */
export const MAX_JSON_DEPTH = 64;
const LOGGED_BODY_CHARS = 2048;

/** What was sent with a refused body: the parsed value when it parsed, and the text as received. */
export interface RefusedBody {
  body: unknown;
  text: string | undefined;
}

/**
 * The one way to write a route: authenticate → parse with the contract's zod schemas → call the
 * handler (a domain function) → map the result or error to HTTP.
 */
export interface RouteOptions {
  /**
   * Admits the caller's request before its body is read, or throws (429 when at capacity); the returned
   * function is called when the request has been answered.
   */
  admit?: (ctx: Actor) => () => void;
  /** Called when an authenticated caller's body is refused (bad JSON, too large, fails the schema). */
  onInvalidBody?: (failure: RefusedBody & { ctx: Actor; requestId: string; error: AppError }) => Promise<void>;
}

export function defineRoute<C extends Contract>(
  contract: C,
  handler: (input: RouteInput<C>) => Promise<RouteOutput<C>>,
  options: RouteOptions = {},
): RouteHandler {
  const route = async (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => {
    const incoming = request.headers.get("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
    let release: (() => void) | undefined;
    try {
      const ctx = await authenticate(request, contract.auth);
      release = options.admit?.(ctx);
      const params = parsePart(contract.params, await context.params, "params");
      const query = parsePart(contract.query, Object.fromEntries(new URL(request.url).searchParams), "query");
      const onRefused = (sent: RefusedBody, error: AppError) =>
        options.onInvalidBody?.({ ctx, requestId, ...sent, error }).catch((cause: unknown) =>
          log.error("Recording a refused request failed", {
            requestId,
            error: cause,
            sent: storableText((sent.text ?? "").slice(0, LOGGED_BODY_CHARS)),
            sentChars: sent.text?.length ?? 0,
          }),
        );
      const body = contract.body ? await readBody(contract.body, request, contract.maxBodyBytes, onRefused) : undefined;
      const result = await handler({
        ctx,
        body,
        query,
        params,
        request,
        requestId,
      } as RouteInput<C>);
      if (result instanceof Response) {
        result.headers.set("x-request-id", requestId);
        return result;
      }
      checkResponseInDevelopment(contract, result);
      const status = contract.successStatus ?? 200;
      const text = jsonTextOf(result);
      if (text === undefined) return Response.json(result, { status, headers: { "x-request-id": requestId } });
      // Already serialised where it was stored: the same text, as Response.json would send it.
      return new Response(text, { status, headers: { "x-request-id": requestId, "content-type": "application/json" } });
    } catch (error) {
      return problemResponse(error, requestId);
    } finally {
      release?.();
    }
  };
  return Object.assign(route, { contract });
}

async function readBody(
  schema: z.ZodType,
  request: Request,
  limit: number | undefined,
  onRefused: (sent: RefusedBody, error: AppError) => Promise<void> | undefined,
): Promise<unknown> {
  const sent: RefusedBody = { body: undefined, text: undefined };
  try {
    sent.text = await readJsonText(request, limit);
    sent.body = parseJsonText(sent.text);
    return parsePart(schema, sent.body, "body");
  } catch (error) {
    if (error instanceof AppError) await onRefused(sent, error);
    throw error;
  }
}

function parsePart(schema: z.ZodType | undefined, value: unknown, part: "params" | "query" | "body"): unknown {
  if (!schema) return undefined;
  // Body paths read as the JSON the caller sent (`candidate.profile.resume_text`); others are prefixed.
  const prefix = part === "body" ? [] : [part];
  const name = part === "body" ? "body" : part;
  refuseUnstorable(value, prefix, name);
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new Invalid(`The request ${name} is invalid.`, zodFieldErrors(parsed.error, prefix));
}

// Checked on every input before validation: the database refuses such text, and a stack-deep value
// would overflow whatever walks it recursively later (validation, logging, serialisation).
function refuseUnstorable(value: unknown, prefix: string[], name: string): void {
  const { depth, unstorableAt } = inspectJson(value, MAX_JSON_DEPTH);
  if (depth > MAX_JSON_DEPTH) throw new Invalid(`The request ${name} nests deeper than ${MAX_JSON_DEPTH} levels.`);
  if (!unstorableAt) return;
  const path = [...prefix, ...unstorableAt].map((segment) => storableText(String(segment))).join(".") || "(root)";
  throw new Invalid(`The request ${name} ${UNSTORABLE_TEXT_MESSAGE}.`, [
    { path, message: UNSTORABLE_TEXT_MESSAGE, code: "invalid_text" },
  ]);
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
