import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of every response. The sign-in token lives in localStorage, so this
 * is the backstop against injected script: only the app's own files run. WASM (the badge
 * scanner's fallback decoder) needs 'wasm-unsafe-eval'; Mantine writes inline styles; camera
 * previews and QR codes are blob: and data: URLs. deploy/nginx/security-headers.conf sends the
 * same policy for the files nginx serves itself, and a test compares the two.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'manifest-src': ["'self'"],
  // No page is meant to be framed, the room display included: it runs full screen on the
  // projector's own browser.
  'frame-ancestors': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
};

/** Browser features only the app's own pages may ask for, and none the app never uses. */
export const PERMISSIONS_POLICY =
  'camera=(self), microphone=(self), display-capture=(self), geolocation=(), payment=(), usb=()';

/**
 * helmet's set, tuned: invitation links carry their token in the URL, so no page leaks its URL
 * as a referrer. HSTS is the TLS proxy's to send: embedded `npm start` is plain http on
 * localhost, where HSTS would only pin localhost to https.
 */
export function securityHeaders(): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      strictTransportSecurity: false,
      referrerPolicy: { policy: 'no-referrer' },
      xFrameOptions: { action: 'deny' },
    }),
    (_request, response, next) => {
      response.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
      next();
    },
  ];
}
