/**
 * The normalisation both sides of a match share: spellings of one word reduce to one token, and every token keeps
 * the exact offsets of the word it came from (evidence highlighting and clause ranges rely on them).
 */
import { describe, expect, it } from 'vitest';
import { surface, termTokens, tokenize } from '../../core/text/normalize.js';
import type { Language } from '../../core/types.js';

const norms = (text: string, lang: Language) => tokenize(text, lang).map((t) => t.norm);
const one = (text: string, lang: Language) => {
  const n = norms(text, lang);
  expect(n, text).toHaveLength(1);
  return n[0]!;
};

describe('Arabic: the spellings of a word reduce to one token', () => {
  it.each([
    ['hamza forms of alef', 'أسلحة', 'اسلحة'],
    ['alef with hamza below', 'إدخال', 'ادخال'],
    ['alef madda', 'آلية', 'الية'],
    ['alef wasla', 'ٱلسلاح', 'السلاح'],
    ['taa marbuta and ha', 'ذخيرة', 'ذخيره'],
    ['alef maqsura and ya', 'مستوى', 'مستوي'],
    ['short vowels (tashkeel)', 'الأَسْلِحَةُ', 'الأسلحة'],
    ['tatweel', 'الأسـلحة', 'الأسلحة'],
    ['lam-alef ligature (presentation form)', 'ﻻ', 'لا'],
    ['presentation forms of a whole word', 'ﺍﻷﺳﻠﺤﺔ', 'الأسلحة'],
    ['PDF lam-alef reversed after the article', 'األسلحة', 'الأسلحة'],
    ['PDF lam-alef reversed after the article, plain alef', 'االستيراد', 'الاستيراد'],
    ['PDF lam-alef reversed after و + article', 'واألسلحة', 'والأسلحة'],
    ['PDF lam-alef reversed after ب + article', 'باالستيراد', 'بالاستيراد'],
    ['PDF lam-alef reversed after ل + article', 'لالستيراد', 'للاستيراد'],
    ['PDF lam-alef reversed inside a word', 'السالح', 'السلاح'],
    ['PDF lam-alef reversed in the article of a word starting with lam', 'الالئحة', 'اللائحة'],
    ['PDF "لا" (not) written "ال"', 'ال', 'لا'],
    ['the article', 'السلاح', 'سلاح'],
    ['و + article', 'والذخيرة', 'ذخيرة'],
    ['ب + article', 'بالترخيص', 'ترخيص'],
    ['ل + article', 'للترخيص', 'ترخيص'],
    ['a preposition joined without the article', 'بترخيص', 'ترخيص'],
    ['a preposition on a short word', 'بحكم', 'حكم'],
    ['a word that begins with ب, with and without the article', 'البيانات', 'بيانات'],
    ['a word that begins with ف, with a suffix', 'فحصها', 'فحص'],
    ['sound feminine plural', 'السجلات', 'سجل'],
    ['sound masculine plural', 'المرخصين', 'مرخص'],
    ['nisba adjective', 'التسلسلي', 'تسلسل'],
    ['taa marbuta before a pronoun', 'مشاركته', 'مشاركة'],
    ['accusative ending', 'سلاحا', 'سلاح'],
    ['accusative ending on a nisba adjective', 'تسلسليا', 'التسلسلي'],
  ])('%s: %s = %s', (_why, a, b) => {
    expect(one(a, 'ar')).toBe(one(b, 'ar'));
  });

  it.each([
    ['a short word keeps a first letter that looks like a preposition', 'بيع', 'يع'],
    ['sale is not the article', 'بيع', 'بع'],
  ])('%s: %s is not %s', (_why, a, b) => {
    expect(one(a, 'ar')).not.toBe(one(b, 'ar'));
  });

  it('Arabic-Indic and Eastern Arabic-Indic digits are read as Western digits', () => {
    expect(norms('المادة ١٢ والمادة ۳٤', 'ar')).toEqual([...norms('المادة 12 والمادة 34', 'ar')]);
    expect(one('١٠', 'ar')).toBe('10');
  });

  it('function words are dropped, negations kept', () => {
    expect(norms('في الأسلحة', 'ar')).toEqual(norms('الأسلحة', 'ar'));
    expect(norms('لا يجوز', 'ar')).toHaveLength(2);
    expect(norms('غير مشروع', 'ar')).toHaveLength(2);
  });

  it('a word with short vowels is one token, at the offsets of the whole word', () => {
    const text = 'يُحْظَرُ صُنْعُ الأَسْلِحَةِ';
    expect(tokenize(text, 'ar').map((t) => text.slice(t.start, t.end))).toEqual(['يُحْظَرُ', 'صُنْعُ', 'الأَسْلِحَةِ']);
  });

  it('exact and prefix terms compare folded, repaired surface forms', () => {
    expect(surface('الأسلحة')).toBe(surface('األسلحة'));
    expect(surface('السلاح')).toBe(surface('السالح'));
    expect(termTokens('=السلاح', 'ar')).toEqual([`=${surface('السالح')}`]);
  });
});

describe('Chinese: words cut by Intl.Segmenter, offsets exact', () => {
  const text = '第十八条 制造民用枪支的企业，必须在民用枪支指定部位铸印制造厂的厂名。';

  it('is available on this platform, with the dictionary that cuts Chinese into words', () => {
    expect(typeof Intl.Segmenter).toBe('function');
    const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment('制造民用枪支')].map((s) => s.segment);
    expect(words).toEqual(['制造', '民用', '枪支']);
  });

  it('tokens are words, particles and punctuation left out', () => {
    expect(norms(text, 'zh')).toEqual(['第', '十八条', '制造', '民用', '枪支', '企业', '必须', '民用', '枪支', '指定', '部位', '铸印', '制造', '厂', '厂', '名']);
  });

  it('every token points at its own characters in the text', () => {
    for (const t of tokenize(text, 'zh')) expect(text.slice(t.start, t.end)).toBe(t.norm);
  });

  it('offsets count in the text with blanked markup (U+E000) as the other languages do', () => {
    const marked = '**第十八条** 制造枪支'.replace(/\*/g, '\uE000');
    const tokens = tokenize(marked, 'zh');
    expect(tokens.map((t) => marked.slice(t.start, t.end).replace(/\uE000/g, ''))).toEqual(['第', '十八条', '制造', '枪支']);
    expect(tokens[0]!.start).toBe(2);
  });

  it('a term matches as a sequence of words, not of loose characters', () => {
    expect(termTokens('非法制造', 'zh')).toEqual(['非法', '制造']);
    expect(termTokens('许可证*', 'zh')).toEqual(['许可', '证*']);
    expect(termTokens('=枪支', 'zh')).toEqual(['=枪支']);
  });

  it('full-width digits and letters are read as ASCII', () => {
    expect(norms('４．５毫米', 'zh')).toEqual(norms('4.5毫米', 'zh'));
  });
});

describe('Russian: Snowball stems, stopwords, ё and е alike', () => {
  it.each([
    ['case endings', 'огнестрельного оружия', 'огнестрельное оружие'],
    ['ё and е', 'учёт', 'учет'],
    ['plural', 'лицензии', 'лицензия'],
  ])('%s: %s = %s', (_why, a, b) => {
    expect(norms(a, 'ru')).toEqual(norms(b, 'ru'));
  });

  it('function words are dropped, negations kept', () => {
    expect(norms('изготовление и ремонт оружия', 'ru')).toHaveLength(3);
    expect(norms('не допускается без лицензии', 'ru')).toHaveLength(4);
  });
});

describe('English, French, Spanish as before', () => {
  it.each([
    ['en', "the manufacturer's serial number", ['manufactur', 'serial', 'number']],
    ['fr', "l'importation des armes", ['import', 'arme']],
    ['es', 'la fabricación de armas', ['fabric', 'armas']],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(norms(text, lang)).toEqual(expected);
  });

  it('a decomposed accent stays inside its word', () => {
    expect(norms('fabricacio\u0301n', 'es')).toEqual(norms('fabricación', 'es'));
  });

  it('"n\'importe" (no matter) keeps its elision, so it never reads as the verb to import; other elisions still go', () => {
    expect(surface("n'importe")).toBe("n'importe");
    expect(surface('n’importe')).toBe("n'importe");
    expect(norms("à n'importe quel moment", 'fr')).not.toContain(norms('importe', 'fr')[0]);
    expect(surface("l'importation")).toBe('importation');
  });
});
