import { describe, expect, it } from 'vitest';
import { endsLikePredicate, isBareEnding, nounHeads, stemWord, type StemEvidence } from '../../src/lib/search/morphology.ts';
import { foldCase, normalizeText, splitWords } from '../../src/lib/search/normalize.ts';
import { pageIntents, wordIntent } from '../../src/lib/search/intents.ts';
import { FILLER_WORDS, parseQuery } from '../../src/lib/search/query.ts';
import { groupTriggers, groupWords, matchSynonyms, toSynonymRules } from '../../src/lib/search/synonyms.ts';

/** Evidence as a corpus would give it: these stems occur as words of their own. */
const evidence = (words: string[], mono: string[] = []): StemEvidence => ({
  attested: (s) => words.includes(s),
  mono: (s) => mono.includes(s),
});
const corpus = evidence(['계좌', '등록', '변경', '환불', '충전', '삭제', '배열', '봇', '문의', '한도', '결과', '평가', '경로', '필요', '권한', '이해', '보내'], ['봇']);

/** One test per word: `word` stems to `stem` against `against` (the corpus above unless given). */
const stemsTo = (cases: [word: string, stem: string][], against: StemEvidence = corpus) => it.each(cases)('%s → %s', (word, stem) => expect(stemWord(word, against)).toBe(stem));

describe('particles (조사) are stripped', () => {
  stemsTo([
    ['계좌를', '계좌'],
    ['계좌는', '계좌'],
    ['계좌가', '계좌'],
    ['계좌에서는', '계좌'],
    ['환불계좌로는', '환불계좌'],
    ['배열은', '배열'],
    ['배열이', '배열'],
    ['봇을', '봇'],
  ]);
});

describe('쯤 (about) is stripped like a particle', () => {
  stemsTo([
    ['어디쯤', '어디'],
    ['환불쯤', '환불'],
  ]);
});

describe('verb endings are stripped down to the noun', () => {
  stemsTo([
    ['등록하나요', '등록'],
    ['등록할', '등록'],
    ['등록된', '등록'],
    ['변경하고', '변경'],
    ['충전하려는데', '충전'],
    ['환불받으려면', '환불'],
    ['삭제되었나요', '삭제'],
    ['보내세요', '보내'],
    // 에요 for 예요 after a vowel, the commonest slip of the copula (얼마에요, 뭐에요)
    ['한도에요', '한도'],
    // -는데도, even though (업데이트했는데도 자꾸 꺼져요)
    ['충전했는데도', '충전'],
    ['보내는데도', '보내'],
    // -던, what was (가입했던 거랑 이메일로 가입한 거랑)
    ['등록했던', '등록'],
    ['삭제됐던', '삭제'],
    ['보내었던', '보내'],
    // -다고, what someone or the screen says (판매자가 거절했다고 떠요, 결제된다고 나와요)
    ['거절했다고', '거절'],
    ['결제된다고', '결제'],
    ['승인됐다고', '승인'],
    ['환불받았다고', '환불'],
    // -다는, the words of a message quoted before 에러 or 오류 (결제가 필요하다는 오류)
    ['필요하다는', '필요'],
  ]);
});

describe('the copula as a reason (폰이라 본인인증이 안 돼요: "since it is a phone")', () => {
  stemsTo([
    ['봇이라', '봇'],
    ['계좌라서', '계좌'],
    ['환불이라서', '환불'],
  ]);
});

describe('what is glued onto a verb is stripped to the verb: 버리다 (done for good), "how to" (법, 방법)', () => {
  stemsTo([
    ['지워버린', '지워'],
    ['지워버렸어요', '지워'],
    ['삭제해버렸어요', '삭제'],
    ['충전해버렸는데', '충전'],
    ['잊어버렸을', '잊어'],
    ['지우는법', '지우'],
    ['만드는법', '만드'],
    ['등록하는방법', '등록'],
  ]);

  it('so the vocabulary reads the verb (지워버린 is 지우다: 삭제; 알림 끄는법 is 끄다)', () => {
    const deleting = toSynonymRules([{ same: ['삭제', '지우다', '지워'] }]);
    expect(matchSynonyms(['지워버린', '블록'], deleting)).toEqual([{ start: 0, length: 1, group: 0 }]);
    const switchingOff = toSynonymRules([{ from: ['끄', '끄기'], to: ['해제'] }]);
    expect(matchSynonyms(['알림', '끄는법'], switchingOff)).toEqual([{ start: 1, length: 1, group: 0 }]);
  });
});

describe('reported speech after a noun is stripped ("it says it is …")', () => {
  stemsTo(
    [
      ['배송완료래요', '배송완료'],
      ['배송완료라는데', '배송완료'],
      ['환불이라는데요', '환불'],
      ['환불이래요', '환불'],
      ['결제완료라던데', '결제완료'],
      ['충전이라네요', '충전'],
    ],
    evidence(['배송완료', '결제완료', '환불', '충전']),
  );

  it('leaves a one-syllable remainder alone (할래요 is a verb of its own)', () => {
    expect(stemWord('할래요', corpus)).not.toBe('할');
  });
});

describe('nouns that end like particles stay whole', () => {
  it.each(['문의', '한도', '결과', '평가', '경로', '필요', '권한', '이해'])('%s', (noun) => {
    expect(stemWord(noun, corpus)).toBe(noun);
    expect(stemWord(`${noun}를`, corpus)).toBe(noun);
  });

  it('one-syllable remainders need a noun the corpus knows (봇을 → 봇, 나이 stays)', () => {
    expect(stemWord('나이', corpus)).toBe('나이');
    expect(stemWord('봇이', corpus)).toBe('봇');
  });

  it('never reads 하다 or 되다 after one syllable as a noun and a verb ending (이해, 집하, 분할 stay)', () => {
    const short = evidence(['이', '집', '분', '봇'], ['이', '집', '분', '봇']);
    expect(stemWord('이해', short)).toBe('이해');
    expect(stemWord('집하', short)).toBe('집하');
    expect(stemWord('분할', short)).toBe('분할');
    expect(stemWord('봇이', short)).toBe('봇');
  });

  it('an ambiguous ending is kept when the rest is not a known word (접근권한 ≠ 접근권 + 한)', () => {
    expect(stemWord('접근권한', corpus)).toBe('접근권한');
  });

  it('finds the known noun before an ending no list has (삭제해버렸어요 → 삭제), but not inside compounds', () => {
    const known = (s: string) => ['삭제', '계좌', '이체'].includes(s);
    expect(nounHeads('삭제해버렸어요', known)).toEqual(['삭제']);
    expect(nounHeads('계좌이체', known)).toEqual(['계좌']); // the caller rejects it: 이체 is a word
  });

  it('recognises words that are only an ending', () => {
    expect(isBareEnding('하는지')).toBe(true);
    expect(isBareEnding('환불')).toBe(false);
  });

  it('tells a verb or adjective form from a noun with a particle', () => {
    for (const verb of ['올라가요', '되나요', '옮기려면', '느려요', '사라졌다', '바꿀까', '늦으면', '받으면', '꺼져서', '막혀서', '눌러도', '꺼지면', '안되고', '바꿨더니', '띄우고', '지우면', '올리고', '지나면', '끝나면', '바뀌면', '받았다고', '된다고', '되냐고', '되던데', '했다며', '없다는', '않았다는', '내려갔다는']) expect(endsLikePredicate(verb), verb).toBe(true);
    for (const noun of ['사진이', '계좌를', '환불은', '요', '다', 'api요', '화면', '라면', '안내서', '교과서', '광고', '신고', '문서', '순서', '수면', '단면', '다고', '던데', '다는']) expect(endsLikePredicate(noun), noun).toBe(false);
  });
});

describe('normalisation', () => {
  it('full-width, case, invisible and bidi characters, lone surrogates, thousands separators', () => {
    expect(foldCase(normalizeText('ＡＰＩ Key'))).toBe('api key');
    expect(normalizeText('환\u200b불\u202e')).toBe('환불');
    expect(normalizeText('a\ud800b')).toBe('a\ufffdb');
    expect(normalizeText('1,000개와 12,345,678원')).toBe('1000개와 12345678원');
  });

  it('keeps typed jamo as typed jamo (NFKC would turn them into conjoining jamo)', () => {
    expect(normalizeText('ㅎㅂ')).toBe('ㅎㅂ');
    expect(normalizeText('\u1112\u1107')).toBe('ㅎㅂ');
  });

  it('splits where Hangul meets Latin, but a number keeps its unit', () => {
    expect(splitWords('api키를 500개 2단계 v2 iOS17')).toEqual(['api', '키를', '500개', '2단계', 'v2', 'iOS17']);
    expect(splitWords('환불,계좌/스킬-서버')).toEqual(['환불', '계좌', '스킬', '서버']);
  });
});

describe('query parsing', () => {
  it('drops filler words but never empties the query', () => {
    expect(parseQuery('환불 계좌 어떻게 등록하는 방법 알려주세요').words.map((w) => w.text)).toEqual(['환불', '계좌', '등록하는']);
    expect(parseQuery('방법').words.map((w) => w.text)).toEqual(['방법']);
    for (const filler of ['어떻게', '방법', '있나요', '알려주세요', '싶어요']) expect(FILLER_WORDS.has(filler)).toBe(true);
    // Endings alone are filler without being listed (하나요, 되나요, 해요, 가능한지).
    for (const filler of ['하나요', '되나요', '돼요', '해요', '해야', '하고', '되는지', '가능한지', '수고하세요']) expect(parseQuery(`환불 ${filler}`).words.map((w) => w.text)).toEqual(['환불']);
    // "X 말고" (not X but another) names what is not wanted.
    expect(parseQuery('4321 말고 다른 포트').words.map((w) => w.text)).toEqual(['4321', '다른', '포트']);
    // 아무것도 못 해요 (can do nothing at all) stresses the complaint; it names nothing.
    expect(parseQuery('앱이 튕겨서 아무것도 못 해요').words.map((w) => w.text)).toEqual(['앱이', '튕겨서']);
    // 제가 (I) is the asker, not the topic.
    expect(parseQuery('제가 해외직구로 시켰는데').words.map((w) => w.text)).toEqual(['해외직구로', '시켰는데']);
  });

  it('drops a face made of vowels (ㅠㅠ, ㅜㅜ) and 중에 (among), but keeps 초성', () => {
    expect(parseQuery('푸시 알림 안 와요 ㅠㅠ').words.map((w) => w.text)).toEqual(['푸시', '알림']);
    expect(parseQuery('환불 ㅜㅜ').words.map((w) => w.text)).toEqual(['환불']);
    expect(parseQuery('폰 두 대 중에 한 대만').words.map((w) => w.text)).not.toContain('중에');
    expect(parseQuery('ㅎㅂ ㄱㅈ').words.map((w) => w.text)).toEqual(['ㅎㅂ', 'ㄱㅈ']);
  });

  it('reads a particle written onto a Latin word as part of it (Netlify에, API를)', () => {
    expect(parseQuery('Netlify에 배포').words.map((w) => w.text)).toEqual(['netlify', '배포']);
    expect(parseQuery('API를 호출하려면').words.map((w) => w.text)).toEqual(['api', '호출하려면']);
    // A Hangul word glued to Latin that is no particle stays a word of its own.
    expect(parseQuery('API키').words.map((w) => w.text)).toEqual(['api', '키']);
    expect(parseQuery('에 대해').words.map((w) => w.text)).toContain('에');
  });

  it('reads a particle written onto a closing bracket or quote as the word before it has it (getImage()를, "결제"가)', () => {
    expect(parseQuery('getImage()를 호출').words.map((w) => w.text)).toEqual(['getimage', '호출']);
    expect(parseQuery('"결제"가 안 돼요').words.map((w) => w.text)).toEqual(['결제']);
    // Not one written after a space, nor a word that is no particle.
    expect(parseQuery('getImage() 를').words.map((w) => w.text)).toContain('를');
    expect(parseQuery('(부분)환불').words.map((w) => w.text)).toEqual(['부분', '환불']);
  });

  it('drops words that are only endings (하는지, 되나요)', () => {
    expect(parseQuery('2단계 인증 설정 하는지 되나요').words.map((w) => w.text)).toEqual(['2단계', '인증', '설정']);
  });

  it('drops an ending written onto another, the space before the auxiliary left out (해야되요, 해도돼요)', () => {
    for (const fused of ['해야되요', '해야돼요', '해야되나요', '해도되요', '해도돼요']) expect(parseQuery(`교환 신청 ${fused}`).words.map((w) => w.text), fused).toEqual(['교환', '신청']);
    // A word with a stem of its own stays: 적용되나요 is 적용 made a verb.
    expect(parseQuery('할인 적용되나요').words.map((w) => w.text)).toEqual(['할인', '적용되나요']);
  });

  it('joins a number with its unit and classifies words', () => {
    const parsed = parseQuery('500 개 ㅎㅂ ghksqnf API');
    expect(parsed.words.map((w) => [w.text, w.kind])).toEqual([
      ['500개', 'mixed'],
      ['ㅎㅂ', 'choseong'],
      ['ghksqnf', 'latin'],
      ['api', 'latin'],
    ]);
    expect(parsed.words[3]!.raw).toBe('API');
  });

  it('reads the kind of question from intent words: trouble, definition, when', () => {
    expect(parseQuery('결제가 안 돼요')).toMatchObject({ intent: 'trouble' });
    expect(parseQuery('웹훅이란').words.map((w) => w.text)).toEqual(['웹훅']);
    expect(parseQuery('웹훅이란').intent).toBe('definition');
    expect(parseQuery('누리플러스가 뭐예요')).toMatchObject({ intent: 'definition', words: [{ text: '누리플러스가' }] });
    expect(parseQuery('환불 뭐 해야 돼요').intent).not.toBe('definition');
    // 뜻 with the copula (무슨 뜻이에요, 의미인가요) asks what it means, and is no verb to leave out.
    expect(parseQuery('배송 시작이 무슨 뜻이에요')).toMatchObject({ intent: 'definition', words: [{ text: '배송' }, { text: '시작이' }] });
    expect(parseQuery('무이자 의미인가요').intent).toBe('definition');
    // A bare 정의, 뜻 or 의미 before a word of the topic is a noun of it: 사용자 정의 is "custom".
    expect(parseQuery('스큐 보호 뜻')).toMatchObject({ intent: 'definition', words: [{ text: '스큐' }, { text: '보호' }] });
    expect(parseQuery('스큐 보호 뜻 알려주세요').intent).toBe('definition');
    const custom = parseQuery('사용자 정의 클라이언트 지시어');
    expect(custom.intent).toBeUndefined();
    expect(custom.words.map((w) => w.text)).toEqual(['사용자', '정의', '클라이언트', '지시어']);
    const when = parseQuery('반품 언제까지 가능');
    expect(when.intent).toBe('time');
    expect(when.words.map((w) => w.text)).toEqual(['반품']);
    for (const word of ['언제', '언제쯤', '언제부터']) expect(wordIntent(word)).toEqual({ intent: 'time', rest: '' });
    expect(wordIntent('언제든지')).toBeUndefined();
    // The reason for something is a question of why: troubleshooting pages answer it.
    const why = parseQuery('친구 수 줄어든 이유가 궁금해요');
    expect(why.intent).toBe('trouble');
    expect(why.words.map((w) => w.text)).toEqual(['친구', '줄어든']);
    expect(wordIntent('이유식')).toBeUndefined();
    // So is a question of why, and a complaint that nothing happens; a question whether there is
    // none is not.
    expect(parseQuery('env 값이 undefined로 나와요 왜 그런가요').intent).toBe('trouble');
    expect(parseQuery('버튼 눌러도 아무 반응이 없어요')).toMatchObject({ intent: 'trouble', words: [{ text: '버튼' }, { text: '눌러도' }, { text: '아무' }, { text: '반응이' }] });
    expect(parseQuery('무료 배송 쿠폰 없나요').intent).toBeUndefined();
  });

  it('joins a number with its unit only (500 개, 3 개월), reads 1대1 as 1:1, and drops greetings', () => {
    expect(parseQuery('3 개월까지 할부').words.map((w) => w.text)).toEqual(['3개월까지', '할부']);
    expect(parseQuery('1:1 문의').words.map((w) => w.text)).toEqual(['1', '1', '문의']);
    expect(parseQuery('1대1 문의').words.map((w) => w.text)).toEqual(['1', '1', '문의']);
    expect(normalizeText('일대일 1 대 1')).toBe('일대일 1:1');
    expect(normalizeText('10대 20대 고객, 차량 2대 3대')).toBe('10대 20대 고객, 차량 2대 3대');
    expect(parseQuery('안녕하세요 환불 문의드려요 감사합니다').words.map((w) => w.text)).toEqual(['환불', '문의드려요']);
    // 두 번 (twice) is one word, which the vocabulary reads as a duplicate; 한 번 stays filler.
    expect(parseQuery('결제가 두 번 됐어요').words.map((w) => w.text)).toEqual(['결제가', '두번']);
    expect(parseQuery('한 번 결제').words.map((w) => w.text)).toEqual(['결제']);
    expect(parseQuery('두 번째 결제').words.map((w) => w.text)).not.toContain('두번째');
    expect(parseQuery('여러 번 결제').words.map((w) => w.text)).toEqual(['여러번', '결제']);
    // 한 달 (a month) is one word, as typed unspaced; 한 alone stays filler.
    expect(parseQuery('멤버십 한 달에 얼마예요').words.map((w) => w.text)).toEqual(['멤버십', '한달에', '얼마예요']);
    expect(parseQuery('한 대 더').words.map((w) => w.text)).not.toContain('한대');
    // A call for attention opens a question and names nothing.
    expect(parseQuery('저기 판매자한테 재입고 문의').words.map((w) => w.text)).toEqual(['판매자한테', '재입고', '문의']);
    expect(parseQuery('저기요 쿠폰 적용').words.map((w) => w.text)).toEqual(['쿠폰', '적용']);
    // 안에서 (inside) is where, not a word of the topic, nor the negation 안.
    expect(parseQuery('마크다운 안에서 컴포넌트').words.map((w) => w.text)).toEqual(['마크다운', '컴포넌트']);
  });

  it('reads 몇 and a counter as one question word: how long is a question of when, how many no topic', () => {
    for (const query of ['할부 몇개월', '할부 몇 개월까지', '몇 시까지 주문']) {
      expect(parseQuery(query).intent, query).toBe('time');
      expect(parseQuery(query).words.map((w) => w.text), query).not.toContain('몇');
    }
    expect(parseQuery('결제 몇 번').words.map((w) => w.text)).toEqual(['결제']);
    expect(parseQuery('결제 몇 번').intent).toBeUndefined();
    // 몇 before a noun that is no counter asks how many of it, like 뭐뭐 asks what all: no topic.
    expect(parseQuery('몇 가지 상품').words.map((w) => w.text)).toEqual(['상품']);
    expect(parseQuery('번호 몇 자리').words.map((w) => w.text)).toEqual(['번호', '자리']);
    expect(parseQuery('포인트 1점이 몇 원이에요').words.map((w) => w.text)).toEqual(['포인트', '1점이', '원이에요']);
    expect(parseQuery('돈 내는 방법 뭐뭐 있어요').words.map((w) => w.text)).toEqual(['돈', '내는']);
    // 곳 asks where, like 어디: 카드 전표 뽑는 곳 is about 카드 전표.
    expect(parseQuery('카드 전표 뽑는 곳').words.map((w) => w.text)).toEqual(['카드', '전표', '뽑는']);
    expect(pageIntents('새벽배송은 몇 시까지 주문하나요?', [])).toEqual(['time']);
  });

  it('tells pages that say when or how long by their title and tags', () => {
    expect(pageIntents('환불은 며칠 걸리나요?', [])).toEqual(['time']);
    expect(pageIntents('반품 신청', ['신청 기간'])).toEqual(['time']);
    expect(pageIntents('결제가 안 돼요', [])).toEqual(['trouble']);
    expect(pageIntents('웹훅이란?', [])).toEqual(['definition']);
    expect(pageIntents('반품 택배비는 누가 내나요?', ['택배비'])).toEqual([]);
  });

  it('tells a definition page by a first sentence that says what a title word is', () => {
    expect(pageIntents('아일랜드 아키텍처', [], 'Astro는 아일랜드 아키텍처라고 불리는 새 프런트엔드 패턴을 널리 알렸습니다.')).toEqual(['definition']);
    expect(pageIntents('누리플러스 멤버십 혜택', [], '누리플러스는 월 4,900원을 내고 혜택을 받는 유료 멤버십입니다.')).toEqual(['definition']);
    // A sentence that describes the page, or opens with another word, defines nothing.
    expect(pageIntents('오류 참조', [], '다음 참조는 Astro를 쓰면서 만날 수 있는 오류의 전체 목록입니다.')).toEqual(['trouble']);
    expect(pageIntents('배송 조회', [], '배송 조회는 주문 내역에서 할 수 있습니다.')).toEqual([]);
  });

  it('caps what a pasted essay can cost', () => {
    const parsed = parseQuery('환불 '.repeat(1000));
    expect(parsed.text.length).toBeLessThanOrEqual(200);
    expect(parsed.words.length).toBeLessThanOrEqual(12);
  });

  it('counts only the words that name something towards the cap: a chatty question keeps what it asks last', () => {
    const chatty = parseQuery('그냥 좀 궁금해서 여쭤보는 건데요 제가 광고 알림은 전부 꺼 놨거든요 근데 포인트 소멸 예정이라는 알림은 계속 오더라고요 이건 왜 오는 건가요');
    expect(chatty.words.map((w) => w.text)).toContain('포인트');
    expect(chatty.words.map((w) => w.text)).toContain('소멸');
    // Pointing and linking words (이거, 이게, 근데), 것도, 그중에 and a polite closing name nothing.
    expect(parseQuery('이거 근데 이게 그중에 하나만 취소하는 것도 돼요 부탁드려요').words.map((w) => w.text)).toEqual(['하나만', '취소하는']);
    // Nor do the openings of a letter (수고 많으십니다, 다름이 아니라).
    expect(parseQuery('수고 많으십니다. 다름이 아니라 영수증 뽑을 수 있을까요').words.map((w) => w.text)).toEqual(['영수증', '뽑을']);
  });
});

describe('synonyms', () => {
  const rules = toSynonymRules([{ same: ['탈퇴', '해지'] }, { from: ['돈 돌려받기'], to: ['환불'] }, { same: ['변경', '바꾸다'] }]);

  it('match with particles and endings attached, both ways for same-rules', () => {
    expect(matchSynonyms(['탈퇴하려면'], rules)).toEqual([{ start: 0, length: 1, group: 0 }]);
    expect(matchSynonyms(['해지를'], rules)).toEqual([{ start: 0, length: 1, group: 0 }]);
    expect(matchSynonyms(['돈을', '돌려받으려면'], rules)).toEqual([{ start: 0, length: 2, group: 1 }]);
    expect(matchSynonyms(['바꾸고'], rules)).toEqual([{ start: 0, length: 1, group: 2 }]);
  });

  it('match a phrase typed without its spaces', () => {
    expect(matchSynonyms(['돈돌려받기'], rules)).toEqual([{ start: 0, length: 1, group: 1 }]);
    expect(matchSynonyms(['돈돌려받으려면'], rules)).toEqual([{ start: 0, length: 1, group: 1 }]);
    expect(matchSynonyms(['돈돌'], rules)).toEqual([]);
  });

  it('match a verb whose ending fused its ㄹ or ㄴ into the stem (옮길, 바꾼), in rules of verbs only', () => {
    const verbs = toSynonymRules([{ from: ['옮기다', '옮겨'], to: ['이동'] }, { from: ['지우다', '지워'], to: ['삭제'] }, { same: ['다크 모드', '모드'] }]);
    for (const typed of ['옮길', '옮긴', '옮길까요', '옮길래요']) expect(matchSynonyms([typed], verbs), typed).toEqual([{ start: 0, length: 1, group: 0 }]);
    expect(matchSynonyms(['지운', '지울'], verbs)).toEqual([
      { start: 0, length: 1, group: 1 },
      { start: 1, length: 1, group: 1 },
    ]);
    // 지원 is no 지워 + ㄴ (an 아/어 form takes no fused ending); 옮김 is no 옮기 + ㄹ or ㄴ; a rule of
    // nouns does not fuse (모든 is "all", not 모드).
    for (const typed of ['지원', '옮김', '모든']) expect(matchSynonyms([typed], verbs), typed).toEqual([]);
  });

  it('do not fire inside other words or one way backwards', () => {
    expect(matchSynonyms(['해지선'], rules)).toEqual([]);
    expect(matchSynonyms(['환불'], rules)).toEqual([]);
  });

  it('put a page in a group by any phrase of it, as stems (one-way rules by both sides)', () => {
    expect(groupTriggers(rules)).toEqual(
      new Map([
        [0, [['탈퇴'], ['해지']]],
        [1, [['돈', '돌려'], ['환불']]],
        [2, [['변경'], ['바꾸']]],
      ]),
    );
    expect(groupWords(rules[1]!)).toEqual(['돈', '돌려', '환불']);
  });
});
