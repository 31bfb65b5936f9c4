import type { z } from "zod";

// Typed domain errors. Domain code throws these; lib/http/problem.ts turns them into RFC 9457 responses.

export interface FieldError {
  /** Dotted path of the offending field in the request, e.g. `candidate.skills.technical_skills.3`. */
  path: string;
  message: string;
  code?: string;
}

/** One field error per zod issue, named by its dotted path under `prefix`. */
export function zodFieldErrors(error: z.ZodError, prefix: PropertyKey[] = []): FieldError[] {
  const toPath = (segments: PropertyKey[]) => [...prefix, ...segments].map(String).join(".") || "(root)";
  return error.issues.flatMap((issue): FieldError[] =>
    // One entry per unknown field, so each error names the field the caller should remove.
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          path: toPath([...issue.path, key]),
          message: "is not a known field",
          code: issue.code,
        }))
      : [{ path: toPath(issue.path), message: issue.message, code: issue.code }],
  );
}

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly title: string;
  /** Extra members for the problem document (safe to show to the caller). */
  readonly extensions: Record<string, unknown>;

  constructor(detail: string, extensions: Record<string, unknown> = {}) {
    super(detail);
    this.name = new.target.name;
    this.extensions = extensions;
  }
}

export class Invalid extends AppError {
  readonly status = 400;
  readonly title = "Invalid request";
  readonly errors: FieldError[];

  constructor(detail: string, errors: FieldError[] = []) {
    super(detail);
    this.errors = errors;
  }
}

/** How one item of a batch that failed is reported in its slot: the error's title, detail and field errors. */
export function itemProblem(error: AppError): { title: string; detail: string; errors?: FieldError[] } {
  return {
    title: error.title,
    detail: error.message,
    ...(error instanceof Invalid ? { errors: error.errors } : {}),
  };
}

export class Unauthorized extends AppError {
  readonly status = 401;
  readonly title = "Authentication required";
}

export class Forbidden extends AppError {
  readonly status = 403;
  readonly title = "Forbidden";
}

export class NotFound extends AppError {
  readonly status = 404;
  readonly title = "Not found";
}

export class Conflict extends AppError {
  readonly status = 409;
  readonly title = "Conflict";
}

export class PayloadTooLarge extends AppError {
  readonly status = 413;
  readonly title = "Payload too large";
}

export class UnsupportedMediaType extends AppError {
  readonly status = 415;
  readonly title = "Unsupported media type";
}

export class TooManyRequests extends AppError {
  readonly status = 429;
  readonly title = "Too many requests";

  /** Sent as the Retry-After header (and `retry_after_seconds` in the problem document). */
  constructor(
    detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super(detail, { retry_after_seconds: retryAfterSeconds });
  }
}

export class ServiceUnavailable extends AppError {
  readonly status = 503;
  readonly title = "Service unavailable";
}
