import { describe, expect, it } from "vitest";
import { processWide } from "./process-wide";

describe("processWide", () => {
  it("makes a value once, whichever copy of a module asks", () => {
    let made = 0;
    const create = () => ({ made: ++made });
    const first = processWide("process-wide.test", create);
    // Another bundled copy of the same module asks with a function of its own.
    const second = processWide("process-wide.test", () => ({ made: ++made }));
    expect(second).toBe(first);
    expect(made).toBe(1);
  });
});
