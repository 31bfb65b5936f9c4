import "server-only";
import mammoth from "mammoth";
import { extractText } from "unpdf";
import { Invalid, PayloadTooLarge, UnsupportedMediaType } from "@/lib/errors";

export const MAX_RESUME_FILE_BYTES = 5 * 1024 * 1024;
export const RESUME_FILE_TYPES = [".txt", ".pdf", ".docx"] as const;

type Kind = "txt" | "pdf" | "docx";

// The extension must agree with the content: a renamed file is refused rather than misread.
function kindOf(fileName: string, bytes: Uint8Array): Kind {
  const extension = fileName.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? "";
  const isPdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // %PDF
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04; // PK..
  if (extension === ".pdf" && isPdf) return "pdf";
  if (extension === ".docx" && isZip) return "docx";
  if (extension === ".txt" && !isPdf && !isZip && !bytes.subarray(0, 4096).includes(0)) return "txt";
  const supported = RESUME_FILE_TYPES.join(", ");
  throw new UnsupportedMediaType(
    (RESUME_FILE_TYPES as readonly string[]).includes(extension)
      ? `${fileName} does not look like a real ${extension} file.`
      : `${fileName || "This file"} is not a supported résumé file. Upload ${supported}, or paste the text.`,
  );
}

/** The text of an uploaded résumé (.txt, .pdf or .docx, at most 5 MB), read server-side. */
export async function extractResumeText({
  input,
}: {
  input: { fileName: string; bytes: Uint8Array };
}): Promise<{ text: string; kind: Kind }> {
  if (input.bytes.byteLength > MAX_RESUME_FILE_BYTES) {
    throw new PayloadTooLarge(
      `The file is ${(input.bytes.byteLength / 1024 / 1024).toFixed(1)} MB; résumés may be at most 5 MB.`,
    );
  }
  if (input.bytes.byteLength === 0) throw new Invalid("The file is empty.");
  const kind = kindOf(input.fileName, input.bytes);
  const text = await read(kind, input.bytes).catch(() => {
    throw new Invalid(`${input.fileName} could not be read; it may be damaged or password-protected.`);
  });
  // Control characters (NUL above all, which the database refuses) are noise from the file format, not text.
  const normalised = text
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (!normalised) throw new Invalid(`${input.fileName} contains no text (a scanned image?). Paste the text instead.`);
  return { text: normalised, kind };
}

async function read(kind: Kind, bytes: Uint8Array): Promise<string> {
  if (kind === "txt") return new TextDecoder("utf-8").decode(bytes);
  if (kind === "pdf") return (await extractText(new Uint8Array(bytes), { mergePages: true })).text;
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}
