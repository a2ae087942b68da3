/**
 * The 2-set keyboard table, loaded only when a query looks typed in the wrong input mode
 * (ghksqnf → 환불): its own chunk, so the first search does not fetch it.
 */
import { convertQwertyToHangul } from 'es-hangul';

/**
 * The Hangul that `keys` type in the 2-set layout, or `keys` themselves when they type none.
 * es-hangul 2.4 throws on some runs of keys (hot: ㅗ then ㅐ, a vowel pair with no consonant before
 * it), and English words such as hot and hoa are typed in the right mode: they stay as typed.
 */
export function typedHangul(keys: string): string {
  try {
    return convertQwertyToHangul(keys);
  } catch {
    return keys;
  }
}
