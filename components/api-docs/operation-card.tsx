import { InlineCode } from "@/components/ui/inline-code";
import { TryIt, type TryItParameter } from "./try-it";

export interface DocumentedOperation {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  parameters: { name: string; in: string; required: boolean; example?: unknown }[];
  requestBody?: { content: Record<string, { schema: unknown; example?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown; example?: unknown }> }>;
}

const METHOD_STYLE: Record<string, string> = {
  get: "bg-emerald-100 text-emerald-800",
  post: "bg-brand-100 text-brand-900",
  put: "bg-amber-100 text-amber-900",
  delete: "bg-red-100 text-red-800",
};

const json = (value: unknown) => JSON.stringify(value, null, 2);

function tryItParameters(operation: DocumentedOperation, where: "path" | "query"): TryItParameter[] {
  return operation.parameters
    .filter((parameter) => parameter.in === where)
    .map((parameter) => ({
      name: parameter.name,
      required: parameter.required,
      ...(parameter.example === undefined ? {} : { example: String(parameter.example) }),
    }));
}

/** One operation of the OpenAPI document: what it does, who may call it, its example, and Try it. */
export function OperationCard({
  path,
  method,
  operation,
}: {
  path: string;
  method: string;
  operation: DocumentedOperation;
}) {
  const jsonBody = operation.requestBody?.content["application/json"];
  const upload = operation.requestBody?.content["multipart/form-data"];
  const [status, success] = Object.entries(operation.responses).find(([code]) => code.startsWith("2")) ?? [];
  // JSON for most operations; a download (text/csv) shows its example as the text it is.
  const [mediaType, response] = Object.entries(success?.content ?? {})[0] ?? [];
  const shown = (value: unknown) => (mediaType === "application/json" ? json(value) : String(value));
  const uploadField = upload ? Object.keys((upload.schema as { properties: object }).properties)[0] : undefined;
  return (
    <article id={operation.operationId} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h3 className="flex flex-wrap items-center gap-2 break-all font-mono text-sm">
        <span className={`rounded px-2 py-0.5 text-xs font-bold uppercase ${METHOD_STYLE[method] ?? ""}`}>
          {method}
        </span>
        <span className="text-slate-900">{path}</span>
      </h3>
      <p className="mt-2 text-slate-800">
        <InlineCode text={operation.summary} />
      </p>
      <p className="mt-1 text-xs text-slate-600">
        <InlineCode text={operation.description} />
      </p>
      {jsonBody?.example !== undefined ? <Example label="Example request body" value={json(jsonBody.example)} /> : null}
      {response?.example !== undefined ? (
        <Example label={`Example response (${status}, ${mediaType})`} value={shown(response.example)} />
      ) : null}
      {jsonBody ? <Example label="Request body schema" value={json(jsonBody.schema)} /> : null}
      {response ? <Example label="Response schema" value={json(response.schema)} /> : null}
      <details className="mt-2">
        <summary className="cursor-pointer text-xs font-semibold text-brand-700">Try it</summary>
        <TryIt
          method={method.toUpperCase()}
          path={path}
          pathParams={tryItParameters(operation, "path")}
          queryParams={tryItParameters(operation, "query")}
          body={jsonBody ? json(jsonBody.example ?? {}) : undefined}
          uploadField={uploadField}
        />
      </details>
    </article>
  );
}

function Example({ label, value }: { label: string; value: string }) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-xs font-medium text-brand-700">{label}</summary>
      <pre
        tabIndex={0}
        className="mt-2 max-h-96 overflow-auto rounded bg-slate-900 p-3 font-mono text-xs text-slate-100"
      >
        {value}
      </pre>
    </details>
  );
}
