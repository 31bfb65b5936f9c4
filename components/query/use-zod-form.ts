"use client";

import { useState } from "react";
import type { z } from "zod";
import { ApiError } from "./fetch-json";
import { messagesByPath, validateForm } from "./form-messages";

/**
 * Field errors for a form validated with the API's own zod schema: checked in the browser before
 * sending (in plain words, see form-messages.ts), and filled from the server's problem document when
 * the API still refuses. The form as a whole has its errors under "".
 */
export function useFieldErrors<T extends z.ZodType>(schema: T) {
  const [errors, setErrors] = useState<Record<string, string>>({});

  function validate(value: unknown): z.infer<T> | null {
    const result = validateForm(schema, value);
    setErrors(result.errors ?? {});
    return result.data;
  }

  function fromServer(error: unknown) {
    if (!(error instanceof ApiError)) return;
    const issues = Object.entries(error.fieldErrors).map(([path, message]) => ({
      path: path === "(root)" ? [] : path.split("."),
      message,
    }));
    setErrors(messagesByPath(issues));
  }

  return { errors, validate, fromServer, clear: () => setErrors({}) };
}
