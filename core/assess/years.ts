/**
 * Periods of years stated in a clause ("at least ten years", "pendant dix ans", "cinco (5) años"), for the
 * numeric checks of the catalogue (records kept at least ten years).
 */
import { foldAccents } from '../text/normalize.js';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  quinze: 15, vingt: 20, trente: 30, cinquante: 50,
  uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
  quince: 15, veinte: 20, treinta: 30, cincuenta: 50,
};

const PERIOD = new RegExp(
  `\\b(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})\\s*(?:\\(\\s*\\d{1,3}\\s*\\)\\s*)?(?:full\\s+|calendar\\s+)?(years?|ans|annees|anos|ano)\\b`,
  'giu',
);

// Russian periods: "в течение 10 лет", "не менее пяти лет" (JavaScript's \b knows no Cyrillic letters: lookarounds).
const RU_NUMBER_WORDS: Record<string, number> = {
  одного: 1, один: 1, двух: 2, два: 2, трех: 3, три: 3, пяти: 5, пять: 5, десяти: 10, десять: 10, пятнадцати: 15,
  пятнадцать: 15, двадцати: 20, двадцать: 20, тридцати: 30, тридцать: 30, пятидесяти: 50, пятьдесят: 50,
};
const RU_PERIOD = new RegExp(`(?<![\\p{L}\\d])(\\d{1,3}|${Object.keys(RU_NUMBER_WORDS).join('|')})\\s*(?:\\(\\s*\\d{1,3}\\s*\\)\\s*)?(?:лет|года|год)(?!\\p{L})`, 'giu');
const RU_RETENTION = /(?<!\p{L})(?:хран|учет|реестр|журнал|документац|сведени|баз\p{L}* данных)/iu;
const RU_NOT_RETENTION = /(?<!\p{L})(?:сроком на|срок действия|действител|возраст|лишени\p{L}* свободы)/iu;
const RU_RECORDS_FOR = /(?<!\p{L})(?:в течение|не менее|на протяжении)\s+(?:\S+\s+){0,2}(?:лет|года?)(?!\p{L})/iu;

function periodsIn(text: string): number[] {
  return [...[...text.matchAll(PERIOD)].map((m) => NUMBER_WORDS[m[1]!] ?? Number(m[1])), ...[...text.matchAll(RU_PERIOD)].map((m) => RU_NUMBER_WORDS[m[1]!] ?? Number(m[1]))];
}

// Kept for good: longer than any period.
const PERMANENT = /\b(permanent(ly|e|emente)?|indefinite(ly)?|ind[ée]finiment|indefinidamente|sans limite|sin l[íi]mite)\b/iu;

/** Every period in years the text states, in order; Infinity where records are kept permanently. */
export function yearsStated(text: string): number[] {
  const folded = foldAccents(text.toLowerCase());
  const years = periodsIn(folded);
  return PERMANENT.test(folded) ? [...years, Infinity] : years;
}

// A period that is not a retention period: an age, a prison term, a licence's validity, a deadline.
const NOT_RETENTION = /\b(age|aged|old|imprison\w*|prison|presidio|reclusion|emprisonnement|valid\w*|vigencia|vigente|validite|expire\w*|caduc\w*|within|dans un delai|dentro de|plazo|edad|revolus|mineur\w*|menor\w*|sentence|peine|pena)\b/iu;
// Kept for good: "kept permanently", "conservés sans limitation de durée", "se conservarán de manera permanente".
const KEPT_FOR_EVER = /\b(kept|retained|preserved|stored|maintained|conserv\w*|archiv\w*|guard\w*|mantendr\w*|mantenid\w*)\b(\s+\S+){0,4}\s+(permanently|indefinitely|for ever|indefiniment|sans limitation de duree|sans limite de duree|indefinidamente|de (manera|forma) permanente|sin limite de tiempo)\b/iu;
// Records about persons (those barred from owning arms, applicants), not about the firearms themselves.
const ABOUT_PERSONS = /\b(relatives? a la personne|concernant la personne|donnees a caractere personnel|personal data|relating to the person|of the person concerned|datos personales|relativos a la persona|interdits? d'acquisition|prohibited persons?|photocop\w*|copie du document|copy of the identity|copia del documento)\b/iu;
// Records of the firearms that take personal data with them: "Los datos de las armas ..., incluidos los datos
// personales conexos, se conservarán ... treinta años" (Spain, Reglamento de Armas, art 9(3), after EU law).
const ARMS_WITH_PERSONS = /\b(datos de las armas|incluidos los datos personales|data on the (fire)?arms|including (the )?related personal data|donnees (des|sur les|relatives aux) armes|y compris les donnees a caractere personnel)\b/iu;
// Keeping records: the verbs and nouns of retention.
const RETENTION = /\b(kept|keep|keeps|retain\w*|retention|preserv\w*|maintain\w*|stored|archiv\w*|conserv\w*|garde\w*|mantener\w*|mantendr\w*|guard\w*|registr\w*|register\w*|record\w*|data|donnees|datos|sistemas? de informacion|information systems?)\b/iu;

/**
 * Retention periods a record-keeping clause states: periods in its sentences about keeping records, never an age,
 * a prison term or a licence's validity ("the European firearms pass shall be valid for five years").
 */
export function retentionYears(text: string): number[] {
  return retentionStatements(text).map((s) => s.years);
}

/**
 * The retention periods a clause states, each with whether its sentence keeps the records of one kind of
 * transaction only (exports, sales at a distance): the sentence decides, not the clause around it.
 */
export function retentionStatements(text: string): { years: number; limited: boolean }[] {
  const out: { years: number; limited: boolean }[] = [];
  for (const sentence of foldAccents(text.toLowerCase()).split(/(?<=[.;:])\s+|\n/)) {
    if (!(RETENTION.test(sentence) || RU_RETENTION.test(sentence)) || (ABOUT_PERSONS.test(sentence) && !ARMS_WITH_PERSONS.test(sentence))) continue;
    const years = periodsIn(sentence);
    if (KEPT_FOR_EVER.test(sentence)) years.push(Infinity);
    if (!years.length) continue;
    // A sentence that also gives an age or a validity states several periods: keep it only if one is about records.
    if ((NOT_RETENTION.test(sentence) || RU_NOT_RETENTION.test(sentence)) && !(RECORDS_FOR.test(sentence) || RU_RECORDS_FOR.test(sentence))) continue;
    const limited = ONE_KIND.test(sentence);
    out.push(...years.map((y) => ({ years: y, limited })));
  }
  return out;
}

// "for a period of not less than ten years", "pendant dix ans", "por un plazo no menor de diez años", "por un periodo de
// treinta años".
const RECORDS_FOR = /\b(for|pendant|durante|por)\s+(a period of\s+)?(not less than\s+|at least\s+|au moins\s+|al menos\s+|un (periodo|plazo|lapso)( no (menor|inferior))?( (de|a))?\s+|un delai( minimal)? de\s+)?\(?\w+\)?\s*(\(\d+\)\s*)?(years?|ans|anos)\b/u;
// The records of one kind of transaction only.
// (French "transferts" are transfers between Member States of the European Union.)
const ONE_KIND = /\b(import\w*|export\w*|transit\w*|tranship\w*|transbord\w*|transferts?|a distance|a distancia|by mail|par correspondance|por correspondencia)\b/u;
