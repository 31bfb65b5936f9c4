import "server-only";
import nodemailer from "nodemailer";
import type { DeliveryResult } from "./delivery-result";

// E-mails an alert over SMTP. SMTP_URL carries the account's password, so like the webhook URL it appears
// in no error and no log line: failures are described by their SMTP error code only.

export interface EmailSettings {
  smtpUrl: string;
  from: string;
  to: string[];
  timeoutMs: number;
}

export async function sendAlertEmail(
  settings: EmailSettings,
  mail: { subject: string; text: string },
): Promise<DeliveryResult> {
  const transport = nodemailer.createTransport({
    url: settings.smtpUrl,
    connectionTimeout: settings.timeoutMs,
    greetingTimeout: settings.timeoutMs,
    socketTimeout: settings.timeoutMs,
  });
  try {
    await transport.sendMail({ from: settings.from, to: settings.to, subject: mail.subject, text: mail.text });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: describeFailure(error) };
  } finally {
    transport.close();
  }
}

function describeFailure(error: unknown): string {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const name = typeof code === "string" && /^[A-Z_]+$/.test(code) ? code : "unknown error";
  return typeof responseCode === "number"
    ? `the SMTP server refused (${name}, ${responseCode})`
    : `SMTP failed (${name})`;
}
