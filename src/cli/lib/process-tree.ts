/** Peak resident memory of a process and all its descendants, sampled from /proc (Linux). */
import fs from 'node:fs';

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(entry));
      map.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Current RSS of `pid` plus every descendant, and of the largest single process among them. */
export function treeRss(pid: number): { total: number; largest: number } {
  const kids = children();
  let total = 0;
  let largest = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    const rss = rssBytes(p);
    total += rss;
    largest = Math.max(largest, rss);
    stack.push(...(kids.get(p) ?? []));
  }
  return { total, largest };
}

/** Samples the tree every `intervalMs` until stopped; returns the peaks of the tree and of one process. */
export function watchPeak(pid: number, intervalMs = 100): () => { tree: number; largest: number } {
  const peak = { tree: 0, largest: 0 };
  const timer = setInterval(() => {
    const now = treeRss(pid);
    peak.tree = Math.max(peak.tree, now.total);
    peak.largest = Math.max(peak.largest, now.largest);
  }, intervalMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
