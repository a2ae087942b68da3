import { describe, expect, it } from 'vitest';
import { excerpt, markSegments, matchRanges } from '../../src/lib/search/highlight.ts';
import { chunkFor, chunksForRange, decodeTf, encodeTermChunks, encodeTf, FIELD_BODY, FIELD_TITLE, TermChunk, tfBucket } from '../../src/lib/search/index-format.ts';

describe('highlighting', () => {
  it('marks exactly the matched part, inside compounds too', () => {
    expect(markSegments('부분환불을 신청합니다', ['환불'])).toEqual([
      { text: '부분', mark: false },
      { text: '환불', mark: true },
      { text: '을 신청합니다', mark: false },
    ]);
  });

  it('marks Latin only from a word start, case-insensitively and through full-width forms', () => {
    expect(matchRanges('API 키, rapid, ＡＰＩ', ['api'])).toEqual([
      [0, 3],
      [14, 17],
    ]);
  });

  it('prefers longer terms and never overlaps marks', () => {
    expect(markSegments('환불계좌', ['환불', '환불계좌', '계좌']).filter((s) => s.mark).map((s) => s.text)).toEqual(['환불계좌']);
  });

  it('returns text segments only: markup in the text stays text', () => {
    const segments = markSegments('<b>환불</b>', ['환불']);
    expect(segments.map((s) => s.text).join('')).toBe('<b>환불</b>');
    expect(segments.find((s) => s.mark)!.text).toBe('환불');
  });

  it('picks the excerpt window with the most different terms and marks cuts with …', () => {
    const text = `${'앞부분 설명입니다. '.repeat(30)}환불 계좌를 등록하면 환불이 빨라집니다. ${'뒷부분 설명입니다. '.repeat(30)}`;
    const segments = excerpt(text, ['환불', '계좌'], 80);
    expect(segments[0]!.text).toBe('…');
    expect(segments.at(-1)!.text).toBe('…');
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['환불', '계좌', '환불']);
  });
});

describe('index format', () => {
  it('round-trips term chunks: front-coded terms, postings with fields and title lengths', () => {
    const entries = [
      { term: '계좌', flags: 1, postings: [{ doc: 3, flags: FIELD_TITLE | FIELD_BODY, titleLength: 4 }, { doc: 40, flags: FIELD_BODY, titleLength: 0 }] },
      { term: '계좌이체', flags: 1, postings: [{ doc: 7, flags: FIELD_BODY | encodeTf(6), titleLength: 0 }] },
      { term: '환불', flags: 3, postings: [{ doc: 1, flags: FIELD_TITLE, titleLength: 2 }] },
    ];
    const chunks = encodeTermChunks(entries, 10);
    expect(chunks.map((c) => c.first)).toEqual(['계좌', '계좌이체', '환불']);
    const all = chunks.map((c) => new TermChunk(c.bytes));
    expect(all[1]!.terms).toEqual(['계좌이체']);
    expect(all[0]!.postings(0)).toEqual(entries[0]!.postings);
    expect(decodeTf(all[1]!.postings(0)[0]!.flags)).toBe(6);
    const one = new TermChunk(encodeTermChunks(entries, 1e6)[0]!.bytes);
    expect(one.range('계좌', '계좌\uffff')).toEqual([0, 1]);
    expect(one.find('환불')).toBe(2);
    expect(one.find('환')).toBe(-1);
  });

  it('finds the chunks that may hold a key or a key range', () => {
    const firsts = ['가', '계좌', '스킬', '환불'];
    expect(chunkFor(firsts, '계좌이체')).toBe(1);
    expect(chunkFor(firsts, '강')).toBe(0);
    expect(chunksForRange(firsts, '계', '스킹')).toEqual([0, 1, 2]);
  });

  it('buckets term frequency so one mention and many differ', () => {
    expect([0, 1, 2, 3, 5, 8, 14, 100].map(tfBucket)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (let b = 0; b < 8; b++) expect(decodeTf(encodeTf(b) | FIELD_TITLE)).toBe(b);
  });
});
