// POST /api/resumes/text — the text of an uploaded résumé (.txt, .pdf, .docx; at most 5 MB)
import * as api from "@/lib/contracts/resumes";
import { Invalid } from "@/lib/errors";
import { readFormData } from "@/lib/http/body";
import { defineRoute } from "@/lib/http/route";
import { MAX_RESUME_FILE_BYTES, extractResumeText } from "@/lib/resumes";

// Room for the multipart envelope around a file of the maximum size.
const MAX_UPLOAD_BYTES = MAX_RESUME_FILE_BYTES + 64 * 1024;

export const POST = defineRoute(api.readResumeFile, async ({ request }) => {
  const file = (await readFormData(request, MAX_UPLOAD_BYTES)).get("file");
  if (!(file instanceof File))
    throw new Invalid("Attach the résumé as the form field named file.", [{ path: "file", message: "is required" }]);
  const { text, kind } = await extractResumeText({
    input: { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
  });
  return { file_name: file.name, kind, text };
});
