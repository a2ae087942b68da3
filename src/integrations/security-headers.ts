/**
 * Writes <dist>/_headers (Netlify / Cloudflare Pages format) with the CSP and the usual hardening
 * headers, so hosts that read it enforce the same policy as the pages' <meta> tag.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerPolicy } from '../lib/csp.ts';

export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${headerPolicy()}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'doum-security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        fs.writeFileSync(path.join(fileURLToPath(dir), '_headers'), headersFile());
      },
    },
  };
}
