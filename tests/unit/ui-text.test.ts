import { describe, expect, it } from 'vitest';
import { searchText } from '../../src/lib/ui-text.ts';

describe('the note over a partial answer', () => {
  it('names the words left out, with no particle to guess', () => {
    expect(searchText.fallbackNote('엉뚱하게')).toBe('‘엉뚱하게’ 없이 나머지 단어로 찾은 도움말입니다.');
  });

  it('says so when the pages have every word, only not as what they are about (no empty quotes)', () => {
    expect(searchText.fallbackNote('')).toBe('단어는 모두 들어 있지만 그 단어들을 주로 다루지는 않는 도움말입니다.');
  });
});
