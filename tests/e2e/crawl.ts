import type { APIRequestContext } from '@playwright/test';

/**
 * Crawls a built site from `start` and checks every internal link, asset and #anchor: each must
 * answer 200 and stay under the start's path (the base). Returns what is wrong and every page read.
 */
export async function crawlSite(request: APIRequestContext, start: string): Promise<{ problems: string[]; pages: Map<string, string> }> {
  const root = new URL(start);
  const queue = [root.href];
  const visited = new Map<string, string>(); // url → html
  const problems: string[] = [];
  const anchors: { from: string; url: string; id: string }[] = [];

  while (queue.length) {
    const url = queue.shift()!;
    if (visited.has(url)) continue;
    const response = await request.get(url);
    const type = response.headers()['content-type'] ?? '';
    if (response.status() !== 200) {
      problems.push(`${response.status()} ${url}`);
      visited.set(url, '');
      continue;
    }
    const html = type.includes('text/html') ? await response.text() : '';
    visited.set(url, html);
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (/^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
      const target = new URL(raw, url);
      if (target.origin !== root.origin) continue;
      if (!target.pathname.startsWith(root.pathname)) {
        problems.push(`outside the base: ${raw} on ${url}`);
        continue;
      }
      if (target.hash) anchors.push({ from: url, url: target.href.split('#')[0]!, id: decodeURIComponent(target.hash.slice(1)) });
      target.hash = '';
      if (!visited.has(target.href) && !queue.includes(target.href)) queue.push(target.href);
    }
  }
  for (const a of anchors) {
    const html = visited.get(a.url) ?? '';
    if (html && !html.includes(`id="${a.id}"`)) problems.push(`missing #${a.id} on ${a.url} (linked from ${a.from})`);
  }
  return { problems, pages: visited };
}
