/**
 * What a clause is, from its wording: a definition (and of which term), an offence (it carries a penalty),
 * or another provision. The matcher uses this so that a definition proves a definition and an offence
 * element is met only by a penal clause.
 */
import { foldAccents } from '../text/normalize.js';

const DEFINITIONS_TITLE =
  /\b(definitions?|interpretation|d[ée]finitions?|terminolog|definici[óo]n(es)?|t[ée]rminos|glosario|glossary|glossaire|lexique|use of terms|определени|تعريف)|定义|用语/iu;
const DEFINITIONS_INTRO =
  /\b(in this (act|ordinance|law|chapter|decree|part)[^.]{0,40}(means|unless|-|:|—)|as used in this|on entend par|(?:il y a lieu d|il faut )['’]?entendre par|au sens d[eu]|aux fins d[eu] (?:la |l['’])?pr[ée]sent|pour l'application d[eu] pr[ée]sent[^:]*:|se entiende por|se entender[áa] por|para (los )?efectos de (la presente|este|esta)[^:]*:|para los fines de (la presente|este|esta)[^:]*:)|يُ?قصد ب(?:ال)?(?:ألفاظ|الكلمات|العبارات|المصطلحات)|المعاني (?:المبينة|المخصصة|الموضحة)|本法(?:下列)?用语的含义|本(?:法|条例|條例)所[称稱]|применяются следующие (?:основные )?понятия|в настоящем (?:федеральном )?законе используются следующие/iu;

export function isDefinitionsUnit(heading: string, opening: string, nextLine = ''): boolean {
  // Only the title part of the first line: "ARTÍCULO 2o. DEFINICIONES." but not "... en los términos de ...";
  // or an annex titled on the line below its heading ("Annex to Act No. 119/2002" / "Definitions of Firearms").
  return DEFINITIONS_TITLE.test(heading.slice(0, 40)) || DEFINITIONS_INTRO.test(opening) || (nextLine.length < 120 && /^(definitions?|d[ée]finitions?|definiciones|glosario|glossary)\b/iu.test(nextLine));
}

const QUOTED = /^(?:\(?[a-z0-9]{1,4}[).°]\s*[-–—]?\s*)?(?:the terms? )?[“"«‘']\s*([^”"»’']{2,80}?)\s*[”"»’']\s*(?:means|includes|include|has the|:|désigne|s'entend|se entiende|significa|,|-|–|—)/iu;
// "l) Producto pirotécnico detonante. Artificio ..." (a lettered item, the term, a full stop).
const DOTTED = /^(?:\(?[a-zA-Z0-9]{1,4}[).°]\s*[-–—]?\s*|[IVX]{1,5}\.\s*[-–—]?\s*)([\p{Lu}][\p{L}\s,'’-]{1,60}?)\.\s+\p{Lu}/u;
// "firearm includes any weapon ..." (old Commonwealth style, no quotation marks).
// Also after its item's marker: "(b) ammunition means ammunition for any firearm" (India's Arms Act).
const BARE = /^(?:\(?[a-z0-9]{1,4}\)\s*)?([\p{Ll}][\p{L} -]{1,40}?)(?:,[^,]{1,60}(?:,[^,]{1,60})?,)?\s+(means|includes|has the (same )?meaning)\b/u;
// "5 Ammunition is defined as ...", "2 Sont réputés armes ...": a paragraph number, the term, a defining verb.
const DEFINED_AS = /^(?:\d{1,2}\s+)?([\p{Lu}][\p{L} -]{1,40}?)\s+(?:is|are) (?:defined as|deemed to be)\b/u;
// "1. Firearm – a weapon the function of which ...", "Arme à feu — toute arme ...": a term, a dash, its meaning.
const DASH = /^(?:\(?[a-zA-Z0-9]{1,4}[).°]\s*|[IVX]{1,5}\.\s*)?([\p{Lu}][\p{L}\s,'’()-]{1,60}?)\s+[–—-]\s+\p{L}/u;
// "Son armas de fuego las que emplean ...", "Sont des armes à feu les armes qui ...": the defined class first.
const CLASS = /^(?:son|sont|se consideran|se entiende por|on entend par|est|sont considérées comme)\s+(?:des\s+)?([\p{L}\s]{2,40}?)\s*(?:,\s*|\s)(?:las|los|aquell[oa]s|les|toute?s?|la|el|le)\b/iu;
// "d) A dealer whose business consists in firearms shall mean any ...", "b) Carrying a firearm shall mean ..."
// (translated civil-law style): the noun before "whose"/"who", or the short phrase before "shall mean".
const SHALL_MEAN = /^(?:\(?[a-zA-Z0-9]{1,4}[).°]\s*)?(?:(?:an?|the)\s+)?([\p{L}][\p{L}\s'’-]{1,60}?)(?:\s+(?:whose|who|which|that)\b.{0,160}?)?\s+shall (?:mean|be understood as)\b/iu;
// Arabic: 'تعني لفظة ( سلاح ): كل سلاح ناري ...', 'يقصد بعبارة "السلاح الناري" ...' (the word or phrase, then the term).
const AR_WORD_MEANS = /^(?:تعني|يعني|يقصد\s+ب|يُقصد\s+ب)\s*(?:لفظة|لفظ|كلمة|عبارة|مصطلح)\s*[(«"“]\s*([^)»"”]{1,60}?)\s*[)»"”]/u;
// Russian: "огнестрельное оружие - оружие, предназначенное ..." (a lower-case term, a dash, its meaning).
// Also after its item's number, and with its synonym in brackets: "13) боеприпасы (патроны) - устройства ...".
const RU_DASH = /^(?:\d{1,2}(?:-\d)?\)\s*)?(\p{Script=Cyrillic}[\p{Script=Cyrillic}\s]{1,60}?)(?:\s*\([\p{Script=Cyrillic}\s,]{1,40}\))?\s+[-–—]\s+(?:это\s+)?\p{L}/u;
// Chinese: "本法所称枪支，是指 ...", "（一）枪支，是指 ...", Taiwan's "一、槍砲：指 ..." (the term, then "is meant").
const ZH_MEANS = /^(?:第[一二三四五六七八九十百千零〇\d]+条\s*)?(?:[（(][一二三四五六七八九十\d]+[）)]\s*|[一二三四五六七八九十]+、\s*)?(?:本(?:法|条例|规定|办法)所称的?)?(\p{Script=Han}{1,12}?)\s*[，,]?\s*(?:是指|系指|指的是|[：:]\s*指)/u;
// "5 Par munitions, on entend le matériel ...", "Por arma de fuego se entiende ...": the term between "par" and "on entend".
const PAR_ON_ENTEND = /^(?:\d{1,2}(?:bis|ter)?\s+)?(?:par|por)\s+([\p{L}][\p{L}\s'’-]{1,60}?)\s*,?\s*(?:on entend|se entiende|se entenderá|se entenderán)\b/iu;
// An item of "Par armes, on entend: a. les engins qui ... (armes à feu);": the term it names, in brackets at its end.
const TRAILING = /^\p{Ll}.{10,}\(\s*(\p{Ll}[\p{L}\s'’-]{1,40}?)\s*\)\s*[;.,]?\s*(?:(?:et|ou|and|or|y|o)\s*)?$/u;
// "V.- Arma o armas de fuego, todo instrumento ..." (Mexico): a numbered term, a comma, its meaning.
const COMMA_MEANS = /^(?:[IVXL]{1,6}\.?\s*[-–—.]+\s*|\(?[a-z0-9]{1,3}[).]\s*)([\p{Lu}][\p{L}\s]{1,60}?),\s+(?:todo|toda|todos|todas|aquel|aquella|aquellos|aquellas|cualquier|la|el|los|las|al|un|una|lo|tout|toute|tous|toutes|any|every)\b/u;
const COLON_END = /^\(?[a-zA-Z0-9]{1,4}[).°]\s*[-–—]?\s*([\p{L}][\p{L}\s'’-]{1,60}?)\s*:\s*$/u;
const COLON = /^(?:\(?[a-zA-Z0-9]{1,4}[).°]\s*[-–—]?\s*|[IVX]{1,5}\.\s*[-–—]?\s*)?([\p{L}][\p{L}\s,'’-]{1,60}?)\s*:\s+\S/u;

/** The term a definition line defines: '"firearm" means ...' -> "firearm"; 'I. Arma de fuego: ...' -> "Arma de fuego". */
// The opening of a single definition: "In this Act, ", "Au sens du présent titre, on entend par ", "Para los efectos de la presente Ley se entiende por: ".
const LEAD = /^(?:in this (?:act|ordinance|law|chapter|decree|part|section)[^,:]{0,40}[,:]\s*(?:the term\s+)?|(?:au sens|pour l'application|aux fins) d[eu] (?:la |l')?pr[ée]sent[^,:]{0,40}[,:]\s*(?:(?:on entend par|il y a lieu d['’]entendre par|il faut entendre par)\s*:?\s*)?|(?:para (?:los )?(?:efectos|fines) de|a los efectos de) (?:la |el |los |las )?present[^,:]{0,40}[,:]?\s*(?:se entiende por\s*:?\s*)?)/iu;

export function definedTerm(line: string): string | undefined {
  const lead = line.match(LEAD);
  if (lead && lead[0].length < line.length) {
    const rest = line.slice(lead[0].length);
    // After "on entend par" or "se entiende por", a quoted term is the term whatever follows it.
    const quoted = /(?:entend par|entiende por|the term)\s*:?\s*$/iu.test(lead[0]) ? rest.match(/^[“"«‘']\s*([^”"»’']{2,80}?)\s*[”"»’']/u) : null;
    const term = quoted?.[1]?.trim() ?? definedTermOf(rest);
    if (term) return term;
  }
  return definedTermOf(line);
}

// A continuation ("and includes a sound suppressor") is no term.
const NOT_TERMS = new Set(['and', 'or', 'but', 'it', 'this', 'that', 'which', 'also', 'et', 'ou', 'y', 'o']);

function definedTermOf(line: string): string | undefined {
  const term = termOf(line);
  return term !== undefined && !NOT_TERMS.has(term.toLowerCase()) ? term : undefined;
}

function termOf(line: string): string | undefined {
  const quoted = line.match(QUOTED) ?? line.match(AR_WORD_MEANS) ?? line.match(ZH_MEANS) ?? line.match(PAR_ON_ENTEND);
  if (quoted) return quoted[1]!.trim();
  const dotted = line.match(DOTTED) ?? line.match(BARE) ?? line.match(DEFINED_AS) ?? line.match(DASH) ?? line.match(RU_DASH) ?? line.match(CLASS) ?? line.match(SHALL_MEAN) ?? line.match(COMMA_MEANS);
  if (dotted && dotted[1]!.split(/\s+/).length <= 6) return dotted[1]!.trim();
  const colon = line.match(COLON);
  // A colon definition names a short noun phrase, not a sentence.
  if (colon && colon[1]!.split(/\s+/).length <= 6) return colon[1]!.trim();
  // A numbered term whose meaning is the items below it: "6° Fabrication illicite :".
  const heading = line.match(COLON_END);
  if (heading && heading[1]!.split(/\s+/).length <= 4) return heading[1]!.trim();
  const trailing = line.match(TRAILING);
  if (trailing && trailing[1]!.split(/\s+/).length <= 4) return trailing[1]!.trim();
  return undefined;
}

// Penal wording in the UN languages: a clause with one of these creates or punishes an offence.
const OFFENCE = new RegExp(
  [
    'commits? an offence', 'is guilty of an offence', 'shall be guilty', 'liable (on|upon) (summary )?conviction', 'shall be (fined|imprisoned|punished)',
    'punishable', 'imprisonment', 'penalty', 'penalties',
    'est puni', 'sont punis', 'sera puni', 'seront punis', 'emprisonnement', 'reclusion', "peine d'amende", 'delit', 'infraction penale',
    'sera sancionad', 'seran sancionad', 'se sancionara', 'se impondra', 'pena privativa', 'prision', 'multa de', 'delito', 'reprimido con',
    'наказывается', 'лишением свободы', 'يعاقب', 'بالحبس', '处以', '有期徒刑', '追究刑事责任',
  ].join('|'),
  'iu',
);

export function classifyKind(text: string): 'offence' | 'provision' {
  const lower = text.toLowerCase();
  // Folding accents costs more than the test: only text with letters beyond ASCII needs it.
  return OFFENCE.test(/[\u0080-\uffff]/.test(lower) ? foldAccents(lower) : lower) ? 'offence' : 'provision';
}
