// The alert a drifted report sends, in the words the drift page uses (verdict.ts): a Slack-compatible
// incoming-webhook body (`text`, with `blocks` for clients that render them), and the same words as an
// e-mail (`subject`, `text`). Pure, so the wording is tested without a network.
import type { DriftStatus, EmbeddingDrift, SignalDrift } from "./types";
import { driftVerdictSentence } from "./verdict";

export interface AlertReport {
  id: string;
  status: DriftStatus;
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

const day = (date: Date) => date.toISOString().slice(0, 10);

export interface DriftAlert {
  subject: string;
  text: string;
  blocks: object[];
}

export function driftAlertMessage(report: AlertReport, reportUrl: string): DriftAlert {
  // The window end is exclusive: name the last day it covers.
  const lastDay = day(new Date(report.currentEnd.getTime() - 1));
  const headline = `Shortlist drift alert: ${day(report.currentStart)} to ${lastDay} drifted`;
  const lines = [
    driftVerdictSentence(report),
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
