// GET /api/openapi.json — the API's OpenAPI 3.1 document, generated from the contracts, with examples
import * as api from "@/lib/contracts/system";
import { appUrl } from "@/lib/env";
import { defineRoute } from "@/lib/http/route";
import { apiDocument } from "@/lib/openapi/api-document";

export const GET = defineRoute(api.getOpenApi, async () => apiDocument({ serverUrl: appUrl() }));
