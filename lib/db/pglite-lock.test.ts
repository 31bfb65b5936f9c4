import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquirePgliteLock } from "./pglite-lock";

const dirs: string[] = [];
function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shortlist-lock-"));
  dirs.push(dir);
  return path.join(dir, "pglite");
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("acquirePgliteLock", () => {
  it("refuses a data directory held by another live process, naming it", () => {
    const dir = dataDir();
    fs.writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => acquirePgliteLock(dir)).toThrow(new RegExp(`in use by process ${process.ppid}`));
  });

  it("takes over a lock left by a process that is gone, and releases it", () => {
    const dir = dataDir();
    fs.writeFileSync(`${dir}.lock`, "2147483646");
    const release = acquirePgliteLock(dir);
    expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });
});
