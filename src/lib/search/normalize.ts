/**
 * Text normalisation and word splitting shared by the index builder and the query parser: both
 * sides must cut text the same way or nothing matches.
 */

/** Conjoining jamo that NFKC produces from typed (compatibility) jamo, mapped back. */
const CONJOINING_INITIAL = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const CONJOINING_MEDIAL = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const CONJOINING_FINAL = 'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';

function compatJamo(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x1100 && c <= 0x1112) return CONJOINING_INITIAL[c - 0x1100]!;
  if (c >= 0x1161 && c <= 0x1175) return CONJOINING_MEDIAL[c - 0x1161]!;
  if (c >= 0x11a8 && c <= 0x11c2) return CONJOINING_FINAL[c - 0x11a8]!;
  return ch;
}

// Invisible characters that would split or glue words without the reader seeing it, and the
// letters doum's index uses as marks (ǀ ǁ ǂ ǃ, see index-words.ts): no Korean keyboard types them,
// so a query that has them is trying to reach hidden index words.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u01c0-\u01c3]/g;

/**
 * Canonical form of any text: full-width → half-width (NFKC), typed jamo kept as typed jamo,
 * invisible and bidi controls removed, lone surrogates made harmless, 1,000 → 1000.
 * Case is kept; use `foldCase` for matching.
 */
export function normalizeText(input: string): string {
  return input
    .toWellFormed()
    .normalize('NFKC')
    .replace(/[\u1100-\u11ff]/g, compatJamo)
    .replace(INVISIBLE, '')
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    // 1대1 문의 is 1:1 문의 (one digit each side: 10대 20대 are ages, 2대 3대 counts).
    .replace(/(?<!\d)(\d)\s?대\s?(\d)(?![\d대])/g, '$1:$2');
}

export function foldCase(text: string): string {
  return text.toLowerCase();
}

/** Hangul syllables and typed (compatibility) jamo. */
function isHangul(code: number): boolean {
  return (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x3131 && code <= 0x318e);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * A word of the text, and whether it was written straight onto what comes before it: Latin letters
 * (Netlify에) or punctuation (getImage()를, "결제"가), so that a particle there is that word's.
 */
export interface TextWord {
  word: string;
  glued: boolean;
}

/**
 * Splits normalised text into words: runs of letters and digits, cut where Hangul meets another
 * script (API키 → api, 키), except that a number keeps its Hangul unit (500개, 2단계) because
 * "500개" and "500 개" must meet. Hangul syllables and typed jamo count as Hangul.
 */
export function splitWords(text: string): string[] {
  return splitTextWords(text).map((w) => w.word);
}

/** splitWords, telling which words were written onto what comes before them (the 에 of Netlify에). */
export function splitTextWords(text: string): TextWord[] {
  const out: TextWord[] = [];
  for (const { 0: run, index } of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    // Before the run, a character above the space is punctuation: NFKC (normalizeText) makes every
    // other blank a space, or leaves it below one (tabs, line ends).
    const glued = (start: number) => (start ? !isHangul(run.charCodeAt(start - 1)) : text[index - 1]! > ' ');
    let start = 0;
    let previousHangul = isHangul(run.charCodeAt(0));
    let digitsOnly = isDigit(run.charCodeAt(0));
    for (let i = 1; i < run.length; i++) {
      const code = run.charCodeAt(i);
      const hangul = isHangul(code);
      if (hangul !== previousHangul && !(hangul && digitsOnly)) {
        out.push({ word: run.slice(start, i), glued: glued(start) });
        start = i;
        digitsOnly = isDigit(code);
      } else if (!isDigit(code)) digitsOnly = false;
      previousHangul = hangul;
    }
    out.push({ word: run.slice(start), glued: glued(start) });
  }
  return out;
}
