/**
 * What the opening lines of a law say about it: the country that enacted it and its title, for the report's
 * cover and for matching a marking clause that names the country itself.
 */

const COUNTRY = /\b(?:republic|kingdom|state|commonwealth|federation|principality|united provinces|provinces|union|territory|islands|emirate|r[ée]publique|royaume|[ée]tat|principaut[ée]|rep[úu]blica|reino|estado(?: libre)?|federaci[óo]n)\s+(?:of|d['’]|de la|de l['’]|du|de|del)\s*(?:the\s+)?([\p{Lu}][\p{L}'’ -]{2,40})$/iu;
const LAW_TITLE = /\b(act|ordinance|law|code|decree|regulations?|loi|d[ée]cret|ordonnance|code|ley|decreto|reglamento|c[óo]digo)\b/iu;

function tidy(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

export interface LawMetadata {
  country?: string;
  title?: string;
}

export function lawMetadata(source: string): LawMetadata {
  const lines = source
    .split('\n')
    .map((l) => l.replace(/^[#*\s]+|[*\s]+$/g, ''))
    .filter((l) => l && !/^(source|title|identifier|---)\b/i.test(l))
    .slice(0, 15);
  const meta: LawMetadata = {};
  for (const line of lines) {
    const m = line.match(COUNTRY);
    if (!meta.country && m && !/^(la|the|le)$/i.test(m[1]!.trim())) meta.country = tidy(m[1]!);
    if (!meta.title && LAW_TITLE.test(line) && line.length < 200 && !/^(article|art\.|section|artículo|\d)/i.test(line))
      meta.title = line;
  }
  return meta;
}
