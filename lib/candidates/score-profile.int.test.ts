import { beforeAll, describe, expect, it } from "vitest";
import { POST as createCandidateRoute } from "@/app/api/candidates/route";
import { GET as rankingsRoute } from "@/app/api/jobs/[id]/rankings/route";
import { POST as scoreProfileRoute } from "@/app/api/jobs/[id]/score-profile/route";
import { POST as scoreV1Route } from "@/app/api/v1/score/route";
import { candidateDetailJson } from "@/lib/contracts/candidates";
import { rankingJson } from "@/lib/contracts/jobs";
import { createJob } from "@/lib/job-postings";
import { scoreResult } from "@/lib/vocabulary/score-response";
import { apiKeyWithScopes } from "@/test/helpers/actors";
import { bearer, callRoute } from "@/test/helpers/http";
import { unique } from "@/test/helpers/unique";

// The score page scores a profile before it is saved; the candidate then lives in the pool. Both must
// give the same number (issue 11: 95.2 became 96.9 once saved), in v1 scores and in the job's ranking —
// skills its list only claims included (reading version 8).

const system = { kind: "system", name: "test" } as const;
const RESUME = `Maria Schmidt
Purchasing Manager | Berlin, Germany | maria.schmidt@example.com | +49 30 1234 5678

Purchasing Manager, Metro AG, 2018 – present
- Processed purchase orders and negotiated framework contracts with 40 suppliers; SAP MM.
- Led a team of 6 buyers; cut material costs by 12%.
Buyer, Lidl, 2014 – 2018: purchased fruit and vegetables, supplier audits, inventory management.

Education: B.Sc. Business Administration, FU Berlin, 2010 – 2014

Key skills: SAP Ariba, Excel, category management, supplier relationship management`;

let headers: Record<string, string>;
let jobId: string;

beforeAll(async () => {
  headers = bearer((await apiKeyWithScopes(["scoring", "sync"])).key);
  const job = await createJob({
    ctx: system,
    input: {
      title: `Purchasing Manager ${unique("job")}`,
      department: "Operations",
      description: "Requirements: purchasing, supplier management, negotiation, SAP. Nice to have: Ariba.",
      location: "Berlin",
    },
  });
  jobId = job.id;
});

describe("a profile scored before saving", () => {
  it("scores exactly as the saved candidate does, in v1 and in the ranking", async () => {
    const profile = { resume_text: RESUME, technical_skills: ["purchasing", "sap"], seniority: "lead" as const };
    const before = await callRoute(scoreProfileRoute, { headers, params: { id: jobId }, body: profile });
    expect(before.status).toBe(200);
    const unsaved = scoreResult.parse(await before.json());

    const saved = await callRoute(createCandidateRoute, {
      headers,
      body: { ...profile, full_name: `Maria Schmidt ${unique("c")}` },
    });
    expect(saved.status).toBe(201);
    const candidate = candidateDetailJson.parse(await saved.json());
    expect(candidate.location).toBe("Berlin");

    const after = await callRoute(scoreV1Route, { headers, body: { job_id: jobId, candidate_id: candidate.id } });
    expect(after.status).toBe(200);
    const stored = scoreResult.parse(await after.json());
    expect(stored.score).toBe(unsaved.score);
    expect(stored.features).toEqual(unsaved.features);
    expect(stored.features.is_local).toBe(1);
    expect(unsaved.missing_skills).toEqual([]);

    const ranking = await callRoute(rankingsRoute, {
      path: `/api/jobs/${jobId}/rankings?limit=200`,
      headers,
      params: { id: jobId },
    });
    const row = rankingJson.parse(await ranking.json()).items.find((item) => item.candidate_id === candidate.id);
    expect(row?.score).toBe(unsaved.score);
    expect(row?.reasons.length).toBeGreaterThan(0);
  });
});
