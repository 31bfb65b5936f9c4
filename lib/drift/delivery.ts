import "server-only";
import type { Env } from "@/lib/env";
import type { DriftAlert } from "./alert-message";
import { sendAlertEmail } from "./email";
import { postWebhook } from "./webhook";
import type { DeliveryResult } from "./delivery-result";

// Where drift alerts go: a Slack-compatible incoming webhook, e-mail over SMTP, both, or nowhere.

export interface AlertChannel {
  name: "webhook" | "email";
  deliver(alert: DriftAlert): Promise<DeliveryResult>;
}

type AlertSettings = Pick<
  Env,
  "DRIFT_ALERT_WEBHOOK_URL" | "SMTP_URL" | "DRIFT_ALERT_EMAIL_TO" | "DRIFT_ALERT_EMAIL_FROM" | "DRIFT_ALERT_TIMEOUT_MS"
>;

export function alertChannels(settings: AlertSettings): AlertChannel[] {
  const channels: AlertChannel[] = [];
  const { DRIFT_ALERT_WEBHOOK_URL: webhookUrl, SMTP_URL: smtpUrl, DRIFT_ALERT_EMAIL_TO: to } = settings;
  const timeoutMs = settings.DRIFT_ALERT_TIMEOUT_MS;
  if (webhookUrl) {
    channels.push({
      name: "webhook",
      deliver: (alert) => postWebhook(webhookUrl, { text: alert.text, blocks: alert.blocks }, timeoutMs),
    });
  }
  if (smtpUrl && to) {
    channels.push({
      name: "email",
      deliver: (alert) => sendAlertEmail({ smtpUrl, from: settings.DRIFT_ALERT_EMAIL_FROM, to, timeoutMs }, alert),
    });
  }
  return channels;
}
