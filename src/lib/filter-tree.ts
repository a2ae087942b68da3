/**
 * Which nodes the search page's category filter shows before "모두 보기": 전체, every node with
 * results for the query, and the chosen node with its ancestors (so the choice never disappears).
 * Counts add up the tree, so a node with results always has its ancestors shown too.
 */

/** Ids of the nodes to show by default ('' = 전체); `children('')` gives the services. */
export function nodesWithResults(children: (id: string) => string[], counts: ReadonlyMap<string, number>, chosen: string): Set<string> {
  const shown = new Set<string>(['']);
  const walk = (id: string, ancestors: string[]) => {
    if ((counts.get(id) ?? 0) > 0 || id === chosen) for (const node of [...ancestors, id]) shown.add(node);
    for (const kid of children(id)) walk(kid, [...ancestors, id]);
  };
  for (const service of children('')) walk(service, []);
  return shown;
}
