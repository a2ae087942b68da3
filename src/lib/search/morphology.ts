/**
 * Light Korean stemming for search: strip particles (조사), the copula and the endings of
 * 하다/되다/받다-verbs so that 계좌를, 계좌는 and 계좌 meet, and 등록하나요, 등록된, 등록할 meet 등록.
 *
 * Many nouns end like particles (문의, 한도, 결과, 평가, 경로, 필요, 권한, 이해), so:
 * - a stem must keep at least two syllables (one only for nouns the corpus attests alone: 봇, 키);
 * - one-syllable suffixes that are also common noun endings (이, 가, 의, 도, 로, 한 …) are stripped
 *   only when the remaining stem is attested elsewhere in the corpus (or the index, at query time).
 * The same function runs at build time and in the browser, so both sides cut words identically.
 */
import { syllableCount } from './hangul.ts';

/** Particles and endings of two or more syllables: unambiguous enough to strip on sight. */
const LONG_SUFFIXES = [
  // particles (조사) and their combinations
  '에서는', '에서도', '에서의', '에서만', '에서', '에게는', '에게서', '에게도', '에게', '한테서', '한테', '께서는', '께서',
  '으로는', '으로도', '으로의', '으로만', '으로서', '으로써', '으로', '로는', '로도', '로의', '로만', '로서', '로써',
  '부터는', '부터', '까지는', '까지도', '까지만', '까지', '마다', '보다는', '보다', '처럼', '만큼', '밖에', '조차', '마저',
  '이라도', '라도', '이라서', '라서', '이라', '이라고', '라고', '이라는', '라는', '이라면', '라면', '이란', '이나마', '이든지', '든지', '이든', '이나',
  '에는', '에도', '에만', '와는', '과는', '와도', '과도', '와의', '과의', '이랑', '하고는', '만으로', '만을', '만이', '만은', '만의',
  '이고', '이며', '이면', '이지만', '이어서', '이어야', '이므로', '이니까',
  // copula (이다)
  '입니다', '입니까', '이었습니다', '였습니다', '이에요', '예요', '에요', '인가요', '인지요', '인지', '인데요', '인데', '이었', '였',
  '이다', '이야', '일까요', '일까', '일지', '일때', '일수', '이잖아요',
  // reported speech after a noun (배송완료래요, 품절이라는데: "it says it is …")
  '이라는데요', '라는데요', '이라는데', '라는데', '이라던데', '라던데', '이라네요', '라네요', '이라면서', '라면서', '이래요', '래요',
  // 하다
  '하였습니다', '하였는데', '하였다', '하였', '하다는', '하다', '하기는', '하기를', '하기가', '하기도', '하기', '하고자', '하고요', '하고',
  '하는지', '하는데요', '하는데', '하는', '하나요', '하니까', '하니', '하려면요', '하려면', '하려고', '하려는', '하면서', '하면',
  '하며', '하여도', '하여', '해서는', '해서', '해요', '해도', '해야만', '해야하나요', '해야', '했는데도', '했는데', '했는데요', '했습니다',
  '했나요', '했어요', '했으나', '했으면', '했다고', '했다', '했던', '했', '할까요', '할게요', '할지', '할수록', '할수', '할때', '할래요',
  '합니다', '합니까', '하세요', '하십시오', '하시려면', '하시면', '하시는', '하신', '하실', '하셨', '하셔야', '하셔도', '하셔서',
  '하겠습니다', '하겠어요', '하지만', '하지요', '하지', '하게', '하도록', '하던', '해주세요', '해주시면', '해주셔야', '해줘요',
  '해드립니다', '해드려요', '한다면', '한다고', '한다', '한지', '한후', '함으로써', '함',
  // 되다
  '되었습니다', '되었는데', '되었나요', '되었어요', '되었다', '되었', '되어서', '되어도', '되어야', '되어', '되나요', '되는지',
  '되는데', '되는', '되면', '되고', '되지만', '되지', '되게', '되도록', '되기', '되니', '되다', '되요', '돼요', '돼서', '돼도',
  '돼야', '됐어요', '됐습니다', '됐나요', '됐는데', '됐다고', '됐다', '됐던', '됐', '된다면', '된다고', '된다', '될까요', '될지', '될수', '됩니다', '됩니까',
  '되셨', '되세요', '되시면',
  // 받다 / 시키다 / 드리다 / 주다 after a noun (환불받다, 연결시키다, 안내드리다)
  '받으려면', '받으면', '받으세요', '받을까요', '받을수', '받는지', '받는', '받나요', '받기', '받고', '받은', '받을',
  '받아서', '받아야', '받아', '받았는데', '받았어요', '받았습니다', '받았다고', '받았', '받습니다', '받다',
  '시키려면', '시키는', '시키기', '시키고', '시킨', '시킬', '시켜서', '시켜야', '시켜', '시킵니다',
  '드립니다', '드려요', '드려야', '드리며', '드리고', '드린',
  // 버리다 after a verb's 아/어 form, done for good (지워버린 → 지워, 삭제해버렸어요 → 삭제해 → 삭제)
  '버렸습니다', '버렸는데요', '버렸는데', '버렸어요', '버렸으면', '버렸을', '버렸다', '버렸', '버린', '버려서', '버려요', '버려', '버리면', '버리고', '버림', '버릴',
  // endings straight after a verb stem (바꾸려면, 줄었어요, 보내세요), and "how to" glued on (지우는법)
  '는방법', '는법', '으려면', '려면', '으려고', '려고', '으려는', '려는', '으세요', '세요', '었어요', '았어요', '였어요', '어요', '아요',
  '었는데', '았는데', '었나요', '았나요', '었다', '았다', '었던', '았던', '어서', '아서', '어야', '아야', '어도', '아도', '나요', '까요',
  '려는데', '으려는데', '는데요', '는데도', '었는데도', '았는데도', '는데', '은데', '는지', '은지', '거나', '지만', '면서', '도록', '습니다', '겠습니다', '겠어요', '을까요', '을지',
];

/** Light verbs left over after an ending is cut (충전하려 → 충전하 → 충전). */
export const LIGHT_VERBS = ['시키', '드리', '하', '되', '받', '해', '돼', '했', '됐'];

/** One-syllable particles that no common noun ends with: stripped without further evidence (쯤: 어디쯤, 언제쯤). */
const SAFE_SHORT = ['을', '를', '은', '는', '에', '쯤'];

/**
 * One-syllable particles and endings that are also frequent noun endings (결과, 평가, 문의, 한도,
 * 경로, 필요, 권한, 이해 …): stripped only when the stem is attested on its own. 서, 기, 지 are
 * left out on purpose: 계산서, 계산기, 이미지 must not become 계산, 이미.
 */
const AMBIGUOUS_SHORT = ['이', '가', '의', '도', '로', '와', '과', '만', '나', '요', '야', '랑', '께', '며', '고', '면', '한', '할', '된', '될', '해', '돼', '하', '되', '게'];

const ALL = [...LONG_SUFFIXES, ...SAFE_SHORT, ...AMBIGUOUS_SHORT].sort((a, b) => b.length - a.length);
const AMBIGUOUS = new Set(AMBIGUOUS_SHORT);

export interface StemEvidence {
  /** Is `stem` a word the corpus uses on its own (bare, or with several suffixes)? */
  attested(stem: string): boolean;
  /** Is this one-syllable word a noun the corpus uses with particles (봇, 키, 앱)? */
  mono(stem: string): boolean;
}

/** Suffixes of `word` from the lists above, longest first, with what remains. */
/** Suffixes grouped by their last character, longest first: a word only checks its own group. */
const BY_LAST = new Map<string, string[]>();
for (const suffix of ALL) {
  const group = BY_LAST.get(suffix.at(-1)!) ?? [];
  group.push(suffix);
  BY_LAST.set(suffix.at(-1)!, group);
}

export function suffixSplits(word: string): { stem: string; suffix: string; ambiguous: boolean }[] {
  const out = [];
  for (const suffix of BY_LAST.get(word.at(-1) ?? '') ?? []) {
    if (word.length > suffix.length && word.endsWith(suffix)) {
      out.push({ stem: word.slice(0, -suffix.length), suffix, ambiguous: AMBIGUOUS.has(suffix) });
    }
  }
  return out;
}

/**
 * Syllables a particle or a 하다/되다/받다 ending can start with. After a known noun they mark
 * where the noun ends even when the ending is not in our lists (삭제해버렸어요 → 삭제).
 */
const FUNCTION_ONSETS = new Set([...'하해했할한함합되돼됐될된됨됩받시드을를이가은는의에와과도만로으까부처보마라랑께였입인일']);

/**
 * One-syllable words that are particles, dependent nouns, determiners, adverbs or verb stems far
 * more often than nouns: never a topic on their own, whatever the corpus. Index side only (pure: the
 * search page's bundle leaves it out).
 */
export const FUNCTION_SYLLABLES = /* @__PURE__ */ new Set('하되에는를을은가도로와과의또및대위전후안바등때중것수이그저제더잘못꼭왜뭐좀다각새별두세네한할된될있없같않뿐간내외상하번개');

/** True when `word` is one of the particles and endings above (에, 에서는, 하려면). */
export function isSuffix(word: string): boolean {
  return ALL.includes(word);
}

/** True when `word` is nothing but a grammatical ending (하는지, 되나요): it names no topic. */
export function isBareEnding(word: string): boolean {
  return ALL.includes(word) && word.length >= 2;
}

/** The stem of one word (already normalised and lower-cased); the word itself when nothing applies. */
export function stemWord(word: string, evidence: StemEvidence): string {
  for (const split of suffixSplits(word)) {
    const syllables = syllableCount(split.stem) + (split.stem.match(/[0-9a-z]/g)?.length ? 1 : 0);
    if (syllables < 2 && !(syllables === 1 && evidence.mono(split.stem))) continue;
    if (split.ambiguous && !evidence.attested(split.stem)) continue;
    // 하다 and 되다 after one syllable make words of their own, not that syllable's noun: 이해, 이하,
    // 집하, 분할, 통해, 위해, 대한 are no 이, 집, 분, 통, 위, 대.
    if (split.stem.length === 1 && /^[하해한할되돼된될]$/.test(split.suffix)) continue;
    // An ending cut off a 하다/되다-verb leaves the light verb: 충전하려는데 → 충전하 → 충전.
    const light = LIGHT_VERBS.find((v) => split.stem.endsWith(v));
    const noun = light ? split.stem.slice(0, -light.length) : '';
    return noun && syllableCount(noun) >= 2 && evidence.attested(noun) ? noun : split.stem;
  }
  return word;
}

/**
 * For a word no listed ending explains: the known nouns it may start with, longest first, where
 * what follows starts like an ending (삭제해버렸어요 → 삭제). The caller still rejects a head whose
 * remainder is itself a word (계좌이체 is a compound, not 계좌 + ending). Query side only, where
 * the dictionary tells what a known noun is.
 */
export function nounHeads(word: string, known: (s: string) => boolean): string[] {
  const heads: string[] = [];
  for (let cut = word.length - 1; cut >= 2; cut--) {
    const head = word.slice(0, cut);
    if (FUNCTION_ONSETS.has(word[cut]!) && syllableCount(head) >= 2 && known(head)) heads.push(head);
  }
  return heads;
}

/**
 * Endings that close a verb or adjective and never a noun (올라가요, 되나요, 바꾸려면, 늦는데):
 * a query word with one of them that the index does not know is the predicate of a question, not
 * a topic (see korean-search.ts). Particles (은, 는, 을, 를 …) are not here: an unknown noun with a
 * particle is still a noun the visitor asked about.
 */
const PREDICATE_ENDINGS = [
  '요', '다', '까', '죠', '니다', '는데', '은데', '으면', '려면', '려고', '려는', '면서', '지만', '거나', '는지', '은지', '도록', '어서', '아서', '어야', '아야', '세요', '더니',
  // reported speech and hearsay after a verb (안 된다고 나와요, 못 받았다고, 찾을 수 없다는 오류, 되냐고, 되던데, 했다며): no noun ends so.
  '다고', '다는', '냐고', '던데', '다며',
  // -어서, -어도 fused with the stem's vowel (꺼져서, 막혀서, 눌러도): the syllables only verbs
  // make, not 내서 or 과서 (안내서, 교과서).
  '져서', '해서', '워서', '와서', '돼서', '꿔서', '줘서', '봐서', '켜서', '쳐서', '려서', '혀서', '여서', '겨서', '가서', '나서',
  '져도', '해도', '워도', '와도', '돼도', '봐도', '줘도', '러도', '려도', '혀도', '여도', '겨도',
  // -면 and -고 after the stems of becoming (꺼지면, 안 되고) and of verbs in 우, 리 (띄우고, 지우면,
  // 올리고), 나, 뀌 (지나면, 끝나면, 바뀌면); 화면 and 광고 are nouns.
  '지면', '되면', '지고', '되고', '우고', '우면', '리고', '나면', '뀌면',
];

/** True when `word` (two syllables or more) ends like a verb or adjective: 올라가요, 옮기려면. */
export function endsLikePredicate(word: string): boolean {
  return syllableCount(word) >= 2 && /^[\uac00-\ud7a3]+$/.test(word) && PREDICATE_ENDINGS.some((e) => word.endsWith(e) && word.length > e.length);
}

/** True when `word` ends with a Hangul syllable (only those take particles and endings). */
export function takesSuffixes(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return last >= 0xac00 && last <= 0xd7a3;
}
