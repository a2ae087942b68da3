/**
 * doum's search index on disk: small gzip'd binary chunks that the browser fetches on demand.
 *
 * - Term chunks: a sorted, front-coded dictionary slice; each term carries its postings
 *   (doc id delta, field flags, title length). A query loads only the chunks its words fall in.
 * - 초성 chunks: 초성 key → the keyword terms (title, tags, categories) that have it.
 * Encoding (here) and decoding (browser) live side by side so they cannot drift apart.
 */

/** Field flags of one posting. */
export const FIELD_TITLE = 1;
export const FIELD_TAG = 2;
export const FIELD_CRUMB = 4;
export const FIELD_BODY = 8;
/** Body term frequency bucket (0–7): bits 4–5 hold the low two bits, bit 7 the high one. */
const TF_LOW = 4;
const TF_HIGH = 128;

/** Occurrences in the body → bucket: 0, 1, 2, 3, 4–5, 6–8, 9–14, 15+. */
export function tfBucket(count: number): number {
  return count <= 3 ? count : count <= 5 ? 4 : count <= 8 ? 5 : count <= 14 ? 6 : 7;
}

export function encodeTf(bucket: number): number {
  return ((bucket & 3) << TF_LOW) | (bucket & 4 ? TF_HIGH : 0);
}

export function decodeTf(flags: number): number {
  return ((flags >> TF_LOW) & 3) | (flags & TF_HIGH ? 4 : 0);
}
/** The term occurs only inside a longer word (부분환불 → 환불), not as a word of its own. */
export const PART_ONLY = 64;

/** Term flags. */
export const TERM_WHOLE = 1;
export const TERM_KEYWORD = 2;

export interface Posting {
  doc: number;
  flags: number;
  /** Number of distinct words in the doc's title (only when FIELD_TITLE is set). */
  titleLength: number;
}

export interface TermEntry {
  term: string;
  flags: number;
  postings: Posting[];
}

export interface ChoseongEntry {
  key: string;
  terms: { term: string; df: number }[];
}

class Writer {
  private bytes: number[] = [];
  varint(n: number): void {
    while (n >= 0x80) {
      this.bytes.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    this.bytes.push(n);
  }
  byte(n: number): void {
    this.bytes.push(n & 0xff);
  }
  chars(s: string): void {
    this.varint(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this.bytes.push(c & 0xff, c >> 8);
    }
  }
  get length(): number {
    return this.bytes.length;
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export class Reader {
  offset = 0;
  private readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }
  varint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.bytes[this.offset++]!;
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 128;
    }
  }
  byte(): number {
    return this.bytes[this.offset++]!;
  }
  chars(): string {
    const length = this.varint();
    let s = '';
    for (let i = 0; i < length; i++) {
      s += String.fromCharCode(this.bytes[this.offset]! | (this.bytes[this.offset + 1]! << 8));
      this.offset += 2;
    }
    return s;
  }
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * Cuts sorted entries into chunks of about `targetBytes` (before compression). Each chunk is the
 * entry count followed by the entries as `write` encodes them; `key` names the chunk's first one.
 */
function encodeChunks<T>(entries: readonly T[], targetBytes: number, key: (entry: T) => string, write: (out: Writer, entry: T, previous: T | undefined) => void): { first: string; bytes: Uint8Array }[] {
  const chunks: { first: string; bytes: Uint8Array }[] = [];
  let start = 0;
  while (start < entries.length) {
    const body = new Writer();
    let end = start;
    while (end < entries.length && (end === start || body.length < targetBytes)) {
      write(body, entries[end]!, end > start ? entries[end - 1] : undefined);
      end++;
    }
    const head = new Writer();
    head.varint(end - start);
    const a = head.done();
    const b = body.done();
    const bytes = new Uint8Array(a.length + b.length);
    bytes.set(a);
    bytes.set(b, a.length);
    chunks.push({ first: key(entries[start]!), bytes });
    start = end;
  }
  return chunks;
}

/** Encodes sorted term entries: front-coded terms, each with its postings. */
export function encodeTermChunks(entries: readonly TermEntry[], targetBytes: number): { first: string; bytes: Uint8Array }[] {
  return encodeChunks(entries, targetBytes, (e) => e.term, (body, { term, flags, postings }, previous) => {
    const shared = sharedPrefix(previous?.term ?? '', term);
    body.varint(shared);
    body.chars(term.slice(shared));
    body.byte(flags);
    body.varint(postings.length);
    let last = 0;
    for (const p of postings) {
      body.varint(p.doc - last);
      last = p.doc;
      body.byte(p.flags);
      if (p.flags & FIELD_TITLE) body.varint(p.titleLength);
    }
  });
}

/** A decoded term chunk: terms in order, postings decoded only when asked for. */
export class TermChunk {
  readonly terms: string[] = [];
  readonly flags: number[] = [];
  readonly df: number[] = [];
  private readonly offsets: number[] = [];
  private readonly reader: Reader;
  private readonly cache = new Map<number, Posting[]>();

  constructor(bytes: Uint8Array) {
    const r = (this.reader = new Reader(bytes));
    const count = r.varint();
    let previous = '';
    for (let i = 0; i < count; i++) {
      const shared = r.varint();
      const term = previous.slice(0, shared) + r.chars();
      const flags = r.byte();
      const df = r.varint();
      this.terms.push(term);
      this.flags.push(flags);
      this.df.push(df);
      this.offsets.push(r.offset);
      for (let j = 0; j < df; j++) {
        r.varint();
        if (r.byte() & FIELD_TITLE) r.varint();
      }
      previous = term;
    }
  }

  /** Index of `term`, or -1. */
  find(term: string): number {
    let lo = 0;
    let hi = this.terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = this.terms[mid]!;
      if (t === term) return mid;
      if (t < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Indexes of terms in [from, to). */
  range(from: string, to: string): number[] {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.terms[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < this.terms.length && this.terms[i]! < to; i++) out.push(i);
    return out;
  }

  postings(index: number): Posting[] {
    let list = this.cache.get(index);
    if (list) return list;
    const r = this.reader;
    r.offset = this.offsets[index]!;
    list = [];
    let doc = 0;
    for (let j = 0; j < this.df[index]!; j++) {
      doc += r.varint();
      const flags = r.byte();
      list.push({ doc, flags, titleLength: flags & FIELD_TITLE ? r.varint() : 0 });
    }
    this.cache.set(index, list);
    return list;
  }
}

/** Encodes sorted 초성 entries: each key with the terms that have it. */
export function encodeChoseongChunks(entries: readonly ChoseongEntry[], targetBytes: number): { first: string; bytes: Uint8Array }[] {
  return encodeChunks(entries, targetBytes, (e) => e.key, (body, { key, terms }) => {
    body.chars(key);
    body.varint(terms.length);
    for (const t of terms) {
      body.chars(t.term);
      body.varint(t.df);
    }
  });
}

export function decodeChoseongChunk(bytes: Uint8Array): ChoseongEntry[] {
  const r = new Reader(bytes);
  const count = r.varint();
  const out: ChoseongEntry[] = [];
  for (let i = 0; i < count; i++) {
    const key = r.chars();
    const n = r.varint();
    const terms = [];
    for (let j = 0; j < n; j++) terms.push({ term: r.chars(), df: r.varint() });
    out.push({ key, terms });
  }
  return out;
}

/** Index of the chunk whose first key is the greatest one ≤ key (keys sorted ascending). */
export function chunkFor(firsts: readonly string[], key: string): number {
  let lo = 0;
  let hi = firsts.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (firsts[mid]! <= key) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Chunk indexes that may hold keys in [from, to). */
export function chunksForRange(firsts: readonly string[], from: string, to: string): number[] {
  const start = chunkFor(firsts, from);
  const out = [start];
  for (let i = start + 1; i < firsts.length && firsts[i]! < to; i++) out.push(i);
  return out;
}

/** What the browser reads first: everything needed to plan a query. */
export interface SearchManifest {
  /** Format version. */
  v: 1;
  /** Directory of this build's chunks, relative to the index root. */
  dir: string;
  /** Number of documents. */
  n: number;
  /** Tree nodes in tree order: [id, name, parent index or -1, first doc, end doc]. */
  nodes: [string, string, number, number, number][];
  /** First term of each term chunk. */
  terms: string[];
  /** First key of each 초성 chunk. */
  cho: string[];
  /** One-syllable nouns the corpus uses with particles (봇, 키). */
  mono: string[];
  /** Synonyms: [words the visitor may type, words to search for, both directions?]. */
  syn: [string[], string[], 0 | 1][];
}

/** One document as the results list needs it. */
export interface DocRecord {
  /** FAQ id (URL slug). */
  id: string;
  /** Title (the question). */
  t: string;
  /** Index of its subcategory in manifest.nodes. */
  c: number;
  /** Updated, YYYY-MM-DD. */
  u: string;
  /** Body text, for excerpts. */
  b: string;
}
