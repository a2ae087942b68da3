/** Peak resident memory and CPU time of a process and all its descendants, sampled from /proc (Linux). */
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

/** User + system CPU seconds a process has used so far (0 once it is gone). */
function cpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** Current RSS of `pid` plus every descendant, of the largest single process, and CPU time per process. */
function treeRss(pid: number): { total: number; largest: number; cpu: Map<number, number> } {
  const kids = children();
  let total = 0;
  let largest = 0;
  const cpu = new Map<number, number>();
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    const rss = rssBytes(p);
    total += rss;
    largest = Math.max(largest, rss);
    cpu.set(p, cpuSeconds(p));
    stack.push(...(kids.get(p) ?? []));
  }
  return { total, largest, cpu };
}

/**
 * Samples the tree every `intervalMs` until stopped; returns the peaks of the tree and of one
 * process, and the CPU seconds the tree used (as last sampled: a machine shared with other work
 * stretches wall time far more than CPU time).
 */
export function watchPeak(pid: number, intervalMs = 100): () => { tree: number; largest: number; cpuSeconds: number } {
  const peak = { tree: 0, largest: 0 };
  const cpu = new Map<number, number>();
  const timer = setInterval(() => {
    const now = treeRss(pid);
    peak.tree = Math.max(peak.tree, now.total);
    peak.largest = Math.max(peak.largest, now.largest);
    for (const [p, seconds] of now.cpu) cpu.set(p, Math.max(cpu.get(p) ?? 0, seconds));
  }, intervalMs);
  return () => {
    clearInterval(timer);
    return { ...peak, cpuSeconds: [...cpu.values()].reduce((sum, s) => sum + s, 0) };
  };
}
