/**
 * Pagefind's page list, read from the pf_meta file Pagefind fetches when it starts (see
 * page-directory.ts for why doum needs it). Pagefind keeps the list inside its wasm, so doum reads
 * its own copy of the same response: no second request. The format is Pagefind 1.6's
 * (package.json pins the version, and a unit test reads a real file): gzip around the signature
 * `pagefind_dcd` and a CBOR array whose second item lists [hash, word count, …] per page.
 */

const SIGNATURE = 'pagefind_dcd';
const UNEXPECTED = 'Pagefind 색인 정보(pf_meta)의 형식이 doum이 아는 Pagefind 1.6과 다릅니다.';
/** Bytes before the data in every inflated Pagefind file (pf_meta, fragments, chunks). */
export const PAGEFIND_SIGNATURE_BYTES = SIGNATURE.length;

/** A pf_meta file (gzip, or already inflated by the host) → page hashes in page order. */
export async function pagefindPageHashes(file: Uint8Array): Promise<string[]> {
  return pageHashesOf(hasSignature(file) ? file : await gunzip(file));
}

/** An inflated pf_meta → page hashes in page order. */
export function pageHashesOf(meta: Uint8Array): string[] {
  if (!hasSignature(meta)) throw new Error(UNEXPECTED);
  const cbor = new CborReader(meta, SIGNATURE.length);
  cbor.arrayLength();
  cbor.skip(); // version
  const pages = cbor.arrayLength();
  const hashes: string[] = [];
  for (let i = 0; i < pages; i++) {
    const fields = cbor.arrayLength();
    hashes.push(cbor.text());
    for (let f = 1; f < fields; f++) cbor.skip();
  }
  return hashes;
}

/**
 * An inflated pf_meta with each page's word count replaced by `count(page number)`. Pagefind uses
 * the counts only to normalise scores by page length, which doum turns off
 * (PAGEFIND_RANKING.pageLength is 0), so doum writes 1 for every page: the counts are a fifth of
 * the compressed file, which every first search fetches (51.8 → 40.1 KB on 5,765 pages).
 */
export function withWordCounts(meta: Uint8Array, count: (page: number) => number): Uint8Array {
  if (!hasSignature(meta)) throw new Error(UNEXPECTED);
  const cbor = new CborReader(meta, SIGNATURE.length);
  cbor.arrayLength();
  cbor.skip(); // version
  const pages = cbor.arrayLength();
  const head = meta.subarray(0, cbor.position);
  const out: number[] = [];
  for (let i = 0; i < pages; i++) {
    const fields = cbor.arrayLength();
    const start = cbor.position;
    cbor.text();
    const hash = meta.subarray(start, cbor.position);
    cbor.skip(); // word count
    const rest = cbor.position;
    for (let f = 2; f < fields; f++) cbor.skip();
    out.push(...cborHead(4, fields), ...hash, ...cborHead(0, count(i)), ...meta.subarray(rest, cbor.position));
  }
  const tail = meta.subarray(cbor.position);
  const result = new Uint8Array(head.length + out.length + tail.length);
  result.set(head);
  result.set(out, head.length);
  result.set(tail, head.length + out.length);
  return result;
}

/** A CBOR item head (major type and length or value) in its shortest form. */
function cborHead(major: number, value: number): number[] {
  if (value < 24) return [(major << 5) | value];
  if (value < 0x100) return [(major << 5) | 24, value];
  if (value < 0x10000) return [(major << 5) | 25, value >> 8, value & 0xff];
  return [(major << 5) | 26, (value >>> 24) & 0xff, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/**
 * Starts watching for the pf_meta that Pagefind under `bundleUrl` fetches, before Pagefind is
 * loaded: its page hashes, read from a copy of Pagefind's own response. Pagefind on the main thread
 * (PAGEFIND_OPTIONS.noWorker) calls the global fetch, so the watch wraps it and passes every
 * request through unchanged.
 */
export function watchPagefindMeta(bundleUrl: string): Promise<string[]> {
  // Pagefind asks by its base path, which is site-relative in the browser. A URL that does not
  // resolve is not Pagefind's: left to fetch itself to refuse.
  const absolute = (url: string) => {
    try {
      return new URL(url, globalThis.location?.href).href;
    } catch {
      return '';
    }
  };
  const base = absolute(bundleUrl);
  const inner = globalThis.fetch;
  let settled = false;
  return new Promise((resolve, reject) => {
    globalThis.fetch = (input, init) => {
      const response = inner(input, init);
      const url = absolute(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      if (!settled && url.startsWith(base) && url.endsWith('.pf_meta')) {
        settled = true;
        response
          .then((r) => r.clone().arrayBuffer())
          .then((bytes) => pagefindPageHashes(new Uint8Array(bytes)))
          .then(resolve, reject);
      }
      return response;
    };
  });
}

function hasSignature(bytes: Uint8Array): boolean {
  for (let i = 0; i < SIGNATURE.length; i++) if (bytes[i] !== SIGNATURE.charCodeAt(i)) return false;
  return true;
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The few CBOR items pf_meta holds: unsigned integers, strings, arrays, maps. */
class CborReader {
  private readonly bytes: Uint8Array;
  /** Where the next item starts. */
  position: number;

  /** The major type of the item last read. */
  private major = 0;

  constructor(bytes: Uint8Array, start: number) {
    this.bytes = bytes;
    this.position = start;
  }

  /** The next item's value or length; its major type must be `major` when given. */
  private head(major?: number): number {
    const first = this.bytes[this.position++] ?? 0xff;
    const info = first & 31;
    // 24–27: the value follows in 1, 2, 4 or 8 bytes; 28–31 (indefinite lengths) never occur.
    const size = info < 24 ? 0 : info < 28 ? 2 ** (info - 24) : -1;
    this.major = first >> 5;
    if (size < 0 || (major !== undefined && this.major !== major)) throw new Error(UNEXPECTED);
    let value = size ? 0 : info;
    for (let i = 0; i < size; i++) value = value * 256 + this.bytes[this.position++]!;
    return value;
  }

  arrayLength(): number {
    return this.head(4);
  }

  text(): string {
    const length = this.head(3);
    return new TextDecoder().decode(this.bytes.subarray(this.position, (this.position += length)));
  }

  skip(): void {
    const value = this.head();
    if (this.major === 2 || this.major === 3) this.position += value;
    else if (this.major === 4 || this.major === 5) for (let i = 0; i < value * (this.major - 3); i++) this.skip();
  }
}
