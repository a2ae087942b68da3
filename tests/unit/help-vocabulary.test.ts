/**
 * The built-in help-centre vocabulary (src/lib/search/help-vocabulary.ts): every rule matches the
 * typed forms it lists and none of its near misses, its phrases put pages in the group by stems
 * long enough to be safe, and the list stays general (no product names) and consistent.
 */
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/lib/search/analyze.ts';
import { HELP_VOCABULARY, type VocabularyRule } from '../../src/lib/search/help-vocabulary.ts';
import { vocabularyRules } from '../../src/data/synonyms.ts';
import { groupTriggers, matchSynonyms } from '../../src/lib/search/synonyms.ts';

/**
 * Members whose first stem is one character and is still safe: either a page word starting with it
 * is nearly always the same word, or the phrase needs its second word too.
 */
const SHORT_STEM_ALLOWED: Record<string, string> = {
  넣: '넣다 only: no common word starts with 넣',
  끄: '끄다 only (끄덕 is rare in help pages); 꺼 is not listed because of 꺼내다',
  켜: '켜다/켜지다 only',
  켰: '켜다 only',
  껐: '끄다 only',
  찾: '찾다 only; its page words (찾기, 찾아) are all "find"',
  찍: '찍다 only (촬영, QR 스캔, 캡처)',
  긁: '긁다 only (a card swiped: 결제); 긁적 is not help-centre vocabulary',
  뽑: '뽑다 only (출력, 발급); 뽑기 the game is not help-centre vocabulary',
  렉: 'slang for lag; no other common word starts with 렉',
  앱: 'the noun itself; no other common word starts with 앱',
  폰: 'the noun itself; 폰트 is the one other word, accepted for the 휴대폰 group',
  값: 'the noun itself (값이, 값을); 결괏값 and 입력값 do not start with it',
  돈: 'the noun itself (돈이, 돈을)',
  찜: 'the noun itself (찜하기, 찜한); 찜질 is not help-centre vocabulary',
  폼: 'the noun itself (폼을, 폼에서: a form); 폼나다 is not help-centre vocabulary',
  '돈 빼': 'phrase: a page needs a 돈 word and a 빼 word',
  '돈 빼기': 'phrase: a page needs a 돈 word and 빼기',
  '돈 뺐': 'phrase: a page needs a 돈 word and a 뺐 word',
  '돈 꺼내': 'phrase: a page needs a 돈 word and a 꺼내 word',
  '돈 없': 'phrase: a page needs a 돈 word and an 없 word',
  '맨 위': 'phrase: a page needs a 맨 word and a 위 word',
  '맨 앞': 'phrase: a page needs a 맨 word and an 앞 word',
  '돈 부족': 'phrase: a page needs a 돈 word and a 부족 word',
  '돈 내': 'phrase: a page needs a 돈 word and a 내 word (내역 is no 내 + ending)',
  '돈 냈': 'phrase: a page needs a 돈 word and a 냈 word',
  '돈 들어오': 'phrase: a page needs a 돈 word and a 들어오 word',
  '돈 들어와': 'phrase: a page needs a 돈 word and a 들어와 word',
  '돈 들어왔': 'phrase: a page needs a 돈 word and a 들어왔 word',
  '돈 돌아오': 'phrase: a page needs a 돈 word and a 돌아오 word',
  '돈 돌아와': 'phrase: a page needs a 돈 word and a 돌아와 word',
  '돈 돌아왔': 'phrase: a page needs a 돈 word and a 돌아왔 word',
  '폰 바꾸': 'phrase: a page needs a 폰 word and a 바꾸 word',
  '폰 바꿨': 'phrase: a page needs a 폰 word and a 바꿨 word',
  '폰 번호': 'phrase: a page needs a 폰 word and a 번호 word',
  샀: '사다 only (past tense)',
  냈: '내다 only (past tense)',
  '남은 돈': 'phrase (남은 → 남): a page needs a 남 word and a 돈 word',
  '남은 금액': 'phrase (남은 → 남): a page needs a 남 word and a 금액 word',
  '안 됨': 'phrase: a page needs 안 and a 됨 word',
  '안 보여': 'phrase: a page needs 안 and a 보여 word',
  '몇 살': 'phrase: a page needs a 몇 word and a 살 word (몇 살까지)',
  '몇 달': 'phrase: a page needs a 몇 word and a 달 word',
  '몇 프로': 'phrase: a page needs a 몇 word and a 프로 word',
  '몇 퍼센트': 'phrase: a page needs a 몇 word and a 퍼센트 word',
  '몇 개월': 'phrase: a page needs a 몇 word and a 개월 word',
};

/** Product, brand and service names: the vocabulary must fit any help centre. */
const PRODUCT_NAMES = ['누리', '누톡', '카카오', '카톡', '네이버', '쿠팡', '배민', '토스', '당근마켓', '구글', '삼성', '갤럭시', '아이폰', 'kakao', 'naver', 'coupang', 'google', 'samsung', 'iphone', 'galaxy', 'toss', 'paypal', 'facebook', 'instagram'];
/** Whole words only: these also occur inside ordinary words (애플리케이션, 온라인). */
const PRODUCT_WORDS = ['애플', 'apple', '라인', 'line', '페이코', 'payco'];

const members = (rule: VocabularyRule): string[] => [...(rule.same ?? []), ...(rule.from ?? []), ...(rule.to ?? [])];
const label = (rule: VocabularyRule): string => (rule.same ? rule.same.join('·') : `${rule.from!.join('·')} → ${rule.to!.join('·')}`);
/** A rule as the search uses it: with the -아/-어 forms the build adds to its verbs. */
const asSynonymRule = (rule: VocabularyRule) => vocabularyRules([rule])[0]!;
const isLatin = (text: string): boolean => /^[a-z0-9 ]+$/.test(text) && /[a-z]/.test(text);

const rules = HELP_VOCABULARY.map(asSynonymRule);

describe('help vocabulary: each rule', () => {
  describe.each(HELP_VOCABULARY.map((rule, index) => [label(rule), rule, index] as const))('%s', (_, rule, index) => {
    const synonym = asSynonymRule(rule);

    it('is either {same} or {from, to}, with no member twice', () => {
      expect(Boolean(rule.same) !== Boolean(rule.from && rule.to)).toBe(true);
      if (rule.same) expect(rule.same.length).toBeGreaterThanOrEqual(2);
      else expect(rule.from!.length * rule.to!.length).toBeGreaterThan(0);
      expect(new Set(members(rule)).size).toBe(members(rule).length);
      expect(rule.matches.length).toBeGreaterThanOrEqual(2);
      expect(rule.not.length).toBeGreaterThanOrEqual(1);
    });

    it.each(rule.matches)('matches %s as one phrase from its first word', (typed) => {
      const words = wordsOf(typed);
      expect(matchSynonyms(words, [synonym])).toEqual([{ start: 0, length: words.length, group: 0 }]);
    });

    it.each(rule.not)('does not match %s', (typed) => {
      expect(matchSynonyms(wordsOf(typed), [synonym])).toEqual([]);
    });

    it('wins its typed forms in the whole list (no other rule takes them first)', () => {
      for (const typed of rule.matches) {
        const words = wordsOf(typed);
        expect(matchSynonyms(words, rules), typed).toEqual([{ start: 0, length: words.length, group: index }]);
      }
    });

    it('puts pages in the group by stems of two or more characters', () => {
      const phrases = groupTriggers([synonym]).get(0)!;
      // The phrases as the search uses them, the -아/-어 forms the build adds included.
      const unique = [...new Set([...synonym.from, ...synonym.to])];
      expect(phrases).toHaveLength(unique.length);
      unique.forEach((member, k) => {
        const stems = phrases[k]!;
        expect(stems.every((s) => s.length > 0), member).toBe(true);
        if (isLatin(member) || member in SHORT_STEM_ALLOWED) return;
        expect(stems[0]!.length, `${member} → ${stems.join(' ')}`).toBeGreaterThanOrEqual(2);
      });
    });
  });
});

describe('help vocabulary: the whole list', () => {
  it('has at least 160 rules', () => {
    expect(HELP_VOCABULARY.length).toBeGreaterThanOrEqual(160);
  });

  it('has no rule twice', () => {
    const keys = HELP_VOCABULARY.map((rule) =>
      JSON.stringify(rule.same ? { same: [...rule.same].sort() } : { from: [...rule.from!].sort(), to: [...rule.to!].sort() }),
    );
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('lets each typed phrase trigger one rule only', () => {
    const owner = new Map<string, number>();
    const clashes: string[] = [];
    rules.forEach((rule, index) => {
      for (const phrase of rule.from) {
        const key = groupTriggers([{ ...rule, from: [phrase], to: [] }]).get(0)![0]!.join(' ');
        if (owner.has(key) && owner.get(key) !== index) clashes.push(`${phrase} (${label(HELP_VOCABULARY[owner.get(key)!]!)} / ${label(HELP_VOCABULARY[index]!)})`);
        owner.set(key, index);
      }
    });
    expect(clashes).toEqual([]);
  });

  it('names no product or brand', () => {
    const texts = HELP_VOCABULARY.flatMap((rule) => [...members(rule), ...rule.matches]).map((t) => t.toLowerCase());
    const found = texts.filter((text) => PRODUCT_NAMES.some((name) => text.includes(name)) || wordsOf(text).some((word) => PRODUCT_WORDS.includes(word)));
    expect(found).toEqual([]);
  });

  it('keeps its allow-list of short stems to members that exist', () => {
    const all = new Set(HELP_VOCABULARY.flatMap(members));
    expect(Object.keys(SHORT_STEM_ALLOWED).filter((member) => !all.has(member))).toEqual([]);
  });
});
