// The alert a drifted report sends: a Slack-compatible incoming-webhook body (`text`, with `blocks` for
// clients that render them), and the same words as an e-mail (`subject`, `text`). Pure, so the wording is
// tested without a network.
import type { EmbeddingDrift, SignalDrift } from "./types";

export interface AlertReport {
  id: string;
  currentStart: Date;
  currentEnd: Date;
  driftScore: number;
  threshold: number;
  driftedSignals: number;
  monitoredSignals: number;
  referenceRows: number;
  currentRows: number;
  metrics: SignalDrift[];
  embeddings: EmbeddingDrift[];
}

const TOP_SIGNALS = 5;
const TEST_NAMES = { psi: "PSI", jensen_shannon: "JS", wasserstein: "Wasserstein" } as const;

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
const day = (date: Date) => date.toISOString().slice(0, 10);

export interface DriftAlert {
  subject: string;
  text: string;
  blocks: object[];
}

export function driftAlertMessage(report: AlertReport, reportUrl: string): DriftAlert {
  // The window end is exclusive: name the last day it covers.
  const lastDay = day(new Date(report.currentEnd.getTime() - 1));
  const headline = `Shortlist drift alert: drift score ${percent(report.driftScore)} (threshold ${percent(report.threshold)}) for ${day(report.currentStart)} to ${lastDay}`;
  const top = report.metrics
    .filter((metric) => metric.drifted)
    .sort((a, b) => b.value - a.value)
    .slice(0, TOP_SIGNALS)
    .map((metric) => `${metric.signal} (${TEST_NAMES[metric.test]} ${metric.value.toFixed(2)})`);
  const embeddings = report.embeddings
    .filter((embedding) => embedding.drifted)
    .map((embedding) => `${embedding.kind} embeddings (classifier AUC ${embedding.classifierAuc?.toFixed(2)})`);
  const lines = [
    `${report.driftedSignals} of ${report.monitoredSignals} signals drifted; top: ${top.join(", ") || "none"}.`,
    ...(embeddings.length > 0 ? [`Also drifted: ${embeddings.join(", ")}.`] : []),
    `Rows: ${report.currentRows.toLocaleString("en")} current, ${report.referenceRows.toLocaleString("en")} reference.`,
  ];
  const text = `${headline}\n${lines.join("\n")}\nReport: ${reportUrl}`;
  return {
    subject: headline,
    text,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `*${headline}*\n${lines.join("\n")}` } },
      {
        type: "actions",
        elements: [{ type: "button", text: { type: "plain_text", text: "Open the report" }, url: reportUrl }],
      },
    ],
  };
}
