/**
 * Slips of typing and spelling, read back. Its own chunk, loaded only for a query word that no
 * reading covers (korean-search.ts, respelt).
 */

/** Tense consonants (conjoining jamo) and the plain ones Shift turns into them: ᄁ ← ᄀ, ᆻ ← ᆺ. */
const UNSHIFTED: Record<string, string> = { '\u1101': '\u1100', '\u1104': '\u1103', '\u1108': '\u1107', '\u110a': '\u1109', '\u110d': '\u110c', '\u11a9': '\u11a8', '\u11bb': '\u11ba' };

/**
 * Vowels that sound alike and are written one for another, each with the ones it is mistaken for:
 * ㅔ ㅐ ㅖ (게산서 for 계산서, 베송 for 배송) and ㅚ ㅙ ㅞ.
 */
const CONFUSED: Record<string, string> = { '\u1166': '\u1162\u1168', '\u1162': '\u1166', '\u1168': '\u1166', '\u116c': '\u116b\u1170', '\u116b': '\u116c\u1170', '\u1170': '\u116c\u116b' };

/** Each reading of `word` with one letter of `table` replaced by one it stands for, first to last. */
function readings(word: string, table: Record<string, string>): string[] {
  const jamo = [...word.normalize('NFD')];
  return jamo.flatMap((j, i) => [...(table[j] ?? '')].map((other) => [...jamo.slice(0, i), other, ...jamo.slice(i + 1)].join('').normalize('NFC')));
}

/**
 * A word typed with Shift held a key too long (기깐 for 기간, 빠송 for 배송 is no such slip): each
 * reading with one tense consonant made plain, first to last. Empty when the word has none.
 */
export const shiftSlips = (word: string): string[] => readings(word, UNSHIFTED);

/** A word spelt with a vowel that sounds like the right one (세금게산서, 새벽베송): each such reading. */
export const vowelSlips = (word: string): string[] => readings(word, CONFUSED);

/**
 * Syllables as their letters: an initial, a vowel and a final (or none) each, in Unicode's order;
 * keySlips takes syllables apart and puts them together by Unicode's arithmetic, as loanword.ts's
 * jamoOf does. Both are copies kept on purpose: imported from here, hangul.ts took es-hangul into
 * a chunk of its own (query JS 14,984 → 15,283, over budget), and a module shared with loanword.ts
 * added itself to the runtime's preload list (+42 bytes, over budget).
 */
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const VOWELS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const FINALS = ' ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';
const LETTERS = [INITIALS, VOWELS, FINALS];

/** The 두벌식 keyboard, row by row; each row sits a little right of the one above. */
const KEYS = ['ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ', 'ㅁㄴㅇㄹㅎㅗㅓㅏㅣ', 'ㅋㅌㅊㅍㅠㅜㅡ'];

/**
 * Each letter with the letters typed for it by a finger that lands one key off (신쳥 for 신청,
 * 보샹 for 보상, 춘전 for 충전), and each vowel with the double vowels that have it (한불 for 환불).
 */
const NEAR: Record<string, string> = {};
const near = (a: string, b: string | undefined) => {
  if (b && a !== b) NEAR[a] = (NEAR[a] ?? '') + b;
};
KEYS.forEach((row, r) => [...row].forEach((key, i) => [[r, i - 1], [r, i + 1], [r - 1, i], [r - 1, i + 1], [r + 1, i - 1], [r + 1, i]].forEach(([rr, ii]) => near(key, KEYS[rr!]?.[ii!]))));
for (const group of ['ㅏㅘ', 'ㅓㅝ', 'ㅣㅟㅢ', 'ㅡㅢ', 'ㅗㅚㅘ', 'ㅜㅟㅝ', 'ㅐㅙ', 'ㅔㅞ']) for (const a of group) for (const b of group) near(a, b);

/** Finals that sound alike at the end of a syllable (찿기 for 찾기). */
const FINALS_ALIKE = 'ㄷㅅㅆㅈㅊㅌ';

/**
 * A word typed a key off (사은픔, 재입거, 수수로, 보샹, 춘전) or with a double vowel short of a part
 * (한불): each reading with one vowel or final replaced by a neighbour, vowels first. Not an initial:
 * it carries the word, and a key off it reads another word (레이지 → 페이지, 춘전 → 운전).
 */
export function keySlips(word: string): [reading: string, at: number][] {
  const readings = new Map<string, number>();
  for (const k of [1, 2])
    [...word].forEach((syllable, at) => {
      const code = syllable.charCodeAt(0) - 0xac00;
      if (code < 0 || code > 11171) return;
      const index = [Math.floor(code / 588), Math.floor(code / 28) % 21, code % 28];
      const own = LETTERS[k]![index[k]!]!;
      for (const other of (NEAR[own] ?? '') + (k === 2 && FINALS_ALIKE.includes(own) ? FINALS_ALIKE : '')) {
        const replaced = LETTERS[k]!.indexOf(other);
        if (replaced < 0 || other === own) continue;
        const [i, v, f] = index.map((x, j) => (j === k ? replaced : x));
        readings.set(word.slice(0, at) + String.fromCharCode(0xac00 + (i! * 21 + v!) * 28 + f!) + word.slice(at + 1), at);
      }
    });
  return [...readings];
}

/** The longest word read for a key slip, in syllables: every syllable has a dozen such readings. */
const LONGEST_KEY_SLIP = 4;

/**
 * The reading of a word no reading covers (korean-search.ts, respelt) that the index covers: with a
 * tense consonant made plain, else a vowel that sounds alike (`covered`), else a letter a key off.
 * A key slip's reading must be a word pages are about, perhaps with a particle or ending (사은품도),
 * and changed inside that word: any Hangul word lies a key off some reading the index covers one
 * way or another (깃허브 → 깃러브, a loanword's sound; 받아두기 → 받아드기, the stem 받아; 과세 →
 * 과게, the stem 과; 서버아일랜드… → 서버와일랜드…, the word 서버와). Not for one syllable (산 → 한),
 * nor for a word longer than LONGEST_KEY_SLIP.
 */
export async function respelt(word: string, covered: (text: string) => Promise<boolean>, about: (word: string) => Promise<boolean>): Promise<string | undefined> {
  for (const text of [...shiftSlips(word), ...vowelSlips(word)]) if (await covered(text)) return text;
  if (word.length < 2 || word.length > LONGEST_KEY_SLIP) return undefined;
  for (const [text, at] of keySlips(word)) for (let end = text.length; end > Math.max(at, 1) && text.length - end <= 3; end--) if (await about(text.slice(0, end))) return text;
  return undefined;
}
