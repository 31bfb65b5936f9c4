import "server-only";
import { z } from "zod";
import { isUnstorableTextError } from "@/lib/db";
import { AppError, Conflict, Invalid, NotFound, TooManyRequests, zodFieldErrors, type FieldError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";

/** RFC 9457 problem document, as every error response of the API carries it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  request_id: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** Maps any thrown value to a domain error; unknown failures become null (a 500). */
function classify(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return new Invalid("The request is invalid.", zodFieldErrors(error));
  if (isUnstorableTextError(error)) {
    return new Invalid("The request contains a NUL character or an unpaired UTF-16 surrogate.");
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return new Conflict("A record with the same unique value already exists.");
    if (error.code === "P2025") return new NotFound("The record does not exist.");
  }
  return null;
}

export function problemResponse(error: unknown, requestId: string): Response {
  const known = classify(error);
  if (!known) {
    // The cause goes to the log, never to the caller.
    log.error("Unhandled error", { requestId, error });
  }
  const problem: Problem = known
    ? {
        type: "about:blank",
        title: known.title,
        status: known.status,
        detail: known.message,
        request_id: requestId,
        ...known.extensions,
        ...(known instanceof Invalid && known.errors.length > 0 ? { errors: known.errors } : {}),
      }
    : {
        type: "about:blank",
        title: "Internal server error",
        status: 500,
        detail: "Something went wrong on our side. The request id helps us find out what.",
        request_id: requestId,
      };
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: {
      "content-type": "application/problem+json",
      "x-request-id": requestId,
      ...(known instanceof TooManyRequests ? { "retry-after": String(known.retryAfterSeconds) } : {}),
    },
  });
}
