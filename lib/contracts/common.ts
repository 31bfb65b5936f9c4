import { z } from "zod";
import { EARLIEST_ACCEPTED_DATE, LATEST_ACCEPTED_DATE, isAcceptedDate } from "@/lib/util/dates";
import { isStorableText } from "@/lib/util/storable-text";

export const isoDateTime = z.iso.datetime({ offset: true });

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A date a caller sets: ISO 8601 with an offset, and within the range every part of the app can show. */
export const acceptedDateTime = isoDateTime.refine((value) => isAcceptedDate(new Date(value)), {
  message: `must be between ${day(EARLIEST_ACCEPTED_DATE)} and ${day(LATEST_ACCEPTED_DATE)} (UTC)`,
});

export const idParams = z.object({ id: z.string().min(1).max(64) });

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

/** Trimmed text of bounded length; empty after trimming counts as missing. */
export function text(max: number) {
  return z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);
}

/** Search and page number from a list page's URL; anything malformed falls back to the defaults. */
export const listPageParams = z.object({
  q: z.string().trim().max(200).refine(isStorableText).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
