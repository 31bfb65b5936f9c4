import { describe, expect, it } from "vitest";
import { candidateRecords } from "@/lib/candidates";
import { db } from "@/lib/db";
import { getDriftReport } from "@/lib/drift/reports";
import { jobRecords } from "@/lib/job-postings/job-record";
import { fitModelFromOutcomes } from "@/lib/scoring";
import { storedCandidateSelect, storedJobSelect } from "@/lib/scoring/stored";
import { unique } from "@/test/helpers/unique";
import { generateDemoCandidates, generateDemoJobs } from "./generate";
import { DRIFTED_WEEK, HISTORY_WEEKS, seedDemoHistory } from "./history";
import { demoTruth } from "./truth";

// The demo history on its own records, placed far in the past so no other test's windows see it: scores,
// drift reports, and hiring outcomes enough for `npm run model:fit` to fit and beat chance on unseen jobs.

describe("demo history", () => {
  it("scores weeks of traffic through the real pipeline and stores one report per week; the episode drifts by its signals", async () => {
    const now = new Date("1987-03-02T09:00:00Z");
    const system = { kind: "system", name: "history-test" } as const;
    const tag = unique("hist");
    const demoJobs = generateDemoJobs(now).map((job) => ({ ...job, externalId: `${tag}-${job.externalId}` }));
    const demoCandidates = generateDemoCandidates(now, 80).map((candidate) => ({
      ...candidate,
      externalId: `${tag}-${candidate.externalId}`,
    }));
    const jobs = await jobRecords({ ctx: system, inputs: demoJobs });
    const candidates = await candidateRecords({ ctx: system, inputs: demoCandidates });
    await db.job.createMany({ data: jobs });
    await db.candidate.createMany({ data: candidates });
    const mine = { externalId: { startsWith: tag } };

    // In a stated order, as the seed reads them: traffic is drawn by position, and a table other tests write
    // to concurrently (PostgreSQL) returns an unordered scan in any order.
    const storedJobs = await db.job.findMany({
      where: mine,
      select: { ...storedJobSelect, externalId: true },
      orderBy: { externalId: "asc" },
    });
    const storedCandidates = await db.candidate.findMany({
      where: mine,
      select: { ...storedCandidateSelect, resumeText: true, externalId: true },
      orderBy: { externalId: "asc" },
    });
    const summary = await seedDemoHistory({
      now,
      jobs: storedJobs,
      candidates: storedCandidates,
      truth: demoTruth({ jobs: demoJobs, candidates: demoCandidates, storedJobs, storedCandidates }),
    });
    expect(summary.reports).toBe(HISTORY_WEEKS);
    expect(summary.inferences).toBeGreaterThan(HISTORY_WEEKS * 600);

    const reports = await db.driftReport.findMany({
      where: {
        runBy: "demo-seed",
        currentEnd: { gt: new Date("1986-12-01T00:00:00Z"), lte: new Date("1987-03-02T00:00:00Z") },
      },
      orderBy: { currentEnd: "asc" },
      select: { id: true, status: true, alertStatus: true, currentRows: true, driftScore: true, threshold: true },
    });
    // The episode drifts by its signals, and no other week does. The weeks after it leave the episode's
    // days out of their signals' reference, so too few signals drift for the score. The embedding tests
    // compare samples picked by a hash of each inference's id, which are new every run: at 600–650 rows a
    // week a classifier of two undrifted weeks lands anywhere around chance, now and then past its 0.55
    // line (the job embeddings' after the episode often). Either verdict is right there for the weeks
    // around the episode, but a drifted one must come from the embeddings, and say so.
    expect(reports[0]!.status).toBe("insufficient_data");
    expect(reports[DRIFTED_WEEK]!.status).toBe("drifted");
    expect(reports[DRIFTED_WEEK]!.driftScore).toBeGreaterThan(reports[DRIFTED_WEEK]!.threshold);
    for (const other of reports.slice(1).filter((_, week) => week + 1 !== DRIFTED_WEEK)) {
      expect(other.driftScore).toBeLessThanOrEqual(other.threshold);
      const report = await getDriftReport({ input: { id: other.id } });
      const embeddingsDrifted = report.embeddings.some((embedding) => embedding.drifted);
      expect(other.status).toBe(embeddingsDrifted ? "drifted" : "ok");
      expect(report.verdict).toMatch(embeddingsDrifted ? /^Drifted: the (candidate|job)/ : /^No drift: /);
    }
    const after = await getDriftReport({ input: { id: reports[DRIFTED_WEEK + 1]!.id } });
    // Its reference leaves out the days of every drifted week before it: the episode's, and those of any
    // week the embeddings called drifted.
    const driftedBefore = reports.slice(1, DRIFTED_WEEK + 1).filter((report) => report.status === "drifted");
    expect(after.settings.referenceDaysLeftOut).toHaveLength(7 * driftedBefore.length);
    // Never alerted at seed time: the past is not news.
    expect(reports[DRIFTED_WEEK]!.alertStatus).toBe("skipped");

    const episode = await getDriftReport({ input: { id: reports[DRIFTED_WEEK]!.id } });
    const drifted = episode.metrics.filter((metric) => metric.drifted).map((metric) => metric.signal);
    expect(drifted).toEqual(expect.arrayContaining(["seniority_level", "department", "recruiter"]));
    // By name when the recruiter directory knows the id (the demo seed fills it), else by the id.
    const newRecruiter = await db.recruiter.findUnique({ where: { id: "rec_09" } });
    expect(episode.metrics.find((metric) => metric.signal === "recruiter")!.bins.map((bin) => bin.label)).toContain(
      newRecruiter?.name ?? "rec_09",
    );

    // The outcomes are enough to fit, and the fit ranks applications to jobs it never saw.
    expect(summary.outcomes).toBeGreaterThan(500);
    const { model, report } = await fitModelFromOutcomes({
      ctx: system,
      input: { since: new Date("1986-12-01T00:00:00Z"), until: now, version: `${tag}-fit` },
      now,
    });
    expect(model.active).toBe(false);
    expect(report.heldOut.jobs).toBeGreaterThan(0);
    expect(report.heldOutEvaluation.fitted.auc).toBeGreaterThan(0.7);
    expect(report.heldOutEvaluation.fitted.ece).toBeLessThan(0.15);
  }, 600_000);
});
