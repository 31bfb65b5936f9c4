"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useFieldErrors } from "@/components/query/use-zod-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { SENIORITY_OPTIONS } from "@/components/ui/vocabulary-options";
import { jobBody } from "@/lib/contracts/jobs";
import { useExtractRequirements, useSaveJob } from "./queries";
import { SkillInput } from "./skill-input";

export interface JobFormValues {
  title: string;
  department: string;
  location: string;
  description: string;
  requiredTechSkills: string[];
  requiredSoftSkills: string[];
  niceToHaveSkills: string[];
  targetSeniority: string;
}

export const EMPTY_JOB: JobFormValues = {
  title: "",
  department: "",
  location: "",
  description: "",
  requiredTechSkills: [],
  requiredSoftSkills: [],
  niceToHaveSkills: [],
  targetSeniority: "",
};

/** Create or edit a job; requirements can be read from the description by the LLM gateway. */
export function JobForm({
  jobId,
  initial,
  departments,
}: {
  jobId?: string;
  initial: JobFormValues;
  departments: string[];
}) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const save = useSaveJob(jobId);
  const extract = useExtractRequirements();
  const form = useFieldErrors(jobBody);
  const set = <K extends keyof JobFormValues>(key: K, value: JobFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  async function onExtract() {
    const result = await extract
      .mutateAsync({ title: values.title || "Untitled job", description: values.description })
      .catch(() => null);
    if (!result) return;
    setValues((current) => ({
      ...current,
      requiredTechSkills: [...new Set([...current.requiredTechSkills, ...result.required_tech_skills])],
      requiredSoftSkills: [...new Set([...current.requiredSoftSkills, ...result.required_soft_skills])],
      niceToHaveSkills: [...new Set([...current.niceToHaveSkills, ...result.nice_to_have_skills])],
      targetSeniority: current.targetSeniority || (result.target_seniority ?? ""),
    }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = form.validate({
      title: values.title,
      department: values.department,
      location: values.location.trim() || null,
      description: values.description,
      required_tech_skills: values.requiredTechSkills,
      required_soft_skills: values.requiredSoftSkills,
      nice_to_have_skills: values.niceToHaveSkills,
      target_seniority: values.targetSeniority || null,
    });
    if (!body) return;
    try {
      const job = await save.mutateAsync(body);
      router.push(`/jobs/${job.id}`);
      router.refresh();
    } catch (error) {
      form.fromServer(error);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <div className="grid gap-4 md:grid-cols-3">
        <TextField
          label="Title"
          value={values.title}
          onChange={(event) => set("title", event.target.value)}
          error={form.errors.title}
          maxLength={200}
        />
        <div>
          <TextField
            label="Department"
            value={values.department}
            onChange={(event) => set("department", event.target.value)}
            error={form.errors.department}
            list="departments"
            maxLength={100}
          />
          <datalist id="departments">
            {departments.map((department) => (
              <option key={department} value={department} />
            ))}
          </datalist>
        </div>
        <TextField
          label="Location"
          value={values.location}
          onChange={(event) => set("location", event.target.value)}
          error={form.errors.location}
          placeholder="City, or Remote"
        />
      </div>
      <TextareaField
        label="Description"
        rows={7}
        value={values.description}
        onChange={(event) => set("description", event.target.value)}
        error={form.errors.description}
        hint="Requirements left empty are read from the description when you save."
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={onExtract} disabled={extract.isPending || !values.description.trim()}>
          {extract.isPending ? "Reading the description…" : "Extract requirements from description"}
        </Button>
        {extract.isSuccess ? (
          <span className="text-sm text-slate-600" role="status">
            Read by {extract.data.provider}: review the skills below.
          </span>
        ) : null}
        {extract.isError ? (
          <span className="text-sm text-red-700" role="alert">
            {extract.error.message}
          </span>
        ) : null}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <SkillInput
          label="Required technical skills"
          value={values.requiredTechSkills}
          onChange={(skills) => set("requiredTechSkills", skills)}
          error={form.errors.required_tech_skills}
        />
        <SkillInput
          label="Required soft skills"
          value={values.requiredSoftSkills}
          onChange={(skills) => set("requiredSoftSkills", skills)}
          error={form.errors.required_soft_skills}
        />
      </div>
      <SkillInput
        label="Nice to have (shown, not scored)"
        value={values.niceToHaveSkills}
        onChange={(skills) => set("niceToHaveSkills", skills)}
        error={form.errors.nice_to_have_skills}
      />
      <SelectField
        label="Target seniority"
        className="max-w-xs"
        options={SENIORITY_OPTIONS}
        value={values.targetSeniority}
        onChange={(event) => set("targetSeniority", event.target.value)}
        error={form.errors.target_seniority}
      />
      {save.isError && Object.keys(form.errors).length === 0 ? <Alert>{save.error.message}</Alert> : null}
      <div className="flex gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : jobId ? "Save changes" : "Create job"}
        </Button>
        <Button variant="ghost" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
