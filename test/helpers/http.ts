import type { RouteHandler } from "@/lib/http/route";

export interface CallOptions {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  /** Sent as JSON unless it is already a string. */
  body?: unknown;
  /** Sent as multipart/form-data instead of a JSON body. */
  form?: FormData;
  params?: Record<string, string>;
  /**
   * The Origin header. By default a write carrying a session cookie gets the app's own origin, as a
   * browser sends it; null sends none, for tests of cross-site refusals.
   */
  origin?: string | null;
}

export const APP_ORIGIN = "http://localhost:3000";

/** Calls a route handler in-process with a real Request, as Next.js would. */
export async function callRoute(handler: RouteHandler, options: CallOptions = {}): Promise<Response> {
  const { contract } = handler;
  const path = options.path ?? contract.path.replace(/\{(\w+)\}/g, (_, name: string) => options.params?.[name] ?? "x");
  const hasBody = options.body !== undefined;
  const method = options.method ?? contract.method;
  const browserWrite = method !== "GET" && options.headers?.cookie !== undefined;
  const origin = options.origin === undefined ? (browserWrite ? APP_ORIGIN : null) : options.origin;
  const request = new Request(`${APP_ORIGIN}${path}`, {
    method,
    headers: {
      ...(hasBody ? { "content-type": "application/json" } : {}),
      ...(origin ? { origin } : {}),
      ...options.headers,
    },
    body:
      options.form ??
      (hasBody ? (typeof options.body === "string" ? options.body : JSON.stringify(options.body)) : undefined),
  });
  return handler(request, { params: Promise.resolve(options.params ?? {}) });
}

export function bearer(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}
