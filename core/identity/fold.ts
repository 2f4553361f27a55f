/**
 * One way to compare words across the six languages: lower case, accents dropped from Latin letters only
 * ("février" -> "fevrier"), while Cyrillic (й) and Arabic (أ) letters keep their marks, which are part of the letter.
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/(\p{Script=Latin})[\u0300-\u036f]+/gu, '$1')
    .normalize('NFC')
    .toLowerCase();
}
