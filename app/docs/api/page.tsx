import type { Metadata } from "next";
import Link from "next/link";
import { CredentialProvider } from "@/components/api-docs/credentials";
import { OperationCard, type DocumentedOperation } from "@/components/api-docs/operation-card";
import { appUrl } from "@/lib/env";
import { apiDocument } from "@/lib/openapi/api-document";

export const metadata: Metadata = { title: "API reference" };
export const dynamic = "force-dynamic";

// A readable rendering of /api/openapi.json, with its examples and a Try it panel per operation;
// both come from the same contracts.
export default function ApiReferencePage() {
  const document = apiDocument({ serverUrl: appUrl() });
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      path,
      method,
      operation: operation as unknown as DocumentedOperation,
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
        (OpenAPI 3.1, with an example request and response for every operation). Authenticate with the header{" "}
        <code className="font-mono">Authorization: Bearer &lt;API key&gt;</code>. Ids in the examples come from example
        data: use ids from your own.
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
      <CredentialProvider>
        {tags.map((tag) => (
          <section key={tag} id={tag} className="mt-10">
            <h2 className="text-lg font-semibold capitalize text-slate-900">{tag}</h2>
            <div className="mt-3 space-y-3">
              {operations
                .filter(({ operation }) => operation.tags.includes(tag))
                .map(({ path, method, operation }) => (
                  <OperationCard key={operation.operationId} path={path} method={method} operation={operation} />
                ))}
            </div>
          </section>
        ))}
      </CredentialProvider>
    </main>
  );
}
