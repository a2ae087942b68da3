/**
 * Builds doum's search index from the FAQ documents: pure data in, files (uncompressed bytes) out.
 * The integration reads the built HTML into `IndexDocument`s and writes what this returns.
 */
import type { CategoryTree } from '../category-tree.ts';
import { compareByTitle } from '../sorting.ts';
import { choseongKey, collectEvidence, corpusStemmer, docWords, documentTerms } from './analyze.ts';
import {
  encodeChoseongChunks,
  encodeTermChunks,
  FIELD_CRUMB,
  FIELD_TAG,
  FIELD_TITLE,
  PART_ONLY,
  TERM_KEYWORD,
  TERM_WHOLE,
  type ChoseongEntry,
  type DocRecord,
  type SearchManifest,
  type TermEntry,
} from './index-format.ts';
import type { SynonymRule } from './synonyms.ts';

export interface IndexDocument {
  id: string;
  title: string;
  tags: string[];
  /** Id of the subcategory. */
  category: string;
  /** YYYY-MM-DD. */
  updated: string;
  /** Plain text of the answer. */
  body: string;
}

export interface BuiltIndex {
  manifest: SearchManifest;
  /** Path under the build's chunk directory → bytes (the integration compresses and places them). */
  files: Map<string, Uint8Array>;
  stats: { documents: number; terms: number; postings: number; termChunks: number; choseongKeys: number };
}

/** Uncompressed target size of one chunk (about 5–7 KB gzip'd): small, since a query loads a few. */
const CHUNK_BYTES = 14_000;
const DAY_MS = 86_400_000;

export function buildSearchIndex(documents: readonly IndexDocument[], tree: CategoryTree, synonyms: readonly SynonymRule[]): BuiltIndex {
  // Doc ids follow the tree, so every node (service, category, subcategory) is one id range and
  // counting matches per node needs no per-document table.
  const treeOrder = [...tree.byId.values()];
  const position = new Map(treeOrder.map((node, i) => [node.id, i]));
  const ordered = [...documents].sort(
    (a, b) => position.get(a.category)! - position.get(b.category)! || (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.id < b.id ? -1 : 1),
  );

  const crumbsOf = (category: string) => tree.byId.get(category)!.trail.map((n) => n.name);
  const fields = ordered.map((doc) => docWords({ title: doc.title, tags: doc.tags, crumbs: crumbsOf(doc.category), body: doc.body }));

  const evidence = collectEvidence(
    (function* () {
      for (const f of fields) for (const words of [f.title, ...f.tags, ...f.crumbs, f.body]) yield* words;
    })(),
  );
  const stem = corpusStemmer(evidence);

  const dictionary = new Map<string, TermEntry>();
  let postings = 0;
  const monos = new Set<string>();
  fields.forEach((f, doc) => {
    const terms = documentTerms(f, stem);
    const titleLength = [...terms.values()].filter((t) => t.flags & FIELD_TITLE && !(t.flags & PART_ONLY)).length;
    for (const [term, t] of terms) {
      let entry = dictionary.get(term);
      if (!entry) dictionary.set(term, (entry = { term, flags: 0, postings: [] }));
      if (!(t.flags & PART_ONLY)) entry.flags |= TERM_WHOLE;
      if (t.flags & (FIELD_TITLE | FIELD_TAG | FIELD_CRUMB)) entry.flags |= TERM_KEYWORD;
      entry.postings.push({ doc, flags: t.flags, titleLength });
      postings++;
      if (term.length === 1 && evidence.mono(term)) monos.add(term);
    }
  });

  const entries = [...dictionary.values()].sort((a, b) => (a.term < b.term ? -1 : 1));
  const termChunks = encodeTermChunks(entries, CHUNK_BYTES);

  const choseong = new Map<string, { term: string; df: number }[]>();
  for (const entry of entries) {
    if (!(entry.flags & TERM_KEYWORD) || !(entry.flags & TERM_WHOLE)) continue;
    const key = choseongKey(entry.term);
    if (!key) continue;
    let list = choseong.get(key);
    if (!list) choseong.set(key, (list = []));
    list.push({ term: entry.term, df: entry.postings.length });
  }
  const choseongEntries: ChoseongEntry[] = [...choseong.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, terms]) => ({ key, terms: terms.sort((a, b) => b.df - a.df) }));
  const choseongChunks = encodeChoseongChunks(choseongEntries, CHUNK_BYTES);

  const files = new Map<string, Uint8Array>();
  termChunks.forEach((chunk, i) => files.set(`t${i}.bin`, chunk.bytes));
  choseongChunks.forEach((chunk, i) => files.set(`c${i}.bin`, chunk.bytes));

  const encoder = new TextEncoder();
  ordered.forEach((doc, i) => {
    const record: DocRecord = { id: doc.id, t: doc.title, c: position.get(doc.category)!, u: doc.updated, b: excerptSource(doc.body) };
    files.set(`d/${i}.bin`, encoder.encode(JSON.stringify(record)));
  });

  // Sort keys for 최신순 and 가나다순: two uint16 per document, read only when those sorts are used.
  const titleRank = new Map(
    ordered
      .map((doc, i) => ({ id: doc.id, title: doc.title, updated: new Date(doc.updated), i }))
      .sort(compareByTitle)
      .map((d, rank) => [d.i, rank]),
  );
  const sortKeys = new Uint16Array(ordered.length * 2);
  ordered.forEach((doc, i) => {
    sortKeys[i * 2] = Math.max(0, Math.round((Date.parse(`${doc.updated}T00:00:00Z`) - Date.UTC(2000, 0, 1)) / DAY_MS));
    sortKeys[i * 2 + 1] = titleRank.get(i)!;
  });
  files.set('sort.bin', new Uint8Array(sortKeys.buffer));

  const ranges = nodeRanges(treeOrder, ordered.map((d) => d.category));
  const manifest: SearchManifest = {
    v: 1,
    dir: '',
    n: ordered.length,
    nodes: treeOrder.map((node, i) => [node.id, node.name, node.parent ? position.get(node.parent.id)! : -1, ranges[i]![0], ranges[i]![1]]),
    terms: termChunks.map((c) => c.first),
    cho: choseongChunks.map((c) => c.first),
    mono: [...monos].sort(),
    syn: synonyms.map((rule) => [rule.from, rule.to, rule.twoWay ? 1 : 0]),
  };
  return {
    manifest,
    files,
    stats: { documents: ordered.length, terms: entries.length, postings, termChunks: termChunks.length, choseongKeys: choseongEntries.length },
  };
}

/**
 * The answer text kept for result excerpts. Very long pages keep their first MAX_EXCERPT_SOURCE
 * characters (the article page itself is complete): excerpts are short, and a results page must not
 * download whole manuals.
 */
const MAX_EXCERPT_SOURCE = 5_000;

function excerptSource(body: string): string {
  if (body.length <= MAX_EXCERPT_SOURCE) return body;
  const cut = body.lastIndexOf(' ', MAX_EXCERPT_SOURCE);
  return `${body.slice(0, cut > 0 ? cut : MAX_EXCERPT_SOURCE)} …`;
}

/** [first doc, end doc) of every node, given each doc's subcategory in doc-id order. */
function nodeRanges(nodes: readonly { id: string; trail: { id: string }[] }[], docCategories: readonly string[]): [number, number][] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ranges = new Map<string, [number, number]>();
  docCategories.forEach((category, doc) => {
    for (const ancestor of byId.get(category)!.trail) {
      const r = ranges.get(ancestor.id);
      if (r) r[1] = doc + 1;
      else ranges.set(ancestor.id, [doc, doc + 1]);
    }
  });
  return nodes.map((n) => ranges.get(n.id) ?? [0, 0]);
}
