import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Conflict, Invalid } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { problemResponse } from "./problem";
import { zodFieldErrors } from "@/lib/errors";

describe("problemResponse", () => {
  it("renders domain errors as RFC 9457 documents with the request id", async () => {
    const response = problemResponse(
      new Invalid("The request body is invalid.", [{ path: "name", message: "must not be empty" }]),
      "req-1",
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({
      type: "about:blank",
      title: "Invalid request",
      status: 400,
      detail: "The request body is invalid.",
      request_id: "req-1",
      errors: [{ path: "name", message: "must not be empty" }],
    });
  });

  it("maps Prisma's unique-violation code to 409, by code rather than message", async () => {
    const error = new Prisma.PrismaClientKnownRequestError("whatever the text", { code: "P2002", clientVersion: "7" });
    expect(problemResponse(error, "r").status).toBe(409);
    expect(problemResponse(new Conflict("taken"), "r").status).toBe(409);
  });

  it("never echoes an unknown error's message", async () => {
    const response = problemResponse(new Error("connection string postgresql://user:secret@db/x"), "r");
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain("secret");
  });
});

describe("zodFieldErrors", () => {
  it("names each unknown field and nested paths", () => {
    const schema = z.object({ a: z.object({ b: z.number() }).strict() }).strict();
    const result = schema.safeParse({ a: { b: "x", c: 1 }, d: 2 });
    expect(result.success).toBe(false);
    const paths = zodFieldErrors(result.error!)
      .map((error) => error.path)
      .sort();
    expect(paths).toEqual(["a.b", "a.c", "d"]);
  });
});
