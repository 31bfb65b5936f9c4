import "server-only";
import { rankCandidates, type RankingFilters, type RankingPage, type RankingSort } from "./rank-candidates";

// A ranking to take away (CSV): the best `limit` candidates (the contract bounds it) under the page's
// filters and order, read in pages as the job page reads them, so every row has its reasons and the
// recruiter's band beside the model's.

const PAGE = 200;

export async function rankingForExport({
  input,
}: {
  input: { jobId: string; limit: number; filters?: RankingFilters; sort?: RankingSort; modelVersion?: string };
}): Promise<RankingPage> {
  const { limit } = input;
  const first = await rankCandidates({ input: { ...input, offset: 0, limit: Math.min(PAGE, limit) } });
  const items = [...first.items];
  const seen = new Set(items.map((item) => item.candidateId));
  for (let offset = items.length; offset < Math.min(limit, first.total); offset += PAGE) {
    const page = await rankCandidates({ input: { ...input, offset, limit: Math.min(PAGE, limit - offset) } });
    if (page.items.length === 0) break;
    // A candidate saved meanwhile shifts the pages: nobody is listed twice.
    for (const item of page.items) {
      if (seen.has(item.candidateId)) continue;
      seen.add(item.candidateId);
      items.push(item);
    }
  }
  return { ...first, items };
}
