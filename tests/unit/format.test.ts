import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, isoDay, plainTextOf, truncate } from '../../src/lib/format.ts';

describe('formatDate', () => {
  it('formats as YYYY.MM.DD with zero padding', () => {
    expect(formatDate(new Date('2025-03-04T00:00:00Z'))).toBe('2025.03.04');
    expect(formatDate(new Date('2025-12-31T00:00:00Z'))).toBe('2025.12.31');
  });

  it('uses the UTC day, as YAML dates are midnight UTC', () => {
    expect(formatDate(new Date('2025-03-14T23:59:59Z'))).toBe('2025.03.14');
    expect(formatDate(new Date('2025-03-14T09:00:00+09:00'))).toBe('2025.03.14');
    expect(formatDate(new Date('2025-03-15T08:59:59+09:00'))).toBe('2025.03.14');
  });
});

describe('isoDay', () => {
  it('gives YYYY-MM-DD in UTC', () => {
    expect(isoDay(new Date('2025-03-04T00:00:00Z'))).toBe('2025-03-04');
    expect(isoDay(new Date('2024-02-29T23:00:00Z'))).toBe('2024-02-29');
    expect(isoDay(new Date('2025-01-01T08:00:00+09:00'))).toBe('2024-12-31');
  });
});

describe('formatCount', () => {
  it('adds thousands separators', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1234)).toBe('1,234');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});

describe('plainTextOf', () => {
  it('keeps the words of a realistic FAQ body', () => {
    const mdx = [
      '자동 충전을 켜 두면 **잔액**이 줄어도 _봇_이 멈추지 않습니다.',
      '',
      '<Steps>',
      '',
      '1. <MenuPath path="관리자센터 > 나의 월렛 > 자동 충전" />으로 이동합니다.',
      '2. **기준 금액**을 입력합니다.',
      '',
      '</Steps>',
      '',
      '<Note type="warning">',
      '',
      '카드 결제가 실패하면 [결제 수단](/faq/payment-card/)을 바꿔 주세요.',
      '',
      '</Note>',
      '',
      '관련 도움말: <FaqLink id="refund-account" />',
    ].join('\n');
    expect(plainTextOf(mdx)).toMatchInlineSnapshot(`"자동 충전을 켜 두면 잔액이 줄어도 봇이 멈추지 않습니다. 관리자센터 > 나의 월렛 > 자동 충전 으로 이동합니다. 기준 금액을 입력합니다. 카드 결제가 실패하면 결제 수단을 바꿔 주세요. 관련 도움말:"`);
  });

  it('keeps the path of a component such as MenuPath', () => {
    expect(plainTextOf('<MenuPath path="설정 > 팀원" /> 메뉴')).toBe('설정 > 팀원 메뉴');
  });

  it('drops tables, fenced code and images', () => {
    const mdx = [
      '요금은 아래와 같습니다.',
      '',
      '| 구분 | 요금 |',
      '| --- | --- |',
      '| 기본 | 10원 |',
      '',
      '```js',
      'const secret = "코드는 요약에 나오지 않습니다";',
      '```',
      '',
      '![화면 캡처](/images/wallet.png)',
      '끝.',
    ].join('\n');
    expect(plainTextOf(mdx)).toBe('요금은 아래와 같습니다. 끝.');
  });

  it('keeps inline code text without backticks and link text without the URL', () => {
    expect(plainTextOf('`API 키`를 [새로 발급](https://example.com/keys)하세요.')).toBe('API 키를 새로 발급하세요.');
  });

  it('drops heading, quote and list marks', () => {
    expect(plainTextOf('## 환불 기간\n\n> 참고하세요\n\n- 첫째\n* 둘째\n+ 셋째\n10. 열째')).toBe('환불 기간 참고하세요 첫째 둘째 셋째 열째');
  });

  it('drops strike-through marks', () => {
    expect(plainTextOf('~~예전 요금~~ 새 요금')).toBe('예전 요금 새 요금');
  });

  it('unescapes MDX escapes that are not Markdown marks', () => {
    expect(plainTextOf('a \\< b, \\{값\\}, \\[대괄호\\], \\#해시, \\|파이프\\|')).toBe('a < b, {값}, [대괄호], #해시, |파이프|');
  });

  it('collapses whitespace and trims', () => {
    expect(plainTextOf('  첫 줄\n\n\n   둘째   줄\t끝  ')).toBe('첫 줄 둘째 줄 끝');
    expect(plainTextOf('')).toBe('');
  });
});

describe('truncate', () => {
  it('returns short text unchanged', () => {
    expect(truncate('환불 안내', 10)).toBe('환불 안내');
    expect(truncate('1234567890', 10)).toBe('1234567890');
  });

  it('cuts at the last space within the limit and adds an ellipsis', () => {
    expect(truncate('가나다 라마바 사아자 차카타', 10)).toBe('가나다 라마바…');
    expect(truncate('환불 계좌를 바꾸는 방법을 알려 드립니다', 15)).toBe('환불 계좌를 바꾸는 방법을…');
    expect(truncate('환불 계좌를 바꾸는 방법을 알려 드립니다', 13)).toBe('환불 계좌를 바꾸는…');
  });

  it('cuts mid-word when the last space is too early (not past 60% of the limit)', () => {
    expect(truncate('가 나다라마바사아자차카타', 10)).toBe('가 나다라마바사아자…');
    expect(truncate('가나다라마바사아자차카타', 5)).toBe('가나다라마…');
  });

  it('does not leave a space before the ellipsis', () => {
    expect(truncate('가나다라마바사아 자차카타', 9)).toBe('가나다라마바사아…');
  });

  it('never returns more than max characters plus the ellipsis', () => {
    const text = '자동 충전은 하루 최대 3회까지 실행되며 실행될 때마다 알림 메일이 발송됩니다.';
    for (let max = 1; max < text.length; max++) {
      const cut = truncate(text, max);
      expect(cut.endsWith('…'), String(max)).toBe(true);
      expect(cut.length, String(max)).toBeLessThanOrEqual(max + 1);
      expect(text.startsWith(cut.slice(0, -1)), String(max)).toBe(true);
    }
  });
});
