"use client";

import Link from "next/link";
import { Fragment, useState } from "react";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/charts/chart-frame";
import { OutcomeForm } from "@/components/score/outcome-form";
import { Alert } from "@/components/ui/alert";
import { BandWithOverride } from "@/components/ui/band-badge";
import { Button } from "@/components/ui/button";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { Table, Td, Th } from "@/components/ui/table";
import { useCandidateScores } from "./queries";
import { StoredScoreExplanation } from "./stored-score-explanation";

const LINE_COLORS = ["#1f57c4", "#059669", "#d97706", "#7c3aed", "#dc2626", "#0891b2"];

/** Every score the candidate received, per job and over time, with outcomes and band overrides. */
export function ScoreHistory({ candidateId }: { candidateId: string }) {
  const scores = useCandidateScores(candidateId);
  const [recording, setRecording] = useState<string | null>(null);
  const [explained, setExplained] = useState<string | null>(null);
  if (scores.isPending)
    return (
      <p className="h-64 text-sm text-slate-600" role="status">
        Loading scores…
      </p>
    );
  if (scores.isError) return <Alert>Could not load the scores: {scores.error.message}</Alert>;
  const items = scores.data.items;
  if (items.length === 0)
    return (
      <p className="text-sm text-slate-600">
        Not scored against any job yet. Open a job and score this candidate from its page.
      </p>
    );

  const jobOf = (item: (typeof items)[number]) => item.job_title ?? "Payload only";
  const jobs = [...new Set(items.map(jobOf))];
  // On a time axis: two scores on one day share a date, not two identical ticks.
  const points = [...items]
    .reverse()
    .map((item) => ({ time: new Date(item.created_at).getTime(), [jobOf(item)]: item.score }));
  return (
    <div className="space-y-4">
      {items.length > 1 ? (
        <ChartFrame
          height={220}
          label={`Scores over time: ${items.map((item) => `${jobOf(item)} ${item.score}`).join(", ")}`}
        >
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis
              dataKey="time"
              type="number"
              scale="time"
              domain={["dataMin", "dataMax"]}
              tickFormatter={(time: number) => formatDate(new Date(time))}
              tick={{ fontSize: 11, fill: "#475569" }}
            />
            <YAxis domain={[0, 100]} tick={{ fontSize: 11, fill: "#475569" }} />
            <Tooltip labelFormatter={(time) => formatDateTime(new Date(Number(time)))} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {jobs.map((job, index) => (
              <Line
                key={job}
                dataKey={job}
                stroke={LINE_COLORS[index % LINE_COLORS.length]}
                connectNulls
                isAnimationActive={false}
                dot
              />
            ))}
          </LineChart>
        </ChartFrame>
      ) : null}
      <Table caption="Scores received">
        <thead>
          <tr>
            <Th>Job</Th>
            <Th className="text-right">Score</Th>
            <Th>Band</Th>
            <Th>Outcomes and overrides</Th>
            <Th>When</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((item) => (
            <Fragment key={item.inference_id}>
              <tr>
                <Td>
                  {item.job_id ? (
                    <Link href={`/jobs/${item.job_id}`} className="text-brand-700 hover:underline">
                      {item.job_title}
                    </Link>
                  ) : (
                    "Payload only"
                  )}
                </Td>
                <Td className="text-right font-semibold tabular-nums">{item.score.toFixed(1)}</Td>
                <Td>
                  <BandWithOverride band={item.band} override={latestOverride(item.outcomes)} />
                </Td>
                <Td>
                  {item.outcomes.length === 0 ? <span className="text-slate-500">None yet</span> : null}
                  <ul className="space-y-1">
                    {item.outcomes.map((outcome) => (
                      <li key={outcome.id} className="text-xs text-slate-700">
                        {outcome.outcome ? <strong className="capitalize">{outcome.outcome}</strong> : null}
                        {outcome.band_override ? (
                          <>
                            {" "}
                            band overridden to <strong>{outcome.band_override}</strong> ({outcome.reason})
                          </>
                        ) : null}
                        <span className="text-slate-500">
                          {" "}
                          — {outcome.recorded_by ?? "unknown"}, {formatDateTime(outcome.created_at)}
                        </span>
                      </li>
                    ))}
                  </ul>
                  {recording === item.inference_id ? (
                    <div className="mt-2 rounded-md bg-slate-50 p-3">
                      <OutcomeForm
                        inferenceId={item.inference_id}
                        candidateId={candidateId}
                        onRecorded={() => setRecording(null)}
                      />
                    </div>
                  ) : null}
                </Td>
                <Td className="whitespace-nowrap text-slate-600">{formatDateTime(item.created_at)}</Td>
                <Td className="whitespace-nowrap text-right">
                  <Button
                    variant="ghost"
                    onClick={() => setExplained(explained === item.inference_id ? null : item.inference_id)}
                    aria-expanded={explained === item.inference_id}
                    aria-controls={`why-${item.inference_id}`}
                  >
                    {explained === item.inference_id ? "Hide why" : "Why this score?"}
                  </Button>
                  <Button
                    variant="ghost"
                    onClick={() => setRecording(recording === item.inference_id ? null : item.inference_id)}
                    aria-expanded={recording === item.inference_id}
                  >
                    {recording === item.inference_id ? "Cancel" : "Record outcome"}
                  </Button>
                </Td>
              </tr>
              {explained === item.inference_id ? (
                <tr id={`why-${item.inference_id}`}>
                  <td colSpan={6} className="bg-slate-50 px-4 py-4">
                    <StoredScoreExplanation inferenceId={item.inference_id} candidateId={candidateId} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

/** The latest band override among a score's outcomes (shown beside the model's band). */
function latestOverride(outcomes: { band_override: string | null; reason: string | null }[]) {
  const override = outcomes.findLast((outcome) => outcome.band_override !== null);
  return override ? { band: override.band_override!, reason: override.reason } : null;
}
