/**
 * Turns what a visitor typed into query words: normalised, filler words dropped, numbers joined
 * with their unit (500 개 → 500개), capped so a pasted novel cannot stall the page.
 */
import { isChoseongWord, isHangulWord, syllableCount } from './hangul.ts';
import { wordIntent, type Intent } from './intents.ts';
import { isBareEnding, isSuffix, suffixSplits } from './morphology.ts';
import { foldCase, normalizeText, splitTextWords } from './normalize.ts';

/**
 * Words that carry no topic in a help-centre question (어떻게 … 하나요, 방법, 알려주세요).
 * They are dropped so they never turn a good query into zero results. Words of "what is it"
 * (뭐예요, 무엇인가요) are not listed: the intent reading (intents.ts) takes them off first. Nor
 * are a listed word's forms with a particle or ending (방법을, 궁금해요): isFiller reads them as
 * the word. The verb-like forms (하면, 하는, 되나요) stay listed all the same: a compound's pieces
 * are looked up as they are (무료배송쿠폰취소하면돌려받나요), and so are the index's words.
 */
export const FILLER_WORDS = new Set([
  '어떻게', '어떡해', '어떡하나요', '어떻게요', '어떤', '어느', '무슨', '무엇', '무엇이', '뭐', '뭐뭐', '몇', '왜', '언제', '어디', '어디서', '곳', '누가',
  '방법', '방법이', '방법좀', '법', '하는법', '하나', '하면', '하는', '하려면', '하고싶어요',
  '있나요', '있어요', '있을까요', '있는지', '있는', '있습니까', '있으면', '없나요', '없어요', '없는', '안되나요', '안돼요',
  '알려주세요', '알려줘', '알려주실', '알려', '알고', '알고싶어요', '싶어요', '싶습니다', '싶은데', '싶은', '싶다', '궁금',
  '안녕하세요', '감사합니다', '감사하겠습니다', '고맙습니다', '주시면', '주실', '주시겠어요',
  '부탁드립니다', '부탁해요', '주세요', '가능한가요', '가능',
  '좀', '수', '것', '거', '건가요', '건지', '게', '등', '및', '때', '한', '번', '중', '또는', '그리고', '제', '저', '내', '저희', '우리', '이', '그', '요', '혹시', '저기', '저기요', '안에', '안에서', '안의', '내에서', '그냥', '정말', '너무', '다시', '꼭', '말고', '아무것도', '제가', '것도', '그중에', '중에', '이거', '이게', '근데', '부탁드려요', '다름이', '아니라', '수고', '많으십니다',
  'how', 'to', 'the', 'a', 'an', 'is', 'what', 'can', 'i', 'do',
]);

/**
 * Adverbs of a complaint or question (자꾸, 아직, 계속), of manner (자동으로, 직접, 미리), of time
 * (처음), of degree (더, 여러, 하나도; 같은, "the same") and quantities (하나로, 두, 모두, 다, 아무:
 * 가상계좌 하나로 두 주문을 입금해도; the page says 주문 한 건에만), and of without or instead (없이, 대신:
 * 새로고침 없이 페이지 넘기기; a page says 새로고침 without it): never required, since a page rarely
 * says them or says them in passing, but pages that do come first among equals.
 */
export const ADVERBS = new Set(['자꾸', '계속', '계속해서', '매번', '번번이', '여러번', '갑자기', '아직', '아직도', '여전히', '이미', '벌써', '방금', '바로', '빨리', '제대로', '전혀', '항상', '늘', '자주', '가끔', '또', '잘', '따로', '같이', '함께', '일부러', '실수로', '잘못', '자동으로', '수동으로', '직접', '한꺼번에', '한번에', '미리', '먼저', '나중에', '처음', '처음에', '처음으로', '더', '같은', '여러', '하나도', '하나', '하나로', '둘', '두', '다', '모두', '전부', '아무', '없이', '대신', '대신에']);

/**
 * Nouns of doing that questions about any topic end on (알림 설정 변경, 카드 등록, 쿠폰 사용): the
 * predicate in noun form. A page that answers often says it another way (끄기 for 변경), so such a
 * word never takes the answer below the pages with the other words in their titles or tags.
 */
export const ACTION_NOUNS = new Set(['변경', '수정', '삭제', '추가', '등록', '확인', '조회', '사용', '해제', '입력', '선택', '신청']);

/**
 * How often something happened (두번: 결제가 두 번 됐어요): it says what went wrong, like a verb, not
 * what about. The vocabulary reads 두번 as 중복; like a verb, it is left out when no page has it with
 * the nouns (비밀번호 두 번 틀렸어요).
 */
export const isHowOften = (word: string) => /^두번/.test(word);

/** Characters of the query considered at most: enough for any real question. */
export const MAX_QUERY_CHARS = 200;
/**
 * Words that name something considered at most. Filler words do not count: a chatty question of
 * twenty words (그냥 좀 궁금해서 여쭤보는 건데요 …) asks its question last.
 */
export const MAX_QUERY_WORDS = 12;

export type WordKind = 'hangul' | 'latin' | 'number' | 'choseong' | 'mixed';

export interface QueryWord {
  /** Normalised, lower-cased. */
  text: string;
  /** As typed (case kept), for keyboard-slip conversion (RPwhk → 꼐좌 needs the shift keys). */
  raw: string;
  kind: WordKind;
}

export interface ParsedQuery {
  words: QueryWord[];
  /** The kind of answer the wording asks for (결제가 안 돼요 → trouble, 웹훅이란 → definition). */
  intent?: Intent;
  /** The query text as used (trimmed, capped, normalised) — for display and URLs. */
  text: string;
}

function kindOf(word: string): WordKind {
  if (isChoseongWord(word)) return 'choseong';
  if (/^\d+$/.test(word)) return 'number';
  if (/^[a-z0-9]+$/.test(word)) return 'latin';
  if (isHangulWord(word)) return 'hangul';
  return 'mixed';
}

/** Units written after a number, with any particle (500 개, 3 개월까지, 10 %). */
const UNIT = /^(개|원|만원|천원|일|주|달|개월|년|월|시|시간|분|초|번|회|건|명|장|자|자리|글자|차|단계|배|퍼센트|%)([가-힣]{0,3})$/;

/** Counters after 몇 (몇 개월, 몇 번, 몇 가지): how many, a question and no topic. */
const COUNTER = /^(일|주|달|개월|년|시|시간|분|번|개|명|회|장|건|가지|차례)/;

function isFiller(word: string): boolean {
  // A word that is only an ending (하는지, 되나요) names no topic either; nor does 몇 번 (how many),
  // nor a face made of vowels (ㅠㅠ, ㅜㅜ: no 초성 is a vowel).
  if (FILLER_WORDS.has(word) || isBareEnding(word) || (word.startsWith('몇') && COUNTER.test(word.slice(1))) || /^[ㅏ-ㅣ]+$/.test(word)) return true;
  // So is one ending written onto another, the auxiliary's space left out (해야되요, 해도돼요).
  return suffixSplits(word).some((split) => !split.ambiguous && (FILLER_WORDS.has(split.stem) || isBareEnding(split.stem)) && split.stem.length > 1);
}

export function parseQuery(input: string): ParsedQuery {
  const text = normalizeText(input).replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_CHARS);
  // A particle or ending written onto a Latin word (Netlify에, API를, SSR로는) or a closing bracket
  // or quote (getImage()를, "결제"가) belongs to the word before.
  const rawWords = splitTextWords(text)
    .filter((w) => !(w.glued && isSuffix(w.word)))
    .map((w) => w.word);
  const words: QueryWord[] = [];
  for (let i = 0; i < rawWords.length; i++) {
    let raw = rawWords[i]!;
    const next = rawWords[i + 1];
    // "500 개" is "500개": a number followed by a unit (not "1:1 문의": 문의 is no unit).
    if (/^\d+$/.test(raw) && next && UNIT.test(next)) {
      raw += next;
      i++;
    }
    // "두 번" (twice) is how a duplicate is complained of (결제가 두 번 됐어요): one word, which the
    // vocabulary reads as 중복; "여러 번" (repeatedly) is one adverb (ADVERBS). 한 번, 세 번 and 두 번째
    // (the second) stay apart. "한 달" (a month) is one word, which the vocabulary reads as 매달:
    // 한 alone is a filler word.
    if ((raw === '두' && next && /^번(이나)?$/.test(next)) || (raw === '여러' && next === '번') || (raw === '한' && next?.startsWith('달'))) {
      raw += next;
      i++;
    }
    // "몇 개월" is one question word, like 며칠.
    if (raw === '몇' && next && COUNTER.test(next)) {
      raw += next;
      i++;
    }
    words.push({ text: foldCase(raw), raw, kind: kindOf(foldCase(raw)) });
  }
  // "빌드 ㅇ": the next word has only its first key; search the finished words until it grows.
  if (words.length > 1 && /^[\u3131-\u318e]$/.test(words.at(-1)!.text)) words.pop();
  // Intent words carry the kind of question, not its topic: 안 돼요, 안와요, 웹훅이란.
  let intent: Intent | undefined;
  const topical: QueryWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const found = wordIntent(words[i]!.text);
    // A bare 정의, 뜻 or 의미 before a word of the topic is a noun of it (사용자 정의 글꼴: custom fonts).
    const next = words[i + 1];
    if (!found || (/^(정의|뜻|의미)$/.test(words[i]!.text) && next && !isFiller(next.text))) {
      topical.push(words[i]!);
      continue;
    }
    intent ??= found.intent;
    if (found.rest) topical.push({ ...words[i]!, text: found.rest, raw: found.rest, kind: kindOf(found.rest) });
    // 안 돼요, 안 와요, 못 해요: the short verb after a lone negation goes with it.
    if (!found.rest && found.intent === 'trouble' && next && isNegatedPredicate(next.text)) i++;
  }
  const meaningful = topical.filter((w) => !isFiller(w.text));
  // A query made only of filler words (e.g. "방법") is still a query: keep it whole.
  const kept = (meaningful.length > 0 || intent ? meaningful : topical).slice(0, MAX_QUERY_WORDS);
  return { words: kept, ...(intent ? { intent } : {}), text };
}

/** A short verb form a negation applies to (돼요, 와요, 떠요, 해요, 됨): one syllable before its ending. */
function isNegatedPredicate(word: string): boolean {
  if (isFiller(word) || isBareEnding(word)) return true;
  return isHangulWord(word) && (syllableCount(word) <= 1 || suffixSplits(word).some((s) => syllableCount(s.stem) <= 1));
}

/** A query that is one typed consonant or vowel and nothing else: too little to search on. */
export function isFirstKeystroke(q: string): boolean {
  return /^[\u3131-\u318e]$/.test(q.trim());
}
