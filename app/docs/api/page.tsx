import type { Metadata } from "next";
import Link from "next/link";
import { allContracts } from "@/lib/contracts";
import { appUrl } from "@/lib/env";
import { buildOpenApiDocument } from "@/lib/openapi/build-document";

export const metadata: Metadata = { title: "API reference" };
export const dynamic = "force-dynamic";

interface Operation {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  parameters: { name: string; in: string; required: boolean }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

const METHOD_STYLE: Record<string, string> = {
  get: "bg-emerald-100 text-emerald-800",
  post: "bg-brand-100 text-brand-900",
  put: "bg-amber-100 text-amber-900",
  delete: "bg-red-100 text-red-800",
};

// A readable rendering of /api/openapi.json; both come from the same contracts.
export default function ApiReferencePage() {
  const document = buildOpenApiDocument(allContracts, { serverUrl: appUrl() });
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      path,
      method,
      operation: operation as unknown as Operation,
    })),
  );
  const tags = [...new Set(operations.flatMap(({ operation }) => operation.tags))];
  return (
    <main className="mx-auto max-w-5xl px-4 py-10 text-sm text-slate-700">
      <Link href="/" className="text-brand-700 underline">
        ← Back to Shortlist
      </Link>
      <h1 className="mt-6 text-2xl font-semibold text-slate-900">Shortlist API</h1>
      <p className="mt-2 max-w-3xl">
        {document.info.description} Machine-readable:{" "}
        <a className="text-brand-700 underline" href="/api/openapi.json">
          /api/openapi.json
        </a>{" "}
        (OpenAPI 3.1). Authenticate with <code className="font-mono">Authorization: Bearer &lt;API key&gt;</code>.
      </p>
      <nav aria-label="Sections" className="mt-4 flex flex-wrap gap-2">
        {tags.map((tag) => (
          <a
            key={tag}
            href={`#${tag}`}
            className="rounded-full bg-white px-3 py-1 capitalize ring-1 ring-slate-300 hover:bg-slate-50"
          >
            {tag}
          </a>
        ))}
      </nav>
      {tags.map((tag) => (
        <section key={tag} id={tag} className="mt-10">
          <h2 className="text-lg font-semibold capitalize text-slate-900">{tag}</h2>
          <div className="mt-3 space-y-3">
            {operations
              .filter(({ operation }) => operation.tags.includes(tag))
              .map(({ path, method, operation }) => (
                <article
                  key={operation.operationId}
                  id={operation.operationId}
                  className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
                >
                  <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm">
                    <span className={`rounded px-2 py-0.5 text-xs font-bold uppercase ${METHOD_STYLE[method] ?? ""}`}>
                      {method}
                    </span>
                    <span className="text-slate-900">{path}</span>
                  </h3>
                  <p className="mt-2 text-slate-800">{operation.summary}</p>
                  <p className="mt-1 text-xs text-slate-500">{operation.description}</p>
                  {operation.parameters.length > 0 ? (
                    <p className="mt-2 text-xs">
                      Parameters:{" "}
                      {operation.parameters.map((parameter) => (
                        <code key={`${parameter.in}-${parameter.name}`} className="mr-2 font-mono">
                          {parameter.name}
                          {parameter.required ? "" : "?"} ({parameter.in})
                        </code>
                      ))}
                    </p>
                  ) : null}
                  <SchemaBlock
                    label="Request body"
                    schema={operation.requestBody?.content["application/json"]?.schema}
                  />
                  <SchemaBlock
                    label="Response"
                    schema={
                      Object.entries(operation.responses).find(([status]) => status.startsWith("2"))?.[1].content?.[
                        "application/json"
                      ]?.schema
                    }
                  />
                </article>
              ))}
          </div>
        </section>
      ))}
    </main>
  );
}

function SchemaBlock({ label, schema }: { label: string; schema: unknown }) {
  if (!schema) return null;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-xs font-medium text-brand-700">{label} schema</summary>
      <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-900 p-3 font-mono text-xs text-slate-100">
        {JSON.stringify(schema, null, 2)}
      </pre>
    </details>
  );
}
