import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { unique } from "@/test/helpers/unique";
import { createUser } from "./create-user";
import { listUsers } from "./list-users";

describe("users", () => {
  it("hashes the password with a slow hash and never returns it", async () => {
    const email = `${unique("ada")}@test.local`;
    const user = await createUser({
      input: { email: email.toUpperCase(), name: "Ada", role: "RECRUITER", password: "s3cret-password" },
    });
    expect(user.email).toBe(email);
    expect(JSON.stringify(user)).not.toContain("s3cret");
    // The default client omits password hashes even when a query forgets to.
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account).not.toHaveProperty("password");
    const withHash = await db.account.findFirstOrThrow({ where: { userId: user.id }, select: { password: true } });
    expect(withHash.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/); // scrypt salt:key
    expect(withHash.password).not.toContain("s3cret");
    expect((await listUsers()).map((item) => item.email)).toContain(email);
  });

  it("refuses a second user with the same email (any case)", async () => {
    const email = `${unique("dup")}@test.local`;
    await createUser({ input: { email, name: "One", role: "RECRUITER", password: "password-one" } });
    await expect(
      createUser({ input: { email: email.toUpperCase(), name: "Two", role: "ADMIN", password: "password-two" } }),
    ).rejects.toMatchObject({
      status: 409,
    });
  });
});
