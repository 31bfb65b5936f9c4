// Builds Shortlist's compact skill taxonomy (taxonomy.json) from the licensed source data in
// data/skills (ESCO v1.2.0 skill collections and O*NET 29.2 Technology Skills, both CC BY 4.0;
// see README.md in this folder) plus Shortlist's own reviewed additions (SHORTLIST_ENTRIES below and
// aliases.ts). Pure and deterministic: the same source files give byte-identical output.
// CLI: scripts/build-skill-taxonomy.ts. Test: taxonomy.test.ts re-runs this and compares with the JSON.
//
// Selection and transformation rules
// ----------------------------------
// O*NET (onet_technology_skills.csv, one row per technology "example"):
//   O1. A row is selected when it is a Hot Technology, is flagged In Demand for at least one occupation,
//       or is listed in ONET_MAP (curated extras: MLflow, Jupyter, Prometheus, Keras…). An ONET_MAP value of
//       null excludes a row (generic categories such as "Accounting software", vendor boilerplate, SKUs).
//   O2. Label cleaning: a trailing lowercase " software" / " system(s)" is dropped; an acronym that spells
//       the initials of the preceding words replaces them ("Hypertext markup language HTML" → "HTML",
//       "Customer relationship management CRM software" → "CRM") and the spelled-out form becomes an alias;
//       any other trailing acronym (≥ 3 characters) after a real name is dropped from the label and not kept
//       as an alias, being ambiguous out of context ("Apache Subversion SVN" → "Apache Subversion"; "MVC",
//       "EHR"), while after a bare vendor it is the name ("Atlassian JIRA", "IBM DB2").
//       A row curated onto another id without a label does not name the entry ("Hypertext preprocessor PHP").
//   O3. A cleaned label of two or more words that are all lowercase after the first, with no acronym, is a
//       generic category, not a skill, and is dropped ("Web browser software"). Labels of more than five
//       words are dropped unless curated.
//   O4. Known vendor prefixes (VENDOR_PREFIXES) are removed from the id, not the label, when what remains is
//       distinctive ("Atlassian JIRA" → id jira, "Apache Kafka" → kafka; but "Microsoft Word" keeps
//       microsoft_word). The full name and the short name both become aliases.
//   O5. Kind: "technical" when any commodity is a development / data / infrastructure / security category
//       (ONET_TECHNICAL_COMMODITIES), otherwise "tool" (office, CRM, design, BI, project management…).
// ESCO (esco_skills_collections_en.csv):
//   E1. Technical entries: skills in the `digital` collection of type `knowledge`, not occupation-specific,
//       whose broader concepts are ICT/data/marketing categories (ESCO_TECHNICAL_BROADER), with a label of
//       at most four words / 35 characters once a trailing "(…)" qualifier is removed ("Python (computer
//       programming)" → "Python"), and not a junk pattern (ESCO_JUNK_LABEL: "types of…", "history",
//       "ICT …" categories…). ESCO_MAP adds or excludes rows by preferred label, and maps them onto ids.
//       ESCO's lowercase concept labels are shown in sentence case ("machine learning" → "Machine learning").
//       Kind: "tool" for named products under ESCO_TOOL_BROADER (IDEs, LMSs, graphics editors…), else
//       "technical".
//   E2. Soft skills: ESCO `transversal` (and a few research-collection) skills are included only through
//       ESCO_MAP, which maps them to short canonical ids (solve problems → problem_solving, work in teams →
//       teamwork, manage time → time_management…). ESCO's verb-phrase label becomes an alias.
//   E3. The `language` (natural languages), `green` and DigComp collections are not used.
//   E4. altLabels become aliases only when short and unambiguous (escoAliasAccepted): at most four words
//       and 40 characters, no vague words ("techniques", "principles", "types", "edition"…) or years, sharing
//       a distinctive word with the label or being its initialism (ESCO lists example products as alt labels,
//       e.g. "computer vision" → "tensorflow", which this rejects); soft-skill alts need at least two words;
//       ESCO_ALIAS_DENY removes the few wrong ones that pass.
// Shortlist's own data:
//   S1. SHORTLIST_ENTRIES define entries absent from both sources (source "shortlist": rest_api, nextjs,
//       b2b_sales…) and override the label/kind of source entries (e.g. "Jira" instead of "Atlassian JIRA").
//   S2. aliases.ts (reviewed, hand-written) adds informal aliases (k8s, golang, ci/cd…). Every id there must
//       exist. Curated aliases, labels and ids must be unique across entries: a collision fails the build.
//       Source-derived aliases that collide with anything else are ambiguous and dropped.
// Merging and output:
//   M1. Sources are merged by canonical id (text.ts toSkillId: "C++" → cpp, "Node.js" → nodejs, "CI/CD" →
//       ci_cd). The first source to produce an id (O*NET, then ESCO) gives its source, label and kind; later
//       rows add their names as aliases. Aliases are stored as normalised keys (normalizeSkillText), minus
//       those equal to the entry's own label or id key, sorted; entries are sorted by id.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCsv, type CsvRecord } from "../../../scripts/lib/csv";
import { SKILL_ALIASES } from "./aliases";
import { normalizeSkillText, toSkillId } from "./text";

export type SkillKind = "technical" | "tool" | "soft";
export type SkillSource = "onet" | "esco" | "shortlist";

export interface TaxonomyEntry {
  id: string;
  label: string;
  kind: SkillKind;
  aliases: string[];
  source: SkillSource;
}

export const SOURCE_FILES = {
  esco: "esco_skills_collections_en.csv",
  onet: "onet_technology_skills.csv",
} as const;

/** SHA-256 of the source files as recorded in data/skills/PROVENANCE.md. */
export const EXPECTED_SHA256: Record<string, string> = {
  "esco_skills_collections_en.csv": "2f54b2edb422dad87fa071284a68f2251306255fb8c1f010a0a86c297eb839ca",
  "onet_technology_skills.csv": "7d6234a5259ceaedab659d569e402c49b5d18791742bf4fdd271b7977b799d68",
};

interface Target {
  id?: string;
  label?: string;
  kind?: SkillKind;
  /** ESCO only: false to ignore the row's altLabels (lists of example products rather than synonyms). */
  altLabels?: false;
}

// ---------------------------------------------------------------------------------------------------
// O*NET curation
// ---------------------------------------------------------------------------------------------------

const ONET_TECHNICAL_COMMODITIES = new Set([
  "Application server software",
  "Authentication server software",
  "Cloud-based management software",
  "Cloud-based protection or security software",
  "Compiler and decompiler software",
  "Configuration management software",
  "Data base management system software",
  "Data base user interface and query software",
  "Data mining software",
  "Development environment software",
  "Enterprise application integration software",
  "Expert system software",
  "Internet directory services software",
  "Metadata management software",
  "Network monitoring software",
  "Network security and virtual private network VPN equipment software",
  "Network security or virtual private network VPN management software",
  "Object oriented data base management software",
  "Object or component oriented development software",
  "Operating system software",
  "Program testing software",
  "Storage networking software",
  "Switch or router software",
  "Transaction security and virus protection software",
  "Transaction server software",
  "Web platform development software",
]);

/** Vendor prefixes dropped from the id (not the label) when the remainder is distinctive (rule O4). */
const VENDOR_PREFIXES = [
  "Adobe", "Amazon Web Services", "Amazon", "Apache", "Apple", "Atlassian", "Autodesk", "Bentley", "Cisco",
  "Dassault Systemes", "ESRI", "Guidance Software", "HashiCorp", "Henry Schein", "Hex-Rays", "IBM", "Intuit",
  "Microsoft", "National Instruments", "Oracle", "Portswigger", "Red Hat", "RockWare", "StataCorp",
  "TechSmith", "Tenable", "The MathWorks", "MathWorks", "Thomson Reuters", "Trimble", "Vector 35", "Vector",
  "Xactware",
];

/** Remainders too generic to stand alone as an id once the vendor is removed. */
const GENERIC_REMAINDERS = new Set([
  "access", "analytics", "cloud", "database", "dynamics", "hris", "inventor", "maya", "middleware", "office",
  "project", "teams", "windows", "word", "sql developer", "meet", "docs", "sheets",
]);

/**
 * Curated O*NET rows: included even when neither hot nor in demand; the value fixes id/label/kind.
 * null excludes a row that rule O1 would select (generic category, boilerplate, niche SKU).
 */
const ONET_MAP: Record<string, Target | null> = {
  // Generic categories and boilerplate (excluded)
  "Accounting software": null,
  "Business software applications": null,
  "Chatbot software": null,
  "Clinical trial management software": null,
  "Database application software": null,
  "Disassembler software": null,
  "EpicCare Ambulatory Electronic Medical Records (EMR) software": null,
  "Firewall software": null,
  "Google": null,
  "IBM Middleware": null,
  "Inventory control system software": null,
  "JavaScript framework software": null,
  "Magellan Firmware": null,
  "Mechanical electrical plumbing MEP design software": null,
  "Network directory services software": null,
  "Operating system software": null,
  "Operational Data Store ODS software": null,
  "Outage management system OMS": null,
  "PCI Express PCIe": null,
  "Productivity software": null,
  "Project management software": null,
  "Property management system PMS software": null,
  "Purchasing software": null,
  "Relational database management system software": null,
  "Simulation software": null,
  "SKM Systems Analysis Power Tools": null,
  "Software libraries": null,
  "Source code editor software": null,
  "Statistical software": null,
  "Student information systems SIS software": null,
  "System testing software": null,
  "Tax compliance property tax management software": null,
  "Tax software": null,
  "Transportation management system TMS software": null,
  "Web application software": null,
  "Web browser software": null,
  "Web framework software": null,
  "Web server software": null,
  "Hypertext preprocessor PHP": { id: "php" },
  "Structure query language SQL": { id: "sql" },

  // Selected rows whose cleaned name needs fixing
  "Adobe Creative Cloud software": { id: "adobe_creative_cloud", label: "Adobe Creative Cloud" },
  "Ahrefs Site Explorer": { id: "ahrefs", label: "Ahrefs", kind: "tool" },
  "Amazon Elastic Compute Cloud EC2": { id: "aws_ec2", label: "Amazon EC2" },
  "Amazon Simple Storage Service S3": { id: "aws_s3", label: "Amazon S3" },
  "Amazon Web Services AWS CloudFormation": { id: "aws_cloudformation", label: "AWS CloudFormation" },
  "ANSYS simulation software": { id: "ansys", label: "ANSYS" },
  "Applicant tracking software": { id: "applicant_tracking_systems", label: "Applicant tracking systems" },
  "Blackbaud The Raiser's Edge": { id: "raisers_edge", label: "Blackbaud Raiser's Edge" },
  "Eclipse IDE": { id: "eclipse", label: "Eclipse IDE" },
  "Google Android": { id: "android", label: "Android", kind: "technical" },
  "Google Angular": { id: "angular", label: "Angular" },
  "Guidance Software EnCase Enterprise": { id: "encase", label: "EnCase" },
  "Hex-Rays IDA Pro": { id: "ida_pro", label: "IDA Pro" },
  "Extensible markup language XML": { id: "xml", label: "XML" },
  "Hypertext markup language HTML": { id: "html", label: "HTML" },
  "Hibernate ORM": { id: "hibernate", label: "Hibernate ORM" },
  "IBM SPSS Statistics": { id: "spss", label: "IBM SPSS Statistics" },
  "IBM Terraform": { id: "terraform", label: "Terraform" },
  "JavaScript Object Notation JSON": { id: "json", label: "JSON" },
  "LinkedIn": { kind: "tool" },
  "Inventory management systems": { id: "inventory_management", label: "Inventory management", kind: "technical" },
  "Jenkins CI": { id: "jenkins", label: "Jenkins" },
  "Low-level virtual machine LLVM compilers": { id: "llvm", label: "LLVM" },
  "Marketo Marketing Automation": { id: "marketo", label: "Marketo" },
  "Mastercam computer-aided design and manufacturing software": { id: "mastercam", label: "Mastercam" },
  "McNeel Rhinoceros 3D": { id: "rhino_3d", label: "Rhinoceros 3D" },
  "Microsoft .NET Framework": { id: "dotnet", label: ".NET" },
  "Microsoft Azure DevOps Services": { id: "azure_devops", label: "Azure DevOps" },
  "Microsoft Azure software": { id: "azure", label: "Microsoft Azure" },
  "Microsoft Office software": { id: "microsoft_office", label: "Microsoft Office" },
  "MITRE ATT&CK software": { id: "mitre_attack", label: "MITRE ATT&CK" },
  "Microsoft Teams": { kind: "tool" },
  "Moz search engine optimization SEO software": { id: "moz", label: "Moz", kind: "tool" },
  "Oracle HRIS": { id: "oracle_hris", label: "Oracle HRIS" },
  "Oracle Java": { id: "java", label: "Java" },
  "Oracle Java 2 Platform Enterprise Edition J2EE": { id: "java_ee", label: "Java EE" },
  "Oracle JavaServer Pages JSP": { id: "jsp", label: "JavaServer Pages" },
  "Oracle Primavera Enterprise Project Portfolio Management": { id: "primavera", label: "Oracle Primavera" },
  "Oracle SQL Developer": { id: "oracle_sql_developer", label: "Oracle SQL Developer" },
  "Oracle WebLogic Server": { id: "weblogic", label: "Oracle WebLogic Server" },
  "Payroll software": { id: "payroll", label: "Payroll", kind: "technical" },
  "Portswigger BurP Suite": { id: "burp_suite", label: "Burp Suite" },
  "Postman": { kind: "tool" },
  "Qualys Cloud Platform": { id: "qualys", label: "Qualys" },
  "Red Hat Enterprise Linux": { id: "rhel", label: "Red Hat Enterprise Linux" },
  "RESTful API": { id: "rest_api" },
  "Rust programming language": { id: "rust", label: "Rust" },
  "Screaming Frog SEO Spider": { id: "screaming_frog", label: "Screaming Frog", kind: "tool" },
  "Semrush": { kind: "tool" },
  "ServiceNow": { kind: "tool" },
  "Shell script": { id: "shell_scripting", label: "Shell scripting", kind: "technical" },
  "Splunk Enterprise": { id: "splunk", label: "Splunk" },
  "Spring Framework": { id: "spring", label: "Spring Framework" },
  "TensorFlow": { kind: "technical" },
  "The MathWorks MATLAB": { id: "matlab", label: "MATLAB" },
  "Tool command language Tcl": { id: "tcl", label: "Tcl" },
  "Transact-SQL": { id: "t_sql", label: "Transact-SQL" },
  "Unity Technologies Unity": { id: "unity", label: "Unity" },
  "UNIX Shell": { id: "shell_scripting" },
  "Unreal Technology Unreal Engine": { id: "unreal_engine", label: "Unreal Engine" },
  "Very high speed integrated circuit VHSIC hardware description language VHDL simulation software": {
    id: "vhdl",
    label: "VHDL",
    kind: "technical",
  },
  "Video editing software": { id: "video_editing", label: "Video editing", kind: "technical" },
  "Vue.js": { id: "vue", label: "Vue.js" },
  "Web content management system CMS software": { id: "cms" },

  // Curated extras (neither hot nor in demand in O*NET 29.2, but common in tech résumés)
  "Airtable": { kind: "tool" },
  "Amazon Elastic Container Service ECS": { id: "aws_ecs", label: "Amazon ECS", kind: "technical" },
  "Amazon Kinesis": { id: "kinesis", label: "Amazon Kinesis" },
  "Amazon Web Services AWS SageMaker": { id: "sagemaker", label: "Amazon SageMaker", kind: "technical" },
  "Apache Groovy": { id: "groovy", label: "Groovy" },
  "Apache HBase": {},
  "Apache HTTP Server": { id: "apache_http_server", label: "Apache HTTP Server" },
  "Apache Pig": {},
  "Apache Solr": {},
  "Apache Struts": {},
  "Asana": {},
  "Axure RP": { id: "axure", label: "Axure RP" },
  "Backbone.js": {},
  "Balsamiq Studios Balsamiq Mockups": { id: "balsamiq", label: "Balsamiq" },
  "BigQuery": { id: "bigquery", label: "Google BigQuery", kind: "technical" },
  "Blackboard Learn": { id: "blackboard", label: "Blackboard Learn", kind: "tool" },
  "Bugzilla": {},
  "Cisco IOS": { id: "cisco_ios", label: "Cisco IOS" },
  "DocuSign eSignature": { id: "docusign", label: "DocuSign" },
  "Dropbox": {},
  "Ext JS": {},
  "FileMaker Pro": { id: "filemaker", label: "FileMaker Pro" },
  "Flask": {},
  "Gradle": { kind: "technical" },
  "Hootsuite": { kind: "tool" },
  "Instructure Canvas": { id: "canvas" },
  "Google Cloud software": { id: "gcp", label: "Google Cloud Platform", kind: "technical" },
  "Google Looker Analytics": { id: "looker", label: "Looker", kind: "tool" },
  "Grafana Labs Grafana Cloud": { id: "grafana", label: "Grafana", kind: "tool" },
  "HashiCorp Vagrant": { id: "vagrant", label: "Vagrant" },
  "IBM Cognos Impromptu": { id: "cognos", label: "IBM Cognos" },
  "iCIMS Talent Cloud software": { id: "icims", label: "iCIMS" },
  "Julia": {},
  "Jupyter Notebook": { id: "jupyter", label: "Jupyter", kind: "tool" },
  "Keras": { kind: "technical" },
  "Kubeflow": { kind: "technical" },
  "Kotlin": {},
  "Haskell": {},
  "Lucidchart": {},
  "MailChimp": { id: "mailchimp", label: "Mailchimp" },
  "Microservices Architecture": { id: "microservices", label: "Microservices" },
  "Microsoft ASP.NET Core MVC": { id: "aspnet_core", label: "ASP.NET Core" },
  "Microsoft Power Automate": { id: "power_automate", label: "Microsoft Power Automate" },
  "Microsoft Visual Basic Scripting Edition VBScript": { id: "vbscript", label: "VBScript" },
  "MicroStrategy": {},
  "Mlflow": { id: "mlflow", label: "MLflow", kind: "technical" },
  "NetSuite ERP": { id: "netsuite", label: "NetSuite" },
  "Objective C": { id: "objective_c", label: "Objective-C" },
  "OpenAI ChatGPT": { id: "chatgpt", label: "ChatGPT", kind: "tool" },
  "Oracle Taleo": { id: "taleo", label: "Oracle Taleo" },
  "Prometheus": { kind: "technical" },
  "Qlik Tech QlikView": { id: "qlikview", label: "QlikView" },
  "Qualtrics Insight": { id: "qualtrics" },
  "Qualtrics Research Suite": { id: "qualtrics", label: "Qualtrics" },
  "React Redux": { id: "redux", label: "Redux", kind: "technical" },
  "SAP Business Objects": { id: "sap_businessobjects", label: "SAP BusinessObjects" },
  "SaaS SurveyMonkey": { id: "surveymonkey", label: "SurveyMonkey", kind: "tool" },
  "Salesforce Visualforce": { id: "visualforce", label: "Salesforce Visualforce", kind: "technical" },
  "Smartsheet": {},
  "SonarQube": { kind: "technical" },
  "spaCy": { kind: "technical" },
  "Talend Open Studio": { id: "talend", label: "Talend" },
  "TestNG": {},
  "TIBCO Spotfire": { id: "spotfire", label: "TIBCO Spotfire" },
  "Ubuntu": {},
  "VMware": { kind: "technical" },
  "webpack": { kind: "technical" },
  "Xcode": {},
};

// ---------------------------------------------------------------------------------------------------
// ESCO curation
// ---------------------------------------------------------------------------------------------------

const ESCO_TECHNICAL_BROADER = new Set([
  "cloud technologies",
  "computer programming",
  "computer use",
  "data extraction, transformation and loading tools",
  "database and network design and administration",
  "database management systems",
  "graphics editor software",
  "information and communication technologies not elsewhere classified",
  "integrated development environment software",
  "ICT project management methodologies",
  "learning management systems",
  "marketing and advertising",
  "mobile operating systems",
  "penetration testing tool",
  "principles of artificial intelligence",
  "query languages",
  "resource description framework query language",
  "software and applications development and analysis",
  "software frameworks",
  "statistical analysis system software",
  "statistics",
  "style sheet languages",
  "tools for software configuration management",
  "web programming",
  "WebCMS",
]);

/** ESCO broader concepts whose named products are tools rather than technical skills. */
const ESCO_TOOL_BROADER = new Set([
  "graphics editor software",
  "integrated development environment software",
  "learning management systems",
  "optical character recognition software",
  "penetration testing tool",
  "WebCMS",
]);

const ESCO_JUNK_LABEL =
  /^(types|kinds|levels|principles|range|characteristics) of\b|^ICT |\bhistory\b|\bterminology\b|\bindustry\b|\bmarket$|regulation|legislation|\bsuppliers\b|\bmaterials\b|\bcomponents\b|\bstandards\b|\bthreats\b|\bmodels$|\bfeatures$/i;

const SOFT = "soft" as const;

/**
 * Curated ESCO rows, by preferred label: included (with id/label/kind fixes) even outside rule E1, or
 * excluded with null. Transversal soft skills enter only through this map (rule E2).
 */
const ESCO_MAP: Record<string, Target | null> = {
  // Soft skills (transversal collection unless noted)
  "accept criticism and guidance": { id: "receptiveness_to_feedback", label: "Receptiveness to feedback", kind: SOFT },
  "adapt to change": { id: "adaptability", label: "Adaptability", kind: SOFT },
  "address an audience": { id: "public_speaking", label: "Public speaking", kind: SOFT },
  "advise others": { id: "advising", label: "Advising others", kind: SOFT },
  "approach challenges positively": { id: "positive_attitude", label: "Positive attitude", kind: SOFT },
  "assume responsibility": { id: "accountability", label: "Accountability", kind: SOFT },
  "attend to detail": { id: "attention_to_detail", label: "Attention to detail", kind: SOFT },
  "build networks": { id: "relationship_building", label: "Relationship building", kind: SOFT },
  "build team spirit": { id: "team_building", label: "Team building", kind: SOFT },
  "cope with stress": { id: "working_under_pressure", label: "Working under pressure", kind: SOFT },
  "cope with uncertainty": { id: "dealing_with_ambiguity", label: "Dealing with ambiguity", kind: SOFT },
  "delegate responsibilities": { id: "delegation", label: "Delegation", kind: SOFT },
  "demonstrate curiosity": { id: "curiosity", label: "Curiosity", kind: SOFT },
  "demonstrate intercultural competence": {
    id: "intercultural_competence",
    label: "Intercultural competence",
    kind: SOFT,
  },
  "demonstrate trustworthiness": { id: "integrity", label: "Integrity", kind: SOFT },
  "demonstrate willingness to learn": { id: "willingness_to_learn", label: "Willingness to learn", kind: SOFT },
  "exercise self-reflection": { id: "self_reflection", label: "Self-reflection", kind: SOFT },
  "identify problems": { id: "problem_solving", kind: SOFT },
  "improvise": { id: "improvisation", label: "Improvisation", kind: SOFT },
  "instruct others": { id: "training_others", label: "Training others", kind: SOFT },
  "interpret mathematical information": { id: "numeracy", label: "Numeracy", kind: SOFT },
  "keep an open mind": { id: "open_mindedness", label: "Open-mindedness", kind: SOFT },
  "lead others": { id: "leadership", label: "Leadership", kind: SOFT },
  "make decisions": { id: "decision_making", label: "Decision making", kind: SOFT },
  "manage frustration": { id: "emotional_intelligence", label: "Emotional intelligence", kind: SOFT },
  "manage time": { id: "time_management", label: "Time management", kind: SOFT },
  "meet commitments": { id: "reliability", label: "Reliability", kind: SOFT },
  "mentor individuals": { id: "mentoring", label: "Mentoring", kind: SOFT }, // research collection
  "moderate a discussion": { id: "facilitation", label: "Facilitation", kind: SOFT },
  "motivate others": { id: "motivating_others", label: "Motivating others", kind: SOFT },
  "negotiate compromises": { id: "negotiation", label: "Negotiation", kind: SOFT },
  "organise information, objects and resources": {
    id: "organizational_skills",
    label: "Organizational skills",
    kind: SOFT,
  },
  "plan": { id: "planning", label: "Planning", kind: SOFT },
  "promote ideas, products, services": { id: "persuasion", label: "Persuasion", kind: SOFT },
  "resolve conflicts": { id: "conflict_resolution", label: "Conflict resolution", kind: SOFT },
  "show commitment": { id: "work_ethic", label: "Work ethic", kind: SOFT },
  "show confidence": { id: "self_confidence", label: "Self-confidence", kind: SOFT },
  "show determination": { id: "determination", label: "Determination", kind: SOFT },
  "show empathy": { id: "empathy", label: "Empathy", kind: SOFT },
  "show entrepreneurial spirit": { id: "entrepreneurial_mindset", label: "Entrepreneurial mindset", kind: SOFT },
  "show initiative": { id: "initiative", label: "Initiative", kind: SOFT },
  "solve problems": { id: "problem_solving", label: "Problem solving", kind: SOFT },
  "think analytically": { id: "analytical_thinking", label: "Analytical thinking", kind: SOFT },
  "think creatively": { id: "creativity", label: "Creativity", kind: SOFT },
  "think critically": { id: "critical_thinking", label: "Critical thinking", kind: SOFT },
  "think holistically": { id: "systems_thinking", label: "Systems thinking", kind: SOFT },
  "think innovatively": { id: "innovation", label: "Innovation", kind: SOFT },
  "work in teams": { id: "teamwork", label: "Teamwork", kind: SOFT },
  "work independently": { id: "working_independently", label: "Working independently", kind: SOFT },

  // Digital skills mapped onto Shortlist concepts
  "Agile development": { id: "agile", label: "Agile" },
  "Agile project management": { id: "agile" },
  "algorithms": { id: "data_structures_and_algorithms" },
  "adobe creative suite": { id: "adobe_creative_cloud", label: "Adobe Creative Cloud", kind: "tool" },
  "artificial neural networks": { id: "deep_learning" },
  "application usability": { id: "usability_testing" },
  "Assembly (computer programming)": { id: "assembly", label: "Assembly language" },
  "business intelligence": { id: "business_intelligence", label: "Business intelligence" },
  "cloud technologies": { id: "cloud_computing" },
  "conduct search engine optimisation": { id: "seo" },
  "create data models": { id: "data_modeling" },
  "create prototype of user experience solutions": { id: "prototyping" },
  "cyber security": { id: "cybersecurity", label: "Cybersecurity" },
  "data analytics": { id: "data_analysis", label: "Data analysis" },
  "data extraction, transformation and loading tools": { id: "etl", altLabels: false },
  "data models": { id: "data_modeling" },
  "data quality assessment": { id: "data_quality", label: "Data quality" },
  "data visualisation software": { id: "data_visualization", altLabels: false },
  "data warehouse": { id: "data_warehousing", label: "Data warehousing" },
  "deliver visual presentation of data": { id: "data_visualization" },
  "develop automated software tests": { id: "test_automation" },
  "digital marketing techniques": { id: "digital_marketing", label: "Digital marketing" },
  "distributed computing": { id: "distributed_systems", label: "Distributed systems" },
  "domain name service": { id: "dns", label: "DNS" },
  "Eclipse (integrated development environment software)": { id: "eclipse" },
  "embedded systems": { id: "embedded_systems", label: "Embedded systems" },
  "execute ICT user research activities": { id: "user_research" },
  "execute integration testing": { id: "integration_testing", label: "Integration testing" },
  "execute software tests": { id: "software_testing", label: "Software testing" },
  "ICT accessibility standards": { id: "accessibility" },
  "ICT encryption": { id: "encryption", label: "Encryption" },
  "ICT project management": { id: "project_management" },
  "ICT system integration": { id: "system_integration", label: "System integration" },
  "Jenkins (tools for software configuration management)": { id: "jenkins" },
  "image recognition": { id: "computer_vision" },
  "lean project management": { id: "lean", label: "Lean" },
  "machine learning": { id: "machine_learning" },
  "motion graphics": { id: "motion_graphics", label: "Motion graphics" },
  "measure software usability": { id: "usability_testing" },
  "Microsoft Visual C++": { id: "visual_cpp", label: "Microsoft Visual C++" },
  "natural language processing": { id: "nlp", label: "Natural language processing" },
  "network engineering": { id: "networking" },
  "object-oriented modelling": { id: "object_oriented_programming", label: "Object-oriented programming" },
  "online analytical processing": { id: "olap", label: "OLAP" },
  "pay-per-click": { id: "paid_search" },
  "principles of artificial intelligence": { id: "artificial_intelligence" },
  "perform data cleansing": { id: "data_cleaning", label: "Data cleaning" },
  "perform project management": { id: "project_management" },
  "Prince2 project management": { id: "prince2", label: "PRINCE2" },
  "Prototyping development": { id: "prototyping" },
  "proxy servers": { id: "proxy_servers", label: "Proxy servers", altLabels: false },
  "Salt (tools for software configuration management)": { id: "saltstack", label: "Salt (SaltStack)" },
  "search engine optimisation": { id: "seo" },
  "social media management": { id: "social_media_management", label: "Social media management" },
  "social media marketing techniques": { id: "social_media_marketing", label: "Social media marketing" },
  "software architecture models": { id: "software_architecture", label: "Software architecture" },
  "software interaction design": { id: "interaction_design" },
  "SQL Server Integration Services": { id: "ssis" },
  "systems development life-cycle": { id: "sdlc", label: "Software development life cycle" },
  "tools for ICT test automation": { id: "test_automation", label: "Test automation", altLabels: false },
  "tools for software configuration management": {
    id: "configuration_management",
    label: "Configuration management",
    altLabels: false,
  },
  "translate requirements into visual design": { id: "visual_design" },
  "unified modelling language": { id: "uml", label: "UML" },
  "use spreadsheets software": { id: "spreadsheets", label: "Spreadsheets", kind: "tool", altLabels: false },
  "utilise machine learning": { id: "machine_learning" },
  "visual presentation techniques": { id: "data_visualization" },
  "Waterfall development": { id: "waterfall", label: "Waterfall" },
  "web analytics": { id: "web_analytics", label: "Web analytics" },
  "web programming": { id: "web_development", label: "Web development" },

  // Rows E1 would select that are not useful skills, or name something else
  "ML (computer programming)": null, // the ML language, not machine learning
  "SPARK": null, // the Ada-based SPARK language, not Apache Spark
  "Absorb (learning management systems)": null, // "absorb" is an ordinary word
  "advanced driver assistant systems": null,
  "Ajax Framework": null,
  "attack vectors": null,
  "audio editing software": null,
  "authoring software": null,
  "automatic control system": null,
  "automatic meter reading": null,
  "blockchain application areas": null,
  "blockchain applications": null,
  "blockchain architecture": null,
  "blockchain concept application": null,
  "blockchain consensus mechanisms": null,
  "blockchain design patterns": null,
  "blockchain mining principles": null,
  "blockchain platforms": null,
  "blockchain signature schemes": null,
  "blockchain-based business models": null,
  "business ICT systems": null,
  "CADD software": null,
  "call-centre technologies": null,
  "Cisco": null,
  "Codenvy": null,
  "cloud monitoring and reporting": null,
  "computer equipment": null,
  "control panel components": null,
  "core banking software": null,
  "data mining methods": null,
  "data security principles": null,
  "data storage": null,
  "database": null,
  "database development tools": null,
  "database management systems": null,
  "database quality standards": null,
  "decentralised identifiers": null,
  "decision support systems": null,
  "digital twin technology": null,
  "e-commerce systems": null,
  "e-learning software infrastructure": null,
  "Engrade": null,
  "ethical hacking principles": null,
  "food waste monitoring systems": null,
  "graphics editor software": null,
  "Grovo": null,
  "hardware platforms": null,
  "hardware testing methods": null,
  "hybrid control systems": null,
  "hybrid model": null,
  "industrial software": null,
  "information confidentiality": null,
  "information extraction": null,
  "information security strategy": null,
  "information structure": null,
  "internet governance": null,
  "JavaScript Framework": null,
  "JSSS": null,
  "keywords in digital content": null,
  "knowledge base": null,
  "microprocessors": null,
  "microsystem test procedures": null,
  "mobile device software frameworks": null,
  "mobile operating systems": null,
  "network management system tools": null,
  "office software": null,
  "online ads campaign techniques": null,
  "Open source model": null,
  "operating systems": null,
  "Outsourcing model": null,
  "penetration testing tool": null,
  "printed circuit boards": null,
  "Process-based management": null,
  "query languages": null,
  "screen reader": null,
  "service-oriented modelling": null,
  "smart city features": null,
  "smart contract": null,
  "software anomalies": null,
  "software design methodologies": null,
  "software frameworks": null,
  "software metrics": null,
  "software UI design patterns": null,
  "solution deployment": null,
  "STAF": null,
  "standards for web-based e-learning": null,
  "style sheet languages": null,
  "system backup best practice": null,
  "systems theory": null,
  "task algorithmisation": null,
  "trading software": null,
  "transmission technology": null,
  "unstructured data": null,
  "vehicle-to-everything technologies": null,
  "web application security threats": null,
  "web based collaborative platforms": null,
  "web strategy assessment": null,
  "WebCMS": null,
};

/** ESCO alt labels known to be wrong or misleading for their concept, by normalised key. */
const ESCO_ALIAS_DENY = new Set([
  "client side javascript",
  "informix 4gl/sql",
  "personal home page",
  "python 3k",
  "sap s/4 hana",
  "sap r/1",
  "sap r/2",
  "visual studio .net",
]);

// ---------------------------------------------------------------------------------------------------
// Shortlist's own entries (rule S1)
// ---------------------------------------------------------------------------------------------------

type Definition = readonly [id: string, label: string, kind: SkillKind];

const T = "technical" as const;
const TOOL = "tool" as const;

/**
 * Entries Shortlist adds (source "shortlist" when neither dataset produces the id) and label/kind
 * overrides for ids the datasets do produce. Informal aliases live in aliases.ts.
 */
export const SHORTLIST_ENTRIES: readonly Definition[] = [
  // Languages, runtimes, frameworks
  ["javascript", "JavaScript", T],
  ["typescript", "TypeScript", T],
  ["python", "Python", T],
  ["go", "Go", T],
  ["java", "Java", T],
  ["nodejs", "Node.js", T],
  ["nextjs", "Next.js", T],
  ["react", "React", T],
  ["react_native", "React Native", T],
  ["svelte", "Svelte", T],
  ["nuxt", "Nuxt", T],
  ["nestjs", "NestJS", T],
  ["express", "Express.js", T],
  ["fastapi", "FastAPI", T],
  ["laravel", "Laravel", T],
  ["symfony", "Symfony", T],
  ["tailwind_css", "Tailwind CSS", T],
  ["sass", "Sass", T],
  ["html", "HTML", T],
  ["css", "CSS", T],
  ["graphql", "GraphQL", T],
  ["grpc", "gRPC", T],
  ["rest_api", "REST APIs", T],
  ["openapi", "OpenAPI", T],
  ["websockets", "WebSockets", T],
  ["protobuf", "Protocol Buffers", T],
  ["flutter", "Flutter", T],
  ["lua", "Lua", T],
  ["webassembly", "WebAssembly", T],
  ["three_js", "Three.js", T],
  ["d3", "D3.js", T],
  ["webgl", "WebGL", T],
  ["electron", "Electron", T],
  ["material_ui", "Material UI", T],
  ["progressive_web_apps", "Progressive web apps", T],
  ["responsive_design", "Responsive design", T],
  ["web_components", "Web components", T],
  ["celery", "Celery", T],
  ["sqlalchemy", "SQLAlchemy", T],
  ["prisma", "Prisma", T],
  ["firebase", "Firebase", T],
  ["supabase", "Supabase", T],
  ["heroku", "Heroku", T],
  ["vercel", "Vercel", T],
  ["netlify", "Netlify", T],
  ["cloudflare", "Cloudflare", T],
  ["cdn", "CDN", T],
  ["memcached", "Memcached", T],
  ["clickhouse", "ClickHouse", T],
  ["cockroachdb", "CockroachDB", T],
  ["aws_sqs", "Amazon SQS", T],
  ["cloudwatch", "Amazon CloudWatch", TOOL],
  ["bazel", "Bazel", T],
  ["hashicorp_vault", "HashiCorp Vault", T],
  ["snyk", "Snyk", TOOL],
  ["dart", "Dart", T],
  ["elixir", "Elixir", T],
  ["clojure", "Clojure", T],
  ["fsharp", "F#", T],
  ["ocaml", "OCaml", T],
  ["swiftui", "SwiftUI", T],
  ["jetpack_compose", "Jetpack Compose", T],
  ["unity", "Unity", TOOL],
  ["vite", "Vite", T],
  ["jest", "Jest", T],
  ["cypress", "Cypress", T],
  ["playwright", "Playwright", T],
  ["pytest", "pytest", T],
  ["storybook", "Storybook", TOOL],
  ["web_performance", "Web performance", T],
  ["accessibility", "Accessibility", T],
  ["web_development", "Web development", T],
  ["frontend_development", "Frontend development", T],
  ["backend_development", "Backend development", T],
  ["mobile_development", "Mobile development", T],
  ["ios", "iOS", T],
  ["android", "Android", T],
  ["sql", "SQL", T],
  ["postgresql", "PostgreSQL", T],
  ["sqlite", "SQLite", T],
  ["mariadb", "MariaDB", T],
  ["redis", "Redis", T],
  ["kafka", "Apache Kafka", T],
  ["rabbitmq", "RabbitMQ", T],
  ["elasticsearch", "Elasticsearch", T],
  ["opensearch", "OpenSearch", T],
  ["dynamodb", "Amazon DynamoDB", T],
  ["cassandra", "Apache Cassandra", T],
  ["neo4j", "Neo4j", T],
  ["orm", "ORM", T],
  ["database_design", "Database design", T],
  // Cloud, infrastructure, DevOps
  ["aws", "AWS", T],
  ["aws_lambda", "AWS Lambda", T],
  ["gcp", "Google Cloud Platform", T],
  ["azure", "Microsoft Azure", T],
  ["cloud_computing", "Cloud computing", T],
  ["serverless", "Serverless", T],
  ["docker", "Docker", T],
  ["kubernetes", "Kubernetes", T],
  ["helm", "Helm", T],
  ["terraform", "Terraform", T],
  ["pulumi", "Pulumi", T],
  ["ansible", "Ansible", T],
  ["infrastructure_as_code", "Infrastructure as code", T],
  ["ci_cd", "CI/CD", T],
  ["github_actions", "GitHub Actions", TOOL],
  ["gitlab_ci", "GitLab CI", TOOL],
  ["circleci", "CircleCI", TOOL],
  ["argo_cd", "Argo CD", T],
  ["linux", "Linux", T],
  ["bash", "Bash", T],
  ["networking", "Computer networking", T],
  ["tcp_ip", "TCP/IP", T],
  ["http", "HTTP", T],
  ["nginx", "NGINX", T],
  ["load_balancing", "Load balancing", T],
  ["prometheus", "Prometheus", T],
  ["grafana", "Grafana", TOOL],
  ["datadog", "Datadog", TOOL],
  ["new_relic", "New Relic", TOOL],
  ["sentry", "Sentry", TOOL],
  ["opentelemetry", "OpenTelemetry", T],
  ["elk_stack", "ELK Stack", T],
  ["observability", "Observability", T],
  ["site_reliability_engineering", "Site reliability engineering", T],
  ["incident_management", "Incident management", T],
  ["on_call", "On-call", T],
  ["pagerduty", "PagerDuty", TOOL],
  ["istio", "Istio", T],
  ["service_mesh", "Service mesh", T],
  ["openstack", "OpenStack", T],
  ["virtualization", "Virtualization", T],
  ["devsecops", "DevSecOps", T],
  ["penetration_testing", "Penetration testing", T],
  ["oauth", "OAuth", T],
  ["identity_and_access_management", "Identity and access management", T],
  ["git", "Git", TOOL],
  ["github", "GitHub", TOOL],
  ["gitlab", "GitLab", TOOL],
  ["bitbucket", "Bitbucket", TOOL],
  // Software engineering practice
  ["system_design", "System design", T],
  ["data_structures_and_algorithms", "Data structures and algorithms", T],
  ["functional_programming", "Functional programming", T],
  ["concurrency", "Concurrency", T],
  ["caching", "Caching", T],
  ["message_queues", "Message queues", T],
  ["high_availability", "High availability", T],
  ["disaster_recovery", "Disaster recovery", T],
  ["capacity_planning", "Capacity planning", T],
  ["slos", "SLOs", T],
  ["chaos_engineering", "Chaos engineering", T],
  ["application_security", "Application security", T],
  ["threat_modeling", "Threat modeling", T],
  ["vulnerability_management", "Vulnerability management", T],
  ["soc2", "SOC 2", T],
  ["iso_27001", "ISO 27001", T],
  ["pci_dss", "PCI DSS", T],
  ["hipaa", "HIPAA", T],
  ["design_patterns", "Design patterns", T],
  ["test_driven_development", "Test-driven development", T],
  ["unit_testing", "Unit testing", T],
  ["code_review", "Code review", T],
  ["debugging", "Debugging", T],
  ["performance_optimization", "Performance optimization", T],
  ["event_driven_architecture", "Event-driven architecture", T],
  ["domain_driven_design", "Domain-driven design", T],
  ["api_design", "API design", T],
  ["scrum", "Scrum", T],
  ["kanban", "Kanban", T],
  ["technical_writing", "Technical writing", T],
  // Data, ML, AI
  ["artificial_intelligence", "Artificial intelligence", T],
  ["machine_learning", "Machine learning", T],
  ["deep_learning", "Deep learning", T],
  ["nlp", "Natural language processing", T],
  ["computer_vision", "Computer vision", T],
  ["large_language_models", "Large language models", T],
  ["generative_ai", "Generative AI", T],
  ["prompt_engineering", "Prompt engineering", T],
  ["retrieval_augmented_generation", "Retrieval-augmented generation", T],
  ["langchain", "LangChain", T],
  ["hugging_face", "Hugging Face", T],
  ["pytorch", "PyTorch", T],
  ["tensorflow", "TensorFlow", T],
  ["scikit_learn", "scikit-learn", T],
  ["xgboost", "XGBoost", T],
  ["reinforcement_learning", "Reinforcement learning", T],
  ["recommender_systems", "Recommender systems", T],
  ["causal_inference", "Causal inference", T],
  ["bayesian_statistics", "Bayesian statistics", T],
  ["regression_analysis", "Regression analysis", T],
  ["hypothesis_testing", "Hypothesis testing", T],
  ["opencv", "OpenCV", T],
  ["vector_databases", "Vector databases", T],
  ["openai_api", "OpenAI API", T],
  ["fine_tuning", "Model fine-tuning", T],
  ["dask", "Dask", T],
  ["polars", "Polars", T],
  ["duckdb", "DuckDB", T],
  ["fivetran", "Fivetran", TOOL],
  ["airbyte", "Airbyte", TOOL],
  ["delta_lake", "Delta Lake", T],
  ["apache_iceberg", "Apache Iceberg", T],
  ["data_lakes", "Data lakes", T],
  ["query_optimization", "Query optimization", T],
  ["pandas", "pandas", T],
  ["numpy", "NumPy", T],
  ["scipy", "SciPy", T],
  ["matplotlib", "Matplotlib", T],
  ["mlflow", "MLflow", T],
  ["mlops", "MLOps", T],
  ["feature_engineering", "Feature engineering", T],
  ["model_deployment", "Model deployment", T],
  ["statistics", "Statistics", T],
  ["a_b_testing", "A/B testing", T],
  ["experimentation", "Experimentation", T],
  ["data_visualization", "Data visualization", T],
  ["data_analysis", "Data analysis", T],
  ["data_science", "Data science", T],
  ["data_engineering", "Data engineering", T],
  ["data_modeling", "Data modeling", T],
  ["data_pipelines", "Data pipelines", T],
  ["data_governance", "Data governance", T],
  ["etl", "ETL", T],
  ["spark", "Apache Spark", T],
  ["airflow", "Apache Airflow", T],
  ["dbt", "dbt", T],
  ["snowflake", "Snowflake", T],
  ["databricks", "Databricks", T],
  ["bigquery", "Google BigQuery", T],
  ["redshift", "Amazon Redshift", T],
  ["big_data", "Big data", T],
  ["stream_processing", "Stream processing", T],
  ["flink", "Apache Flink", T],
  ["time_series_analysis", "Time series analysis", T],
  ["forecasting", "Forecasting", T],
  ["jupyter", "Jupyter", TOOL],
  ["tableau", "Tableau", TOOL],
  ["looker", "Looker", TOOL],
  ["power_bi", "Microsoft Power BI", TOOL],
  ["metabase", "Metabase", TOOL],
  ["superset", "Apache Superset", TOOL],
  ["excel", "Microsoft Excel", TOOL],
  ["google_sheets", "Google Sheets", TOOL],
  // Product and design
  ["product_management", "Product management", T],
  ["product_strategy", "Product strategy", T],
  ["product_discovery", "Product discovery", T],
  ["roadmapping", "Roadmapping", T],
  ["okrs", "OKRs", T],
  ["user_research", "User research", T],
  ["user_stories", "User stories", T],
  ["requirements_gathering", "Requirements gathering", T],
  ["agile", "Agile", T],
  ["analytics", "Analytics", T],
  ["market_research", "Market research", T],
  ["competitive_analysis", "Competitive analysis", T],
  ["go_to_market", "Go-to-market strategy", T],
  ["pricing", "Pricing strategy", T],
  ["prototyping", "Prototyping", T],
  ["wireframing", "Wireframing", T],
  ["interaction_design", "Interaction design", T],
  ["visual_design", "Visual design", T],
  ["ux_design", "UX design", T],
  ["ui_design", "UI design", T],
  ["usability_testing", "Usability testing", T],
  ["design_systems", "Design systems", T],
  ["design_thinking", "Design thinking", T],
  ["user_journey_mapping", "User journey mapping", T],
  ["typography", "Typography", T],
  ["framer", "Framer", TOOL],
  ["zeplin", "Zeplin", TOOL],
  ["hotjar", "Hotjar", TOOL],
  ["optimizely", "Optimizely", TOOL],
  ["pendo", "Pendo", TOOL],
  ["productboard", "Productboard", TOOL],
  ["figma", "Figma", TOOL],
  ["sketch", "Sketch", TOOL],
  ["miro", "Miro", TOOL],
  ["amplitude", "Amplitude", TOOL],
  ["mixpanel", "Mixpanel", TOOL],
  ["jira", "Jira", TOOL],
  ["confluence", "Confluence", TOOL],
  ["notion", "Notion", TOOL],
  ["trello", "Trello", TOOL],
  ["linear", "Linear", TOOL],
  ["slack", "Slack", TOOL],
  // Sales, marketing, customer success
  ["b2b_sales", "B2B sales", T],
  ["saas_sales", "SaaS sales", T],
  ["enterprise_sales", "Enterprise sales", T],
  ["pipeline_management", "Pipeline management", T],
  ["crm", "CRM", T],
  ["prospecting", "Prospecting", T],
  ["lead_generation", "Lead generation", T],
  ["cold_calling", "Cold calling", T],
  ["sales_forecasting", "Sales forecasting", T],
  ["account_based_marketing", "Account-based marketing", T],
  ["solution_selling", "Solution selling", T],
  ["inside_sales", "Inside sales", T],
  ["channel_sales", "Channel sales", T],
  ["partnerships", "Partnerships", T],
  ["sales_enablement", "Sales enablement", T],
  ["territory_planning", "Territory planning", T],
  ["pipedrive", "Pipedrive", TOOL],
  ["salesloft", "Salesloft", TOOL],
  ["influencer_marketing", "Influencer marketing", T],
  ["affiliate_marketing", "Affiliate marketing", T],
  ["event_marketing", "Event marketing", T],
  ["community_management", "Community management", T],
  ["marketing_attribution", "Marketing attribution", T],
  ["google_search_console", "Google Search Console", TOOL],
  ["klaviyo", "Klaviyo", TOOL],
  ["braze", "Braze", TOOL],
  ["pardot", "Salesforce Pardot", TOOL],
  ["net_promoter_score", "Net Promoter Score", T],
  ["renewals", "Renewals management", T],
  ["salesforce", "Salesforce", TOOL],
  ["hubspot", "HubSpot", TOOL],
  ["linkedin_sales_navigator", "LinkedIn Sales Navigator", TOOL],
  ["gong", "Gong", TOOL],
  ["outreach_io", "Outreach", TOOL],
  ["zoominfo", "ZoomInfo", TOOL],
  ["seo", "SEO", T],
  ["content_marketing", "Content marketing", T],
  ["google_analytics", "Google Analytics", TOOL],
  ["paid_search", "Paid search", T],
  ["paid_social", "Paid social", T],
  ["email_marketing", "Email marketing", T],
  ["marketing_automation", "Marketing automation", T],
  ["copywriting", "Copywriting", T],
  ["growth_marketing", "Growth marketing", T],
  ["demand_generation", "Demand generation", T],
  ["conversion_rate_optimization", "Conversion rate optimization", T],
  ["brand_management", "Brand management", T],
  ["public_relations", "Public relations", T],
  ["product_marketing", "Product marketing", T],
  ["google_ads", "Google Ads", TOOL],
  ["meta_ads", "Meta Ads", TOOL],
  ["wordpress", "WordPress", TOOL],
  ["account_management", "Account management", T],
  ["onboarding", "Onboarding", T],
  ["customer_support", "Customer support", T],
  ["customer_success", "Customer success", T],
  ["customer_retention", "Customer retention", T],
  ["upselling", "Upselling", T],
  ["zendesk", "Zendesk", TOOL],
  ["intercom", "Intercom", TOOL],
  ["freshdesk", "Freshdesk", TOOL],
  ["gainsight", "Gainsight", TOOL],
  // People and operations
  ["recruiting", "Recruiting", T],
  ["candidate_sourcing", "Candidate sourcing", T],
  ["employer_branding", "Employer branding", T],
  ["interviewing", "Interviewing", T],
  ["hr_operations", "HR operations", T],
  ["hris", "HRIS", T],
  ["employment_law", "Employment law", T],
  ["compensation_and_benefits", "Compensation and benefits", T],
  ["performance_management", "Performance management", T],
  ["learning_and_development", "Learning and development", T],
  ["employee_relations", "Employee relations", T],
  ["diversity_and_inclusion", "Diversity and inclusion", T],
  ["talent_management", "Talent management", T],
  ["succession_planning", "Succession planning", T],
  ["workforce_planning", "Workforce planning", T],
  ["employee_engagement", "Employee engagement", T],
  ["people_analytics", "People analytics", T],
  ["change_management", "Change management", T],
  ["organizational_design", "Organizational design", T],
  ["sap_successfactors", "SAP SuccessFactors", TOOL],
  ["greenhouse", "Greenhouse", TOOL],
  ["workday", "Workday", TOOL],
  ["lever", "Lever", TOOL],
  ["bamboohr", "BambooHR", TOOL],
  ["linkedin_recruiter", "LinkedIn Recruiter", TOOL],
  ["project_management", "Project management", T],
  ["program_management", "Program management", T],
  ["budgeting", "Budgeting", T],
  ["financial_modeling", "Financial modeling", T],
  ["financial_analysis", "Financial analysis", T],
  ["vendor_management", "Vendor management", T],
  ["risk_management", "Risk management", T],
  ["process_improvement", "Process improvement", T],
  ["six_sigma", "Six Sigma", T],
  ["business_analysis", "Business analysis", T],
  ["accounting", "Accounting", T],
  ["bookkeeping", "Bookkeeping", T],
  ["financial_reporting", "Financial reporting", T],
  ["fp_and_a", "FP&A", T],
  ["gaap", "GAAP", T],
  ["ifrs", "IFRS", T],
  ["xero", "Xero", TOOL],
  ["procurement", "Procurement", T],
  ["supply_chain_management", "Supply chain management", T],
  ["operations_management", "Operations management", T],
  ["regulatory_compliance", "Regulatory compliance", T],
  ["contract_management", "Contract management", T],
  ["gdpr", "GDPR", T],
  // Soft skills absent from the ESCO transversal collection (or relabelled)
  ["communication", "Communication", SOFT],
  ["written_communication", "Written communication", SOFT],
  ["active_listening", "Active listening", SOFT],
  ["interpersonal_skills", "Interpersonal skills", SOFT],
  ["stakeholder_management", "Stakeholder management", SOFT],
  ["cross_functional_collaboration", "Cross-functional collaboration", SOFT],
  ["people_management", "People management", SOFT],
  ["coaching", "Coaching", SOFT],
  ["storytelling", "Storytelling", SOFT],
  ["customer_focus", "Customer focus", SOFT],
  ["prioritization", "Prioritization", SOFT],
  ["multitasking", "Multitasking", SOFT],
  ["ownership", "Ownership", SOFT],
  ["resilience", "Resilience", SOFT],
  ["self_motivation", "Self-motivation", SOFT],
  ["strategic_thinking", "Strategic thinking", SOFT],
  ["business_acumen", "Business acumen", SOFT],
  ["influencing", "Influencing", SOFT],
  ["presentation_skills", "Presentation skills", SOFT],
  ["results_orientation", "Results orientation", SOFT],
  ["professionalism", "Professionalism", SOFT],
  ["remote_collaboration", "Remote collaboration", SOFT],
  ["giving_feedback", "Giving feedback", SOFT],
  ["leadership", "Leadership", SOFT],
  ["mentoring", "Mentoring", SOFT],
  ["teamwork", "Teamwork", SOFT],
  ["problem_solving", "Problem solving", SOFT],
  ["time_management", "Time management", SOFT],
  ["adaptability", "Adaptability", SOFT],
  ["critical_thinking", "Critical thinking", SOFT],
  ["attention_to_detail", "Attention to detail", SOFT],
  ["negotiation", "Negotiation", SOFT],
];

// ---------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------

const STOPWORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]);

/** Words too common in skill names to show that an alt label and a label mean the same thing. */
const GENERIC_WORDS = new Set([
  ...STOPWORDS,
  "analysis", "application", "applications", "colleague", "colleagues", "computer", "data", "design",
  "develop", "development", "digital", "ict", "information", "language", "languages", "management",
  "method", "methods", "model", "models", "network", "online", "other", "others", "people", "process",
  "processes", "programming", "service", "services", "skill", "skills", "software", "system", "systems",
  "technologies", "technology", "tool", "tools", "use", "using", "web", "work",
]);

const VAGUE_ALIAS_WORDS =
  /\b(techniques?|principles?|paradigms?|algorithms?|knowledge|types?|kinds?|range|typology|characteristics?|features?|fundamentals|concepts?|history|terms|approach(es)?|aspects?|varieties|methodology|practices?|related|specifications?|operations|editions?)\b/;

function stem(word: string): string {
  return word
    .replace(/ies$/, "y")
    .replace(/(ing|ed|es|s|e)$/, "")
    .replace(/(.)\1$/, "$1");
}

function distinctiveStems(key: string): Set<string> {
  return new Set(
    key
      .split(" ")
      .filter((word) => !GENERIC_WORDS.has(word) && word.length > 1)
      .map(stem),
  );
}

function initials(text: string, skipStopwords: boolean): string {
  return normalizeSkillText(text.replace(/[-/]/g, " "))
    .split(" ")
    .filter((word) => word.length > 0 && !(skipStopwords && STOPWORDS.has(word)))
    .map((word) => word[0])
    .join("");
}

/** True when `short` (e.g. "ML", "NLP") is the initialism of the multi-word `long`. */
function isInitialism(short: string, long: string): boolean {
  const compact = short.replace(/[^A-Za-z0-9]/g, "").toLowerCase();
  if (compact.length < 2 || compact.length > 6 || /\s/.test(short.trim())) return false;
  if (normalizeSkillText(long).split(" ").length < 2) return false;
  return compact === initials(long, true) || compact === initials(long, false);
}

function stripQualifier(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, "").trim();
}

function splitList(value: string | undefined): string[] {
  return value ? value.split("|").map((item) => item.trim()).filter((item) => item.length > 0) : [];
}

function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

// ---------------------------------------------------------------------------------------------------
// Draft entries and merging
// ---------------------------------------------------------------------------------------------------

interface Draft {
  id: string;
  label: string;
  /** The label came from a row redirected onto this id by curation; a row named like the id replaces it. */
  provisionalLabel: boolean;
  kind: SkillKind;
  source: SkillSource;
  /** Names found in the source rows, added as aliases when unambiguous. */
  sourceAliases: Set<string>;
}

interface Candidate {
  id: string;
  label: string;
  kind: SkillKind;
  source: SkillSource;
  aliases: string[];
  /** A label fixed by curation (ONET_MAP / ESCO_MAP), which wins over derived labels. */
  curatedLabel?: string;
  /** Curation moved this row onto another id without giving a label ("Hypertext preprocessor PHP" → php). */
  redirected: boolean;
}

class DraftSet {
  readonly drafts = new Map<string, Draft>();
  private readonly curatedLabels = new Map<string, string>();

  add(candidate: Candidate): void {
    const existing = this.drafts.get(candidate.id);
    if (candidate.curatedLabel) {
      const previous = this.curatedLabels.get(candidate.id);
      if (previous !== undefined && previous !== candidate.curatedLabel) {
        throw new Error(`Conflicting curated labels for "${candidate.id}": "${previous}" and "${candidate.curatedLabel}"`);
      }
      this.curatedLabels.set(candidate.id, candidate.curatedLabel);
    }
    if (!existing) {
      this.drafts.set(candidate.id, {
        id: candidate.id,
        label: candidate.curatedLabel ?? candidate.label,
        provisionalLabel: candidate.curatedLabel === undefined && candidate.redirected,
        kind: candidate.kind,
        source: candidate.source,
        sourceAliases: new Set([candidate.label, ...candidate.aliases]),
      });
      return;
    }
    if (candidate.curatedLabel) {
      existing.label = candidate.curatedLabel;
      existing.provisionalLabel = false;
    } else if (existing.provisionalLabel && !candidate.redirected) {
      existing.label = candidate.label;
      existing.provisionalLabel = false;
    }
    existing.sourceAliases.add(candidate.label);
    for (const alias of candidate.aliases) existing.sourceAliases.add(alias);
  }
}

// ---------------------------------------------------------------------------------------------------
// O*NET
// ---------------------------------------------------------------------------------------------------

interface CleanName {
  label: string;
  aliases: string[];
}

const ACRONYM = /^[A-Z][A-Z0-9]{1,6}$/;

/** Rules O2–O3: the cleaned label of an O*NET example, or undefined for a generic category. */
export function cleanOnetName(example: string): CleanName | undefined {
  const aliases: string[] = [];
  let name = example.replace(/ (software|systems?)$/, "").trim();
  const words = name.split(" ");
  const last = words.at(-1) ?? "";
  let acronymLabel = false;
  if (words.length > 1 && ACRONYM.test(last)) {
    const before = words.slice(0, -1);
    let matched = false;
    // The longest run of words ending before the acronym whose initials spell it.
    for (let start = 0; start < before.length && !matched; start++) {
      const phrase = before.slice(start).join(" ");
      if (isInitialism(last, phrase)) {
        const prefix = before.slice(0, start).join(" ");
        const vendorOnly = prefix === "" || VENDOR_PREFIXES.includes(prefix);
        aliases.push(phrase);
        if (prefix) aliases.push(`${prefix} ${last}`, `${prefix} ${phrase}`);
        name = vendorOnly ? last : `${prefix} ${last}`;
        matched = true;
        acronymLabel = true;
      }
    }
    // Any other trailing acronym is redundant when a real name precedes it ("Apache Subversion SVN"), but it
    // is the name itself after a bare vendor ("Atlassian JIRA", "IBM DB2", "Cisco IOS").
    const rest = vendorRemainder(before.join(" "));
    // The acronym itself is not kept as an alias: out of context it is often ambiguous ("MVC", "EHR").
    if (!matched && last.length >= 3 && rest && (rest.includes(" ") || rest[0]?.toUpperCase() === last[0])) {
      name = before.join(" ");
    }
  }
  const finalWords = name.split(" ");
  if (!acronymLabel && finalWords.length >= 2 && finalWords.slice(1).every((word) => word === word.toLowerCase())) {
    return undefined;
  }
  if (finalWords.length > 5) return undefined;
  return { label: name, aliases };
}

/** The name without a leading vendor prefix ("" when the name is only a vendor). */
function vendorRemainder(name: string): string {
  for (const vendor of VENDOR_PREFIXES) {
    if (name === vendor) return "";
    if (name.startsWith(`${vendor} `)) return name.slice(vendor.length + 1).trim();
  }
  return name;
}

/** Rule O4: the id for a cleaned name, without a vendor prefix when the remainder is distinctive. */
function vendorStrippedName(label: string): string | undefined {
  for (const vendor of VENDOR_PREFIXES) {
    if (!label.startsWith(`${vendor} `)) continue;
    const remainder = label.slice(vendor.length + 1).trim();
    const key = normalizeSkillText(remainder);
    if (key.replace(/[^a-z0-9]/g, "").length < 3 || GENERIC_REMAINDERS.has(key)) return undefined;
    return remainder;
  }
  return undefined;
}

function onetCandidates(rows: CsvRecord[]): Candidate[] {
  const candidates: Candidate[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const example = row.example ?? "";
    seen.add(example);
    const curated = Object.hasOwn(ONET_MAP, example) ? ONET_MAP[example] : undefined;
    if (curated === null) continue;
    const selected =
      curated !== undefined || row.hotTechnology === "Y" || Number(row.inDemandOccupationCount ?? "0") > 0;
    if (!selected) continue;
    const cleaned = cleanOnetName(example);
    if (!cleaned && !curated?.label && !curated?.id) {
      problems.push(`O*NET "${example}" is selected but looks generic: add it to ONET_MAP (null or a label)`);
      continue;
    }
    const label = curated?.label ?? cleaned?.label ?? example;
    const stripped = vendorStrippedName(label);
    const derivedId = toSkillId(stripped ?? label);
    const id = curated?.id ?? derivedId;
    const redirected = curated?.label === undefined && id !== derivedId;
    const commodities = splitList(row.commodityTitles);
    const kind =
      curated?.kind ?? (commodities.some((title) => ONET_TECHNICAL_COMMODITIES.has(title)) ? "technical" : "tool");
    const aliases = [...(cleaned?.aliases ?? [])];
    if (example.split(" ").length <= 4) aliases.push(example);
    if (cleaned && cleaned.label !== label) aliases.push(cleaned.label);
    if (stripped) aliases.push(stripped);
    candidates.push({ id, label, kind, source: "onet", aliases, curatedLabel: curated?.label, redirected });
  }
  for (const example of Object.keys(ONET_MAP)) {
    if (!seen.has(example)) problems.push(`ONET_MAP names "${example}", which is not in the O*NET file`);
  }
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return candidates;
}

// ---------------------------------------------------------------------------------------------------
// ESCO
// ---------------------------------------------------------------------------------------------------

/** Rule E4: whether an ESCO alt label is a safe alias for an entry. */
function escoAliasAccepted(alt: string, label: string, kind: SkillKind): boolean {
  const key = normalizeSkillText(alt);
  const words = key.split(" ");
  if (key.length < 2 || key.length > 40 || words.length > 4) return false;
  if (ESCO_ALIAS_DENY.has(key) || VAGUE_ALIAS_WORDS.test(key) || /\b(19|20)\d\d\b/.test(key)) return false;
  if (kind === "soft" && words.length < 2) return false;
  if (isInitialism(alt, label) || isInitialism(label, alt)) return true;
  if (key.replace(/[^a-z0-9]/g, "").length <= 3) return false;
  const labelStems = distinctiveStems(normalizeSkillText(label));
  return [...distinctiveStems(key)].some((word) => labelStems.has(word));
}

function escoCandidates(rows: CsvRecord[]): Candidate[] {
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const preferred = row.preferredLabel ?? "";
    seen.add(preferred);
    const curated = Object.hasOwn(ESCO_MAP, preferred) ? ESCO_MAP[preferred] : undefined;
    if (curated === null) continue;
    const collections = splitList(row.collections);
    const broader = splitList(row.broaderLabels);
    const base = stripQualifier(preferred);
    const autoSelected =
      collections.includes("digital") &&
      row.skillType === "knowledge" &&
      row.reuseLevel !== "occupation-specific" &&
      broader.some((label) => ESCO_TECHNICAL_BROADER.has(label)) &&
      base.split(" ").length <= 4 &&
      base.length <= 35 &&
      !ESCO_JUNK_LABEL.test(base);
    if (curated === undefined && !autoSelected) continue;
    // ESCO writes concepts in lowercase ("machine learning"); labels are shown in sentence case.
    const label = curated?.label ?? (/^\p{Ll}/u.test(base) ? base.charAt(0).toUpperCase() + base.slice(1) : base);
    const stripped = vendorStrippedName(label);
    const derivedId = toSkillId(stripped ?? label);
    const id = curated?.id ?? derivedId;
    const redirected = curated?.label === undefined && id !== derivedId;
    const kind = curated?.kind ?? (broader.some((b) => ESCO_TOOL_BROADER.has(b)) ? "tool" : "technical");
    // A qualified label ("Python (computer programming)") is not a name anyone writes; its base is.
    const aliases = [base];
    if (stripped) aliases.push(stripped);
    if (curated?.altLabels !== false) {
      for (const alt of splitList(row.altLabels)) {
        if (escoAliasAccepted(alt, base, kind)) aliases.push(alt);
      }
    }
    candidates.push({ id, label, kind, source: "esco", aliases, curatedLabel: curated?.label, redirected });
  }
  for (const preferred of Object.keys(ESCO_MAP)) {
    if (!seen.has(preferred)) throw new Error(`ESCO_MAP names "${preferred}", which is not in the ESCO file`);
  }
  return candidates;
}

// ---------------------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------------------

export interface BuildReport {
  entries: TaxonomyEntry[];
  /** Source-derived aliases dropped because they named more than one entry. */
  droppedAmbiguous: string[];
  /** Files whose SHA-256 differs from PROVENANCE.md. */
  checksumMismatches: string[];
}

function idKey(id: string): string {
  return normalizeSkillText(id);
}

export function buildTaxonomyReport(sourceDir: string): BuildReport {
  const escoFile = path.join(sourceDir, SOURCE_FILES.esco);
  const onetFile = path.join(sourceDir, SOURCE_FILES.onet);
  const checksumMismatches = [escoFile, onetFile].filter(
    (file) => sha256(file) !== EXPECTED_SHA256[path.basename(file)],
  ).map((file) => path.basename(file));

  const drafts = new DraftSet();
  for (const candidate of onetCandidates(parseCsv(readFileSync(onetFile, "utf8")))) drafts.add(candidate);
  for (const candidate of escoCandidates(parseCsv(readFileSync(escoFile, "utf8")))) drafts.add(candidate);

  const seenShortlist = new Set<string>();
  for (const [id, label, kind] of SHORTLIST_ENTRIES) {
    if (seenShortlist.has(id)) throw new Error(`SHORTLIST_ENTRIES lists "${id}" twice`);
    if (toSkillId(id) !== id) throw new Error(`SHORTLIST_ENTRIES id "${id}" is not canonical`);
    seenShortlist.add(id);
    const existing = drafts.drafts.get(id);
    if (existing) {
      existing.label = label;
      existing.kind = kind;
    } else {
      drafts.drafts.set(id, { id, label, provisionalLabel: false, kind, source: "shortlist", sourceAliases: new Set() });
    }
  }

  const entries = [...drafts.drafts.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const known = new Set(entries.map((entry) => entry.id));

  // Authoritative keys: ids, labels and curated aliases. Any clash among them fails the build.
  const owner = new Map<string, string>();
  const collisions: string[] = [];
  const claim = (key: string, id: string, what: string) => {
    if (!key) return;
    const previous = owner.get(key);
    if (previous !== undefined && previous !== id) collisions.push(`"${key}" (${what}) → ${previous} and ${id}`);
    else owner.set(key, id);
  };
  for (const entry of entries) {
    if (toSkillId(entry.id) !== entry.id) throw new Error(`Non-canonical id "${entry.id}"`);
    claim(idKey(entry.id), entry.id, "id");
  }
  for (const entry of entries) claim(normalizeSkillText(entry.label), entry.id, "label");
  const curated = new Map<string, Set<string>>();
  for (const [id, aliases] of Object.entries(SKILL_ALIASES)) {
    if (!known.has(id)) {
      collisions.push(`aliases.ts names unknown skill id "${id}"`);
      continue;
    }
    const keys = new Set<string>();
    for (const alias of aliases) {
      const key = normalizeSkillText(alias);
      if (!key) throw new Error(`aliases.ts: empty alias for "${id}"`);
      claim(key, id, "curated alias");
      keys.add(key);
    }
    curated.set(id, keys);
  }
  if (collisions.length > 0) {
    throw new Error(`Skill alias collisions (an alias must map to exactly one id):\n  ${collisions.join("\n  ")}`);
  }

  // Source aliases: kept only when they name exactly one entry and nothing authoritative elsewhere.
  const sourceOwners = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const alias of entry.sourceAliases) {
      const key = normalizeSkillText(alias);
      if (!key) continue;
      const owners = sourceOwners.get(key) ?? new Set<string>();
      owners.add(entry.id);
      sourceOwners.set(key, owners);
    }
  }
  const droppedAmbiguous: string[] = [];
  const output: TaxonomyEntry[] = entries.map((entry) => {
    const ownKeys = new Set([idKey(entry.id), normalizeSkillText(entry.label)]);
    const aliases = new Set<string>(curated.get(entry.id) ?? []);
    for (const alias of entry.sourceAliases) {
      const key = normalizeSkillText(alias);
      if (!key || aliases.has(key)) continue;
      const authority = owner.get(key);
      const owners = sourceOwners.get(key);
      if ((authority !== undefined && authority !== entry.id) || (owners !== undefined && owners.size > 1)) {
        droppedAmbiguous.push(`${key} (${[...(owners ?? [])].join(", ")}${authority ? `; owned by ${authority}` : ""})`);
        continue;
      }
      aliases.add(key);
    }
    for (const key of ownKeys) aliases.delete(key);
    return {
      id: entry.id,
      label: entry.label,
      kind: entry.kind,
      aliases: [...aliases].sort(),
      source: entry.source,
    };
  });
  return { entries: output, droppedAmbiguous: [...new Set(droppedAmbiguous)].sort(), checksumMismatches };
}

/** The taxonomy for the source files in `sourceDir` (pure: reads only those two files). */
export function buildTaxonomy(sourceDir: string): TaxonomyEntry[] {
  return buildTaxonomyReport(sourceDir).entries;
}

/** The committed file format: a JSON array, one entry per line, keys in a fixed order. */
export function serializeTaxonomy(entries: readonly TaxonomyEntry[]): string {
  const lines = entries.map((entry) =>
    JSON.stringify({ id: entry.id, label: entry.label, kind: entry.kind, aliases: entry.aliases, source: entry.source }),
  );
  return `[\n${lines.join(",\n")}\n]\n`;
}
