import examples from "./examples.json";

/** One operation's example: a real request and the answer it got (`npm run openapi:examples` records them). */
export interface OperationExample {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** The file of an upload operation (multipart/form-data). */
  upload?: { file_name: string; content_type: string };
  response: unknown;
}

/** Examples by operation id, recorded from the real route handlers on the demo data. */
export const operationExamples: Readonly<Record<string, OperationExample>> = examples as Record<
  string,
  OperationExample
>;
