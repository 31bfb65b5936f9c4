// The one error classifier of the gateway: every failure of a provider call becomes an LlmError with a
// class (traced on the Generation row) and whether another attempt could help. Adapters only translate
// their SDK's HTTP errors into ProviderHttpError, so this file knows no SDK.

export const ERROR_CLASSES = [
  "timeout",
  "rate_limit",
  "provider_error",
  "network",
  "invalid_output",
  "bad_request",
  "auth",
  "not_configured",
  "unknown",
] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

const RETRYABLE: ReadonlySet<ErrorClass> = new Set([
  "timeout",
  "rate_limit",
  "provider_error",
  "network",
  "invalid_output",
]);

export class LlmError extends Error {
  readonly errorClass: ErrorClass;
  readonly retryable: boolean;
  /** From a Retry-After header, when the provider sent one. */
  readonly retryAfterMs: number | null;

  constructor(
    errorClass: ErrorClass,
    message: string,
    options: { retryAfterMs?: number | null; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "LlmError";
    this.errorClass = errorClass;
    this.retryable = RETRYABLE.has(errorClass);
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
}

/** An HTTP error answer from a provider, as an adapter saw it. */
export class ProviderHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = "ProviderHttpError";
  }
}

/** Retry-After as seconds (`"7"`) or an HTTP date; `retry-after-ms` (OpenAI) wins when present. */
export function parseRetryAfter(
  headers: { get(name: string): string | null } | null | undefined,
  now = Date.now(),
): number | null {
  if (!headers) return null;
  const ms = Number(headers.get("retry-after-ms"));
  if (headers.get("retry-after-ms") && Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get("retry-after")?.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function classOfStatus(status: number): ErrorClass {
  if (status === 408) return "timeout";
  if (status === 429) return "rate_limit";
  if (status === 401 || status === 403) return "auth";
  if (status >= 500) return "provider_error";
  return "bad_request";
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : "";
}

function isNetworkFailure(error: unknown): boolean {
  const codes = new Set([
    "ECONNREFUSED",
    "ECONNRESET",
    "ENOTFOUND",
    "EAI_AGAIN",
    "EPIPE",
    "UND_ERR_SOCKET",
    "ETIMEDOUT",
  ]);
  for (
    let current: unknown = error, depth = 0;
    current instanceof Error && depth < 4;
    current = current.cause, depth++
  ) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && codes.has(code)) return true;
    if (
      current.name === "APIConnectionError" ||
      (current instanceof TypeError && /fetch failed|terminated/i.test(current.message))
    )
      return true;
  }
  return false;
}

/**
 * Classifies any failure of a provider call. `timedOut` says the gateway's own per-call timeout fired,
 * which SDKs report variously (AbortError, TimeoutError, APIUserAbortError, APIConnectionTimeoutError).
 */
export function classifyError(error: unknown, context: { timedOut?: boolean } = {}): LlmError {
  if (error instanceof LlmError) return error;
  if (context.timedOut || /^(TimeoutError|APIConnectionTimeoutError)$/.test(errorName(error))) {
    return new LlmError("timeout", "The provider did not answer in time.", { cause: error });
  }
  if (error instanceof ProviderHttpError) {
    return new LlmError(classOfStatus(error.status), `The provider answered HTTP ${error.status}.`, {
      retryAfterMs: error.retryAfterMs,
      cause: error,
    });
  }
  // A 200 whose body is not JSON: the server (or a proxy) broke the envelope, not the model its answer.
  if (error instanceof SyntaxError)
    return new LlmError("provider_error", "The provider sent an unreadable response.", { cause: error });
  if (isNetworkFailure(error)) return new LlmError("network", "The provider could not be reached.", { cause: error });
  return new LlmError("unknown", "The provider call failed.", { cause: error });
}
