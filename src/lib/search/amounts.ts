/**
 * Sums of money, written the ways visitors type them. A page says `1만 5천 원`, `3,000원` or
 * `2만 원`; visitors type `15000원`, `3천원`, `2만원`. Pagefind indexes each as written (the comma
 * dropped: 3000원), so each spelling finds only pages that use the same one. At build time every
 * amount on a page adds its other spellings to the page's index words; the query side needs
 * nothing (no query JS).
 */

/**
 * An amount in won: digits (with commas) and the units 억/만/천/백 in any mix, then 원. Each
 * repetition needs a unit, so a long run of digits cannot make the pattern backtrack.
 */
const AMOUNT = /\d[\d,]*(?:\s?[억만천백](?:\s?\d[\d,]*)?)*\s?원/g;

/** The value of an amount as written (`1만 5천 원` → 15000, `5천만 원` → 50000000). */
export function wonValue(amount: string): number {
  let total = 0;
  let group = 0; // below 만: 천 and 백 add to it, 만 and 억 close it
  let number = 0;
  for (const [, digits, unit] of amount.matchAll(/(\d[\d,]*)?\s?([억만천백]|원)/g)) {
    if (digits) number = Number(digits.replaceAll(',', ''));
    if (unit === '억' || unit === '만') {
      total += (group + number) * (unit === '억' ? 1e8 : 1e4);
      group = 0;
    } else if (unit === '원') group += number;
    else group += (number || 1) * (unit === '천' ? 1000 : 100);
    number = 0;
  }
  return total + group;
}

/** The spellings visitors type for a value: digits (15000원), and 만/천 when it has no smaller unit (1만5천원). */
export function wonSpellings(value: number): string[] {
  const spellings = [`${value}원`];
  const man = Math.floor(value / 1e4);
  const cheon = (value % 1e4) / 1000;
  if (value >= 1000 && Number.isInteger(cheon)) spellings.push(`${man ? `${man}만` : ''}${cheon ? `${cheon}천` : ''}원`);
  return spellings;
}

/** Every spelling of every amount in `text` (duplicates removed). */
export function amountSpellings(text: string): string[] {
  return [...new Set([...text.matchAll(AMOUNT)].flatMap(([amount]) => wonSpellings(wonValue(amount))))];
}
