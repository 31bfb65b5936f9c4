import { describe, expect, it } from "vitest";
import { minimalDocx, minimalPdf } from "@/test/helpers/documents";
import { extractResumeText } from "./extract-text";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("extractResumeText", () => {
  it("reads plain text", async () => {
    await expect(
      extractResumeText({ input: { fileName: "cv.txt", bytes: bytes("Jane\r\nPython   \n\n\n\nSQL") } }),
    ).resolves.toEqual({
      text: "Jane\nPython\n\nSQL",
      kind: "txt",
    });
  });

  it("drops control characters such as NUL (past the binary check), which no database column can hold", async () => {
    const padding = "Python ".repeat(1000);
    const { text } = await extractResumeText({
      input: { fileName: "cv.txt", bytes: bytes(`Jane\t${padding}Ku\u0000ber\u0007netes`) },
    });
    expect(text).toBe(`Jane\t${padding}Kubernetes`);
  });

  it("reads PDF and Word documents", async () => {
    const lines = ["Jane Doe", "Senior engineer: Python (Django), Kubernetes"];
    const pdf = await extractResumeText({ input: { fileName: "Jane.PDF", bytes: minimalPdf(lines) } });
    expect(pdf.kind).toBe("pdf");
    expect(pdf.text).toContain("Jane Doe");
    expect(pdf.text).toContain("Python (Django), Kubernetes");
    const docx = await extractResumeText({ input: { fileName: "jane.docx", bytes: await minimalDocx(lines) } });
    expect(docx).toEqual({ text: "Jane Doe\n\nSenior engineer: Python (Django), Kubernetes", kind: "docx" });
  });

  it("refuses other types, renamed files, empty and oversized files with clear messages", async () => {
    await expect(extractResumeText({ input: { fileName: "cv.exe", bytes: bytes("MZ") } })).rejects.toThrow(
      /not a supported résumé file.*\.txt, \.pdf, \.docx/,
    );
    await expect(extractResumeText({ input: { fileName: "cv.pdf", bytes: bytes("just text") } })).rejects.toThrow(
      /does not look like a real \.pdf/,
    );
    await expect(extractResumeText({ input: { fileName: "cv.txt", bytes: new Uint8Array() } })).rejects.toThrow(
      /empty/,
    );
    await expect(
      extractResumeText({ input: { fileName: "cv.txt", bytes: new Uint8Array(5 * 1024 * 1024 + 1).fill(65) } }),
    ).rejects.toMatchObject({ status: 413 });
  });
});
