import { describe, expect, it } from "vitest";
import type { RankingEntry } from "./rank-entries";
import { FALLEN_UP_TO, newSaves, type RefreshableRanking, refreshedRanking, type Save } from "./ranking-refresh";

const entry = (candidateId: string, logit: number) => ({ candidateId, logit }) as RankingEntry;
const shown = (ranking: RefreshableRanking | null) => ranking?.entries.map((e) => `${e.candidateId}:${e.logit}`);
const ranking = (entries: RankingEntry[], fallen = 0): RefreshableRanking => ({
  entries,
  watermark: "2026-12-07 10:00:00",
  accounted: new Map([["b", "2026-12-07 09:59:00"]]),
  fallen,
});
const save = (id: string, savedAt: string, kept = true): Save => ({ id, savedAt, kept });

describe("newSaves", () => {
  it("leaves out the saves the ranking scored already, and gives those the filters keep", () => {
    const saves = [
      save("a", "2026-12-07 10:01:00"),
      save("b", "2026-12-07 09:59:00"),
      save("c", "2026-12-07 10:02:00", false),
    ];
    const { saved, kept } = newSaves(ranking([]), saves);
    expect([...saved]).toEqual(["a", "c"]);
    expect(kept).toEqual(["a"]);
    // Saved again since it was scored: a save of its own.
    expect([...newSaves(ranking([]), [save("b", "2026-12-07 10:03:00")]).saved]).toEqual(["b"]);
  });
});

describe("refreshedRanking", () => {
  const computed = ranking([entry("a", 3), entry("b", 2), entry("c", 1)]);
  const everyone = new Set(["a", "b", "c", "d"]);
  const saves = [save("b", "2026-12-07 10:01:00"), save("d", "2026-12-07 10:02:00")];
  const change = { saves, saved: new Set(["b", "d"]), stored: everyone, watermark: "2026-12-07 10:02:00" };

  it("keeps the unsaved entries, replaces the saved ones and adds those saved anew, best first", () => {
    const refreshed = refreshedRanking(computed, { ...change, rescored: [entry("b", 2.5), entry("d", 4)] });
    expect(shown(refreshed)).toEqual(["d:4", "a:3", "b:2.5", "c:1"]);
    expect(refreshed?.watermark).toBe("2026-12-07 10:02:00");
    expect([...refreshed!.accounted]).toEqual(saves.map((s) => [s.id, s.savedAt]));
    expect(refreshed?.fallen).toBe(0);
  });

  it("drops the removed and the saved the filters no longer keep, counting them as fallen", () => {
    const refreshed = refreshedRanking(computed, {
      ...change,
      saved: new Set(["b"]),
      stored: new Set(["b", "c"]),
      rescored: [],
    });
    expect(shown(refreshed)).toEqual(["c:1"]);
    expect(refreshed?.fallen).toBe(2);
  });

  it("gives up once more entries fell since it was computed than a refresh keeps exact", () => {
    const lower = [entry("b", 1.5)];
    expect(refreshedRanking(ranking(computed.entries, FALLEN_UP_TO - 1), { ...change, rescored: lower })?.fallen).toBe(
      FALLEN_UP_TO,
    );
    expect(refreshedRanking(ranking(computed.entries, FALLEN_UP_TO), { ...change, rescored: lower })).toBeNull();
    // Scoring the same or higher again is no fall.
    expect(
      refreshedRanking(ranking(computed.entries, FALLEN_UP_TO), { ...change, rescored: [entry("b", 2)] }),
    ).not.toBeNull();
  });
});
