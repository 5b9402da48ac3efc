// Response headers that keep pages from being framed, from running injected script, and from using browser
// features the dashboard never needs. The proxy sets them on every answer; Next.js reads the nonce back from the
// request's Content-Security-Policy and puts it on its own scripts (pages are rendered per request).

/** A fresh, unguessable nonce per request (128 bits, base64). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * Scripts: only this server's, each carrying the nonce ('strict-dynamic' lets them load their chunks). Styles:
 * Tailwind's stylesheet plus style attributes React renders (bar widths, virtual scrolling offsets), which a nonce
 * cannot cover. Development adds 'unsafe-eval' for React's debugging (never in production).
 */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === 'development'): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/** Browser features the dashboard does not use, switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'interest-cohort=()',
].join(', ');

/** Sent only on answers over https (a browser ignores it over http, and it would pin a dev host to https). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';
