import { describe, expect, it } from "vitest";
import { dbDriver } from "@/lib/db";

// The embedded database's settings that keep the app's memory bounded (openPglite in driver.ts).
describe("the embedded database", () => {
  it("keeps a small buffer cache: it lives in the app's own memory", async () => {
    expect(dbDriver().target.kind).toBe("pglite");
    const [row] = await dbDriver().query<{ shared_buffers: string }>("SHOW shared_buffers");
    expect(row!.shared_buffers).toBe("32MB");
  });
});
