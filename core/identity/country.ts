/**
 * Which State a law belongs to, from the names it gives itself: a formal name in its opening ("Republic of
 * Namibia", "Confédération suisse", "中华人民共和国", "KINGDOM OF KESTRIA"), the country in its title ("Cook Islands
 * Arms Ordinance"), and how often the body names a country or uses its adjective ("territoire suisse",
 * "الشركات السعودية"). Plain names in the six UN languages come from i18n-iso-countries; the forms they miss come
 * from ./country-table.ts. A law that names no State gets none: a lone passing mention is not enough.
 */
import ar from 'i18n-iso-countries/langs/ar.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import snowball from 'snowball-stemmers';
import type { Language } from '../types.js';
import { EXTRA_NAMES, STATE_WORDS, type Strength } from './country-table.js';
import { fold } from './fold.js';

const NAMES: Record<Language, { countries: Record<string, string | string[]> }> = { ar, en, es, fr, ru, zh };

interface Entry {
  code: string;
  strength: Strength;
}

interface Lexicon {
  /** Normalised word sequences ("republique francaise", "российск федерац") to what they name. */
  keys: Map<string, Entry>;
  longest: number;
  /**
   * Where a name may begin, found fast: the first words of all names as a case-sensitive alternation (in
   * capitals, capitalised, lower case, with and without accents; Russian stems; Arabic without the article).
   * Each hit is then checked word by word against `keys`.
   */
  starts: RegExp;
  /** How many characters from a start a name can run (with some slack for spacing). */
  span: number;
  /** Chinese names, found as substrings (Chinese has no spaces between words). */
  han?: { pattern: RegExp; entries: Map<string, Entry> };
}

/** Names that are also common words or names of people ("Chad", "Maurice"): never taken as a country. */
const AMBIGUOUS = new Set(['jersey', 'chad', 'maurice', 'dominique', 'reunion', 'la reunion', 'man', 'georgia', 'guinea']);

const STATE_WORD = /^(?:the |la |le |l |el )?(?:republic|kingdom|state|commonwealth|federation|principality|sultanate|emirate|grand duchy|confederation|people s republic|democratic republic|islamic republic|united republic|federal republic|republique|royaume|etat|principaute|confederation|federation|republica|reino|estado|principado|confederacion|federacion|республик|королевств|государств|федерац|جمهوريه|الجمهوريه|مملكه|المملكه|دوله|سلطنه|اماره)\b/u;

let russian: ((w: string) => string) | undefined;
function stemRussian(word: string): string {
  if (!russian) {
    const s = snowball.newStemmer('russian');
    const cache = new Map<string, string>();
    russian = (w) => cache.get(w) ?? (cache.set(w, s.stem(w)), cache.get(w)!);
  }
  return russian(word);
}

/** Arabic letters reduced to one form each (hamza seats, alef maqsura, ta marbuta), vowel marks and tatweel dropped. */
function arabic(token: string): string {
  return token
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

function norm(token: string, lang: Language): string {
  const f = fold(token);
  if (lang === 'ar') return arabic(f);
  if (lang === 'ru' && /\p{Script=Cyrillic}/u.test(f)) return stemRussian(f);
  return f;
}

const normCaches = new Map<Language, Map<string, string>>();

/** `norm`, remembered: a law repeats a small vocabulary many times. */
function normCached(token: string, lang: Language): string {
  let cache = normCaches.get(lang);
  if (!cache) normCaches.set(lang, (cache = new Map()));
  let out = cache.get(token);
  if (out === undefined) {
    out = norm(token, lang);
    if (cache.size < 50_000) cache.set(token, out);
  }
  return out;
}

/** A word's forms once Arabic proclitics are taken off: "والسعودية" -> "السعودية", "للهند" -> "الهند". */
function arabicVariants(t: string): string[] {
  const out = [t];
  const noConj = t.length > 3 && /^[وف]/.test(t) ? t.slice(1) : t;
  if (noConj !== t) out.push(noConj);
  for (const w of [t, noConj]) {
    if (w.length > 4 && w.startsWith('لل')) out.push('ال' + w.slice(2));
    else if (w.length > 3 && /^[بكل]/.test(w)) out.push(w.slice(1));
  }
  return out;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The first `max` words of `s`, with their offsets. */
function wordsFrom(s: string, max: number): RegExpExecArray[] {
  const re = new RegExp(WORD.source, 'gu');
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(s); m && out.length < max; m = re.exec(s)) out.push(m);
  return out;
}
const isHan = (s: string) => /\p{Script=Han}/u.test(s);

const lexicons = new Map<Language, Lexicon>();
const ARTICLE = /^(?:the|la|le|les|el|los|las|l)$/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stripLatinAccents = (s: string) => s.normalize('NFD').replace(/(\p{Script=Latin})[\u0300-\u036f]+/gu, '$1').normalize('NFC');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Arabic letter variants unified without changing the text's length, so offsets still point into it. */
const arabicSameLength = (s: string) => s.replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');

/** How the first word of a name may be printed, for the `starts` pattern. */
function startForms(word: string, lang: Language, lowerCase: boolean): string[] {
  if (lang === 'ar') {
    const w = arabicSameLength(word).replace(/^ال/, '');
    return w.length >= 2 ? [w] : [];
  }
  const base = lang === 'ru' && /\p{Script=Cyrillic}/u.test(word) ? stemRussian(word.toLowerCase()) : word;
  // Only adjectives and instruments are looked for in lower case: a name is printed with a capital.
  const forms = [base, capitalise(base), base.toUpperCase(), ...(lowerCase ? [base.toLowerCase()] : [])];
  // A start of one or two letters would stop the scan at every other word.
  return [...new Set([...forms, ...forms.map(stripLatinAccents)])].filter((f) => f.length >= 3);
}

function lexicon(lang: Language): Lexicon {
  const cached = lexicons.get(lang);
  if (cached) return cached;
  const keys = new Map<string, Entry>();
  const shared = new Set<string>();
  const han = new Map<string, Entry>();
  const starts = new Set<string>();
  let longest = 1;
  let span = 0;
  const add = (form: string, entry: Entry, plain: boolean) => {
    if (isHan(form)) {
      if (form.length >= 2) han.set(form, entry);
      return;
    }
    // "The Gambia", "La Réunion": the article is not part of what is looked for.
    const words = (form.match(WORD) ?? []).filter((w, i, all) => i > 0 || all.length === 1 || !ARTICLE.test(w));
    const key = words.map((t) => norm(t, lang)).join(' ');
    if (!words.length || key.replace(/\s/g, '').length < 3 || AMBIGUOUS.has(key)) return;
    const prior = keys.get(key);
    // A plain name that two countries share ("Congo") names neither; the table's rows are meant and override.
    if (plain && prior && prior.code !== entry.code) shared.add(key);
    keys.set(key, entry);
    longest = Math.max(longest, words.length);
    span = Math.max(span, form.length + 2 * words.length);
    for (const f of startForms(words[0]!, lang, entry.strength === 'adjective' || entry.strength === 'instrument')) starts.add(f);
  };
  for (const [code, value] of Object.entries(NAMES[lang].countries)) {
    for (const name of Array.isArray(value) ? value : [value]) {
      if (/[,(（]/.test(name)) continue;
      add(name, { code, strength: STATE_WORD.test(norm(name, lang).replace(/['’]/g, ' ')) ? 'formal' : 'name' }, true);
    }
  }
  for (const k of shared) keys.delete(k);
  for (const [code, strength, ...forms] of EXTRA_NAMES[lang]) for (const form of forms) add(form, { code, strength }, false);
  const alternation = [...starts].sort((a, b) => b.length - a.length).map(escape).join('|');
  const lex: Lexicon = { keys, longest, starts: new RegExp(alternation, 'gu'), span };
  if (han.size) {
    const forms = [...han.keys()].sort((a, b) => b.length - a.length);
    lex.han = { pattern: new RegExp(forms.map(escape).join('|'), 'gu'), entries: han };
  }
  lexicons.set(lang, lex);
  return lex;
}

interface Mention extends Entry {
  /** As printed. */
  text: string;
}

const CASED: ReadonlySet<Language> = new Set(['en', 'fr', 'es', 'ru']);

/** The words that make the name after them a formal name of a State. */
const STATE_BEFORE: Partial<Record<Language, RegExp>> = {
  en: /(?:republic|kingdom|state|commonwealth|federation|principality|sultanate|emirate|duchy|confederation)\s+of\s+(?:the\s+)?$/iu,
  fr: /(?:république|royaume|état|principauté|confédération|grand-duché|sultanat|émirat)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])$/iu,
  es: /(?:república|reino|estado|principado|confederación|federación|mancomunidad|sultanato|emirato)\s+(?:de\s+la\s+|de\s+los\s+|del\s+|de\s+)$/iu,
  ar: /(?:جمهورية|مملكة|دولة|سلطنة|إمارة|امارة)\s+$/u,
  ru: /(?:республик|королевств|государств|княжеств)[\p{L}]*\s+$/iu,
};

/** Every name of a State in `text`, the longest form where forms overlap. */
export function countryMentions(text: string, lang: Language): Mention[] {
  const lex = lexicon(lang);
  const out: Mention[] = [];
  if (lex.han) {
    for (const m of text.matchAll(lex.han.pattern)) out.push({ ...lex.han.entries.get(m[0])!, text: m[0] });
    if (lang === 'zh') return out;
  }
  const scan = lang === 'ar' ? arabicSameLength(text) : text;
  let end = 0;
  for (const hit of scan.matchAll(lex.starts)) {
    let start = hit.index;
    // Arabic words carry their prefixes ("وللسعودية"): start from the word's first letter.
    while (lang === 'ar' && start > 0 && /[\p{L}\p{M}]/u.test(text[start - 1]!)) start--;
    if (start < end) continue;
    if (lang !== 'ar' && start > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[start - 1]!)) continue;
    const words = wordsFrom(text.slice(start, start + lex.span), lex.longest);
    const normed = words.map((w) => normCached(w[0], lang));
    const firsts = lang === 'ar' ? arabicVariants(normed[0]!) : [normed[0]!];
    for (let n = words.length; n >= 1; n--) {
      const rest = normed.slice(1, n).join(' ');
      const entry = firsts.map((f) => lex.keys.get(rest ? `${f} ${rest}` : f)).find(Boolean);
      if (!entry) continue;
      const first = words[0]![0];
      // In cased scripts a name starts with a capital ("China", not "china"); adjectives need not ("suisse").
      if (CASED.has(lang) && entry.strength !== 'adjective' && entry.strength !== 'instrument' && first[0] === first[0]!.toLowerCase()) break;
      const last = words[n - 1]!;
      end = start + last.index + last[0].length;
      // "Republic of Namibia", "جمهورية مصر العربية": a plain name after a State word is a formal name.
      const formal = entry.strength === 'name' && STATE_BEFORE[lang]?.test(text.slice(Math.max(0, start - 40), start));
      out.push({ ...entry, ...(formal ? { strength: 'formal' as const } : {}), text: text.slice(start, end) });
      break;
    }
  }
  return out;
}

/** A line that is nothing but a State's formal name: "KINGDOM OF KESTRIA", "República del Perú", "دولة الكويت". */
function stateLine(line: string, lang: Language): { name: string; code?: string } | undefined {
  const m = line.trim().match(STATE_WORDS[lang]);
  if (!m) return undefined;
  const known = countryMentions(line, lang).find((x) => x.strength !== 'adjective');
  const name = m[1]!.trim();
  return known ? { name: known.text, code: known.code } : { name: tidyName(name) };
}

/** "KESTRIA" -> "Kestria"; a name printed in mixed case is kept as printed. */
function tidyName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

const STRENGTH: Record<Strength, number> = { formal: 3, name: 2, instrument: 2, adjective: 1 };

export interface CountryFound {
  code?: string;
  /** The State as the text names it ("Swiss Confederation", "Namibia", "Kestria"). */
  name?: string;
  /** Where it was read: `text` (the law), `source-line` (a corpus header), `file` (the file name). */
  from: 'text' | 'source-line' | 'file';
}

interface CountryInput {
  lang: Language;
  title?: string;
  /** The opening lines before the first provision (title block, enacting formula). */
  head: string[];
  /** The law's text after its front matter; read in chunks, as far as needed and at most `BODY_BUDGET`. */
  body: string;
  sourceLine?: string;
  file?: string;
}

/**
 * The State whose law this is: a formal name standing alone in the head settles it; otherwise the country
 * that the title, the head and the body name most, weighted by place (title 5, head 3, body 1) and form
 * (formal 3, name 2, adjective 1), when it scores at least 3 and twice as much as any other.
 */
export function findCountry(input: CountryInput): CountryFound | undefined {
  const { lang } = input;
  for (const line of input.head) {
    const state = stateLine(line, lang);
    if (state) return { ...state, from: 'text' };
  }
  const scores = new Map<string, number>();
  const printed = new Map<string, { text: string; weight: number }>();
  const count = (text: string | undefined, place: number) => {
    if (!text) return;
    for (const m of countryMentions(text, lang)) {
      // In running Chinese a two-character name is often part of other words ("非法国际" holds 法国): the body
      // counts only longer names and 中国.
      if (lang === 'zh' && place === 1 && m.text.length <= 2 && m.strength !== 'formal' && m.text !== '中国' && m.text !== '中國') continue;
      const w = STRENGTH[m.strength] * place;
      scores.set(m.code, (scores.get(m.code) ?? 0) + w);
      const best = printed.get(m.code);
      if (m.strength !== 'adjective' && m.strength !== 'instrument' && (!best || w > best.weight)) printed.set(m.code, { text: m.text, weight: w });
    }
  };
  count(input.title, 5);
  count(input.head.join('\n'), 3);
  const ranking = () => [...scores].sort((a, b) => b[1] - a[1]);
  for (const chunk of bodyChunks(input.body)) {
    count(chunk, 1);
    // Once one State clearly leads, reading on cannot change the answer.
    const [lead, next] = ranking();
    if (lead && lead[1] >= 12 && lead[1] >= 3 * (next?.[1] ?? 0)) break;
  }
  const ranked = ranking();
  const [best, second] = ranked;
  if (best && best[1] >= 3 && best[1] >= 2 * (second?.[1] ?? 0)) {
    const name = printed.get(best[0])?.text;
    return { code: best[0], name: name ? tidyName(name) : nameOf(best[0], lang), from: 'text' };
  }
  if (ranked.length) return undefined;
  // Weak evidence, only when the law itself names no State at all.
  const weak = (text: string | undefined, from: CountryFound['from']): CountryFound | undefined => {
    const codes = new Set((text ? [...countryMentions(text, lang), ...(lang === 'en' ? [] : countryMentions(text, 'en'))] : []).filter((m) => m.strength === 'name' || m.strength === 'formal').map((m) => m.code));
    if (codes.size !== 1) return undefined;
    const code = [...codes][0]!;
    return { code, name: nameOf(code, lang), from };
  };
  // A file name is written in lower case ("namibia-arms-act.docx"): its words are read as names.
  const fileWords = input.file?.replace(/\.[a-z0-9]{1,5}$/i, '').split(/[-_.\s]+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return weak(input.sourceLine, 'source-line') ?? weak(fileWords, 'file');
}

/** At most this much of a law's body is read for names of States. */
const BODY_BUDGET = 200_000;
const CHUNK = 20_000;

/**
 * The body in reading order: all of it in chunks when it fits the budget, else its first half-budget and then
 * evenly spaced windows, so a long law is sampled across its length.
 */
function* bodyChunks(body: string): Generator<string> {
  if (body.length <= BODY_BUDGET) {
    for (let at = 0; at < body.length; at += CHUNK) yield body.slice(at, at + CHUNK);
    return;
  }
  const opening = BODY_BUDGET / 2;
  for (let at = 0; at < opening; at += CHUNK) yield body.slice(at, at + CHUNK);
  const windows = opening / (CHUNK / 2);
  const step = (body.length - opening) / windows;
  for (let i = 0; i < windows; i++) {
    const at = Math.floor(opening + i * step);
    yield body.slice(at, at + CHUNK / 2);
  }
}

/** The country's usual name in `lang`. */
export function nameOf(code: string, lang: Language): string | undefined {
  const v = NAMES[lang].countries[code];
  return Array.isArray(v) ? v[v.length > 1 && /republic|république|república/i.test(v[0]!) ? 1 : 0] : v;
}

/** Whether `code` is an ISO 3166-1 alpha-2 code. */
export function isCountryCode(code: string): boolean {
  return Object.hasOwn(NAMES.en.countries, code.toUpperCase());
}
