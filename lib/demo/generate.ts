import type { EducationLevel, ExperienceRange, SeniorityLevel } from "@/lib/vocabulary/levels";
import { COMPANIES, FIRST_NAMES, LAST_NAMES, LOCATIONS, ROLE_FAMILIES, SOFT_SKILLS, type RoleFamily } from "./catalog";
import { SeededRandom } from "@/lib/util/random";

export interface DemoJob {
  externalId: string;
  /** Ground truth the scorer never sees: the role family the job was generated from (lib/demo/truth.ts). */
  family: string;
  title: string;
  department: string;
  description: string;
  location: string;
  recruiterId: string;
  requiredTechSkills: string[];
  requiredSoftSkills: string[];
  targetSeniority: SeniorityLevel;
  openedAt: Date;
}

export interface DemoCandidate {
  externalId: string;
  /** Ground truth the scorer never sees: the role family the candidate was generated from. */
  family: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  location: string;
  resumeText: string;
  yearsExperienceRange: ExperienceRange;
  seniority: SeniorityLevel;
  educationLevel: EducationLevel;
  fieldOfStudy: string;
  hasDegree: boolean;
  /** The skills the résumé lists: those held and, for some candidates, a few claimed but never used. */
  technicalSkills: string[];
  /** Ground truth the scorer never sees: the skills the candidate holds (lib/demo/truth.ts). */
  heldSkills: string[];
  softSkills: string[];
  tools: string[];
}

// How many jobs of each family the demo opens: 24 jobs across 8 departments.
const JOB_MIX: Record<string, number> = {
  backend: 3,
  frontend: 2,
  mlops: 2,
  devops: 2,
  data_science: 3,
  data_engineering: 2,
  product: 2,
  design: 2,
  sales: 2,
  marketing: 2,
  customer_success: 1,
  people: 1,
};

const SENIORITY_YEARS: Record<SeniorityLevel, [number, number]> = {
  intern: [0, 1],
  junior: [0, 2],
  mid: [2, 5],
  senior: [5, 9],
  lead: [8, 14],
  principal: [12, 20],
};

const DEGREES: Record<EducationLevel, string | null> = {
  none: null,
  high_school: null,
  associate: "A.S.",
  bachelors: "B.Sc.",
  masters: "M.Sc.",
  phd: "Ph.D.",
};

const DISPLAY_NAMES: Record<string, string> = {
  aws: "AWS",
  gcp: "GCP",
  sql: "SQL",
  nlp: "NLP",
  seo: "SEO",
  crm: "CRM",
  css: "CSS",
  html: "HTML",
  etl: "ETL",
  ci_cd: "CI/CD",
  nodejs: "Node.js",
  nextjs: "Next.js",
  a_b_testing: "A/B testing",
  rest_api: "REST APIs",
  grpc: "gRPC",
  postgresql: "PostgreSQL",
  javascript: "JavaScript",
  typescript: "TypeScript",
  graphql: "GraphQL",
  mlflow: "MLflow",
  pytorch: "PyTorch",
  scikit_learn: "scikit-learn",
  dbt: "dbt",
  github_actions: "GitHub Actions",
  pagerduty: "PagerDuty",
  hubspot: "HubSpot",
  linkedin_sales_navigator: "LinkedIn Sales Navigator",
  linkedin_recruiter: "LinkedIn Recruiter",
  google_ads: "Google Ads",
  google_analytics: "Google Analytics",
  wordpress: "WordPress",
};

export function displaySkill(id: string): string {
  const known = DISPLAY_NAMES[id];
  if (known) return known;
  const words = id.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function listInProse(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function experienceRangeFor(years: number): ExperienceRange {
  if (years < 2) return "0-2_years";
  if (years < 5) return "2-5_years";
  if (years < 8) return "5-8_years";
  if (years < 12) return "8-12_years";
  return "12+_years";
}

function familyByKey(key: string): RoleFamily {
  const family = ROLE_FAMILIES.find((candidate) => candidate.key === key);
  if (!family) throw new Error(`Unknown role family ${key}`);
  return family;
}

export function generateDemoJobs(now: Date, seed = 20260101): DemoJob[] {
  const random = new SeededRandom(seed);
  const jobs: DemoJob[] = [];
  for (const [key, count] of Object.entries(JOB_MIX)) {
    const family = familyByKey(key);
    for (let i = 0; i < count; i++) {
      const targetSeniority = random.pick<SeniorityLevel>(["junior", "mid", "mid", "senior", "senior", "lead"]);
      const requiredTechSkills = random.sample(family.techSkills, random.int(3, 5));
      const requiredSoftSkills = random.sample(SOFT_SKILLS, random.int(1, 3));
      const baseTitle = family.titles[i % family.titles.length] ?? family.titles[0]!;
      const title = baseTitle.startsWith("Senior") || targetSeniority !== "senior" ? baseTitle : `Senior ${baseTitle}`;
      const location = random.pick(LOCATIONS);
      jobs.push({
        externalId: `job_${String(jobs.length + 1).padStart(3, "0")}`,
        family: family.key,
        title,
        department: family.department,
        location,
        recruiterId: `rec_${String(random.int(1, 8)).padStart(2, "0")}`,
        requiredTechSkills,
        requiredSoftSkills,
        targetSeniority,
        openedAt: new Date(now.getTime() - random.int(1, 75) * 86_400_000),
        description: [
          `We are hiring a ${title} to join our ${family.department} team${location === "Remote" ? " (fully remote)" : ` in ${location}`}.`,
          `Recently the team ${random.pick(family.duties)}; you will take that work further with product and engineering peers.`,
          `Requirements: hands-on experience with ${listInProse(requiredTechSkills.map(displaySkill))}.`,
          `We value ${listInProse(requiredSoftSkills.map((skill) => displaySkill(skill).toLowerCase()))}.`,
          `Level: ${targetSeniority}.`,
        ].join("\n\n"),
      });
    }
  }
  return jobs;
}

// A share of candidates list skills of their field they have never used; their roles show only what they
// hold. Outcomes follow what is held, so fitted weights learn what a list alone is worth.
const CLAIMING_SHARE = 0.35;

/** Skills of the family a candidate lists without holding them: none for most. */
function claimedSkills(random: SeededRandom, family: RoleFamily, held: readonly string[]): string[] {
  if (!random.chance(CLAIMING_SHARE)) return [];
  const unheld = family.techSkills.filter((skill) => !held.includes(skill));
  return random.sample(unheld, Math.min(unheld.length, random.int(2, 4)));
}

export function generateDemoCandidates(now: Date, count = 300, seed = 20260102): DemoCandidate[] {
  const random = new SeededRandom(seed);
  // Claims draw from their own sequence: the rest of the demo stays as it was without them.
  const claims = new SeededRandom(seed + 1);
  const families = Object.entries(JOB_MIX).flatMap(([key, weight]) => Array<string>(weight).fill(key));
  const year = now.getUTCFullYear();
  const candidates: DemoCandidate[] = [];
  for (let index = 0; index < count; index++) {
    const family = familyByKey(random.pick(families));
    // Most candidates apply within their family; some bring skills from a neighbouring one.
    const other = random.pick(ROLE_FAMILIES);
    const seniority = random.pick<SeniorityLevel>([
      "intern",
      "junior",
      "junior",
      "mid",
      "mid",
      "mid",
      "senior",
      "senior",
      "lead",
      "principal",
    ]);
    const [minYears, maxYears] = SENIORITY_YEARS[seniority];
    const years = random.int(minYears, maxYears);
    const heldSkills = [
      ...new Set([
        ...random.sample(family.techSkills, random.int(3, 8)),
        ...random.sample(other.techSkills, random.int(0, 2)),
      ]),
    ];
    const technicalSkills = [...heldSkills, ...claimedSkills(claims, family, heldSkills)];
    const softSkills = random.sample(SOFT_SKILLS, random.int(1, 4));
    const tools = random.sample(family.tools, random.int(1, family.tools.length));
    const educationLevel = random.pick<EducationLevel>([
      "high_school",
      "associate",
      "bachelors",
      "bachelors",
      "bachelors",
      "masters",
      "masters",
      "phd",
    ]);
    const fieldOfStudy = random.pick(family.fields);
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const fullName = `${first} ${last}`;
    const handle = `${first}.${last}`
      .toLowerCase()
      .normalize("NFD")
      .replace(/[^a-z.]/g, "");
    const email = random.chance(0.92) ? `${handle}${index}@example.com` : null;
    const phone = random.chance(0.8) ? `+44 7700 900${String(index).padStart(3, "0")}` : null;
    const linkedinUrl = random.chance(0.7) ? `https://www.linkedin.com/in/${handle.replace(".", "-")}-${index}` : null;
    const location = random.pick(LOCATIONS);
    const title = random.pick(family.titles).replace(/^Senior /, "");
    const resumeText = renderResume({
      random,
      family,
      fullName,
      email,
      phone,
      linkedinUrl,
      location,
      title,
      seniority,
      years,
      year,
      heldSkills,
      technicalSkills,
      softSkills,
      tools,
      educationLevel,
      fieldOfStudy,
    });
    candidates.push({
      externalId: `cand_${String(index + 1).padStart(4, "0")}`,
      family: family.key,
      fullName,
      email,
      phone,
      linkedinUrl,
      location,
      resumeText,
      yearsExperienceRange: experienceRangeFor(years),
      seniority,
      educationLevel,
      fieldOfStudy,
      hasDegree: DEGREES[educationLevel] !== null,
      technicalSkills,
      heldSkills,
      softSkills,
      tools,
    });
  }
  return candidates;
}

interface ResumeParts {
  random: SeededRandom;
  family: RoleFamily;
  fullName: string;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  location: string;
  title: string;
  seniority: SeniorityLevel;
  years: number;
  year: number;
  heldSkills: string[];
  technicalSkills: string[];
  softSkills: string[];
  tools: string[];
  educationLevel: EducationLevel;
  fieldOfStudy: string;
}

function renderResume(parts: ResumeParts): string {
  const { random, family, years, year } = parts;
  const contact = [parts.location, parts.email, parts.phone, parts.linkedinUrl].filter(Boolean).join(" · ");
  const levelTitle = ["senior", "lead", "principal"].includes(parts.seniority)
    ? `${parts.seniority.charAt(0).toUpperCase()}${parts.seniority.slice(1)} ${parts.title}`
    : parts.title;
  const roles: { heading: string; duty: string; skills: string[] }[] = [];
  let end = year;
  let remaining = Math.max(years, 1);
  const companies = random.sample([...COMPANIES], Math.min(3, Math.max(1, Math.ceil(remaining / 3))));
  companies.forEach((company, position) => {
    const span = position === companies.length - 1 ? remaining : Math.max(1, Math.floor(remaining / 2));
    remaining -= span;
    const start = end - span;
    const skills = random.sample(parts.heldSkills, 3);
    roles.push({
      heading: `${position === 0 ? levelTitle : parts.title} — ${company} (${start}–${position === 0 ? "present" : end})`,
      duty: capitalise(random.pick(family.duties)),
      skills,
    });
    end = start;
  });
  // Every skill held shows in a role (the latest when no other does); a skill only the list names is claimed.
  const shown = new Set(roles.flatMap((role) => role.skills));
  roles[0]!.skills.push(...parts.heldSkills.filter((skill) => !shown.has(skill)));
  const degree = DEGREES[parts.educationLevel];
  const education = degree
    ? `${degree} ${displaySkill(parts.fieldOfStudy)}, ${random.pick(["University of Leeds", "TU Munich", "Universidade do Porto", "KU Leuven", "University College Dublin", "Politecnico di Milano"])} (${end - random.int(0, 2)})`
    : parts.educationLevel === "high_school"
      ? "High school diploma; self-taught through online courses and side projects"
      : "No formal degree";
  return [
    parts.fullName,
    contact,
    "",
    `${levelTitle} with ${years} year${years === 1 ? "" : "s"} of experience. Known for ${listInProse(parts.softSkills.map((skill) => displaySkill(skill).toLowerCase()))}.`,
    "",
    "EXPERIENCE",
    roles.map((role) => [role.heading, `- ${role.duty}.`, ...skillsInUse(role.skills)].join("\n")).join("\n\n"),
    "",
    "EDUCATION",
    education,
    "",
    "SKILLS",
    `${parts.technicalSkills.map(displaySkill).join(", ")} · Tools: ${parts.tools.map(displaySkill).join(", ")}`,
  ].join("\n");
}

/**
 * A role's skills as its duties show them, two to a line: a sentence of three skill names or more says no
 * more than a skills list, and reads as one (lib/skills/skill-lists.ts).
 */
function skillsInUse(skills: readonly string[]): string[] {
  const lines: string[] = [];
  for (let start = 0; start < skills.length; start += 2)
    lines.push(`- Worked daily with ${listInProse(skills.slice(start, start + 2).map(displaySkill))}.`);
  return lines;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
