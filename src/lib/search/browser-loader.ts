/**
 * Loads index files over HTTP. Files are stored gzip'd; a host that already decoded them (sent
 * Content-Encoding: gzip) hands us plain bytes, so inflate only when the gzip magic is there.
 */
import type { IndexLoader } from './engine.ts';

export function httpLoader(indexRoot: string): IndexLoader {
  return async (path) => {
    // The manifest names this build's chunk directory: always revalidate it.
    const response = await fetch(indexRoot + path, path === 'manifest.bin' ? { cache: 'no-cache' } : {});
    if (!response.ok) throw new Error(`검색 색인을 불러오지 못했습니다 (${response.status} ${path})`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
    const inflated = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')));
    return new Uint8Array(await inflated.arrayBuffer());
  };
}
