import { allContracts } from "@/lib/contracts";
import { buildOpenApiDocument } from "./build-document";
import { operationExamples } from "./examples";

/** The API's OpenAPI document, as /api/openapi.json serves it and /docs/api shows it. */
export function apiDocument({ serverUrl }: { serverUrl: string }) {
  return buildOpenApiDocument(allContracts, { serverUrl, examples: operationExamples });
}
