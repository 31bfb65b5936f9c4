// The demo's recruiter directory: the ids its jobs carry (rec_01…rec_08 in generate.ts, and rec_09, who takes
// over half the jobs in the drifted week in history.ts) with names, so the drift page names them.
export const DEMO_RECRUITERS = [
  { id: "rec_01", name: "Riley Recruiter" },
  { id: "rec_02", name: "Morgan Achebe" },
  { id: "rec_03", name: "Priya Natarajan" },
  { id: "rec_04", name: "Tomás Herrera" },
  { id: "rec_05", name: "Hana Kobayashi" },
  { id: "rec_06", name: "Lena Fischer" },
  { id: "rec_07", name: "Samuel Osei" },
  { id: "rec_08", name: "Claire Dubois" },
  { id: "rec_09", name: "Jonas Lindqvist" },
] as const;
