import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGNALS } from "@/lib/vocabulary/signals";
import { db } from "@/lib/db";
import { withEnv } from "@/test/helpers/env";
import {
  DAY,
  TEST_EMBEDDING_MODEL,
  insertSyntheticWindow,
  seedDriftWindows,
  webhookReceiver,
  type WebhookReceiver,
} from "@/test/helpers/drift-data";
import { smtpReceiver, type SmtpReceiver } from "@/test/helpers/smtp-receiver";
import { pinDriftBaseline, unpinDriftBaseline } from "./baseline";
import { getDriftReport } from "./reports";
import { runDriftCheck } from "./run-drift-check";

// The drift check end to end on synthetic windows. Each test writes its rows in its own year far in the
// past (other tests write "now"), and passes that window's end explicitly.

const system = { kind: "system", name: "drift-test" } as const;
const endOf = (year: number) => new Date(Date.UTC(year, 5, 1));

let receiver: WebhookReceiver;
let smtp: SmtpReceiver;
beforeAll(async () => {
  receiver = await webhookReceiver();
  smtp = await smtpReceiver();
});
afterAll(async () => {
  await Promise.all([receiver.close(), smtp.close()]);
});

// Deliveries wait for the local receivers however busy the machine is (a 10 s timeout once failed a run).
const withWebhook = <T>(fn: () => Promise<T>) =>
  withEnv(
    { DRIFT_ALERT_WEBHOOK_URL: receiver.url, APP_URL: "https://shortlist.example", DRIFT_ALERT_TIMEOUT_MS: "600000" },
    fn,
  );

describe("runDriftCheck", () => {
  it("finds no drift between windows from one distribution, and sends no alert", async () => {
    const end = endOf(1991);
    await seedDriftWindows({ end, referenceCount: 2000, currentCount: 700, seed: 11 });
    const before = receiver.bodies.length;
    const run = await withWebhook(() => runDriftCheck({ ctx: system, input: { currentEnd: end } }));
    expect(run).toMatchObject({
      status: "ok",
      referenceRows: 2000,
      currentRows: 700,
      monitoredSignals: SIGNALS.length + 1,
      alertStatus: "none",
      referenceKind: "trailing",
    });
    expect(run.driftScore).toBeLessThanOrEqual(0.15);
    expect(run.current).toEqual({ start: new Date(end.getTime() - 7 * DAY), end });
    expect(receiver.bodies.length).toBe(before);

    const report = await getDriftReport({ input: { id: run.reportId } });
    expect(report.metrics).toHaveLength(SIGNALS.length + 1);
    for (const metric of report.metrics) {
      // The threshold is the larger of the minimum effect and what chance reaches at 2,000 and 700 rows.
      expect(metric).toMatchObject({ test: "psi", minimumEffect: 0.02 });
      expect(metric.threshold).toBe(Math.max(0.02, metric.chanceThreshold!));
      const total = (side: "reference" | "current") => metric.bins.reduce((sum, bin) => sum + bin[side], 0);
      expect(total("reference")).toBeCloseTo(1, 10);
      expect(total("current")).toBeCloseTo(1, 10);
    }
    // The recruiter's long tail (rec_90…, each well under 1 %) is folded into `other`.
    const recruiter = report.metrics.find((metric) => metric.signal === "recruiter")!;
    expect(recruiter.bins.map((bin) => bin.label)).toEqual(expect.arrayContaining(["rec_01", "other"]));
    expect(recruiter.bins.some((bin) => bin.label.startsWith("rec_9"))).toBe(false);
    const candidate = report.embeddings.find((embedding) => embedding.kind === "candidate")!;
    expect(candidate).toMatchObject({
      model: TEST_EMBEDDING_MODEL,
      status: "ok",
      drifted: false,
      dimensions: 8,
      currentRows: 700,
    });
  });

  it("flags shifted seniority and score, and alerts once even when the check runs twice", async () => {
    const end = endOf(1993);
    await seedDriftWindows({
      end,
      referenceCount: 2000,
      currentCount: 700,
      seed: 21,
      shift: { junior: true, score: 15, vectors: 0.3 },
    });
    const before = receiver.bodies.length;
    const first = await withWebhook(() => runDriftCheck({ ctx: system, input: { currentEnd: end } }));
    expect(first.status).toBe("drifted");
    expect(first.driftScore).toBeGreaterThan(0.15);
    expect(first.alertStatus).toBe("sent");

    const report = await getDriftReport({ input: { id: first.reportId } });
    const drifted = report.metrics.filter((metric) => metric.drifted).map((metric) => metric.signal);
    expect(drifted).toEqual(
      expect.arrayContaining(["score", "seniority_level", "experience_years", "seniority_shortfall"]),
    );
    expect(drifted).not.toContain("department");
    expect(report.embeddings.find((embedding) => embedding.kind === "candidate")).toMatchObject({
      drifted: true,
      status: "drifted",
    });
    expect(report.embeddings.find((embedding) => embedding.kind === "job")).toMatchObject({ drifted: false });
    expect(report).toMatchObject({ alertStatus: "sent", alertAttempts: 1, alertError: null });

    const second = await withWebhook(() => runDriftCheck({ ctx: system, input: { currentEnd: end } }));
    expect(second.reportId).toBe(first.reportId);
    expect(second.alertStatus).toBe("sent");
    const alerts = receiver.bodies.slice(before);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.text).toContain(`https://shortlist.example/drift?report=${first.reportId}`);
    expect(alerts[0]!.text).toMatch(/Drifted: \d+ of \d+ signals \(\d+(\.\d)?%, over the 15% threshold\)/);
    expect(alerts[0]!.text).toContain("Seniority level");
  });

  it("records a failed delivery on the report, without the webhook URL, and a later run re-sends it", async () => {
    const end = endOf(1995);
    await seedDriftWindows({
      end,
      referenceCount: 1500,
      currentCount: 600,
      seed: 31,
      shift: { junior: true, score: 20 },
    });
    receiver.status = 500;
    try {
      const failed = await withWebhook(() => runDriftCheck({ ctx: system, input: { currentEnd: end } }));
      expect(failed.alertStatus).toBe("failed");
      const stored = await getDriftReport({ input: { id: failed.reportId } });
      expect(stored).toMatchObject({
        alertStatus: "failed",
        alertAttempts: 1,
        alertError: "webhook: answered HTTP 500",
        alertedAt: null,
      });
      expect(stored.alertError).not.toContain("127.0.0.1");

      // The next run (any window) delivers the overdue alert.
      receiver.status = 200;
      const before = receiver.bodies.length;
      const later = await withWebhook(() => runDriftCheck({ ctx: system, input: { currentEnd: endOf(1996) } }));
      expect(later.status).toBe("insufficient_data");
      expect(later.alertsSent).toContain(failed.reportId);
      expect(
        receiver.bodies
          .slice(before)
          .map((body) => body.text)
          .join("\n"),
      ).toContain(`report=${failed.reportId}`);
      expect(await getDriftReport({ input: { id: failed.reportId } })).toMatchObject({
        alertStatus: "sent",
        alertAttempts: 2,
        alertError: null,
      });
    } finally {
      receiver.status = 200;
    }
  });

  it("reports a window below DRIFT_MIN_ROWS as insufficient data, with its row counts, and never alerts", async () => {
    const end = endOf(1997);
    await seedDriftWindows({
      end,
      referenceCount: 800,
      currentCount: 120,
      seed: 41,
      shift: { junior: true, score: 30 },
    });
    const before = receiver.bodies.length;
    const run = await withWebhook(() => runDriftCheck({ ctx: system, input: { currentEnd: end } }));
    expect(run).toMatchObject({
      status: "insufficient_data",
      driftScore: null,
      referenceRows: 800,
      currentRows: 120,
      minRows: 500,
      alertStatus: "none",
    });
    expect((await getDriftReport({ input: { id: run.reportId } })).metrics).toEqual([]);
    expect(receiver.bodies.length).toBe(before);
    // The minimum is configuration: lowered, the same windows are judged (and drift).
    const judged = await withEnv({ DRIFT_MIN_ROWS: "100" }, () =>
      runDriftCheck({ ctx: system, input: { currentEnd: end } }),
    );
    expect(judged).toMatchObject({ status: "drifted", minRows: 100, alertStatus: "skipped" });
  });

  it("offers Jensen–Shannon and normed Wasserstein instead of PSI", async () => {
    const end = endOf(1999);
    await seedDriftWindows({ end, referenceCount: 1000, currentCount: 600, seed: 51, shift: { junior: true } });
    const run = await runDriftCheck({
      ctx: system,
      input: { currentEnd: end, numericTest: "wasserstein", categoricalTest: "jensen_shannon" },
    });
    const report = await getDriftReport({ input: { id: run.reportId } });
    expect(report.metrics.find((metric) => metric.signal === "seniority_level")).toMatchObject({
      test: "wasserstein",
      drifted: true,
    });
    expect(report.metrics.find((metric) => metric.signal === "department")).toMatchObject({
      test: "jensen_shannon",
      drifted: false,
    });
  });

  it("compares with a pinned baseline, with the edges stored when it was pinned", async () => {
    const baselineWindow = { start: new Date(Date.UTC(2003, 0, 1)), end: new Date(Date.UTC(2003, 0, 15)) };
    await insertSyntheticWindow({ ...baselineWindow, count: 900, seed: 61 });
    const end = endOf(2003);
    await insertSyntheticWindow({ start: new Date(end.getTime() - 7 * DAY), end, count: 600, seed: 62 });
    const baseline = await pinDriftBaseline({ ctx: system, input: baselineWindow });
    try {
      expect(baseline).toMatchObject({ rows: 900, pinnedBy: "drift-test", unpinnedAt: null });
      const run = await runDriftCheck({ ctx: system, input: { currentEnd: end } });
      expect(run).toMatchObject({
        referenceKind: "pinned",
        reference: baselineWindow,
        referenceRows: 900,
        currentRows: 600,
        status: "ok",
      });
      const stored = await db.driftBaseline.findUniqueOrThrow({ where: { id: baseline.id }, select: { edges: true } });
      const report = await getDriftReport({ input: { id: run.reportId } });
      expect(report.metrics.find((metric) => metric.signal === "score")!.edges).toEqual(
        (stored.edges as Record<string, number[]>).score,
      );
      await expect(
        pinDriftBaseline({
          ctx: system,
          input: { start: new Date(Date.UTC(2003, 3, 1)), end: new Date(Date.UTC(2003, 3, 2)) },
        }),
      ).rejects.toThrow(/needs at least 500/);
    } finally {
      await unpinDriftBaseline({ input: { id: baseline.id } });
    }
  });
});

describe("e-mail alerts", () => {
  const withWebhookAndEmail = <T>(fn: () => Promise<T>) =>
    withEnv({ SMTP_URL: smtp.url, DRIFT_ALERT_EMAIL_TO: "oncall@example.com, ml@example.com" }, () => withWebhook(fn));

  it("mails a drifted report once, beside the webhook, with the report's link", async () => {
    const end = endOf(2007);
    await seedDriftWindows({
      end,
      referenceCount: 1500,
      currentCount: 600,
      seed: 81,
      shift: { junior: true, score: 20 },
    });
    const [mailsBefore, postsBefore] = [smtp.mails.length, receiver.bodies.length];
    const run = await withWebhookAndEmail(() => runDriftCheck({ ctx: system, input: { currentEnd: end } }));
    expect(run).toMatchObject({ status: "drifted", alertStatus: "sent" });
    await withWebhookAndEmail(() => runDriftCheck({ ctx: system, input: { currentEnd: end } }));

    const mails = smtp.mails.slice(mailsBefore);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      from: "drift-alerts@shortlist.local",
      to: ["oncall@example.com", "ml@example.com"],
    });
    expect(mails[0]!.subject).toMatch(/^Shortlist drift alert: \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d drifted$/);
    expect(mails[0]!.text).toContain(`https://shortlist.example/drift?report=${run.reportId}`);
    expect(receiver.bodies.length - postsBefore).toBe(1);
    expect(await db.driftReport.findUniqueOrThrow({ where: { id: run.reportId } })).toMatchObject({
      alertChannelsSent: ["webhook", "email"],
    });
  });

  it("a refused e-mail is recorded without the SMTP password, and the retry mails only, not the webhook again", async () => {
    const end = endOf(2009);
    await seedDriftWindows({
      end,
      referenceCount: 1500,
      currentCount: 600,
      seed: 91,
      shift: { junior: true, score: 20 },
    });
    const postsBefore = receiver.bodies.length;
    smtp.refuse = true;
    try {
      const failed = await withWebhookAndEmail(() => runDriftCheck({ ctx: system, input: { currentEnd: end } }));
      expect(failed.alertStatus).toBe("failed");
      const stored = await db.driftReport.findUniqueOrThrow({ where: { id: failed.reportId } });
      expect(stored).toMatchObject({ alertStatus: "failed", alertChannelsSent: ["webhook"], alertedAt: null });
      expect(stored.alertError).toMatch(/^email: the SMTP server refused \(E[A-Z]+, 550\)$/);
      expect(stored.alertError).not.toContain("smtp-secret-password");

      smtp.refuse = false;
      const mailsBefore = smtp.mails.length;
      const later = await withWebhookAndEmail(() => runDriftCheck({ ctx: system, input: { currentEnd: endOf(2010) } }));
      expect(later.alertsSent).toContain(failed.reportId);
      expect(
        smtp.mails
          .slice(mailsBefore)
          .map((mail) => mail.text)
          .join("\n"),
      ).toContain(`report=${failed.reportId}`);
      expect(receiver.bodies.length - postsBefore).toBe(1);
      expect(await db.driftReport.findUniqueOrThrow({ where: { id: failed.reportId } })).toMatchObject({
        alertStatus: "sent",
        alertChannelsSent: ["webhook", "email"],
        alertError: null,
      });
    } finally {
      smtp.refuse = false;
    }
  });

  it("SMTP_URL without recipients is a configuration error that names the missing variable", async () => {
    await expect(
      withEnv({ SMTP_URL: smtp.url, DRIFT_ALERT_EMAIL_TO: undefined }, () => runDriftCheck({ ctx: system })),
    ).rejects.toThrow(/DRIFT_ALERT_EMAIL_TO: is required when SMTP_URL is set/);
  });
});

describe("a channel configured during an open drift", () => {
  const withEmail = <T>(fn: () => Promise<T>) =>
    withEnv(
      { SMTP_URL: smtp.url, DRIFT_ALERT_EMAIL_TO: "oncall@example.com", APP_URL: "https://shortlist.example" },
      fn,
    );
  const nextWeek = (end: Date) => new Date(end.getTime() + 7 * DAY);
  const mailedReports = (from: number) => smtp.mails.slice(from).map((mail) => /report=([\w-]+)/.exec(mail.text)?.[1]);

  it("gets the latest drifted report on the next run, once, and the webhook does not get it again", async () => {
    const end = endOf(2990);
    await seedDriftWindows({
      end,
      referenceCount: 1500,
      currentCount: 600,
      seed: 101,
      shift: { junior: true, score: 20 },
    });
    const alerted = await withWebhook(() => runDriftCheck({ ctx: system, input: { currentEnd: end } }));
    expect(alerted).toMatchObject({ status: "drifted", alertStatus: "sent" });
    const first = await db.driftReport.findUniqueOrThrow({ where: { id: alerted.reportId } });
    expect(first.alertChannelsSent).toEqual(["webhook"]);

    // E-mail is configured afterwards; the next week has no traffic yet, so the drift is still open.
    const [mailsBefore, postsBefore] = [smtp.mails.length, receiver.bodies.length];
    const later = await withEmail(() =>
      withWebhook(() => runDriftCheck({ ctx: system, input: { currentEnd: nextWeek(end) } })),
    );
    expect(later.status).toBe("insufficient_data");
    expect(later.alertsSent).toContain(alerted.reportId);
    expect(mailedReports(mailsBefore)).toEqual([alerted.reportId]);
    expect(receiver.bodies.length).toBe(postsBefore);
    expect(await db.driftReport.findUniqueOrThrow({ where: { id: alerted.reportId } })).toMatchObject({
      alertStatus: "sent",
      alertChannelsSent: ["webhook", "email"],
      alertedAt: first.alertedAt,
    });

    await withEmail(() => withWebhook(() => runDriftCheck({ ctx: system, input: { currentEnd: nextWeek(end) } })));
    expect(smtp.mails.length - mailsBefore).toBe(1);
  });

  it("gets a drift reported while no channel was configured, unless a later week found no drift", async () => {
    const drifted = endOf(2992);
    await seedDriftWindows({
      end: drifted,
      referenceCount: 1500,
      currentCount: 600,
      seed: 111,
      shift: { junior: true, score: 20 },
    });
    const unsent = await runDriftCheck({ ctx: system, input: { currentEnd: drifted } });
    expect(unsent).toMatchObject({ status: "drifted", alertStatus: "skipped" });

    const mailsBefore = smtp.mails.length;
    const caughtUp = await withEmail(() => runDriftCheck({ ctx: system, input: { currentEnd: nextWeek(drifted) } }));
    expect(caughtUp.alertsSent).toEqual([unsent.reportId]);
    expect(mailedReports(mailsBefore)).toEqual([unsent.reportId]);

    // A later drift, unsent, then a week without drift: the drift is over and nobody is told about it.
    const again = endOf(2994);
    await seedDriftWindows({
      end: again,
      referenceCount: 1500,
      currentCount: 600,
      seed: 121,
      shift: { junior: true, score: 20 },
    });
    const stale = await runDriftCheck({ ctx: system, input: { currentEnd: again } });
    expect(stale).toMatchObject({ status: "drifted", alertStatus: "skipped" });
    const calm = endOf(2996);
    await seedDriftWindows({ end: calm, referenceCount: 1500, currentCount: 600, seed: 131 });
    const resolved = await withEmail(() => runDriftCheck({ ctx: system, input: { currentEnd: calm } }));
    expect(resolved).toMatchObject({ status: "ok", alertsSent: [] });
    expect(smtp.mails.length - mailsBefore).toBe(1);
    expect(await db.driftReport.findUniqueOrThrow({ where: { id: stale.reportId } })).toMatchObject({
      alertStatus: "skipped",
      alertChannelsSent: [],
    });
  });
});
