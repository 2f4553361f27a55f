/**
 * What kind of instrument a law is, in a small fixed vocabulary that the README documents:
 *
 *   act         an Act of a legislature as English names it ("Arms Act 1959", "Federal Act on Weapons")
 *   law         a law or statute in the other languages ("Loi", "Ley", "Закон", "قانون", "نظام", "…法")
 *   code        a code ("Code de la défense", "Código Penal", "Кодекс", "مجلة", "法典")
 *   decree      a decree, decree-law, royal or supreme decree ("Décret", "Decreto Supremo", "Указ", "مرسوم", "令")
 *   regulation  regulations, rules, implementing regulations ("Reglamento", "Règlement", "Правила", "لائحة", "条例")
 *   ordinance   an ordinance ("Arms Ordinance 1954", "Ordonnance sur les armes", "Ordenanza")
 *   order       an order, ministerial order or decision ("Arrêté", "Resolución", "Приказ", "أمر", "قرار", "决定")
 *   bill        a bill or draft law ("Bill", "Projet de loi", "Proyecto de ley", "Законопроект", "مشروع قانون", "草案")
 */
import type { Language } from '../types.js';
import { fold } from './fold.js';

export const LAW_KINDS = ['act', 'law', 'code', 'decree', 'regulation', 'ordinance', 'order', 'bill'] as const;
export type LawKind = (typeof LAW_KINDS)[number];

/** Words that name a kind, folded (lower case, no accents), longest first where one contains another. */
const WORDS: ReadonlyArray<readonly [RegExp, LawKind]> = [
  // Bills first: "projet de loi" must not read as a law.
  [/^(?:bill|draft (?:law|act)|projet de loi|proposition de loi|avant-projet de loi|proyecto de ley|anteproyecto de ley|законопроект|проект (?:федерального )?закона|مشروع (?:قانون|نظام)|.*草案)$/u, 'bill'],
  [/^(?:act|acts|federal act|republic act|statute)$/u, 'act'],
  [/^(?:law|public law|private law|federal law|organic law|loi|loi federale|loi organique|ley|ley federal|ley organica|ley general|ley marco|закон|федеральный закон|федеральный конституционный закон|قانون|القانون|نظام|النظام|.*法)$/u, 'law'],
  [/^(?:code|codigo|кодекс|مدونة|مجلة|المجلة|.*法典)$/u, 'code'],
  [/^(?:decree|decree-law|royal decree|presidential decree|legislative decree|supreme decree|decret|decret-loi|decret legislatif|decreto|decreto-ley|decreto ley|decreto legislativo|decreto supremo|decreto ejecutivo|decreto con fuerza de ley|указ|постановление|декрет|مرسوم|المرسوم|مرسوم ملكي|مرسوم بقانون|مرسوم سلطاني|مرسوم اميري|مرسوم أميري|.*令)$/u, 'decree'],
  [/^(?:regulations?|rules|reglement|reglement d'execution|reglamento|правила|положение|регламент|لائحة|اللائحة|اللائحة التنفيذية|.*(?:条例|办法|規定|规定|细则|細則))$/u, 'regulation'],
  [/^(?:ordinance|ordonnance|ordenanza)$/u, 'ordinance'],
  [/^(?:order|executive order|ministerial order|arrete|arrete royal|resolucion|resolucion ministerial|acuerdo|приказ|распоряжение|أمر|الأمر|أمر ملكي|أمر أميري|قرار|القرار|.*决定|.*決定)$/u, 'order'],
];

const foldKind = (s: string) => fold(s).replace(/[\s_]+/g, ' ').trim();

/** The kind a word or phrase names ("Decreto Supremo" -> decree, "ordonnance" -> ordinance), if any. */
export function kindOfWord(phrase: string): LawKind | undefined {
  const f = foldKind(phrase);
  for (const [re, kind] of WORDS) if (re.test(f)) return kind;
  return undefined;
}

/** Kind words at the start of a title in languages that lead with them, as a pattern over the folded title. */
const LEADING = /^(?:(?:the|la|le|el|l')\s+)?((?:federal |royal |presidential |legislative |supreme |organic )?(?:projet de loi|proposition de loi|proyecto de ley|anteproyecto de ley|decret-loi|decret legislatif|decret|decreto(?:[- ]ley| legislativo| supremo| ejecutivo| con fuerza de ley)?|loi(?: federale| organique)?|ley(?: federal| organica| general| marco)?|code|codigo|reglement|reglamento|ordonnance|ordenanza|arrete(?: royal)?|resolucion(?: ministerial)?|acuerdo|федеральный (?:конституционный )?закон|закон|законопроект|кодекс|указ|постановление|правила|положение|приказ|распоряжение|مشروع (?:قانون|نظام)|(?:ال)?مرسوم(?: ملكي| بقانون| سلطاني| أميري| اميري)?|(?:ال)?قانون(?: اتحادي)?|(?:ال)?نظام|لائحة|اللائحة التنفيذية|أمر(?: ملكي| أميري)?|قرار|مدونة|مجلة|act|law|code|decree(?:-law)?|regulations?|rules|ordinance|order|bill))(?![\p{L}])/u;

/** English puts the kind last: "Arms and Ammunition Act, 1996", "Firearms Regulations 2000", "Arms Act Rules". */
const ENGLISH_HEAD_END = /(?:^|\s)(act|law|code|decree(?:-law)?|regulations?|rules|ordinance|order|bill|statute)$/u;

/** The kind a title names: its leading kind word, the last kind word of an English title's head, a Chinese suffix. */
export function kindOfTitle(title: string): LawKind | undefined {
  const f = foldKind(title);
  if (/\p{Script=Han}/u.test(f)) {
    const m = f.match(/(草案|法典|条例|條例|办法|辦法|规定|規定|细则|細則|决定|決定|令|法)(?:\s*[(（].*)?$/u);
    return m ? kindOfWord(m[1]!) : undefined;
  }
  const lead = f.match(LEADING);
  if (lead) {
    const k = kindOfWord(lead[1]!.replace(/^(?:federal|royal|presidential|legislative|supreme|organic) (act|law|decree)/, '$1'));
    if (k) return k;
  }
  // The head of an English title runs up to its first "of", "on", "under", "(" or ","; it ends with the kind,
  // then perhaps a number or year: "Arms and Ammunition Act 2016", "Royal Decree No. M/45", "Firearms Rules".
  const head = f
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .split(/\s(?:of|on|for|under|to|relating|respecting|concerning|amending|by|from|in|with|as)\s|[(,:;—–]/u)[0]!
    .replace(/(?:\s+(?:no\.?|nr\.?|number)?\s*[\p{L}\d./-]*\d[\p{L}\d./-]*)+$/u, '')
    .trim();
  const last = head.match(ENGLISH_HEAD_END);
  return last ? kindOfWord(last[1]!) : undefined;
}

/** How a law refers to itself: "this Act", "la présente loi", "el presente Decreto", "本法", "هذا النظام", "настоящий закон". */
const SELF: Record<Language, RegExp> = {
  en: /\bthis\s+(act|code|decree|ordinance|regulations?|rules|order|law|bill)(?![\p{L}])/giu,
  fr: /\b(?:la\s+présente|le\s+présent|du\s+présent|au\s+présent)\s+(loi|code|décret|decret|ordonnance|règlement|reglement|arrêté|arrete)(?![\p{L}])/giu,
  es: /\b(?:la\s+presente|el\s+presente|del\s+presente|al\s+presente|esta|este)\s+(ley|código|codigo|decreto|reglamento|ordenanza|resolución|resolucion)(?![\p{L}])/giu,
  ru: /настоящ[\p{L}]*\s+(федеральн[\p{L}]*\s+закон|закон|кодекс|указ|постановлени|правил|положени|приказ)/giu,
  ar: /(?:هذا|هذه)\s+(القانون|النظام|المرسوم|اللائحة|الأمر|المدونة|القرار)/gu,
  zh: /本(法|条例|條例|办法|辦法|规定|規定|细则|細則|决定|決定|令)/gu,
};

const RU_STEM: Record<string, string> = { закон: 'закон', кодекс: 'кодекс', указ: 'указ', постановлени: 'постановление', правил: 'правила', положени: 'положение', приказ: 'приказ' };

/** The kind the law most often calls itself in `sample`, when it does so at least twice. */
export function kindOfSelfReference(sample: string, language: Language): LawKind | undefined {
  const counts = new Map<LawKind, number>();
  for (const m of sample.matchAll(SELF[language])) {
    let word = m[1]!.toLowerCase();
    if (language === 'ru') word = /закон/.test(word) ? 'закон' : (RU_STEM[word] ?? word);
    const kind = kindOfWord(word.replace(/^(?:ال)(?=قانون|نظام)/, ''));
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 ? best[0] : undefined;
}
