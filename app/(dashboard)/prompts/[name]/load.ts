import "server-only";
import { notFound } from "next/navigation";
import { NotFound } from "@/lib/errors";

/** Runs a registry read; a missing prompt, version or comparison becomes the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
}
