import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signedInUser } from "@/test/helpers/actors";
import { DEMO_ADMIN_EMAIL, seedDemoData } from "./seed";

describe("demo seed", () => {
  it("never adds demo users or records to a database that already has users", async () => {
    await signedInUser("ADMIN");
    const before = await Promise.all([db.user.count(), db.job.count(), db.candidate.count()]);
    expect(await seedDemoData({ password: "shortlist-demo" })).toEqual({
      seeded: false,
      users: 0,
      jobs: 0,
      candidates: 0,
      inferences: 0,
      outcomes: 0,
      driftReports: 0,
    });
    expect(await Promise.all([db.user.count(), db.job.count(), db.candidate.count()])).toEqual(before);
    expect(await db.user.findUnique({ where: { email: DEMO_ADMIN_EMAIL } })).toBeNull();
  });
});
