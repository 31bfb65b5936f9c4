import type { QueryClient, QueryFilters } from "@tanstack/react-query";

/**
 * After a write, reads the matching queries again. invalidateQueries alone joins a first load still
 * in flight (it only restarts fetches of queries that already hold data), so a list whose first
 * load began before the write would show the world without it; cancelling first restarts that load.
 */
export async function refreshAfterWrite(client: QueryClient, filters: QueryFilters): Promise<void> {
  await client.cancelQueries(filters);
  await client.invalidateQueries(filters);
}
