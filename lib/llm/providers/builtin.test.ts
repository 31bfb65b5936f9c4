import { describe, expect, it } from "vitest";
import { jobRequirementsExtraction, matchRationale, resumeExtraction } from "@/lib/vocabulary/extraction";
import { LlmError } from "@/lib/llm/errors";
import { createBuiltinProvider } from "./builtin";

const signal = new AbortController().signal;
const RESUME =
  "Jane Doe — jane@example.com — +44 20 7946 0958\nSenior engineer, 8 years of Python and Kubernetes. BSc Computer Science.";

describe("builtin provider", () => {
  const provider = createBuiltinProvider();

  it("answers each task with schema-valid JSON, without a prompt", async () => {
    const resume = await provider.generate({
      messages: [],
      task: { name: "resume-extraction", input: { text: RESUME } },
      signal,
    });
    expect(resumeExtraction.safeParse(JSON.parse(resume.text)).success).toBe(true);
    const job = await provider.generate({
      messages: [],
      task: { name: "job-requirements", input: { title: "Engineer", description: "Python" } },
      signal,
    });
    expect(jobRequirementsExtraction.safeParse(JSON.parse(job.text)).success).toBe(true);
    const rationale = await provider.generate({
      messages: [],
      task: {
        name: "match-rationale",
        input: {
          score: 72,
          band: "good",
          matched_skills: ["python"],
          missing_skills: ["go"],
          top_positive: [],
          top_negative: [],
        },
      },
      signal,
    });
    expect(matchRationale.safeParse(JSON.parse(rationale.text)).success).toBe(true);
    expect(provider).toMatchObject({ usesPrompt: false, endpoint: null, configured: { ok: true } });
    expect(resume.usage).toEqual({ inputTokens: 0, outputTokens: 0, cachedTokens: 0 });
  });

  it("is deterministic", async () => {
    const run = () =>
      provider.generate({ messages: [], task: { name: "resume-extraction", input: { text: RESUME } }, signal });
    const answers = await Promise.all([run(), run(), run()]);
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
  });

  it("refuses free-form generation (it has no model)", async () => {
    await expect(provider.generate({ messages: [{ role: "user", content: "hi" }], signal })).rejects.toBeInstanceOf(
      LlmError,
    );
  });
});
