import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { refreshAfterWrite } from "./refresh";

/** A list whose first read is held until released, as a slow first load is. */
function slowFirstRead() {
  const rows = ["a"];
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let reads = 0;
  const read = async () => {
    reads += 1;
    const snapshot = [...rows];
    if (reads === 1) await held;
    return snapshot;
  };
  return { rows, read, release: () => release(), reads: () => reads };
}

describe("refreshAfterWrite", () => {
  it("shows a write that finished while the list's first load was still reading", async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const list = slowFirstRead();
    const observer = new QueryObserver(client, { queryKey: ["keys"], queryFn: list.read });
    const seen: string[][] = [];
    const unsubscribe = observer.subscribe((result) => result.data && seen.push(result.data));
    await expect.poll(list.reads).toBe(1);

    list.rows.push("b"); // the write lands after the first read took its snapshot
    const refreshed = refreshAfterWrite(client, { queryKey: ["keys"] });
    list.release();
    await refreshed;

    expect(client.getQueryData(["keys"])).toEqual(["a", "b"]);
    expect(list.reads()).toBe(2);
    unsubscribe();
  });
});
