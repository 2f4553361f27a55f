/**
 * The law's title from its head: the named title line ("Federal Act on Weapons ... (Weapons Act, WA)",
 * "نظام الأسلحة والذخائر", "中华人民共和国枪支管理法"), its number when printed apart ("LEY N° 30299",
 * "DECRETO SUPREMO Nº 010-2017-IN"), a title printed over several lines ("ACT / of 8 March 2002 / on firearms
 * and ammunition"), and the law's own citation clause ("This Act may be cited as the ...").
 */
import type { Language } from '../types.js';
import { cleanTitle } from './clean.js';
import { findDates } from './dates.js';
import { fold } from './fold.js';
import type { HeadLine } from './head.js';
import { isDebris } from './head.js';
import { kindOfTitle, kindOfWord } from './kind.js';

/** A number sign as laws print it: "N°", "Nº", "N.°", "No.", "n°", "núm.", "№", "رقم". */
const NUMBER_SIGN = String.raw`(?:N\s?[.º°o]\s?°?|No\.?|Nr\.?|núm\.?|número|№|رقم|عدد)`;
const NUMBER = String.raw`[([]?(?:[\p{L}\d][\p{L}\d.\-/]*)?\d[\p{L}\d.\-/]*[)\]]?`;

/** "LEY N° 30299", "DECRETO SUPREMO Nº 010-2017-IN", "Act No. 119/2002", "DECRETO 2535 DE 1993", "Royal Decree M/45", "قانون رقم 6 لسنة 2005". */
const NUMBER_STATEMENT = new RegExp(
  String.raw`^((?:[\p{L}'-]+\s+){0,3}?[\p{L}'-]+)\s+(?:${NUMBER_SIGN}\s*)?(${NUMBER})(?:\s+(?:de|del|of|du|لسنة|от)\s+\d{4}\p{L}*)?\.?$`,
  'iu',
);

/** A law's number on a line of its own, without a kind word: "No. 7 of 1996", "رقم 34 لسنة 1952", "N° 2011-12". */
const NUMBER_LINE = new RegExp(String.raw`^${NUMBER_SIGN}\s*${NUMBER}(?:\s+(?:de|del|of|du|لسنة|لعام|от)\s+\d{4}\p{L}*)?\.?$`, 'iu');

/** Words that carry a title on from its kind: "que aprueba", "portant", "on", "relatif à", "об", "بشأن". */
const CONNECTOR = /^(?:que|qui|that|which|por\s+(?:el|la)\s+cual|por\s+(?:el|la)\s+que|portant|relati(?:f|ve)|sur|sobre|on|concerning|respecting|об?|في\s+شأن|بشأن|بتعديل|بإصدار)(?![\p{L}])/iu;

/** Spanish relative clauses follow the number after a comma: "Decreto 2535 de 1993, por el cual ...". */
const COMMA_BEFORE = /^(?:por|que|mediante)\s/iu;
/** An English long title describes the Act ("An Act to consolidate ..."): the short title names it. */
export const LONG_TITLE = /^an?\s+(?:act|law|ordinance|bill)\s+(?:to|for|providing|relating|respecting|concerning|further|which)\b/iu;
/** A line that is a name in quotes: «Об оружии», "Firearms Act". */
const QUOTED = /^["«“„][^"«»“”„]{3,300}["»”“]$/u;

/** A clause starts rather than a title: a finite verb or an enacting formula. */
const SENTENCE =
  /(?<![\p{L}])(?:was|were|is|are|shall|has|have|hereby|may be cited|a été|est|sont|fue|será|ha sido|es|son|ha dado|ha aprobado|являются|является|был|была|принят|يعمل|تصدر)(?![\p{L}])|^(?:the|le|la|el|l['’])\s+(?:parliament|president|federal assembly|assemblée|conseil|congreso|congress|presidente|national assembly)/iu;

export interface TitleFound {
  title: string;
  /** The head line index the title starts on, for reading the date printed under it. */
  line: number;
  /** How many lines it spans. */
  span: number;
  from: 'heading' | 'head' | 'citation';
}

/** A line that is only a number statement ("LEY N° 30299"): its kind phrase and number. */
export interface NumberStatement {
  /** "LEY", "DECRETO SUPREMO", "Royal Decree". */
  kind: string;
  /** "N° 30299", "Nº 010-2017-IN", "M/45". */
  number: string;
  text: string;
}

export function numberStatement(text: string): NumberStatement | undefined {
  const m = text.match(NUMBER_STATEMENT);
  if (!m || !kindOfWord(m[1]!) || !/\d/.test(m[2]!)) return undefined;
  return { kind: m[1]!, number: text.slice(m[1]!.length).trim().replace(/\.$/, ''), text: text.replace(/\.$/, '') };
}

const KIND_ONLY = (text: string) => Boolean(kindOfWord(text)) && !/\d/.test(text);
const DATE_LINE = /^[([]?\s*(?:of|du|de|del|dated|en date du|от|بتاريخ|الصادر في)?\s*(?=\d|\p{L}+\s+\d)/iu;

/** Whether a head line may be a law's title. */
function titleLike(line: HeadLine, lang: Language): boolean {
  const t = line.text;
  if (t.length < 3 || t.length > 400 || isDebris(t) || SENTENCE.test(t) || /^[([]/.test(t)) return false;
  if (findDates(t).some((d) => d.index === 0 || /^(?:of|du|de|del|от)\s/i.test(t))) return false;
  // A promulgation order ("中华人民共和国主席令") announces the law; it is not its title.
  if (lang === 'zh') return /(?:法|条例|條例|办法|辦法|规定|規定|细则|細則|决定|決定|草案)(?:\s*[(（].*)?$/u.test(t) && !/(?:主席令|国务院令|國務院令|部令)$/u.test(t);
  return Boolean(kindOfTitle(t));
}

/** Lines that name an institution or a gazette rather than the law: never the subject of a title. */
const INSTITUTION =
  /^(?:poder|congreso|el congreso|asamblea|parlamento|senado|presidencia|ministerio|secretar[ií]a|gaceta|diario oficial|journal officiel|official gazette|el presidente|le président|the president|por tanto|por cuanto|considerando|vu\b|having regard)/iu;

/**
 * The title printed in the head and the number printed apart from it. Markdown's first heading comes first;
 * then the first line that names a kind of law; a line that is only a number or only a kind word is completed
 * from the lines under it ("ACT" / "of 8 March 2002" / "on firearms ...", "LEY N.° 27.914" / "RÉGIMEN NACIONAL ...").
 */
export function headTitle(lines: readonly HeadLine[], lang: Language): (TitleFound & { number?: NumberStatement }) | undefined {
  const numberAt = lines.findIndex((l) => numberStatement(l.text));
  const number = numberAt >= 0 ? numberStatement(lines[numberAt]!.text) : undefined;
  const h1 = lines.findIndex((x) => x.level === 1);
  const named = lines.findIndex(
    (l, i) =>
      !numberStatement(l.text) &&
      ((i === h1 && !isDebris(l.text) && !SENTENCE.test(l.text)) || (titleLike(l, lang) && !KIND_ONLY(l.text))),
  );
  if (named >= 0) {
    let span = 1;
    let title = lines[named]!.text;
    // A title wrapped over two lines, or its short title in brackets under it: "(Loi sur les armes, LArm)".
    const next = lines[named + 1]?.text;
    if (next && (/^\(.*\)$/.test(next) || /(?:,|\s(?:of|de|du|del|des|and|et|y|и|و|on|sur|sobre))$/iu.test(title)) && !DATE_LINE.test(next.replace(/^\(/, ''))) {
      title = `${title} ${next}`;
      span = 2;
    }
    // A number printed under the title without a kind: "رقم 34 لسنة 1952", "No. 7 of 1996".
    const under = lines[named + span]?.text;
    if (under && NUMBER_LINE.test(under)) {
      title = `${title} ${under}`;
      span++;
    }
    // The name in quotes under a Russian-style title, perhaps after its date and number («Об оружии»), or
    // the subject of a title printed in pieces ("Act No. 119/2002 Coll." / "of 8 March 2002" / "on firearms").
    for (let i = named + span, dated = ''; i < Math.min(lines.length, named + span + 2); i++) {
      const t = lines[i]!.text;
      if (QUOTED.test(t) || (CONNECTOR.test(t) && !SENTENCE.test(t))) {
        title = QUOTED.test(t) ? `${title} ${t}` : `${title}${dated} ${t}`;
        span = i - named + 1;
        break;
      }
      if (!(DATE_LINE.test(t) && findDates(t).length)) break;
      dated = ` ${t.replace(/\s*\(.*$/, '')}`;
    }
    return { title, line: named, span, from: lines[named]!.level ? 'heading' : 'head', ...(number ? { number } : {}) };
  }
  // A Chinese law named only in its promulgation order: 《中华人民共和国枪支管理法》已由……通过.
  const quotedZh = lang === 'zh' ? lines.map((l) => l.text.match(/《([^》]{2,80})》/u)?.[1]).find(Boolean) : undefined;
  if (quotedZh) return { title: quotedZh, line: -1, span: 1, from: 'head' };
  const kindAt = lines.findIndex((l) => KIND_ONLY(l.text) && !SENTENCE.test(l.text));
  const startAt = number ? numberAt : kindAt;
  if (startAt < 0) return undefined;
  let title = lines[startAt]!.text;
  let span = 1;
  for (let i = startAt + 1; i < Math.min(lines.length, startAt + 4); i++) {
    const t = lines[i]!.text;
    if (DATE_LINE.test(t) && findDates(t).length) {
      title = `${title} ${t.replace(/\s*\(.*$/, '')}`;
      span = i - startAt + 1;
      continue;
    }
    const subject = number && !SENTENCE.test(t) && !INSTITUTION.test(t) && !LONG_TITLE.test(t) && !/[:,]$/.test(t) && t.length <= 250 && !isDebris(t) && !/^[([]/.test(t);
    if (CONNECTOR.test(t) || QUOTED.test(t) || subject) {
      // "DECRETO 2535 DE 1993, por el cual ...", "LEY N.° 27.914, RÉGIMEN NACIONAL ..." but "Act ... on firearms".
      title = `${title}${CONNECTOR.test(t) && !COMMA_BEFORE.test(t) ? ' ' : ', '}${t}`;
      span = i - startAt + 1;
      break;
    }
    if (!/^[([].*[)\]]$/.test(t)) break;
  }
  // "ACT of 8 March 2002 on firearms": a kind word in capitals before words in lower case reads "Act".
  title = title.replace(/^(\p{Lu}+)(?=\s+\p{Ll})/u, (w) => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w));
  return { title, line: startAt, span, from: lines[startAt]!.level ? 'heading' : 'head' };
}

/** The title with the law's number, when it lacks it: "Ley N.° 30299, Ley de armas ...", "Decreto Supremo Nº 010-2017-IN que aprueba ...". */
export function withNumber(title: string, number: NumberStatement): string {
  const digits = number.number.match(/\d[\d.\-/]*\d|\d/)?.[0] ?? number.number;
  if (title.includes(digits) || title.includes(digits.replace(/\./g, ''))) return title;
  const kind = fold(number.kind);
  if (fold(title).startsWith(kind) && CONNECTOR.test(title.slice(kind.length).trim())) return `${title.slice(0, kind.length)} ${number.number}${title.slice(kind.length)}`;
  return `${number.text}, ${title}`;
}

/** The law's citation clause in its first provisions: "This Act may be cited as the Arms Act 2016.", "يسمى هذا القانون (...)". */
const CITATION: Partial<Record<Language, RegExp>> = {
  en: /\b(?:this|the)\s+(?:act|ordinance|law|code|decree|regulations?|rules|order)\s+(?:may|shall)\s+be\s+(?:cited\s+as|called|known\s+(?:and\s+cited\s+)?as|referred\s+to\s+as)\s+(?:the\s+)?["“]?(.{3,200}?)["”]?(?:\.(?:\s|$)|;|\s+and\s+(?:shall|comes?|will)\b|\s*\n)/iu,
  fr: /\b(?:la\s+présente\s+loi|le\s+présent\s+(?:code|décret|règlement))\s+(?:peut\s+être\s+citée?|est\s+dénommée?|est\s+intitulée?|s['’]intitule)\s+(?:sous\s+le\s+titre\s+|comme\s+)?[«"“]?\s*(.{3,200}?)\s*[»"”]?(?:\.(?:\s|$)|;|\s*\n)/iu,
  es: /\b(?:la\s+presente\s+ley|esta\s+ley|el\s+presente\s+(?:decreto|código|reglamento))\s+(?:podrá\s+citarse\s+como|podrá\s+ser\s+citada\s+como|se\s+denominará|se\s+denomina|se\s+conocerá\s+como)\s+[«"“]?\s*(.{3,200}?)\s*[»"”]?(?:\.(?:\s|$)|;|\s*\n)/iu,
  ar: /يسمى\s+هذا\s+(?:القانون|النظام)\s+[(«"“]?\s*(.{3,150}?)\s*[)»"”]?(?:\s*[.،]|\s+وي|\s*\n)/u,
};

export function citedTitle(opening: string, lang: Language): string | undefined {
  const m = opening.match(CITATION[lang] ?? /$^/);
  return m ? cleanTitle(m[1]!) : undefined;
}

/** Two titles that say the same thing up to case, a leading article and punctuation. */
export function sameTitle(a: string, b: string): boolean {
  const key = (s: string) =>
    fold(s)
      .replace(/^(?:the|la|le|el|l['’])\s+/u, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  return key(a) === key(b);
}

/** A title printed in capitals only. */
export const allCaps = (s: string) => /\p{Lu}/u.test(s) && s === s.toUpperCase();
