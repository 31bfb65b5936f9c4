/** What one alert channel reports back: delivered, or why not (never a URL or a password). */
export type DeliveryResult = { ok: true } | { ok: false; error: string };
