import { beforeAll, describe, expect, it } from "vitest";
import { SIGNALS } from "@/lib/vocabulary/signals";
import { POST as pinBaselineRoute } from "@/app/api/admin/drift/baselines/route";
import { DELETE as unpinBaselineRoute } from "@/app/api/admin/drift/baselines/[id]/route";
import { POST as runNowRoute } from "@/app/api/admin/drift/run/route";
import { GET as cronRoute } from "@/app/api/cron/drift/route";
import { GET as reportRoute } from "@/app/api/drift/reports/[id]/route";
import { GET as reportsRoute } from "@/app/api/drift/reports/route";
import { driftJob } from "@/jobs/drift";
import { driftReportJson, driftReportListJson, driftRunJson } from "@/lib/contracts/drift";
import { runExclusive } from "@/lib/db/exclusive";
import { signedInUser, type TestUser } from "@/test/helpers/actors";
import { withEnv } from "@/test/helpers/env";
import { bearer, callRoute } from "@/test/helpers/http";

// The drift routes: the cron secret (401/503), one run at a time (409), the admin trigger and the report APIs.

const CRON_SECRET = "test-cron-secret-0123456789";
let admin: TestUser;
let recruiter: TestUser;

beforeAll(async () => {
  [admin, recruiter] = await Promise.all([signedInUser("ADMIN"), signedInUser("RECRUITER")]);
});

const cron = (headers: Record<string, string>) => callRoute(cronRoute, { headers });

/** Other test files may run the job at the same moment on a shared PostgreSQL database: wait out a 409. */
async function untilNotBusy(call: () => Promise<Response>): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const response = await call();
    if (response.status !== 409 || attempt >= 20) return response;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("GET /api/cron/drift", () => {
  it("answers 503 when no CRON_SECRET is configured, whatever is sent", async () => {
    await withEnv({ CRON_SECRET: undefined }, async () => {
      for (const headers of [{}, bearer(CRON_SECRET)]) {
        const response = await cron(headers);
        expect(response.status).toBe(503);
        expect(response.headers.get("content-type")).toBe("application/problem+json");
      }
    });
  });

  it("answers 401 without the bearer secret or with a wrong one, and to a signed-in admin", async () => {
    await withEnv({ CRON_SECRET }, async () => {
      for (const headers of [
        {},
        bearer("not-the-secret-0123456789"),
        { authorization: "Basic abc" },
        { cookie: admin.cookie },
      ]) {
        expect((await cron(headers)).status).toBe(401);
      }
    });
  });

  it("runs the check with the secret and returns the report summary", async () => {
    const response = await withEnv({ CRON_SECRET }, () => untilNotBusy(() => cron(bearer(CRON_SECRET))));
    expect(response.status).toBe(200);
    const run = driftRunJson.parse(await response.json());
    expect(run.monitored_signals).toBe(SIGNALS.length + 1);
    expect(run.min_rows).toBe(500);
    // The current window is the last 7 whole UTC days.
    expect(new Date(run.current.end).getUTCHours()).toBe(0);
    expect(new Date(run.current.end).getTime() - new Date(run.current.start).getTime()).toBe(7 * 86_400_000);
    expect(["ok", "drifted", "insufficient_data"]).toContain(run.status);
  });

  it("answers 409 while a run is in progress", async () => {
    const outcome = await runExclusive(driftJob.id, driftJob.lockKey, () =>
      withEnv({ CRON_SECRET }, () => cron(bearer(CRON_SECRET))),
    );
    expect(outcome.ran).toBe(true);
    const response = outcome.ran ? outcome.value : null;
    expect(response?.status).toBe(409);
    expect(response?.headers.get("content-type")).toBe("application/problem+json");
  });
});

describe("POST /api/admin/drift/run and the report APIs", () => {
  it("lets an admin run the check, then anyone signed in read the report", async () => {
    const response = await untilNotBusy(() => callRoute(runNowRoute, { headers: { cookie: admin.cookie } }));
    expect(response.status).toBe(200);
    const run = driftRunJson.parse(await response.json());

    const list = await callRoute(reportsRoute, {
      path: "/api/drift/reports?limit=200",
      headers: { cookie: recruiter.cookie },
    });
    expect(list.status).toBe(200);
    const page = driftReportListJson.parse(await list.json());
    expect(page.items.map((item) => item.id)).toContain(run.report_id);

    const detail = await callRoute(reportRoute, {
      params: { id: run.report_id },
      headers: { cookie: recruiter.cookie },
    });
    expect(detail.status).toBe(200);
    const report = driftReportJson.parse(await detail.json());
    expect(report).toMatchObject({
      id: run.report_id,
      status: run.status,
      current_rows: run.current_rows,
      run_by: admin.name,
    });
    expect(report.embedding_thresholds.classifier_auc).toBe(0.55);

    expect(
      (await callRoute(reportRoute, { params: { id: "no-such-report" }, headers: { cookie: recruiter.cookie } }))
        .status,
    ).toBe(404);
  });

  it("refuses a baseline window without enough rows, and unpinning an unknown baseline", async () => {
    const pin = await callRoute(pinBaselineRoute, {
      headers: { cookie: admin.cookie },
      body: { start: "1980-01-01T00:00:00Z", end: "1980-01-08T00:00:00Z" },
    });
    expect(pin.status).toBe(400);
    expect(((await pin.json()) as { detail: string }).detail).toMatch(/needs at least 500/);
    const inverted = await callRoute(pinBaselineRoute, {
      headers: { cookie: admin.cookie },
      body: { start: "1980-01-08T00:00:00Z", end: "1980-01-01T00:00:00Z" },
    });
    expect(inverted.status).toBe(400);
    expect(
      (await callRoute(unpinBaselineRoute, { params: { id: "no-such-baseline" }, headers: { cookie: admin.cookie } }))
        .status,
    ).toBe(404);
  });
});
