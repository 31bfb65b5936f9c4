// Contact details a résumé shows. Only their presence is used; the values are never stored as signals.

const EMAILS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const PHONE = /(?:\+|\b00)?\d[\d\s().-]{7,}\d/;
const LINKEDIN = /linkedin\.com\/(in|pub)\//i;
const STREET =
  /\b\d{1,5}\s+[A-Za-zÀ-ÿ.'-]+(?:\s+[A-Za-zÀ-ÿ.'-]+)*\s+(street|st\.|road|rd\.|avenue|ave\.|lane|boulevard|blvd|way|drive|strasse|straße|rue|via|calle)\b/i;
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{5}(?:-\d{4})?|\d{4}\s?[A-Z]{2})\b/;

export function contactSignals(text: string): {
  has_email: boolean;
  has_phone: boolean;
  has_linkedin: boolean;
  has_address: boolean;
} {
  const withoutEmails = text.replace(EMAILS, " ");
  const digitsOnly = (withoutEmails.match(PHONE)?.[0] ?? "").replace(/\D/g, "");
  return {
    // Blanking changed the text exactly when it holds an address: the pattern is not run again.
    has_email: withoutEmails !== text,
    // Nine or more digits, so years ("2018–2021") and ranges are not phone numbers.
    has_phone: digitsOnly.length >= 9 && !/^(19|20)\d{2}(19|20)\d{2}$/.test(digitsOnly),
    has_linkedin: LINKEDIN.test(text),
    has_address: STREET.test(text) || POSTCODE.test(text),
  };
}
