// Job signals: logged and monitored for drift, never weighted (a score must not depend on who handles a
// job or when it opened).

export function categoryOf(value: string | null | undefined): string {
  const normalised = value?.trim().toLowerCase().replace(/\s+/g, " ");
  return normalised ? normalised.slice(0, 100) : "unknown";
}
