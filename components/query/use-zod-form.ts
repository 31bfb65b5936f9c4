"use client";

import { useState } from "react";
import type { z } from "zod";
import { ApiError } from "./fetch-json";

/**
 * Field errors for a form validated with the API's own zod schema: checked in the browser before
 * sending, and filled from the server's problem document when the API still refuses.
 */
export function useFieldErrors<T extends z.ZodType>(schema: T) {
  const [errors, setErrors] = useState<Record<string, string>>({});

  function validate(value: unknown): z.infer<T> | null {
    const parsed = schema.safeParse(value);
    if (parsed.success) {
      setErrors({});
      return parsed.data;
    }
    setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message])));
    return null;
  }

  function fromServer(error: unknown) {
    if (error instanceof ApiError) setErrors(error.fieldErrors);
  }

  return { errors, validate, fromServer, clear: () => setErrors({}) };
}
