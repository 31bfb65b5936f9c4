"use client";

import { useState } from "react";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { JobPicker } from "@/components/jobs/job-picker";
import type { resumeAnalysisJson } from "@/lib/contracts/resumes";
import type { scoreProfileBody } from "@/lib/contracts/candidates";
import type { EducationLevel, ExperienceRange, SeniorityLevel } from "@/lib/vocabulary/levels";
import type { ScoringJob } from "@/lib/job-postings";
import { ProfileFields, type ProfileDraft } from "./profile-fields";
import { useAnalyzeResume, useSaveCandidate, useScoreProfile } from "./queries";
import { ResumeInput } from "./resume-input";
import { ScoreResultView, type SaveRequest } from "./score-result";

type Analysis = z.infer<typeof resumeAnalysisJson>;

function draftFrom(analysis: Analysis): ProfileDraft {
  return {
    fullName: "",
    technicalSkills: analysis.technical_skills,
    softSkills: analysis.soft_skills,
    tools: analysis.tools,
    seniority: analysis.seniority ?? "",
    yearsExperienceRange: analysis.years_experience_range ?? "",
    educationLevel: analysis.education_level ?? "",
    fieldOfStudy: analysis.field_of_study ?? "",
    hasDegree: analysis.has_degree ?? false,
    location: analysis.location ?? "",
  };
}

/** The reviewed profile as saving stores it; scoring it before saving gives the score it keeps. */
function profileBody(resumeText: string, draft: ProfileDraft): z.input<typeof scoreProfileBody> {
  return {
    resume_text: resumeText,
    technical_skills: draft.technicalSkills,
    soft_skills: draft.softSkills,
    tools: draft.tools,
    seniority: (draft.seniority || null) as SeniorityLevel | null,
    years_experience_range: (draft.yearsExperienceRange || null) as ExperienceRange | null,
    education_level: (draft.educationLevel || null) as EducationLevel | null,
    field_of_study: draft.fieldOfStudy.trim() || null,
    has_degree: draft.hasDegree,
    location: draft.location.trim() || null,
  };
}

/** Paste or upload a résumé, review what was read, score it against a job, and act on the result. */
export function ScoreWorkbench({ jobs, initialJobId }: { jobs: ScoringJob[]; initialJobId?: string }) {
  const [jobId, setJobId] = useState(initialJobId ?? jobs[0]?.id ?? "");
  const [resumeText, setResumeText] = useState("");
  const [resumeError, setResumeError] = useState<string>();
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const analyze = useAnalyzeResume();
  const score = useScoreProfile();
  const save = useSaveCandidate();
  const job = jobs.find((candidate) => candidate.id === jobId);

  async function onRead() {
    if (!resumeText.trim()) return setResumeError("Paste a résumé or upload a file first.");
    setResumeError(undefined);
    score.reset();
    save.reset();
    const analysis = await analyze.mutateAsync(resumeText).catch(() => null);
    if (analysis) setDraft(draftFrom(analysis));
  }

  function onScore() {
    if (!job || !draft) return;
    save.reset();
    score.mutate({ jobId: job.id, body: profileBody(resumeText, draft) });
  }

  function onSave({ fullName }: SaveRequest) {
    if (!job || !draft) return;
    save.mutate({ jobId: job.id, body: { ...profileBody(resumeText, draft), full_name: fullName } });
  }

  if (jobs.length === 0)
    return <Alert tone="info">Create a job first: a candidate is always scored against a job.</Alert>;

  return (
    <div className="space-y-6">
      <Card title="1. The résumé">
        <div className="space-y-4">
          {jobs.length > 1 ? (
            <JobPicker
              label="Score against"
              className="max-w-md"
              jobs={jobs}
              value={jobId}
              onChange={(id) => {
                setJobId(id);
                score.reset();
              }}
            />
          ) : null}
          <ResumeInput value={resumeText} onChange={setResumeText} error={resumeError} />
          <div className="flex items-center gap-3">
            <Button onClick={onRead} disabled={analyze.isPending}>
              {analyze.isPending ? "Reading the résumé…" : "Read résumé"}
            </Button>
            {analyze.isPending ? <Progress label="Extracting skills, seniority and education" /> : null}
          </div>
          {analyze.isError ? <Alert>{analyze.error.message}</Alert> : null}
        </div>
      </Card>
      {draft ? (
        <Card title="2. What Shortlist read — correct anything before scoring">
          <p className="mb-4 text-sm text-slate-600">
            Read by {analyze.data?.provider === "builtin" ? "the built-in extractor" : analyze.data?.provider}.
          </p>
          {analyze.data && analyze.data.warnings.length > 0 ? (
            <div className="mb-4">
              <Alert tone="warning" title="Set aside before reading">
                <ul className="list-disc pl-5">
                  {analyze.data.warnings.map((warning) => (
                    <li key={warning.code}>{warning.message}</li>
                  ))}
                </ul>
              </Alert>
            </div>
          ) : null}
          <ProfileFields
            draft={draft}
            contact={{
              hasEmail: analyze.data?.has_email ?? false,
              hasPhone: analyze.data?.has_phone ?? false,
              hasLinkedin: analyze.data?.has_linkedin ?? false,
              hasAddress: analyze.data?.has_address ?? false,
            }}
            onChange={setDraft}
          />
          <div className="mt-5 flex items-center gap-3">
            <Button onClick={onScore} disabled={score.isPending || !job}>
              {score.isPending ? "Scoring…" : `Score against ${job?.title ?? "the job"}`}
            </Button>
            {score.isPending ? <Progress label="Scoring" /> : null}
          </div>
          {score.isError ? (
            <div className="mt-3">
              <Alert>{score.error.message}</Alert>
            </div>
          ) : null}
        </Card>
      ) : null}
      {score.data && job ? (
        <section aria-label="Score">
          <h2 className="mb-3 text-base font-semibold text-slate-900">3. The score</h2>
          <ScoreResultView
            result={score.data}
            jobTitle={job.title}
            resumeText={resumeText}
            saved={
              save.data ? { candidateId: save.data.candidate.id, inferenceId: save.data.score.inference_id } : null
            }
            saving={save.isPending}
            saveError={save.isError ? save.error.message : null}
            onSave={onSave}
          />
        </section>
      ) : null}
    </div>
  );
}

function Progress({ label }: { label: string }) {
  return (
    <span role="status" className="inline-flex items-center gap-2 text-sm text-slate-600">
      <span
        aria-hidden="true"
        className="size-4 animate-spin rounded-full border-2 border-brand-200 border-t-brand-600"
      />
      {label}…
    </span>
  );
}
