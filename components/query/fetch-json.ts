import type { z } from "zod";

/** A failed API call, carrying the problem document's detail and field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
  }
}

interface ProblemBody {
  detail?: string;
  title?: string;
  errors?: { path: string; message: string }[];
}

/** Typed fetch for our JSON API: parses the success body with the contract's schema. */
export async function fetchJson<T extends z.ZodType>(
  url: string,
  schema: T,
  init: { method?: string; body?: unknown } = {},
): Promise<z.infer<T>> {
  const response = await fetch(url, {
    method: init.method ?? "GET",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = (payload ?? {}) as ProblemBody;
    const fieldErrors = Object.fromEntries((problem.errors ?? []).map((error) => [error.path, error.message]));
    throw new ApiError(
      response.status,
      problem.detail ?? problem.title ?? `Request failed (${response.status}).`,
      fieldErrors,
    );
  }
  return schema.parse(payload);
}
