// What each gateway task hands its prompt and expects back: the variables it fills and the name of the
// response schema its answer is validated with. Pure data shared by the registry (save-time checks), the
// gateway (lib/llm/tasks.ts checks it agrees) and the editor.

export const PROMPT_TASKS = {
  "resume-extraction": {
    variables: ["resume"],
    responseSchema: "resume_extraction",
    description: "Reads a résumé into skills, seniority, experience, education and contact signals.",
  },
  "job-requirements": {
    variables: ["title", "description"],
    responseSchema: "job_requirements",
    description: "Reads a job posting into required skills and target seniority.",
  },
  "match-rationale": {
    variables: ["match"],
    responseSchema: "match_rationale",
    description: "Explains a computed score to a recruiter.",
  },
} as const satisfies Record<string, { variables: readonly string[]; responseSchema: string; description: string }>;

export type PromptTaskName = keyof typeof PROMPT_TASKS;

export const PROMPT_TASK_NAMES = Object.keys(PROMPT_TASKS) as PromptTaskName[];

export function isPromptTask(value: string | null | undefined): value is PromptTaskName {
  return typeof value === "string" && Object.hasOwn(PROMPT_TASKS, value);
}
