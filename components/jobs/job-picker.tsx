"use client";

import { Combobox, type ComboboxOption } from "@/components/ui/combobox";
import { formatDay } from "@/components/ui/format";

export interface PickableJob {
  id: string;
  title: string;
  department: string;
  location: string | null;
  /** Null when the stored date cannot be read. */
  openedAt: string | null;
}

/** Jobs with the same title differ in department, place and opening date: each option says all three. */
export function jobOption(job: PickableJob): ComboboxOption {
  return {
    value: job.id,
    label: job.title,
    detail: `${job.department} · ${job.location ?? "no location"} · ${job.openedAt ? `opened ${formatDay(job.openedAt)}` : "opening date unknown"}`,
  };
}

/** Choose a job by typing any part of its title, department, location or opening date. */
export function JobPicker({
  label,
  jobs,
  value,
  onChange,
  name,
  noneLabel,
  className,
}: {
  label: string;
  jobs: readonly PickableJob[];
  value: string;
  onChange: (jobId: string) => void;
  name?: string;
  /** Offer "no job" as the first option, with this label. */
  noneLabel?: string;
  className?: string;
}) {
  const options = [...(noneLabel ? [{ value: "", label: noneLabel }] : []), ...jobs.map(jobOption)];
  return (
    <Combobox
      label={label}
      options={options}
      value={value}
      onChange={onChange}
      name={name}
      placeholder="Type a title, department, place or date…"
      className={className}
    />
  );
}
