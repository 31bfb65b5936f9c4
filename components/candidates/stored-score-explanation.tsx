"use client";

import { EvidenceList } from "@/components/score/evidence-list";
import { ScoreExplanation } from "@/components/score/score-explanation";
import { Alert } from "@/components/ui/alert";
import { useCandidate, useInferenceExplanation } from "./queries";

/** A score from the candidate's history explained as the score page explains a fresh one. */
export function StoredScoreExplanation({ inferenceId, candidateId }: { inferenceId: string; candidateId: string }) {
  const explanation = useInferenceExplanation(inferenceId);
  const candidate = useCandidate(candidateId);
  if (explanation.isError) return <Alert>Could not explain this score: {explanation.error.message}</Alert>;
  if (!explanation.data) {
    return (
      <p role="status" className="text-sm text-slate-600">
        Loading the explanation…
      </p>
    );
  }
  const result = explanation.data;
  return (
    <div className="grid gap-4 lg:grid-cols-5">
      <div className="lg:col-span-3">
        <ScoreExplanation result={result} compact />
      </div>
      <div className="lg:col-span-2">
        <h3 className="mb-1 text-sm font-semibold text-slate-800">Evidence in the résumé</h3>
        <EvidenceList
          inferenceId={result.inference_id}
          resumeText={candidate.data?.resume_text ?? ""}
          skills={[...result.matched_skills, ...result.missing_skills]}
        />
      </div>
    </div>
  );
}
