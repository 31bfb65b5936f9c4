import { operationId } from "@/lib/openapi/build-document";
import type { OperationExample } from "@/lib/openapi/examples";
import type { AuthPolicy, Contract } from "@/lib/http/contract";
import type { RouteHandler } from "@/lib/http/route";
import { discoverRoutes } from "@/test/helpers/routes";

/** Where the example calls come from; the generated document names this origin. */
export const EXAMPLE_ORIGIN = "https://shortlist.example.com";
/** How much of a key the API shows as its prefix (lib/auth/api-keys.ts). */
const DISPLAY_PREFIX = 10;

export interface ExampleCall {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** A file for an upload operation (multipart/form-data). */
  file?: { name: string; type: string; text: string };
}

export interface Credentials {
  /** Cookie header of a signed-in admin. */
  session: Record<string, string>;
  cronSecret: string;
}

/**
 * Calls the real route handlers in-process, as Next.js would, and keeps each operation's request and
 * response as its example. Each call goes as an integration would make it: with the API key once one
 * exists, else the admin's session. A call that does not answer with its success status stops the run.
 */
export async function createRecorder(credentials: Credentials) {
  const handlers = new Map((await discoverRoutes()).map((route) => [`${route.method} ${route.path}`, route.handler]));
  const examples: Record<string, OperationExample> = {};
  let apiKey: string | null = null;

  function headersFor(auth: AuthPolicy): Record<string, string> {
    if (auth === "public") return {};
    if (auth === "cron") return { authorization: `Bearer ${credentials.cronSecret}` };
    return auth.apiKey && apiKey ? { authorization: `Bearer ${apiKey}` } : credentials.session;
  }

  async function call<T = Record<string, unknown>>(contract: Contract, example: ExampleCall = {}): Promise<T> {
    const handler: RouteHandler | undefined = handlers.get(`${contract.method} ${contract.path}`);
    if (!handler) throw new Error(`No route for ${contract.method} ${contract.path}`);
    const path = contract.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(example.params![name]!));
    const url = new URL(path, EXAMPLE_ORIGIN);
    for (const [name, value] of Object.entries(example.query ?? {})) url.searchParams.set(name, value);
    const form = example.file ? new FormData() : undefined;
    if (form && example.file && contract.upload)
      form.set(contract.upload.field, new File([example.file.text], example.file.name, { type: example.file.type }));
    const response = await handler(
      new Request(url, {
        method: contract.method,
        headers: {
          origin: EXAMPLE_ORIGIN,
          ...(example.body === undefined ? {} : { "content-type": "application/json" }),
          ...headersFor(contract.auth),
        },
        body: form ?? (example.body === undefined ? undefined : JSON.stringify(example.body)),
      }),
      { params: Promise.resolve(example.params ?? {}) },
    );
    const json = (contract.responseMediaType ? await response.text() : await response.json()) as T;
    const expected = contract.successStatus ?? 200;
    if (response.status !== expected)
      throw new Error(`${contract.method} ${path} answered ${response.status}: ${JSON.stringify(json)}`);
    examples[operationId(contract)] = {
      ...(example.params ? { params: example.params } : {}),
      ...(example.query ? { query: example.query } : {}),
      ...(example.body === undefined ? {} : { body: example.body }),
      ...(example.file ? { upload: { file_name: example.file.name, content_type: example.file.type } } : {}),
      response: json,
    };
    return json;
  }

  /** The examples as JSON, sorted by operation, with the real API key replaced by one of its shape. */
  function toJson(): string {
    const sorted = Object.fromEntries(Object.entries(examples).sort(([a], [b]) => a.localeCompare(b)));
    const text = `${JSON.stringify(sorted, null, 2)}\n`;
    if (!apiKey) return text;
    const fake = "sl_example-key-shown-once-".padEnd(apiKey.length, "0");
    return text.replaceAll(apiKey, fake).replaceAll(apiKey.slice(0, DISPLAY_PREFIX), fake.slice(0, DISPLAY_PREFIX));
  }

  return { call, toJson, useApiKey: (key: string) => void (apiKey = key) };
}
