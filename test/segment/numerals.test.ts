import { describe, expect, it } from 'vitest';
import { arabicOrdinalValue, chineseValue, ordinalWordsValue, romanValue, westernDigits } from '../../core/segment/numerals.js';
import { markerOf, numberValue } from '../../core/segment/numbering.js';

describe('numbers as laws print them', () => {
  it.each([
    ['I', 1], ['IV', 4], ['IX', 9], ['XIV', 14], ['XL', 40], ['XCIX', 99],
  ])('Roman %s is %i', (text, value) => expect(romanValue(text)).toBe(value));
  it.each(['IIII', 'VX', 'ABC', ''])('"%s" is not a Roman numeral', (text) => expect(romanValue(text)).toBeUndefined());

  it.each([
    ['PRIMERO', 1], ['Segunda', 2], ['DÉCIMO PRIMERA', 11], ['decimotercero', 13], ['VIGÉSIMA', 20], ['vigésimo segundo', 22],
    ['troisième', 3], ['Premier', 1], ['FIRST', 1], ['Tenth', 10], ['ÚNICA', 1],
  ])('ordinal words %s are %i', (text, value) => expect(ordinalWordsValue(text)).toBe(value));
  it.each(['primer orden', 'la tercera'])('"%s" is not an ordinal', (text) => expect(ordinalWordsValue(text)).toBeUndefined());

  it.each([
    ['الأولى', 1], ['الأول', 1], ['الثانية', 2], ['العاشرة', 10], ['الحادية عشرة', 11], ['الثاني عشر', 12], ['العشرون', 20],
    ['الحادية والعشرون', 21], ['الثالثة والستون', 63], ['التاسعة والتسعون', 99], ['المائة', 100], ['العاشرة بعد المائة', 110],
    ['الثالثة والعشرون بعد المائة', 123], ['الأُولى', 1],
  ])('Arabic ordinal %s is %i', (text, value) => expect(arabicOrdinalValue(text)).toBe(value));
  it.each(['الأسلحة', 'يحظر على'])('Arabic "%s" is not an ordinal', (text) => expect(arabicOrdinalValue(text)).toBeUndefined());

  it.each([
    ['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23], ['一百', 100], ['一百零五', 105], ['一百二十三', 123], ['一千二百', 1200], ['两万', 20000], ['12', 12],
  ])('Chinese %s is %i', (text, value) => expect(chineseValue(text)).toBe(value));

  it('turns Arabic-Indic and Eastern Arabic-Indic digits into Western digits', () => {
    expect(westernDigits('المادة ١٢')).toBe('المادة 12');
    expect(westernDigits('۱۲۳')).toBe('123');
  });

  it.each([
    ['Article 12', 12], ['Chapitre XIV', 14], ['第十二条', 12], ['المادة الثالثة والستون', 63], ['TÍTULO PRIMERO', 1], ['5A. Trafficking', 5], ['Article L. 317-1', 317],
  ])('%s numbers its unit or heading %i', (line, value) => expect(numberValue(markerOf(line)!)).toBe(value));
});
