// GET /api/prompt-comparisons/{id}/items — both outputs per item with a field-level diff
import * as api from "@/lib/contracts/prompt-comparisons";
import { defineRoute } from "@/lib/http/route";
import { getComparisonItems } from "@/lib/prompt-comparisons";

export const GET = defineRoute(api.listComparisonItems, async ({ params, query }) => {
  const page = await getComparisonItems({
    input: { id: params.id, limit: query.limit, offset: query.offset, changedOnly: query.changed === "true" },
  });
  return {
    items: page.items.map(api.presentComparisonItem),
    total: page.total,
    limit: query.limit,
    offset: query.offset,
  };
});
