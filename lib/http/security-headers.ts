// The per-response headers of pages (next.config.mjs adds the fixed ones to every response). Scripts run
// only with this response's nonce (Next.js puts it on its scripts; 'strict-dynamic' lets those load the
// rest). HSTS only where the app is served over https: it pins the host to https for a year.

export interface PageSecurityOptions {
  nonce: string;
  /** The app is served over https (APP_URL): send HSTS and upgrade any http subresource. */
  https: boolean;
  /** `next dev` needs eval (React's debugging) and a websocket for hot reload. */
  development: boolean;
}

export function contentSecurityPolicy({ nonce, https, development }: PageSecurityOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // React and charts set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function pageSecurityHeaders(options: PageSecurityOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  return btoa(crypto.randomUUID());
}
