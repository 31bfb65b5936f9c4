import { describe, expect, it } from "vitest";
import { ROLE_FAMILIES, SOFT_SKILLS } from "@/lib/demo/catalog";
import { FREE_TEXT_GUARDS, FREE_TEXT_NEEDS_CONTEXT, SKILL_ALIASES } from "./aliases";
import {
  canonicalSkill,
  canonicalSkills,
  findSkillsInText,
  labelNamesSkill,
  normalizeSkillText,
  skillInfo,
  suggestSkills,
  taxonomySize,
} from "./index";
import taxonomy from "./taxonomy.json";

const DEMO_TECHNICAL = [
  "python",
  "go",
  "java",
  "postgresql",
  "docker",
  "kubernetes",
  "aws",
  "rest_api",
  "redis",
  "kafka",
  "grpc",
  "sql",
  "javascript",
  "typescript",
  "react",
  "nextjs",
  "html",
  "css",
  "graphql",
  "nodejs",
  "accessibility",
  "web_performance",
  "mlflow",
  "terraform",
  "airflow",
  "ci_cd",
  "pytorch",
  "prometheus",
  "linux",
  "gcp",
  "bash",
  "ansible",
  "networking",
  "machine_learning",
  "statistics",
  "pandas",
  "scikit_learn",
  "a_b_testing",
  "data_visualization",
  "nlp",
  "spark",
  "dbt",
  "snowflake",
  "data_modeling",
  "etl",
  "product_management",
  "roadmapping",
  "user_research",
  "agile",
  "analytics",
  "prototyping",
  "interaction_design",
  "visual_design",
  "usability_testing",
  "design_systems",
  "b2b_sales",
  "negotiation",
  "pipeline_management",
  "crm",
  "prospecting",
  "forecasting",
  "seo",
  "content_marketing",
  "google_analytics",
  "paid_search",
  "email_marketing",
  "copywriting",
  "account_management",
  "onboarding",
  "customer_support",
  "recruiting",
  "employer_branding",
  "interviewing",
  "hr_operations",
  "employment_law",
];
const DEMO_TOOLS = [
  "git",
  "jira",
  "github_actions",
  "grafana",
  "figma",
  "storybook",
  "pagerduty",
  "jupyter",
  "tableau",
  "looker",
  "confluence",
  "amplitude",
  "miro",
  "salesforce",
  "hubspot",
  "linkedin_sales_navigator",
  "google_ads",
  "wordpress",
  "zendesk",
  "greenhouse",
  "workday",
  "linkedin_recruiter",
];
const DEMO_SOFT = [
  "communication",
  "problem_solving",
  "teamwork",
  "leadership",
  "mentoring",
  "stakeholder_management",
  "time_management",
  "adaptability",
  "critical_thinking",
  "attention_to_detail",
];

const id = (raw: string) => canonicalSkill(raw).id;

describe("normalizeSkillText", () => {
  it("unifies case, accents, whitespace and separators", () => {
    expect(normalizeSkillText("Problem Solving")).toBe("problem solving");
    expect(normalizeSkillText("problem-solving")).toBe("problem solving");
    expect(normalizeSkillText("  problem_solving ")).toBe("problem solving");
    expect(normalizeSkillText("Résumé   Écriture")).toBe("resume ecriture");
    expect(normalizeSkillText("Node.js")).toBe("node.js");
    expect(normalizeSkillText("C++")).toBe("c++");
    expect(normalizeSkillText("C#")).toBe("c#");
    expect(normalizeSkillText(".NET")).toBe(".net");
    expect(normalizeSkillText("CI/CD")).toBe("ci/cd");
    expect(normalizeSkillText("Python (computer programming)")).toBe("python computer programming");
  });
});

describe("canonicalSkill", () => {
  it("resolves informal aliases", () => {
    expect(id("k8s")).toBe("kubernetes");
    expect(id("node.js")).toBe("nodejs");
    expect(id("nodejs")).toBe("nodejs");
    expect(id("Node")).toBe("nodejs");
    expect(id("ci/cd")).toBe("ci_cd");
    expect(id("CI / CD")).toBe("ci_cd");
    expect(id("continuous integration")).toBe("ci_cd");
    expect(id("c++")).toBe("cpp");
    expect(id("C#")).toBe("csharp");
    expect(id(".NET")).toBe("dotnet");
    expect(id("golang")).toBe("go");
    expect(id("postgres")).toBe("postgresql");
    expect(id("sklearn")).toBe("scikit_learn");
    expect(id("Amazon Web Services")).toBe("aws");
    expect(id("Google Cloud")).toBe("gcp");
    expect(id("ReactJS")).toBe("react");
    expect(id("vue.js")).toBe("vue");
    expect(id("ML")).toBe("machine_learning");
    expect(id("A/B testing")).toBe("a_b_testing");
  });

  it("resolves soft skills however they are written", () => {
    expect(id("problem solving")).toBe("problem_solving");
    expect(id("problem_solving")).toBe("problem_solving");
    expect(id("Problem-Solving")).toBe("problem_solving");
    expect(id("solve problems")).toBe("problem_solving"); // ESCO preferred label
    expect(id("work in teams")).toBe("teamwork");
    expect(id("Time Management")).toBe("time_management");
  });

  it("resolves labels, ids and source names", () => {
    expect(canonicalSkill("Kubernetes")).toEqual({ id: "kubernetes", known: true });
    expect(canonicalSkill("scikit_learn")).toEqual({ id: "scikit_learn", known: true });
    expect(id("Atlassian JIRA")).toBe("jira"); // O*NET's name
    expect(id("Python (computer programming)")).toBe("python"); // ESCO's qualified label
  });

  it("keeps unknown skills as their normalised text", () => {
    expect(canonicalSkill("Underwater Basket-Weaving")).toEqual({ id: "underwater_basket_weaving", known: false });
    expect(canonicalSkill("  Zörb   Framework ")).toEqual({ id: "zorb_framework", known: false });
  });
});

describe("canonicalSkills", () => {
  it("deduplicates and ignores order", () => {
    const a = canonicalSkills(["React", "k8s", "reactjs", "Kubernetes", "Python", "python3"]);
    const b = canonicalSkills(["python", "kubernetes", "react.js"]);
    expect(a).toEqual(["kubernetes", "python", "react"]);
    expect(b).toEqual(a);
    expect(canonicalSkills(["Underwater Basket-Weaving", "problem-solving", "Problem Solving", ""])).toEqual([
      "problem_solving",
      "underwater_basket_weaving",
    ]);
  });
});

describe("findSkillsInText", () => {
  const resume = `Jonas Berg — Senior Data Engineer
Summary: 7 years building data platforms. Known for clear communication, problem-solving and mentoring.

Experience
Bluefin Analytics (2020–present)
- Built batch and streaming pipelines in Python and Go with Apache Spark, Kafka and Airflow on AWS.
- Modelled the warehouse in dbt on Snowflake; introduced CI/CD with GitHub Actions and Terraform.
- Shipped machine learning features with scikit-learn; ran A/B testing with the growth team.
- Partnered with sales on the go-to-market plan; we had to go to market in six weeks.
- Deployed services on Kubernetes (k8s); APIs in Node.js and TypeScript; some C++ and C#.

Skills: SQL, PostgreSQL, Tableau, Jira. Languages: English, German.`;

  it("finds single- and multi-word skills in a résumé", () => {
    const found = findSkillsInText(resume);
    for (const expected of [
      "python",
      "go",
      "spark",
      "kafka",
      "airflow",
      "aws",
      "dbt",
      "snowflake",
      "ci_cd",
      "github_actions",
      "terraform",
      "machine_learning",
      "scikit_learn",
      "a_b_testing",
      "go_to_market",
      "kubernetes",
      "nodejs",
      "typescript",
      "cpp",
      "csharp",
      "sql",
      "postgresql",
      "tableau",
      "jira",
      "communication",
      "problem_solving",
      "mentoring",
    ]) {
      expect(found, expected).toContain(expected);
    }
    expect(found).toEqual([...new Set(found)].sort());
  });

  it("does not report 'go' from 'go to market' or ordinary verbs", () => {
    expect(findSkillsInText("We had to go to market quickly, then go live.")).not.toContain("go");
    expect(findSkillsInText("Go to market: owned the launch plan")).not.toContain("go");
    expect(findSkillsInText("Let us go for a walk and react calmly.")).toEqual([]);
    expect(findSkillsInText("Backend services in Go and Python")).toContain("go");
  });

  it("knows a broad entry that only restates another in one more word", () => {
    expect(labelNamesSkill("use_a_warehouse_management_system", "wms")).toBe(true);
    expect(labelNamesSkill("handle_complaints", "complaint_handling")).toBe(true);
    expect(labelNamesSkill("manage_payroll", "payroll")).toBe(true);
    expect(labelNamesSkill("payroll", "manage_payroll")).toBe(false);
    expect(labelNamesSkill("manage_payroll_reports", "payroll")).toBe(false);
    expect(labelNamesSkill("investigate_complaints_about_improper_waste_handling", "complaint_handling")).toBe(false);
  });

  it("looks for the context a name needs on its own line only", () => {
    // An electrician's ECS card after a line ending in "18th Edition" is not Amazon ECS.
    const electrician = "- NVQ Level 3 in electrical installation and 18th Edition\n- ECS/JIB gold card";
    expect(findSkillsInText(electrician)).toEqual(["electrical_installation"]);
    expect(findSkillsInText("Services on AWS ECS and Lambda")).toContain("aws_ecs");
    expect(findSkillsInText("Backend in Python\nGo")).not.toContain("go");
    expect(findSkillsInText("Backend in Python, Go")).toContain("go");
  });

  it("does not report one-letter languages from stray letters", () => {
    const noise = "Plan a, b, c or d; Section R of form C; the r and c keys; R&D budget; C-level and C-suite.";
    const found = findSkillsInText(noise);
    expect(found).not.toContain("r");
    expect(found).not.toContain("c");
    expect(findSkillsInText("Statistics in R, SQL and Python; firmware in C.")).toEqual(
      expect.arrayContaining(["r", "c", "statistics", "sql", "python"]),
    );
  });

  it("respects word boundaries and punctuation", () => {
    expect(findSkillsInText("JavaScript developer")).toEqual(["javascript"]); // not java
    expect(findSkillsInText("C++ and C# with .NET")).toEqual(["cpp", "csharp", "dotnet"]); // not c
    expect(findSkillsInText("Python/Django, React/Redux")).toEqual(["django", "python", "react", "redux"]);
    expect(findSkillsInText("Exposure to machine, learning nothing")).not.toContain("machine_learning");
  });
});

describe("taxonomy contents", () => {
  it("has at least 800 entries of all three kinds", () => {
    expect(taxonomySize()).toBeGreaterThanOrEqual(800);
    const kinds = new Set(taxonomy.map((entry) => entry.kind));
    expect(kinds).toEqual(new Set(["technical", "tool", "soft"]));
    expect(skillInfo("kubernetes")).toEqual({ id: "kubernetes", label: "Kubernetes", kind: "technical", broad: false });
    expect(skillInfo("no_such_skill")).toBeUndefined();
  });

  it("knows every id the demo data uses", () => {
    for (const skill of DEMO_TECHNICAL) expect(skillInfo(skill), skill).toBeDefined();
    for (const skill of DEMO_TOOLS) expect(skillInfo(skill)?.kind, skill).toBe("tool");
    for (const skill of DEMO_SOFT) expect(skillInfo(skill)?.kind, skill).toBe("soft");
    const catalogIds = [...ROLE_FAMILIES.flatMap((family) => [...family.techSkills, ...family.tools]), ...SOFT_SKILLS];
    for (const skill of catalogIds) expect(canonicalSkill(skill), skill).toEqual({ id: skill, known: true });
  });

  it("maps every alias, label and id to exactly one skill", () => {
    const owners = new Map<string, Set<string>>();
    for (const entry of taxonomy) {
      for (const name of [entry.id, entry.label, ...entry.aliases]) {
        const key = normalizeSkillText(name);
        owners.set(key, (owners.get(key) ?? new Set()).add(entry.id));
      }
    }
    const collisions = [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `${key}: ${[...ids]}`);
    expect(collisions).toEqual([]);
  });

  it("has at least 150 reviewed aliases, all of them resolving to their id", () => {
    const curated = Object.entries(SKILL_ALIASES).flatMap(([skill, aliases]) =>
      aliases.map((alias) => [skill, alias] as const),
    );
    expect(curated.length).toBeGreaterThanOrEqual(150);
    for (const [skill, alias] of curated) expect(id(alias), alias).toBe(skill);
  });

  it("only guards names the taxonomy knows", () => {
    for (const key of [...Object.keys(FREE_TEXT_GUARDS), ...FREE_TEXT_NEEDS_CONTEXT]) {
      expect(canonicalSkill(key).known, key).toBe(true);
      expect(normalizeSkillText(key)).toBe(key);
    }
  });
});

describe("suggestSkills", () => {
  it("suggests known skills by prefix first, through aliases too", () => {
    expect(suggestSkills("kube").map((skill) => skill.id)).toContain("kubernetes");
    expect(suggestSkills("k8s")[0]?.id).toBe("kubernetes");
    expect(suggestSkills("pyth")[0]?.id).toBe("python");
    expect(suggestSkills("problem").map((skill) => skill.id)).toContain("problem_solving");
    expect(suggestSkills("  ")).toEqual([]);
    expect(suggestSkills("a", 5)).toHaveLength(5);
  });
});
