// Vocabulary for the generated demo data: role families with the skills and tools their people list.
// Skill names are canonical taxonomy ids (lowercase, underscores for spaces).

export interface RoleFamily {
  key: string;
  department: string;
  titles: string[];
  techSkills: string[];
  tools: string[];
  fields: string[];
  duties: string[];
}

export const ROLE_FAMILIES: RoleFamily[] = [
  {
    key: "backend",
    department: "Engineering",
    titles: ["Backend Engineer", "Platform Engineer", "Software Engineer, APIs"],
    techSkills: ["python", "go", "java", "postgresql", "docker", "kubernetes", "aws", "rest_api", "redis", "kafka", "grpc", "sql"],
    tools: ["git", "jira", "github_actions", "grafana"],
    fields: ["computer_science", "software_engineering", "mathematics"],
    duties: [
      "designed and operated services handling millions of requests a day",
      "cut p99 latency of the order API by 40% by reworking the caching layer",
      "led the migration of a monolith to containerised services",
      "introduced contract tests between teams and reduced integration incidents",
    ],
  },
  {
    key: "frontend",
    department: "Engineering",
    titles: ["Frontend Engineer", "Senior React Developer", "UI Engineer"],
    techSkills: ["javascript", "typescript", "react", "nextjs", "html", "css", "graphql", "nodejs", "accessibility", "web_performance"],
    tools: ["git", "figma", "jira", "storybook"],
    fields: ["computer_science", "design", "software_engineering"],
    duties: [
      "built a design system used by six product teams",
      "improved Largest Contentful Paint from 4.1 s to 1.6 s on the storefront",
      "shipped an accessible checkout meeting WCAG 2.1 AA",
      "mentored junior developers through code review and pairing",
    ],
  },
  {
    key: "mlops",
    department: "Engineering",
    titles: ["MLOps Engineer", "Machine Learning Platform Engineer", "Senior MLOps Engineer"],
    techSkills: ["python", "kubernetes", "docker", "mlflow", "terraform", "aws", "airflow", "ci_cd", "pytorch", "prometheus"],
    tools: ["git", "jira", "github_actions", "grafana"],
    fields: ["computer_science", "statistics", "engineering"],
    duties: [
      "built the model registry and deployment pipeline for twenty production models",
      "automated retraining with drift monitoring and canary releases",
      "reduced GPU spend by 30% with autoscaling inference services",
      "ran on-call for the feature store and wrote its runbooks",
    ],
  },
  {
    key: "devops",
    department: "Engineering",
    titles: ["Site Reliability Engineer", "DevOps Engineer", "Cloud Infrastructure Engineer"],
    techSkills: ["linux", "kubernetes", "terraform", "aws", "gcp", "ci_cd", "bash", "prometheus", "ansible", "networking"],
    tools: ["git", "pagerduty", "grafana", "jira"],
    fields: ["computer_science", "engineering", "information_systems"],
    duties: [
      "kept platform availability above 99.95% across three regions",
      "codified all infrastructure in Terraform with reviewed plans",
      "cut deployment time from forty minutes to six",
      "led incident reviews and tracked their actions to closure",
    ],
  },
  {
    key: "data_science",
    department: "Data",
    titles: ["Data Scientist", "Senior Data Scientist", "Applied Scientist"],
    techSkills: ["python", "sql", "machine_learning", "statistics", "pandas", "scikit_learn", "pytorch", "a_b_testing", "data_visualization", "nlp"],
    tools: ["jupyter", "git", "tableau", "jira"],
    fields: ["statistics", "mathematics", "computer_science", "physics", "economics"],
    duties: [
      "built a churn model that lifted retention campaigns by 12%",
      "designed and analysed A/B tests for the pricing team",
      "shipped a text classifier that routes support tickets",
      "presented findings to executives and turned them into roadmaps",
    ],
  },
  {
    key: "data_engineering",
    department: "Data",
    titles: ["Data Engineer", "Analytics Engineer", "Senior Data Engineer"],
    techSkills: ["sql", "python", "spark", "airflow", "dbt", "kafka", "snowflake", "data_modeling", "aws", "etl"],
    tools: ["git", "jira", "looker", "github_actions"],
    fields: ["computer_science", "information_systems", "mathematics"],
    duties: [
      "built the batch and streaming pipelines behind the company's metrics",
      "modelled the warehouse in dbt with tests on every table",
      "reduced nightly pipeline runtime from five hours to forty minutes",
      "introduced data contracts with upstream product teams",
    ],
  },
  {
    key: "product",
    department: "Product",
    titles: ["Product Manager", "Senior Product Manager", "Technical Product Manager"],
    techSkills: ["product_management", "roadmapping", "user_research", "sql", "a_b_testing", "agile", "analytics"],
    tools: ["jira", "confluence", "figma", "amplitude"],
    fields: ["business", "computer_science", "economics", "psychology"],
    duties: [
      "owned the onboarding funnel and grew activation by 18%",
      "ran discovery interviews with forty customers a quarter",
      "aligned engineering, design and sales around a yearly roadmap",
      "defined success metrics and reviewed them weekly with the team",
    ],
  },
  {
    key: "design",
    department: "Design",
    titles: ["Product Designer", "UX Designer", "Senior Product Designer"],
    techSkills: ["user_research", "prototyping", "interaction_design", "visual_design", "accessibility", "usability_testing", "design_systems"],
    tools: ["figma", "miro", "jira"],
    fields: ["design", "psychology", "human_computer_interaction"],
    duties: [
      "redesigned the mobile app navigation after usability testing",
      "maintained the design system and its accessibility guidelines",
      "ran remote research studies and shared insights with product teams",
      "prototyped new flows that became the company's core workflow",
    ],
  },
  {
    key: "sales",
    department: "Sales",
    titles: ["Account Executive", "Senior Account Executive", "Sales Development Representative"],
    techSkills: ["b2b_sales", "negotiation", "pipeline_management", "crm", "prospecting", "forecasting"],
    tools: ["salesforce", "hubspot", "linkedin_sales_navigator"],
    fields: ["business", "marketing", "economics", "communications"],
    duties: [
      "closed 140% of annual quota in a mid-market territory",
      "built an outbound playbook adopted by the whole team",
      "managed a pipeline of forty enterprise opportunities",
      "negotiated multi-year contracts with procurement teams",
    ],
  },
  {
    key: "marketing",
    department: "Marketing",
    titles: ["Growth Marketing Manager", "Content Marketing Manager", "Performance Marketer"],
    techSkills: ["seo", "content_marketing", "google_analytics", "paid_search", "email_marketing", "copywriting", "a_b_testing"],
    tools: ["hubspot", "google_ads", "wordpress"],
    fields: ["marketing", "communications", "business"],
    duties: [
      "grew organic traffic threefold in eighteen months",
      "ran paid campaigns with a seven-figure annual budget",
      "launched a newsletter that reached 50,000 subscribers",
      "built attribution reports used in weekly growth reviews",
    ],
  },
  {
    key: "customer_success",
    department: "Customer Success",
    titles: ["Customer Success Manager", "Implementation Manager"],
    techSkills: ["account_management", "onboarding", "crm", "customer_support", "sql"],
    tools: ["zendesk", "salesforce", "jira"],
    fields: ["business", "communications", "psychology"],
    duties: [
      "kept net revenue retention above 115% for a book of sixty accounts",
      "led onboarding for enterprise customers in their first ninety days",
      "turned recurring support themes into product requests",
      "ran quarterly business reviews with customer executives",
    ],
  },
  {
    key: "people",
    department: "People",
    titles: ["Talent Acquisition Partner", "People Operations Manager"],
    techSkills: ["recruiting", "employer_branding", "interviewing", "hr_operations", "employment_law"],
    tools: ["greenhouse", "workday", "linkedin_recruiter"],
    fields: ["psychology", "business", "human_resources"],
    duties: [
      "hired sixty engineers in a year with a structured interview process",
      "rolled out a new performance review cycle across the company",
      "reduced time-to-hire from 45 to 28 days",
      "trained hiring managers on fair and consistent interviewing",
    ],
  },
];

export const SOFT_SKILLS = [
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

export const LOCATIONS = ["Berlin", "London", "Amsterdam", "Paris", "Lisbon", "Madrid", "Warsaw", "Dublin", "Remote"];

export const FIRST_NAMES = [
  "Amara", "Ben", "Chloé", "Dmitri", "Elif", "Farah", "Gabriel", "Hana", "Ines", "Jonas", "Kwame", "Lena", "Mateo",
  "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Samir", "Tamar", "Ugo", "Vera", "Wei", "Ximena", "Yusuf", "Zofia",
  "Aditya", "Beatriz", "Conor", "Dalia", "Emil", "Freya", "Goran", "Hiro", "Ingrid", "Jamal", "Kateryna", "Luca",
  "Maya", "Niko", "Olga", "Pedro", "Rania", "Sven", "Thandi", "Valentina", "Wiktor", "Yara",
];

export const LAST_NAMES = [
  "Okafor", "Schmidt", "Dubois", "Ivanov", "Yilmaz", "Haddad", "Costa", "Tanaka", "Fernández", "Berg", "Mensah",
  "Novak", "García", "Rahman", "Lindqvist", "Sharma", "Moreau", "Rossi", "Khan", "Levi", "Bianchi", "Petrova", "Chen",
  "López", "Demir", "Kowalska", "Murphy", "Nowak", "Silva", "Jansen", "Kaya", "O'Brien", "Popescu", "Andersen", "Weber",
];

export const COMPANIES = [
  "Northwind Labs", "Bluefin Analytics", "Kestrel Health", "Harbor Logistics", "Lumen Retail", "Orbital Media",
  "Quartz Finance", "Tidewater Energy", "Evergreen Travel", "Atlas Mobility", "Fernway Insurance", "Cobalt Games",
];
