/**
 * What kind of answer a conversational query asks for. "결제가 안 돼요" wants a troubleshooting page,
 * "웹훅이란" a definition, "환불 언제 들어와요" a page that says when or how long. The intent words
 * themselves (안, 못, 돼요, 이란, 언제 …) are never required to match: the query side drops them and
 * first tries the pages of that kind (each page carries an index word for the kinds its title or
 * tags show), then every page.
 */

export type Intent = 'trouble' | 'definition' | 'time';

/** Index words of the page kinds (marked: no keyboard types them). */
export const INTENT_WORD: Record<Intent, string> = { trouble: 'ǁ문제', definition: 'ǁ정의', time: 'ǁ기간' };

/** Titles and tags of troubleshooting pages: something does not work, fails, or is refused. */
const TROUBLE_PAGE = /안\s?(돼|되|와|오|보|열|떠|뜨|나|올라|들어|켜|꺼|받|맞|울)|못\s?\S|않(아|아요|을|는|습니다)|오류|에러|error|실패|문제|거절|지연|막혔|멈춰|꺼져|튕|왜\s?그런가요|왜 그런/i;
/** Titles of definition pages: X란, X이란, X는 무엇인가요, 뜻, 의미. */
const DEFINITION_PAGE = /[가-힣A-Za-z0-9]\s?(이)?란\??\s*$|란 무엇|무엇인가요|뭔가요|뭐예요|뭐에요|[의] ?뜻|의미는/;

/** Titles and tags of pages that say when or how long: 언제 들어오나요, 처리 기간, 며칠 걸리나요. */
const TIME_PAGE = /언제|며칠|몇\s?(일|주|달|개월|년|시|분)|기간|소요|걸리|걸려|일정|마감|까지\s?(가능|되|돼|할 수)/;

/**
 * A first sentence that says what a word of the title is: "아일랜드 아키텍처라고 불리는 …",
 * "누리플러스는 … 멤버십입니다". Documentation titles rarely ask "X란?"; their first sentence says it.
 */
function definesTitleWord(title: string, lead: string): boolean {
  const sentence = lead.trim();
  return title
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length >= 2)
    .some((w) => {
      const at = sentence.indexOf(w);
      if (at < 0) return false;
      const rest = sentence.slice(at + w.length);
      // X(이)라고 불리는/부르는/합니다, X(이)란 …; or a sentence that opens with "X는" and ends "…입니다"
      // ("다음 참조는 … 목록입니다" describes a page, it defines no word).
      return /^(이)?(라고\s?(불리|부르|부릅|합니다)|란\s)/.test(rest) || (at === 0 && /^(은|는)\s/.test(rest) && /(입니다|뜻합니다|말합니다|가리킵니다|의미합니다)[.!]?$/.test(sentence));
    });
}

/** The kinds of answer a page gives, from its title and tags, and its first sentence (`lead`). */
export function pageIntents(title: string, tags: readonly string[], lead = ''): Intent[] {
  const out: Intent[] = [];
  const text = [title, ...tags].join(' ');
  if (TROUBLE_PAGE.test(text)) out.push('trouble');
  if (DEFINITION_PAGE.test(title) || definesTitleWord(title, lead)) out.push('definition');
  if (TIME_PAGE.test(text)) out.push('time');
  return out;
}

/** "Does not work" predicates after 안/못: 안 돼요, 안와요, 못 받아요 … (the negation carries the intent). */
const NEGATION = new Set(['안', '못']);

/**
 * One query word's intent, and what is left of the word when the intent is cut off: 안 → trouble
 * (nothing left), 안돼요 → trouble, 안올라가요 → trouble + 올라가요, 웹훅이란 → definition + 웹훅.
 */
export function wordIntent(word: string): { intent: Intent; rest: string } | undefined {
  // 안, 못; a complaint that nothing happens (아무 반응이 없어요); a question of why (왜 그런가요),
  // which troubleshooting pages answer.
  if (NEGATION.has(word) || /^(왜|없어요|없습니다|없네요)$/.test(word)) return { intent: 'trouble', rest: '' };
  // Unspaced negation before a verb: 안돼요, 안되요, 안됨, 안와요, 못해요, 안올라가요. Nouns starting
  // with 안 (안내, 안전, 안드로이드) do not continue with a verb ending, so they are left alone.
  const m = /^(안|못)([가-힣]+)$/.exec(word);
  if (m && /(요|됨|됩니다|돼|되|옴|와|함|해|짐|음|네|나|져|려|다)$/.test(m[2]!) && !/^(내|전|녕|심|정|경|락|건|색|부|쪽|드로)/.test(m[2]!)) {
    return { intent: 'trouble', rest: /^(돼|되|됨|됩니다|되네요|되나요|돼요|되요|와요|옴|와|해요|함|해)$/.test(m[2]!) ? '' : m[2]! };
  }
  // The reason for something (친구 수 줄어든 이유): a question of why, which troubleshooting answers.
  if (/^(이유|원인)(가|는|이|은|를|을|좀|요)?$/.test(word)) return { intent: 'trouble', rest: '' };
  // 뜻 (무슨 뜻이에요), and "what is it" after the word (누리플러스가 뭐예요); a bare 뭐 asks nothing in particular.
  if (/^((뜻|의미|정의)(이에요|예요|인가요|이죠|이야|입니까|일까요)?|뭐예요|뭐에요|뭔가요|뭐야|뭐죠|뭐지|뭐임|뭔지|무엇인가요|무엇인지|무엇일까요)$/.test(word)) return { intent: 'definition', rest: '' };
  // 언제, 언제까지, 언제쯤: the question is when (언제든지 is no question).
  if (/^언제(까지|쯤|부터|인가요|인지|예요|에요|나요|든가)?$/.test(word)) return { intent: 'time', rest: '' };
  // How many days, months, hours (몇개월, 몇 시간까지): a question of how long.
  if (/^몇(일|주|달|개월|년|시|시간|분)/.test(word)) return { intent: 'time', rest: '' };
  const def = /^([가-힣A-Za-z0-9]{2,}?)(이란|란|이란게|란게|이란건|란건)$/.exec(word);
  if (def) return { intent: 'definition', rest: def[1]! };
  return undefined;
}
