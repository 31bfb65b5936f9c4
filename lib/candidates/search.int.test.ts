import { describe, expect, it } from "vitest";
import { GET as listCandidatesRoute } from "@/app/api/candidates/route";
import { createCandidate } from "@/lib/candidates";
import { candidateJson } from "@/lib/contracts/candidates";
import { pageOf } from "@/lib/contracts/common";
import { apiKeyWithScopes } from "@/test/helpers/actors";
import { bearer, callRoute } from "@/test/helpers/http";
import { unique } from "@/test/helpers/unique";

const system = { kind: "system", name: "test" } as const;

describe("searching candidates", () => {
  it("reads a skill as scoring does: an alias finds the skill, listed or stated in the résumé", async () => {
    const headers = bearer((await apiKeyWithScopes(["sync"])).key);
    const listed = await createCandidate({
      ctx: system,
      input: { fullName: `Listed ${unique("k8s")}`, technicalSkills: ["Kubernetes"] },
    });
    const stated = await createCandidate({
      ctx: system,
      input: { fullName: `Stated ${unique("k8s")}`, resumeText: "Ran Kubernetes clusters for a payments team." },
    });
    const response = await callRoute(listCandidatesRoute, { path: "/api/candidates?search=k8s&limit=100", headers });
    expect(response.status).toBe(200);
    const ids = pageOf(candidateJson)
      .parse(await response.json())
      .items.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining([listed.id, stated.id]));
  });
});
