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
}

/** Calls a route handler in-process with a real Request, as Next.js would. */
export async function callRoute(handler: RouteHandler, options: CallOptions = {}): Promise<Response> {
  const { contract } = handler;
  const path = options.path ?? contract.path.replace(/\{(\w+)\}/g, (_, name: string) => options.params?.[name] ?? "x");
  const hasBody = options.body !== undefined;
  const request = new Request(`http://localhost:3000${path}`, {
    method: options.method ?? contract.method,
    headers: {
      ...(hasBody ? { "content-type": "application/json" } : {}),
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
