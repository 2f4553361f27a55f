/**
 * The one catalogue of words (locales/<language>/<namespace>.json, core/i18n): every language has every key
 * of the English reference, with the plural forms CLDR gives that language (so Arabic will need six and Russian
 * four), the same placeholders, and its own words rather than English copies; every key renders to words; every
 * key the code asks for exists and every key is asked for somewhere.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, NAMESPACES, REFERENCE, translator, WORDS_LANGUAGES, type Namespace } from '../../core/i18n/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const LOCALES = path.join(ROOT, 'locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every string of a namespace by its key path ("cover.title"), arrays by index. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  return out;
}

/** Keys without their plural ending, each with the plural forms it has (empty for a key with none). */
function bases(keys: Iterable<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of keys) {
    const m = PLURAL.exec(key);
    const base = m ? key.slice(0, m.index) : key;
    const forms = out.get(base) ?? new Set<string>();
    if (m) forms.add(m[1]!);
    out.set(base, forms);
  }
  return out;
}

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!))].filter((p) => p !== 'count').sort();
const nested = (s: string) => [...s.matchAll(/\$t\(([^,)]+)/g)].map((m) => m[1]!).sort();

describe('the catalogue', () => {
  it('registers every language folder of locales/, with a file for every namespace', () => {
    const folders = readdirSync(LOCALES).filter((name) => statSync(path.join(LOCALES, name)).isDirectory());
    expect(folders.sort()).toEqual([...WORDS_LANGUAGES].sort());
    for (const language of folders) for (const ns of NAMESPACES) expect(existsSync(path.join(LOCALES, language, `${ns}.json`)), `${language}/${ns}.json`).toBe(true);
  });

  describe.each(WORDS_LANGUAGES)('%s', (language) => {
    const categories = new Set(new Intl.PluralRules(language).resolvedOptions().pluralCategories);

    it.each(NAMESPACES)('%s: has exactly the reference keys, each plural with the forms CLDR gives the language', (ns) => {
      const reference = bases(flatten(REFERENCE[ns]).keys());
      const own = bases(flatten(CATALOGUE[language][ns]).keys());
      expect([...own.keys()].sort()).toEqual([...reference.keys()].sort());
      for (const [key, forms] of reference) {
        const mine = own.get(key)!;
        if (forms.size) expect([...mine].sort(), `${ns}:${key}`).toEqual([...categories].sort());
        else expect(mine.size, `${ns}:${key} has plural forms the reference lacks`).toBe(0);
      }
    });

    it.each(NAMESPACES)('%s: keeps the placeholders and references of the English words', (ns) => {
      const english = flatten(REFERENCE[ns]);
      const own = flatten(CATALOGUE[language][ns]);
      const byBase = (m: Map<string, string>) => new Map([...m].map(([k, v]) => [k.replace(PLURAL, ''), v]));
      const englishBase = byBase(english);
      for (const [key, text] of own) {
        const base = key.replace(PLURAL, '');
        const reference = englishBase.get(base)!;
        expect(placeholders(text), `${ns}:${key}`).toEqual(placeholders(reference));
        expect(nested(text), `${ns}:${key}`).toEqual(nested(reference));
      }
    });

    it.each(NAMESPACES)('%s: renders every key to words, with nothing left unfilled', (ns) => {
      const t = translator(language, ns) as unknown as (key: string, options: Record<string, unknown>) => string;
      for (const [key, text] of flatten(CATALOGUE[language][ns])) {
        const base = key.replace(PLURAL, '');
        // Values for every placeholder: codes where the words nest another key by it, else a sample.
        const options: Record<string, unknown> = { count: 2 };
        for (const name of placeholders(text)) options[name] = SAMPLE[name] ?? 'X';
        const out = t(base, options);
        expect(out, `${ns}:${key}`).not.toMatch(/\{\{|\$t\(/);
        expect(out, `${ns}:${key}`).not.toBe(base);
        if (text.trim()) expect(out.trim(), `${ns}:${key}`).not.toBe('');
      }
    });
  });

  it('has French, Spanish, Arabic, Russian and Chinese of their own, not English copies', () => {
    // Words that are rightly the same in a language: codes, file kinds, a paper size, names, marks.
    const same = /^(menu:dialogs\.json|menu:menu\.export(Csv|Json)|.*\.(a4|letter|extension\..*)|interface:(list\.article|list\.articleNumber|list\.articleGroup|dashboard\.articleColumn|dashboard\.article|present\.article|help\.version|help\.pageKeys|help\.homeEndKeys|help\.enterKey|export\.a4)|report:(locale|punctuation\..*|labelled|status\.not-applicable|article|page\.before|findings\.obligation)|errors:(usage|extension\..*|kind\.pdf)|cli:(usage\.lang|usage\.report|comparedLaw|prefix)|comparison:(diff\.clauses\.(removed|added)Mark|notes\.sharedItem))$/;
    for (const language of WORDS_LANGUAGES.filter((l) => l !== 'en')) {
      const copies: string[] = [];
      for (const ns of NAMESPACES) {
        const english = flatten(REFERENCE[ns]);
        for (const [key, text] of flatten(CATALOGUE[language][ns]))
          if (!same.test(`${ns}:${key}`) && /\p{L}{3}/u.test(text.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, '')) && english.get(key) === text) copies.push(`${language} ${ns}:${key}`);
      }
      expect(copies).toEqual([]);
    }
  });
});

/** Sample values for placeholders that name other keys (a kind of file, an advice). */
const SAMPLE: Record<string, unknown> = {
  named: 'docx',
  actual: 'odt',
  holds: 'zip',
  advice: 'doc',
  clauses: 3,
  items: ['a', 'b'],
  size: 1.5,
  limit: 2,
  field: 'note',
};

// ---- Which keys the code asks for

const SOURCES = ['core', 'main', 'renderer', 'model-law'].flatMap((dir) => files(path.join(ROOT, dir)));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('keys and code', () => {
  const code = SOURCES.map((f) => readFileSync(f, 'utf8')).join('\n');
  const literals = new Set([...code.matchAll(/['"`]([\w.:-]+)['"`]/g)].map((m) => m[1]!));
  /** Keys asked for whole, as objects: t('method.sections', { returnObjects: true }). */
  const objects = new Set([...code.matchAll(/\(\s*'([\w.:-]+)',\s*\{\s*returnObjects/g)].map((m) => m[1]!.replace(/^\w+:/, '')));
  /** Prefixes of keys the code builds: `status.${key}`, `usage.${command}`. */
  const prefixes = [...code.matchAll(/`([\w.:-]+)\$\{/g)].map((m) => m[1]!.replace(/^\w+:/, '')).filter(Boolean);
  /** Suffixes of keys the code builds on a variable prefix: `${key}.years`. */
  const suffixes = [...code.matchAll(/`\$\{\w+\}(\.[\w.-]+)`/g)].map((m) => m[1]!);
  /** Keys the words themselves refer to: $t(report:status.covered), $t(kind.{{named}}). */
  const references = NAMESPACES.flatMap((ns) =>
    WORDS_LANGUAGES.flatMap((l) => [...JSON.stringify(CATALOGUE[l][ns]).matchAll(/\$t\(([\w.:-]+)/g)].map((m) => ({ ns, key: m[1]! }))),
  );

  function used(ns: Namespace, key: string): boolean {
    const parts = key.split('.');
    const [code_, context] = parts[parts.length - 1]!.split('_');
    const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('.'));
    // A key asked for whole, or a parent asked for with returnObjects, or under a built prefix.
    if (literals.has(key) || literals.has(`${ns}:${key}`) || candidates.some((k) => objects.has(k))) return true;
    if (prefixes.some((p) => key.startsWith(p)) || suffixes.some((s) => key.endsWith(s))) return true;
    // Relative to a key prefix (the menu's "dialogs."), or an error's code with its context.
    if (parts.length > 1 && literals.has(parts.slice(1).join('.')) && literals.has(parts[0]!)) return true;
    if (context && literals.has([...parts.slice(0, -1), code_].join('.')) && literals.has(context)) return true;
    return references.some((r) => {
      const [refNs, refKey] = r.key.includes(':') ? r.key.split(':') : [r.ns, r.key];
      return refNs === ns && (refKey === key || (refKey!.endsWith('.') && key.startsWith(refKey!)) || candidates.includes(refKey!));
    });
  }

  it.each(NAMESPACES)('%s: every key is used', (ns) => {
    const unused = [...bases(flatten(REFERENCE[ns]).keys()).keys()].filter((key) => !used(ns, key));
    expect(unused).toEqual([]);
  });
});
