"use client";

import { SkillInput } from "@/components/jobs/skill-input";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { EDUCATION_OPTIONS, EXPERIENCE_OPTIONS, SENIORITY_OPTIONS } from "@/components/ui/vocabulary-options";

/** What the scorer will read about a candidate: extracted from the résumé, editable before scoring. */
export interface ProfileDraft {
  fullName: string;
  technicalSkills: string[];
  softSkills: string[];
  tools: string[];
  seniority: string;
  yearsExperienceRange: string;
  educationLevel: string;
  fieldOfStudy: string;
  hasDegree: boolean;
  /** Where the candidate lives: compared with the job's location (a remote job never minds). */
  location: string;
}

/** Contact details the résumé shows: facts of the text, listed, not edited. */
export interface ContactFacts {
  hasEmail: boolean;
  hasPhone: boolean;
  hasLinkedin: boolean;
  hasAddress: boolean;
}

const CONTACT: [keyof ContactFacts, string][] = [
  ["hasEmail", "Email address"],
  ["hasPhone", "Phone number"],
  ["hasLinkedin", "LinkedIn profile"],
  ["hasAddress", "Postal address"],
];

export function ProfileFields({
  draft,
  contact,
  onChange,
}: {
  draft: ProfileDraft;
  contact: ContactFacts;
  onChange: (draft: ProfileDraft) => void;
}) {
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => onChange({ ...draft, [key]: value });
  return (
    <div className="space-y-4">
      <div className="grid gap-4 md:grid-cols-3">
        <SkillInput
          label="Technical skills"
          value={draft.technicalSkills}
          onChange={(skills) => set("technicalSkills", skills)}
        />
        <SkillInput label="Soft skills" value={draft.softSkills} onChange={(skills) => set("softSkills", skills)} />
        <SkillInput label="Tools" value={draft.tools} onChange={(skills) => set("tools", skills)} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          label="Seniority"
          options={SENIORITY_OPTIONS}
          value={draft.seniority}
          onChange={(event) => set("seniority", event.target.value)}
        />
        <SelectField
          label="Experience"
          options={EXPERIENCE_OPTIONS}
          value={draft.yearsExperienceRange}
          onChange={(event) => set("yearsExperienceRange", event.target.value)}
        />
        <SelectField
          label="Education"
          options={EDUCATION_OPTIONS}
          value={draft.educationLevel}
          onChange={(event) => set("educationLevel", event.target.value)}
        />
        <TextField
          label="Field of study"
          value={draft.fieldOfStudy}
          onChange={(event) => set("fieldOfStudy", event.target.value)}
          maxLength={80}
        />
        <TextField
          label="Location"
          value={draft.location}
          onChange={(event) => set("location", event.target.value)}
          maxLength={100}
        />
      </div>
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-slate-700">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            className="size-4 accent-brand-600"
            checked={draft.hasDegree}
            onChange={(event) => set("hasDegree", event.target.checked)}
          />
          Has a degree
        </label>
        <p>
          <span className="font-medium">The résumé shows: </span>
          {CONTACT.filter(([key]) => contact[key])
            .map(([, label]) => label.toLowerCase())
            .join(", ") || "no contact details"}
        </p>
      </div>
    </div>
  );
}
