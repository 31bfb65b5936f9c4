import { rationaleInput } from "@/lib/vocabulary/extraction";
import { draftRationale, extractJobRequirements, extractResume } from "@/lib/extraction";
import { DEFAULT_ECHO_CONTENT, type RecordedRequest, type ReplyContent } from "./behaviours";

// A responder that makes the fake server behave like a small, obedient model for the gateway's three
// tasks: it answers with what the builtin rules read from the data block of the prompt — so the rest of
// the app sees the same extractions as without an LLM — and it follows exactly one kind of instruction
// found outside the data block, "at most N technical skills", so an edited prompt changes the answer in
// a known way. The e2e run serves it (e2e/fake-llm-server.ts); any request it does not recognise gets
// the default echo.

function block(prompt: string, tag: string): { text: string; raw: string } | null {
  const match = new RegExp(`<${tag}>\\n?([\\s\\S]*?)\\n?</${tag}>`).exec(prompt);
  return match ? { text: match[1] as string, raw: match[0] } : null;
}

const AT_MOST = /at most (\d+) technical skills/i;

export function scriptedResponder(request: RecordedRequest): ReplyContent {
  const prompt = request.prompt;
  const resume = block(prompt, "resume");
  if (resume) {
    const extraction = extractResume(resume.text);
    // Instructions are read outside the résumé: text inside the data block is never obeyed.
    const limit = AT_MOST.exec(prompt.replace(resume.raw, ""));
    return limit
      ? { ...extraction, technical_skills: extraction.technical_skills.slice(0, Number(limit[1])) }
      : extraction;
  }
  const title = block(prompt, "job_title");
  const description = block(prompt, "job_description");
  if (title || description)
    return extractJobRequirements({ title: title?.text ?? "", description: description?.text ?? "" });
  const match = block(prompt, "match");
  if (match) {
    const parsed = rationaleInput.safeParse(JSON.parse(match.text));
    if (parsed.success) return draftRationale(parsed.data);
  }
  return DEFAULT_ECHO_CONTENT;
}
