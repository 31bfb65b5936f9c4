"use client";

import { useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { TextareaField } from "@/components/ui/textarea-field";
import { useResumeFile } from "./queries";

const ACCEPTED =
  ".txt,.pdf,.docx,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const MAX_BYTES = 5 * 1024 * 1024;

/** A résumé pasted as text, or uploaded as .txt/.pdf/.docx and read on the server into the same box. */
export function ResumeInput({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (text: string) => void;
  error?: string;
}) {
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const upload = useResumeFile();
  const [tooLarge, setTooLarge] = useState<string | null>(null);

  async function onFile(file: File | undefined) {
    if (!file) return;
    upload.reset();
    // A file over the limit is refused here rather than uploaded to be refused; the server checks types.
    setTooLarge(
      file.size > MAX_BYTES
        ? `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; résumés may be at most 5 MB.`
        : null,
    );
    if (file.size <= MAX_BYTES) {
      const result = await upload.mutateAsync(file).catch(() => null);
      if (result) onChange(result.text);
    }
    if (input.current) input.current.value = "";
  }

  return (
    <div className="space-y-3">
      <TextareaField
        label="Résumé text"
        rows={12}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={error}
        placeholder="Paste the résumé here…"
      />
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label htmlFor={fileId} className="font-medium text-slate-700">
          Or upload a résumé (.txt, .pdf, .docx, up to 5 MB)
        </label>
        <input
          ref={input}
          id={fileId}
          type="file"
          accept={ACCEPTED}
          onChange={(event) => onFile(event.target.files?.[0])}
          className="text-sm file:mr-3 file:rounded-md file:border-0 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:ring-1 file:ring-slate-300 hover:file:bg-slate-50"
        />
        {upload.isPending ? <span role="status">Reading the file…</span> : null}
        {upload.isSuccess ? (
          <span role="status" className="text-emerald-700">
            Read {upload.data.file_name}.
          </span>
        ) : null}
      </div>
      {tooLarge ? <Alert>{tooLarge}</Alert> : null}
      {upload.isError ? <Alert>{upload.error.message}</Alert> : null}
    </div>
  );
}
