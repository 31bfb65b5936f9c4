// npm run bench:reading — how long reading a résumé takes, against tokenising the same text (the floor any
// reader pays), measured in the same run: 5 kB (a typical résumé) and 100 kB (the largest accepted).
// Reading = screening, skills named (findSkillsInText), skills stated (evidence), terms and occupations.
// Then what a sync pays for each résumé it stores (readResumeInFull: the stored columns and the rules'
// extraction too), on distinct demo résumés, per résumé and against tokenising them.
import { roleOccupations } from "@/lib/extraction";
import { generateDemoCandidates } from "@/lib/demo/generate";
import { readResumeInFull } from "@/lib/scoring/read-in-full";
import { findSkillsInText, screenResume, statementsOf } from "@/lib/skills";
import { textTerms } from "@/lib/text/terms";
import { ms, table } from "./lib/format";

const RUNS = 7;

function best(run: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < RUNS; attempt++) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

const resumes = generateDemoCandidates(new Date(), 40).map((candidate) => candidate.resumeText);
const sample = resumes.join("\n\n");
const sizes = { "5 kB": 5_000, "100 kB": 100_000 };
findSkillsInText(sample); // builds the lookups once
statementsOf(sample);
roleOccupations(sample);
const rows = Object.entries(sizes).map(([name, size]) => {
  const text = sample.repeat(Math.ceil(size / sample.length)).slice(0, size);
  const baseline = best(() => textTerms(text));
  const reading = best(() => {
    const screened = screenResume(text).text;
    findSkillsInText(screened);
    statementsOf(screened);
    textTerms(screened);
    roleOccupations(screened);
  });
  return {
    text: name,
    "tokenise (baseline)": ms(baseline),
    "read in full": ms(reading),
    ratio: (reading / baseline).toFixed(1),
  };
});
table(rows);

// Each résumé distinct (a line naming its ATS record, as in bench/sync.ts) and read once, as a sync does:
// nothing comes from a memo. Warmed up on other résumés first.
const SYNCED = 1_000;
const syncedResumes = (count: number, seed: number) =>
  generateDemoCandidates(new Date(), count, seed).map(
    (candidate, index) => `${candidate.resumeText}\nATS record ${seed}-${index}`,
  );
syncedResumes(200, 12).forEach((text) => readResumeInFull(text));
const synced = syncedResumes(SYNCED, 11);
const tokenised = best(() => synced.forEach((text) => textTerms(text)));
const cpu = process.cpuUsage();
const started = performance.now();
synced.forEach((text) => readResumeInFull(text));
const stored = performance.now() - started;
const used = process.cpuUsage(cpu);
console.log(
  `\nreadResumeInFull, ${SYNCED.toLocaleString("en")} distinct résumés: ${ms(stored / SYNCED)} a résumé ` +
    `(${((used.user + used.system) / 1000 / SYNCED).toFixed(2)} ms of CPU on all threads), ` +
    `${(stored / tokenised).toFixed(1)}× tokenising them`,
);
