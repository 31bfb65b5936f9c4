// GET /api/openapi.json — the API's OpenAPI 3.1 document, generated from the contracts
import { allContracts } from "@/lib/contracts";
import * as api from "@/lib/contracts/system";
import { appUrl } from "@/lib/env";
import { defineRoute } from "@/lib/http/route";
import { buildOpenApiDocument } from "@/lib/openapi/build-document";

export const GET = defineRoute(api.getOpenApi, async () => buildOpenApiDocument(allContracts, { serverUrl: appUrl() }));
