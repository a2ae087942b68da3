/** Reads a Netlify/Cloudflare-style _headers file: a path pattern line, then indented headers. */

export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      if (at > 0) rules.at(-1)?.headers.push([line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** Headers that apply to a path (site-relative, starting with /). */
export function headersFor(rules: readonly HeaderRule[], sitePath: string): [string, string][] {
  return rules.filter((r) => r.pattern.test(sitePath)).flatMap((r) => r.headers);
}
