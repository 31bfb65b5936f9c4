import "server-only";
import type { z } from "zod";
import {
  jobRequirementsExtraction,
  matchRationale,
  resumeExtraction,
  type RationaleInput,
  type ResumeExtraction,
} from "@/lib/vocabulary/extraction";
import { escapeTagContent } from "@/lib/vocabulary/prompt-template";
import type { PromptName } from "@/lib/prompts";
import { type PROMPT_TASKS } from "@/lib/vocabulary/prompt-tasks";
import { jsonSchemaFor } from "./structured";
import type { BuiltinTask, TaskName, TaskOutputs } from "./types";

// The gateway's three tasks: which prompt each runs, the variables it fills (untrusted text escaped for
// the tag that delimits it), the schema its answer must satisfy, and what the builtin provider computes.

export interface TaskInputs {
  "resume-extraction": { text: string; rules?: ResumeExtraction };
  "job-requirements": { title: string; description: string };
  "match-rationale": RationaleInput;
}

export interface TaskDefinition<N extends TaskName> {
  prompt: PromptName;
  /** The name prompts of this task declare as their response schema (lib/vocabulary/prompt-tasks.ts). */
  schemaName: (typeof PROMPT_TASKS)[N]["responseSchema"];
  schema: z.ZodType<TaskOutputs[N]>;
  variables(input: TaskInputs[N]): Record<string, string>;
  builtin(input: TaskInputs[N]): BuiltinTask;
}

export const TASKS: { [N in TaskName]: TaskDefinition<N> } = {
  "resume-extraction": {
    prompt: "resume-extraction",
    schemaName: "resume_extraction",
    schema: resumeExtraction,
    variables: (input) => ({ resume: escapeTagContent(input.text, "resume") }),
    builtin: (input) => ({ name: "resume-extraction", input }),
  },
  "job-requirements": {
    prompt: "job-requirements",
    schemaName: "job_requirements",
    schema: jobRequirementsExtraction,
    variables: (input) => ({
      title: escapeTagContent(input.title, "job_title"),
      description: escapeTagContent(input.description, "job_description"),
    }),
    builtin: (input) => ({ name: "job-requirements", input }),
  },
  "match-rationale": {
    prompt: "match-rationale",
    schemaName: "match_rationale",
    schema: matchRationale,
    // Already validated structured data; JSON keeps it unambiguous for the model.
    variables: (input) => ({ match: escapeTagContent(JSON.stringify(input, null, 2), "match") }),
    builtin: (input) => ({ name: "match-rationale", input }),
  },
};

export function taskSchema<N extends TaskName>(name: N) {
  const task = TASKS[name] as TaskDefinition<N>;
  return { name: task.schemaName, zod: task.schema, jsonSchema: jsonSchemaFor(task.schema) };
}
