/** The -아/-어 forms the vocabulary's verb rules also match (src/lib/search/verb-forms.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchSynonyms, vocabularyRules } from '../../src/data/synonyms.ts';
import { contractedForm, fusedStems, withContractedForms } from '../../src/lib/search/verb-forms.ts';

describe('the -아/-어 form of a verb stem', () => {
  it('fuses the ending into the last vowel (ㅜ → ㅝ, ㅗ → ㅘ, ㅣ → ㅕ, ㅚ → ㅙ)', () => {
    expect(contractedForm('그만두')).toBe('그만둬');
    expect(contractedForm('바꾸')).toBe('바꿔');
    expect(contractedForm('옮기')).toBe('옮겨');
    expect(contractedForm('비우')).toBe('비워');
    expect(contractedForm('내보')).toBe('내봐');
    expect(contractedForm('안되')).toBe('안돼');
  });

  it('drops ㅡ by the vowel before it, and doubles the ㄹ of 르', () => {
    expect(contractedForm('모으')).toBe('모아');
    expect(contractedForm('담그')).toBe('담가');
    expect(contractedForm('누르')).toBe('눌러');
    expect(contractedForm('고르')).toBe('골라');
  });

  it('is the stem itself after ㅐ or ㅔ, which take -어 unchanged', () => {
    expect(contractedForm('쪼개')).toBe('쪼개');
    expect(contractedForm('건네')).toBe('건네');
  });

  it('is none for a one-syllable stem, a stem with a final consonant, or 하다', () => {
    expect(contractedForm('끄')).toBeUndefined();
    expect(contractedForm('내')).toBeUndefined();
    expect(contractedForm('끊')).toBeUndefined();
    expect(contractedForm('설정하')).toBeUndefined();
  });
});

describe('a rule\'s phrases with their -아/-어 forms', () => {
  it('adds the form of each dictionary-form verb, its last word only', () => {
    expect(withContractedForms(['그만두다', '그만뒀'])).toEqual(['그만두다', '그만뒀', '그만둬', '그만둬서']);
    expect(withContractedForms(['장바구니 비우다'])).toEqual(['장바구니 비우다', '장바구니 비워', '장바구니 비워서']);
  });

  it('adds it with -서 too, which the query code does not cut (계산서 is a noun): 나눠서 보내졌어요', () => {
    expect(withContractedForms(['나누다'])).toContain('나눠서');
    expect(withContractedForms(['옮기다'])).toContain('옮겨서');
  });

  it('writes a stem ending in ㅐ or ㅔ, whose -어 form is the stem itself, with its -서: 쪼개서 내면', () => {
    expect(withContractedForms(['쪼개다'])).toEqual(['쪼개다', '쪼개', '쪼개서']);
    expect(withContractedForms(['건네다'])).toContain('건네서');
    // One syllable stays out, as with the other vowels (내 begins 내역, 내용).
    expect(withContractedForms(['내다', '세다'])).toEqual(['내다', '세다']);
  });

  it('leaves nouns and polite forms alone, and lists a form once', () => {
    expect(withContractedForms(['삭제', '다릅니다'])).toEqual(['삭제', '다릅니다']);
    expect(withContractedForms(['바꾸다', '바꿔'])).toEqual(['바꾸다', '바꿔', '바꿔서']);
  });

  it('are the vocabulary\'s verb rules as the search uses them, not the writers\' rules', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doum-synonyms-'));
    const file = path.join(dir, 'synonyms.yaml');
    fs.writeFileSync(file, '- same: [변경, 바꾸다]\n');
    try {
      const rules = searchSynonyms(file);
      expect(rules[0]!.from).toEqual(['변경', '바꾸다']);
      expect(rules.find((r) => r.from.includes('그만두다'))!.from).toContain('그만둬');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never add a form the rule keeps out (비워 두면 is "leave empty")', () => {
    expect(vocabularyRules([{ from: ['비우다'], to: ['삭제'], matches: [], not: ['비워'] }])[0]!.from).toEqual(['비우다']);
    expect(vocabularyRules([{ from: ['비우다'], to: ['삭제'], matches: [], not: [] }])[0]!.from).toEqual(['비우다', '비워', '비워서']);
  });
});

describe('a verb stem with a fused ㄹ or ㄴ', () => {
  it('writes the ending into the last syllable (되살리 → 되살릴, 되살린; 바꾸 → 바꿀, 바꾼)', () => {
    expect(fusedStems('되살리')).toEqual(['되살릴', '되살린']);
    expect(fusedStems('바꾸')).toEqual(['바꿀', '바꾼']);
    expect(fusedStems('없애')).toEqual(['없앨', '없앤']);
  });

  it('gives none for one syllable, a final consonant, or a stem in ㅓ, ㅕ or ㅝ', () => {
    expect(fusedStems('끄')).toEqual([]);
    expect(fusedStems('돌려')).toEqual([]);
    expect(fusedStems('지워')).toEqual([]);
    expect(fusedStems('옮겨')).toEqual([]);
    expect(fusedStems('찾')).toEqual([]);
    expect(fusedStems('돌려받')).toEqual([]);
  });
});
