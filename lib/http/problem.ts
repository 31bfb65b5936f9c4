import "server-only";
import { z } from "zod";
import { AppError, Conflict, Invalid, NotFound, type FieldError } from "@/lib/errors";
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

export function zodFieldErrors(error: z.ZodError, prefix: PropertyKey[] = []): FieldError[] {
  const toPath = (segments: PropertyKey[]) => [...prefix, ...segments].map(String).join(".") || "(root)";
  return error.issues.flatMap((issue): FieldError[] =>
    // One entry per unknown field, so each error names the field the caller should remove.
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: toPath([...issue.path, key]), message: "is not a known field", code: issue.code }))
      : [{ path: toPath(issue.path), message: issue.message, code: issue.code }],
  );
}

/** Maps any thrown value to a domain error; unknown failures become null (a 500). */
function classify(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return new Invalid("The request is invalid.", zodFieldErrors(error));
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
    headers: { "content-type": "application/problem+json", "x-request-id": requestId },
  });
}
