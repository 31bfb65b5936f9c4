import "server-only";
import { Invalid, PayloadTooLarge, UnsupportedMediaType } from "@/lib/errors";

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads a JSON body, refusing anything over `limit` bytes before it is buffered in full. Returns the
 * parsed value and the text it was parsed from (handlers that keep a verbatim snapshot use the text).
 */
export async function readJsonBody(
  request: Request,
  limit = MAX_BODY_BYTES,
): Promise<{ value: unknown; text: string }> {
  const text = await readJsonText(request, limit);
  return { value: parseJsonText(text), text };
}

/** The text of a JSON body (checked for type and size, not yet parsed). */
export async function readJsonText(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge(limit);
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
    throw new UnsupportedMediaType("Send the body as JSON, with the Content-Type header application/json.");
  }
  const text = await readText(request, limit);
  if (text.trim() === "") throw new Invalid("The request body is empty; a JSON document is required.");
  return text;
}

export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Invalid("The request body is not valid JSON.");
  }
}

/** Reads a multipart/form-data upload, refusing bodies over `limit` bytes before buffering them in full. */
export async function readFormData(request: Request, limit: number): Promise<FormData> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge(limit);
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(type)) throw new UnsupportedMediaType("Upload the file as multipart/form-data.");
  const bytes = await readBytes(request, limit);
  try {
    return await new Response(new Blob([Buffer.from(bytes)]), { headers: { "content-type": type } }).formData();
  } catch {
    throw new Invalid("The upload could not be read as multipart/form-data.");
  }
}

async function readText(request: Request, limit: number): Promise<string> {
  return Buffer.from(await readBytes(request, limit)).toString("utf8");
}

async function readBytes(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  // With a declared length (already checked against the limit) the runtime reads the body in one go.
  if (request.headers.has("content-length")) {
    const bytes = await request.arrayBuffer();
    if (bytes.byteLength > limit) throw tooLarge(limit);
    return new Uint8Array(bytes);
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(limit: number): PayloadTooLarge {
  const size = limit >= 1024 * 1024 ? `${limit / 1024 / 1024} MiB` : `${Math.round(limit / 1024)} KiB`;
  return new PayloadTooLarge(`The request body exceeds ${size}.`, { limit_bytes: limit });
}
