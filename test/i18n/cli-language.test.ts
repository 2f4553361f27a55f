/**
 * The command line speaks the user's language where the locale says it (LC_ALL, then LC_MESSAGES, then LANG):
 * French for fr_FR.UTF-8, Spanish for es_ES, Arabic for ar_*, Russian for ru_RU, Chinese for zh_CN, English for
 * anything else. Run through the real `lexgap` command.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageFromEnvironment } from '../../core/i18n/locale.js';
import { lexgap, localeEnv, SHARED } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'lexgap-cli-language-'));
const empty = join(dir, 'empty.txt');
writeFileSync(empty, '');

describe('the language of the command line', () => {
  it.each([
    ['fr_FR.UTF-8', /^lexgap : empty\.txt est vide : il ne contient aucun texte à analyser\.$/],
    ['es_ES', /^lexgap: empty\.txt está vacío: no contiene texto que analizar\.$/],
    ['ar_SA.UTF-8', /^lexgap: empty\.txt فارغ: لا يحتوي على نص يمكن تحليله\.$/],
    ['ar_EG', /^lexgap: empty\.txt فارغ/],
    ['ru_RU.UTF-8', /^lexgap: empty\.txt пуст: в нём нет текста для анализа\.$/],
    ['zh_CN.UTF-8', /^lexgap: empty\.txt 是空的：其中没有可分析的文本。$/],
    ['de_DE.UTF-8', /^lexgap: empty\.txt is empty: there is no text in it to analyse\.$/],
    ['C', /^lexgap: empty\.txt is empty/],
  ])('LANG=%s: the error in that language, one line, exit 1', (locale, message) => {
    const r = lexgap(['analyze', empty], { env: localeEnv(locale) });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('LC_ALL and LC_MESSAGES come before LANG', () => {
    expect(lexgap(['analyze', empty], { env: { ...localeEnv('en_GB.UTF-8'), LC_ALL: 'es_ES.UTF-8' } }).stderr).toMatch(/está vacío/);
    expect(lexgap(['analyze', empty], { env: { ...localeEnv('es_ES.UTF-8'), LC_MESSAGES: 'fr_FR.UTF-8' } }).stderr).toMatch(/est vide/);
    expect(languageFromEnvironment({ LANG: 'fr_CA.UTF-8', LC_ALL: '' })).toBe('fr');
    expect(languageFromEnvironment({})).toBe('en');
    expect(languageFromEnvironment({ LANG: 'POSIX' })).toBe('en');
    expect(languageFromEnvironment({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_TW.UTF-8' })).toBe('zh');
    expect(languageFromEnvironment({ LANG: 'ru_UA.UTF-8' })).toBe('ru');
    expect(languageFromEnvironment({ LC_ALL: 'ar_MA.UTF-8@latin', LANG: 'fr_FR.UTF-8' })).toBe('ar');
  });

  it('words usage errors and the result line too, with plurals', () => {
    const usage = lexgap(['compare', empty], { env: localeEnv('fr_FR.UTF-8') });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^lexgap : compare demande au moins deux textes\. utilisation : lexgap compare <fichier> <fichier>/);
    const done = lexgap(['analyze', join(SHARED, 'eval', 'valdoria-es.txt')], { env: localeEnv('es_ES.UTF-8') });
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/^valdoria-es\.txt: \d+ disposiciones, idioma es; \d+ cubiertos, \d+ parcialmente cubiertos, \d+ ausentes de 49 elementos del Protocolo\.$/m);
  });

  it.each([
    ['ru_RU.UTF-8', /^kestria-en\.txt: 37 положений, язык en; охвачено \d+, частично \d+, отсутствует \d+ из 49 элементов Протокола\.$/m],
    ['ar_SA.UTF-8', /^kestria-en\.txt: 37 بندًا، اللغة en؛ من أصل 49 عنصرًا من عناصر البروتوكول: مشمولة \d+، مشمولة جزئيًا \d+، غائبة \d+\.$/m],
    ['zh_CN.UTF-8', /^kestria-en\.txt：37 条规定，语言 en；在 49 项议定书要素中，已涵盖 \d+ 项，部分涵盖 \d+ 项，缺失 \d+ 项。$/m],
  ])('LANG=%s: the result line in that language, with its plural forms', (locale, line) => {
    const done = lexgap(['analyze', join(SHARED, 'eval', 'kestria-en.txt')], { env: localeEnv(locale) });
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(line);
  });
});
