/**
 * The 2-set keyboard table, loaded only when a query looks typed in the wrong input mode
 * (ghksqnf → 환불): its own chunk, so the first search does not fetch it.
 */
export { convertQwertyToHangul } from 'es-hangul';
