import { describe, expect, it } from "vitest";
import { generateDemoCandidates } from "@/lib/demo/generate";
import { extractResume } from "./resume";

const NOW = new Date("2026-11-27T00:00:00Z");

const RESUME = `Jordan Doe
London · jordan.doe@example.com · +44 7700 900123 · https://www.linkedin.com/in/jordan-doe
221B Baker Street, London NW1 6XE

Senior Data Engineer with 7 years of experience building pipelines in Python and SQL on AWS.
Known for mentoring and clear communication.

EXPERIENCE
Senior Data Engineer — Quartz Finance (2021–present)
- Built streaming pipelines with Kafka and Spark; orchestrated with Airflow.
Data Engineer — Atlas Mobility (2018–2021)

EDUCATION
M.Sc. Computer Science, KU Leuven (2018)

SKILLS
Python, SQL, dbt, Snowflake · Tools: Git, Jira`;

describe("extractResume (built-in rules)", () => {
  it("reads skills by kind, seniority, experience, education and contact signals", () => {
    const result = extractResume(RESUME, NOW);
    expect(result.technical_skills).toEqual(
      expect.arrayContaining(["python", "sql", "aws", "kafka", "spark", "airflow", "dbt", "snowflake"]),
    );
    expect(result.tools).toEqual(expect.arrayContaining(["git", "jira"]));
    expect(result.soft_skills).toEqual(expect.arrayContaining(["mentoring", "communication"]));
    expect(result).toMatchObject({
      seniority: "senior",
      years_experience: 7,
      education_level: "masters",
      field_of_study: "computer_science",
      has_degree: true,
      has_email: true,
      has_phone: true,
      has_linkedin: true,
      has_address: true,
    });
  });

  it("falls back to role dates and reports what it cannot find as null", () => {
    const result = extractResume("Analyst — Northwind (2019–2021)\nConsultant — Bluefin (2020–present)", NOW);
    expect(result.years_experience).toBe(7); // 2019–2026, overlapping roles counted once
    expect(result.seniority).toBe("senior"); // from the years, no title word
    expect(result.education_level).toBeNull();
    expect(result.has_degree).toBeNull();
    expect(result).toMatchObject({ has_email: false, has_phone: false, has_linkedin: false, has_address: false });
  });

  it("does not read web or e-mail addresses as skills", () => {
    const result = extractResume(
      "jo@python.org · https://github.com/jo · linkedin.com/in/jo\nGo developer using Kubernetes",
      NOW,
    );
    expect([...result.technical_skills, ...result.tools]).not.toContain("linkedin");
    expect(result.tools).not.toContain("github");
    expect(result.technical_skills).toContain("kubernetes");
    expect(result.has_linkedin).toBe(true);
  });

  it("does not read years or date ranges as phone numbers", () => {
    expect(extractResume("Engineer 2018 - 2021, then 2021 - 2024", NOW).has_phone).toBe(false);
  });

  it("recovers the demo candidates' own data from their résumés", () => {
    const candidates = generateDemoCandidates(NOW, 120);
    let skillsFound = 0;
    let skillsListed = 0;
    for (const candidate of candidates) {
      const result = extractResume(candidate.resumeText, NOW);
      const extracted = new Set([...result.technical_skills, ...result.tools, ...result.soft_skills]);
      const listed = [...candidate.technicalSkills, ...candidate.tools, ...candidate.softSkills];
      skillsListed += listed.length;
      skillsFound += listed.filter((skill) => extracted.has(skill)).length;
      expect(result.has_email).toBe(candidate.email !== null);
      expect(result.has_linkedin).toBe(candidate.linkedinUrl !== null);
      expect(result.has_degree).toBe(candidate.educationLevel === "high_school" ? false : candidate.hasDegree);
      if (candidate.hasDegree) expect(result.education_level).toBe(candidate.educationLevel);
    }
    expect(skillsFound / skillsListed).toBeGreaterThan(0.97);
  });
});
