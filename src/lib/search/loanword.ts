/**
 * Loanwords written in Hangul by visitors and in Latin letters by pages: 타입스크립트 for TypeScript,
 * 깃허브 for GitHub, 마크다운 for Markdown. Both spellings are reduced to the consonants a Korean
 * ear hears, in a few classes (ㅂ/ㅍ and b/p/f/v are one; ㅅ/ㅈ/ㅊ and s/z/j/ch/sh are one; an r
 * before a consonant is silent, as in 서버 for server), and a page about a Latin word carries that
 * sound, after SOUND_MARK (index-words.ts), as a topic word. No dictionary: the key is computed the
 * same way on both sides. Short keys say too little (리액트 and 로켓 would share three consonants
 * with too many words), so only keys of four consonants or more are made. The search page loads this module only when a
 * visitor's word looks borrowed and no page is about it as written.
 */
/** Consonants a key needs before it tells words apart. */
const MIN_CONSONANTS = 4;

/** Latin spellings → consonant class, tried in order at each position; vowels, h and w are dropped. */
const LATIN: [RegExp, string][] = [
  [/^[ts]ion/, 'sn'],
  [/^(t?ch|sh)/, 's'],
  [/^ck/, 'k'],
  [/^ph/, 'p'],
  [/^qu/, 'k'],
  [/^th/, 't'],
  // ng before a consonant or at the end is ㅇ (렌더링, rendering); before a vowel, n + g (엔진).
  [/^ng(?![aeiouy])/, 'g'],
  // Soft before e, i, y (service, 서비스), hard elsewhere (config, 컨피그).
  [/^c(?=[eiy])/, 's'],
  [/^c/, 'k'],
  // Silent unless a vowel follows: server → 서버, vercel → 버셀, redirect → 리다이렉트.
  [/^r(?=[aeiouy])/, 'l'],
  [/^r/, ''],
  [/^x/, 'ks'],
  [/^[bpfv]/, 'p'],
  [/^[dt]/, 't'],
  [/^[kgq]/, 'k'],
  [/^[szj]/, 's'],
  [/^l/, 'l'],
  [/^m/, 'm'],
  [/^n/, 'n'],
];

/** Initial consonants in Unicode's order (ㄱ ㄲ ㄴ …) → class; ㅇ and ㅎ, which loanwords drop, are '-'. */
const INITIAL = 'kknttlmppss-sssktp-';
/** Final consonants (none, ㄱ, ㄲ, ㄳ …) → class: 넷 is net, 깃 is git, 링 ends in ng. */
const FINAL = '-kkknnntllllllllmppttgttktp-';

/** The sound of a Latin or Hangul word as consonant classes (tpsklpt), or undefined when too short. */
export function soundKey(word: string): string | undefined {
  const classes = /^[a-z]+$/i.test(word) ? latinSound(word.toLowerCase()) : /^[가-힣]+$/.test(word) ? hangulSound(word) : '';
  // Doubled consonants are one sound (콜렉션, collection).
  const key = classes.replace(/(.)\1+/g, '$1');
  return key.length >= MIN_CONSONANTS ? key : undefined;
}

function latinSound(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    const rest = word.slice(i);
    const rule = LATIN.find(([pattern]) => pattern.test(rest));
    if (!rule) {
      i++;
      continue;
    }
    out += rule[1];
    i += rest.match(rule[0])![0].length;
  }
  return out;
}

/** Each syllable's initial and final consonant classes. */
function hangulSound(word: string): string {
  let out = '';
  for (const syllable of word) {
    const { initial, final } = jamoOf(syllable)!;
    out += INITIAL[initial]! + FINAL[final]!;
  }
  return out.replace(/-/g, '');
}

/**
 * A syllable's letters as Unicode orders them (initial ㄱ…ㅎ 0–18, vowel ㅏ…ㅣ 0–20, final 0 for
 * none), by its syllable arithmetic; undefined for anything else.
 */
function jamoOf(syllable: string): { initial: number; vowel: number; final: number } | undefined {
  const code = syllable.charCodeAt(0) - 0xac00;
  if (code < 0 || code >= 11172) return undefined;
  return { initial: Math.floor(code / 588), vowel: Math.floor((code % 588) / 28), final: code % 28 };
}

/**
 * The sound of a Hangul word that looks borrowed: its consonant clusters carry the ㅡ Korean adds
 * to foreign ones (스, 트, 크, 드, 프), or it ends in 션. Native words are left alone: their sounds
 * would meet Latin words by chance (불필요 and variable).
 */
export function borrowedSound(word: string): string | undefined {
  return /션$/.test(word) || [...word].some(isEpentheticSyllable) ? soundKey(word) : undefined;
}

/** A consonant with ㅡ and nothing after (스, 트, 크), not 으 (ㅇ is initial 11, ㅡ vowel 18). */
function isEpentheticSyllable(syllable: string): boolean {
  const jamo = jamoOf(syllable);
  return jamo !== undefined && jamo.initial !== 11 && jamo.vowel === 18 && jamo.final === 0;
}
