/**
 * One Content-Security-Policy for the renderer, used by web mode's headers and Electron's
 * session. No 'unsafe-eval', no inline scripts, nothing from the network.
 * 'unsafe-inline' for styles only: Lexical and React set style attributes on nodes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
