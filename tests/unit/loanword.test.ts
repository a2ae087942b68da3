import { describe, expect, it } from 'vitest';
import { borrowedSound, soundKey } from '../../src/lib/search/loanword.ts';

describe('the sound of a loanword', () => {
  it.each([
    ['타입스크립트', 'TypeScript'],
    ['자바스크립트', 'javascript'],
    ['넷리파이', 'Netlify'],
    ['서버리스', 'serverless'],
    ['마크다운', 'Markdown'],
    ['플러그인', 'plugin'],
    ['컨피그', 'config'],
    ['엔드포인트', 'endpoint'],
    ['리다이렉트', 'redirect'],
    ['렌더링', 'rendering'],
    ['콜백', 'callback'],
    ['컬렉션', 'collection'],
    ['하이드레이션', 'hydration'],
    ['프레임워크', 'framework'],
    ['클라우드플레어', 'Cloudflare'],
  ])('%s sounds like %s', (hangul, latin) => {
    expect(soundKey(hangul)).toBeDefined();
    expect(soundKey(hangul)).toBe(soundKey(latin));
  });

  it('follows how Korean hears English: soft and hard c, r silent before a consonant, ng as ㅇ', () => {
    expect(soundKey('pricing')).toBe('plsg');
    expect(soundKey('프라이싱')).toBe('plsg');
    expect(soundKey('cluster')).toBe(soundKey('클러스터'));
    expect(soundKey('permission')).toBe('pmsn');
    expect(soundKey('퍼미션')).toBe('pmsn');
    expect(soundKey('rendering')).toBe('lntlg');
  });

  it('says nothing for words of fewer than four consonants, or of other letters', () => {
    for (const word of ['리액트', 'react', '도커', 'docker', '웹훅', '타입', 'api2', '']) expect(soundKey(word), word).toBeUndefined();
  });

  it('is asked of Hangul words only when they look borrowed (스, 트, 크 … or -션)', () => {
    expect(borrowedSound('타입스크립트')).toBe('tpsklpt');
    expect(borrowedSound('컬렉션')).toBe(soundKey('collection'));
    // 불필요 and variable share their consonants, but 불필요 has no borrowed spelling.
    expect(soundKey('불필요')).toBe(soundKey('variable'));
    expect(borrowedSound('불필요')).toBeUndefined();
    expect(borrowedSound('설정하기')).toBeUndefined();
    // 으 is a word of its own, not a spelled-out consonant.
    expect(borrowedSound('그으름')).toBeUndefined();
  });
});
