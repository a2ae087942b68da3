import { describe, expect, it } from 'vitest';
import { choseongOf, conjoiningInitial, isChoseongLetter, isChoseongWord, isSyllable, syllableCount } from '../../src/lib/search/hangul.ts';
import { typingAlternatives as alternativesWith } from '../../src/lib/search/typing-alternatives.ts';
import { keySlips, shiftSlips, vowelSlips } from '../../src/lib/search/typing-slips.ts';

/** As korean-search.ts calls it: with hangul.ts's helpers handed over. */
const typingAlternatives = (word: string) => alternativesWith(word, { isSyllable, isChoseongLetter, conjoiningInitial });

describe('choseongOf', () => {
  it('reads the initial consonants of each syllable', () => {
    expect(choseongOf('세금계산서')).toBe('ㅅㄱㄱㅅㅅ');
    expect(choseongOf('환불')).toBe('ㅎㅂ');
    expect(choseongOf('API 키')).toBe('ㅋ');
  });
});

describe('isChoseongWord', () => {
  it('accepts only lone consonants', () => {
    expect(isChoseongWord('ㅎㅂ')).toBe(true);
    expect(isChoseongWord('ㅎ불')).toBe(false);
    expect(isChoseongWord('')).toBe(false);
  });
});

describe('typingAlternatives (what a half-typed last word can still become, as prefixes)', () => {
  // Pagefind compares words decomposed: a term matches every word whose NFD starts with its NFD.
  const reaches = (typed: string, word: string) => typingAlternatives(typed).some((alt) => word.normalize('NFD').startsWith(alt.normalize('NFD')));

  it('starts with the word as typed', () => {
    expect(typingAlternatives('계좌')[0]).toBe('계좌');
  });

  it('a trailing lone consonant starts the next syllable: 환ㅂ → 환불', () => {
    expect(reaches('환ㅂ', '환불')).toBe(true);
    expect(reaches('환ㅂ', '환급')).toBe(false);
  });

  it('a vowel can still grow: 계조 (typing 계좌) → 계좌', () => {
    expect(reaches('계조', '계좌')).toBe(true);
    expect(reaches('계조', '계좌이체')).toBe(true);
    expect(reaches('계조', '계정')).toBe(false);
  });

  it('a final consonant may move to the next syllable: 환 → 화나', () => {
    expect(reaches('환', '환불')).toBe(true);
    expect(reaches('환', '화나')).toBe(true);
    expect(reaches('환', '화면')).toBe(false);
  });

  it('a consonant may still join the syllable before: 다ㄹ → 달, 달ㄱ → 닭', () => {
    expect(reaches('다ㄹ', '달력')).toBe(true);
    expect(reaches('달ㄱ', '닭')).toBe(true);
    expect(reaches('달ㄱ', '달걀')).toBe(true);
  });

  it('the second consonant of a double final may move on too: 닭 → 달걀, 값 → 갑시다', () => {
    expect(reaches('닭', '달걀')).toBe(true);
    expect(reaches('값', '갑시다')).toBe(true);
    expect(reaches('닭', '달력')).toBe(false);
  });
});

describe('syllableCount', () => {
  it('counts Hangul syllables only', () => {
    expect(syllableCount('부분환불')).toBe(4);
    expect(syllableCount('api키')).toBe(1);
  });
});

describe('shiftSlips', () => {
  it('makes one tense consonant plain at a time, initials and finals', () => {
    expect(shiftSlips('기깐')).toEqual(['기간']);
    expect(shiftSlips('빨깐')).toEqual(['발깐', '빨간']);
    expect(shiftSlips('했')).toEqual(['햇']);
    expect(shiftSlips('환불')).toEqual([]);
  });
});

describe('vowelSlips', () => {
  it('puts each vowel of ㅔ ㅐ ㅖ and of ㅚ ㅙ ㅞ for one it is mistaken for, one at a time', () => {
    expect(vowelSlips('게산서')).toEqual(['개산서', '계산서']);
    expect(vowelSlips('베송')).toEqual(['배송', '볘송']);
    expect(vowelSlips('새벽')).toEqual(['세벽']);
    expect(vowelSlips('왜')).toEqual(['외', '웨']);
    expect(vowelSlips('환불')).toEqual([]);
  });
});

describe('keySlips', () => {
  const readings = (word: string) => keySlips(word).map(([reading]) => reading);

  it('puts a vowel or final a key off, or a double vowel for its part, vowels first, with where it changed', () => {
    expect(readings('신쳥')).toContain('신청');
    expect(readings('보샹')).toContain('보상');
    expect(readings('한불')).toContain('환불');
    expect(readings('춘전')).toContain('충전');
    expect(keySlips('환뷸')).toContainEqual(['환불', 1]);
    expect(readings('춘전').indexOf('천전')).toBeLessThan(readings('춘전').indexOf('충전'));
  });

  it('puts finals that sound alike for one another (찿기 → 찾기)', () => {
    expect(readings('찿기')).toContain('찾기');
  });

  it('leaves initials alone: a key off them reads another word (레이지 is no 페이지)', () => {
    expect(readings('레이지')).not.toContain('페이지');
    expect(readings('춘전')).not.toContain('운전');
    expect(keySlips('api')).toEqual([]);
  });
});
