/**
 * The command line speaks the user's language where the locale says it (LC_ALL, then LC_MESSAGES, then LANG):
 * French for fr_FR.UTF-8, Spanish for es_ES, English for anything else. Run through the real `lexgap` command.
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
  });

  it('words usage errors and the result line too, with plurals', () => {
    const usage = lexgap(['compare', empty], { env: localeEnv('fr_FR.UTF-8') });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^lexgap : compare demande au moins deux textes\. utilisation : lexgap compare <fichier> <fichier>/);
    const done = lexgap(['analyze', join(SHARED, 'eval', 'valdoria-es.txt')], { env: localeEnv('es_ES.UTF-8') });
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/^valdoria-es\.txt: \d+ disposiciones, idioma es; \d+ cubiertos, \d+ parcialmente cubiertos, \d+ ausentes de 49 elementos del Protocolo\.$/m);
  });
});
