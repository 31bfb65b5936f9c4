import "server-only";
import { notFound } from "next/navigation";
import { isUnstorableTextError } from "@/lib/db";
import { NotFound } from "@/lib/errors";

/** A page's record, or Next's 404 page when the domain says it does not exist (or the id cannot exist). */
export async function orNotFound<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof NotFound || isUnstorableTextError(error)) notFound();
    throw error;
  }
}
