import { describe, expect, it } from "vitest";
import type { ScorePayload } from "@/lib/vocabulary/score-payload";
import { scoreOffline } from "./score-offline";
import { backgroundCorpus } from "./signals/lexical";

// A sentence naming the job's requirements and little else is read as a list of them, whatever it is
// dressed as: stated, not shown, no words for relevance. A duty naming them among its own work is a duty.

const corpus = backgroundCorpus(300);
const REQUIREMENTS = ["fault finding", "unvented hot water", "full UK driving licence", "testing and inspection"];
const RESUME = `Sam Okafor
Warehouse Operative, Metro AG (2019 – present)
- Picked and packed 300 orders a shift on nights
- Loaded and checked deliveries against the manifest`;

async function features(resume: string) {
  const payload: ScorePayload = {
    request_id: "echo",
    candidate: { profile: { resume_text: resume } },
    job_context: {
      metadata: { job_title: "Electrician", department: "Maintenance" },
      requirements: { required_tech_skills: REQUIREMENTS, required_soft_skills: [] },
    },
  };
  return scoreOffline({ payload, corpus, now: new Date("2026-12-01") });
}

const underRole = (line: string) => RESUME.replace("on nights\n", `on nights\n${line}\n`);

describe("a sentence echoing the job's requirements", () => {
  it("states them, but shows none and adds no relevance, as a list of them does", async () => {
    const without = await features(RESUME);
    const echoed = await features(
      underRole(
        "- Responsible for fault finding, unvented hot water, testing and inspection and a full UK driving licence.",
      ),
    );
    const listed = await features(`${RESUME}\nSkills: ${REQUIREMENTS.join(", ")}`);
    expect(echoed.missingSkills).toEqual([]);
    expect(echoed.warnings).toEqual([expect.objectContaining({ code: "requirements_claimed" })]);
    expect(echoed.missingSkills).toEqual(listed.missingSkills);
    expect(echoed.features.required_skills_evidenced).toBe(without.features.required_skills_evidenced);
    expect(echoed.features.lexical_relevance).toBe(without.features.lexical_relevance);
    expect(echoed.features.lexical_relevance).toBe(listed.features.lexical_relevance);
  });

  it("stays a duty when the work around them is the candidate's own", async () => {
    const without = await features(RESUME);
    const duty = await features(
      underRole(
        "- Led fault finding on conveyor motors, fitted unvented hot water cylinders in the staff block and signed off testing and inspection of 40 circuits",
      ),
    );
    expect(duty.warnings).toEqual([]);
    expect(duty.features.required_skills_evidenced).toBeGreaterThan(without.features.required_skills_evidenced ?? 0);
    expect(duty.features.lexical_relevance).toBeGreaterThan(without.features.lexical_relevance ?? 0);
  });
});
