"use client";

import { useState } from "react";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import type { resumeAnalysisJson } from "@/lib/contracts/resumes";
import type { ScorePayload } from "@/lib/vocabulary/score-payload";
import type { EducationLevel, ExperienceRange, SeniorityLevel } from "@/lib/vocabulary/levels";
import type { ScoringJob } from "@/lib/job-postings";
import { wholeDaysSince } from "@/lib/util/dates";
import { ProfileFields, type ProfileDraft } from "./profile-fields";
import { useAnalyzeResume, useSaveCandidate, useScorePayload } from "./queries";
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
    hasEmail: analysis.has_email,
    hasPhone: analysis.has_phone,
    hasLinkedin: analysis.has_linkedin,
    hasAddress: analysis.has_address,
    isLocal: false,
  };
}

/** The immutable payload for the v2 API, exactly as an ATS would send it. */
function payloadFor(job: ScoringJob, resumeText: string, draft: ProfileDraft): ScorePayload {
  const days = job.openedAt ? wholeDaysSince(new Date(job.openedAt)) : null;
  return {
    request_id: `ui-${crypto.randomUUID()}`,
    candidate: {
      profile: {
        resume_text: resumeText,
        seniority_inferred: (draft.seniority || undefined) as SeniorityLevel | undefined,
        years_experience_range: (draft.yearsExperienceRange || undefined) as ExperienceRange | undefined,
        education_level: (draft.educationLevel || undefined) as EducationLevel | undefined,
        field_of_study: draft.fieldOfStudy.trim() || undefined,
        has_degree: draft.hasDegree,
      },
      skills: { technical_skills: draft.technicalSkills, soft_skills: draft.softSkills, tools: draft.tools },
      quality_signals: {
        has_email: draft.hasEmail,
        has_phone: draft.hasPhone,
        has_linkedin: draft.hasLinkedin,
        has_address: draft.hasAddress,
        is_local_to_job: draft.isLocal,
      },
    },
    job_context: {
      metadata: {
        job_title: job.title,
        department: job.department,
        recruiter_id: job.recruiterId ?? undefined,
        days_since_opening: days ?? undefined,
      },
      requirements: {
        required_tech_skills: job.requiredTechSkills,
        required_soft_skills: job.requiredSoftSkills,
        target_seniority: job.targetSeniority ?? undefined,
      },
    },
  };
}

/** Paste or upload a résumé, review what was read, score it against a job, and act on the result. */
export function ScoreWorkbench({ jobs, initialJobId }: { jobs: ScoringJob[]; initialJobId?: string }) {
  const [jobId, setJobId] = useState(initialJobId ?? jobs[0]?.id ?? "");
  const [resumeText, setResumeText] = useState("");
  const [resumeError, setResumeError] = useState<string>();
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const analyze = useAnalyzeResume();
  const score = useScorePayload();
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
    score.mutate(payloadFor(job, resumeText, draft));
  }

  function onSave({ fullName }: SaveRequest) {
    if (!job || !draft) return;
    save.mutate({
      jobId: job.id,
      body: {
        full_name: fullName,
        resume_text: resumeText,
        technical_skills: draft.technicalSkills,
        soft_skills: draft.softSkills,
        tools: draft.tools,
        seniority: (draft.seniority || null) as SeniorityLevel | null,
        years_experience_range: (draft.yearsExperienceRange || null) as ExperienceRange | null,
        education_level: (draft.educationLevel || null) as EducationLevel | null,
        field_of_study: draft.fieldOfStudy.trim() || null,
        has_degree: draft.hasDegree,
      },
    });
  }

  if (jobs.length === 0)
    return <Alert tone="info">Create a job first: a candidate is always scored against a job.</Alert>;

  return (
    <div className="space-y-6">
      <Card title="1. The résumé">
        <div className="space-y-4">
          {jobs.length > 1 ? (
            <SelectField
              label="Score against"
              className="max-w-md"
              value={jobId}
              onChange={(event) => {
                setJobId(event.target.value);
                score.reset();
              }}
              options={jobs.map((item) => ({ value: item.id, label: `${item.title} · ${item.department}` }))}
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
          <ProfileFields draft={draft} onChange={setDraft} />
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
