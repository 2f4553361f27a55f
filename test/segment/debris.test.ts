/**
 * What is in the file but not in the law's operative text: amendment notes and footnotes become notes on their
 * clause, earlier versions of an article become its history, page furniture and scraper labels are dropped; and
 * no clause is left longer than the size limit without being split or flagged.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILL, read } from '../../core/segment/read.js';
import { segmentReading } from '../../core/segment/segment.js';
import { CLAUSE_LIMIT } from '../../core/segment/split.js';
import { SHARED } from '../support/cli.js';

const seg = (text: string) => segmentReading(read(text));
const byLabel = (text: string) => new Map(seg(text).clauses.map((c) => [c.label, c]));

describe('notes, history and debris', () => {
  it.each([
    {
      name: 'a bracketed amendment note over two lines (Commonwealth consolidations)',
      text: '5 Sale of arms\n(1) No person shall sell any firearm.\n[Section 5(1): amended, on 9 December 2017, by section 4 of the Arms\nOrdinance Amendment Act 2017 (2017 No 20).]\n6 Permits\nA permit is required.',
      label: 'Section 5(1)',
      note: /^\[Section 5\(1\): amended, on 9 December 2017, by section 4 of the Arms Ordinance Amendment Act 2017/,
    },
    {
      name: 'an Arabic amendment note on its own line',
      text: 'المادة الأولى\nيحظر صنع الأسلحة.\n- عُدلت هذه المادة بموجب المرسوم الملكي رقم م/12.\nالمادة الثانية\nيسمح بحمل الأسلحة.',
      label: 'المادة 1',
      note: /عُدلت هذه المادة/,
    },
    {
      name: 'an Egyptian amendment footnote numbered like a paragraph',
      text: 'مادة 1\n(1) يحظر بغير ترخيص من وزير الداخلية حيازة الأسلحة النارية (1).\n(1) استبدلت الفقرة الأولى من المادة 1 بالقانون رقم 165 لسنة 1981\nمادة 2\nيسرى الترخيص من تاريخ صدوره.',
      label: 'المادة 1(1)',
      note: /استبدلت الفقرة الأولى/,
    },
    {
      name: 'a Russian consolidation note under a definition',
      text: 'Статья 1. Основные понятия\nДля целей настоящего Федерального закона применяются следующие основные понятия:\nогнестрельное оружие - оружие, предназначенное для механического поражения цели;\n(в ред. Федерального закона от 28.12.2010 N 398-ФЗ)\nСтатья 2. Виды оружия\nОружие подразделяется на гражданское и служебное.',
      label: 'Статья 1 "огнестрельное оружие"',
      note: /^\(в ред\. Федерального закона/,
    },
    {
      name: 'a Costa Rican reform note in parentheses',
      text: 'ARTÍCULO 1. - Campo de aplicación. Mediante la presente Ley se regulan las armas.\n(Así reformado por el artículo 1 de la Ley N° 8201 de 18 de diciembre del 2001)\nARTÍCULO 2. - Otro.',
      label: 'Artículo 1',
      note: /^\(Así reformado por el artículo 1/,
    },
    {
      name: 'a footnote of an HTML conversion',
      text: 'Art. 1 Objet\n1 La présente loi règle les armes. [3]\n[fn 3] Nouvelle teneur selon le ch. I de la LF du 11 déc. 2009.\nArt. 2 Champ\n1 Elle s’applique aux armes.',
      label: 'Article 1(1)',
      note: /^\[fn 3\] Nouvelle teneur/,
    },
  ])('$name becomes a note on its clause, not clause text', ({ text, label, note }) => {
    const c = byLabel(text).get(label)!;
    expect(c.notes?.some((n) => note.test(n))).toBe(true);
    expect(c.text).not.toMatch(note);
  });

  it.each([
    {
      name: 'the whole article',
      text: 'المادة الخمسون\nتم تعديل هذه المادة بموجب المرسوم الملكي رقم (م/ 17) بتاريخ 1 / 4 / 1437هـ ، لتكون بالنص الآتي : "1- يصادر بحكم قضائي جميع ما يضبط من أسلحة. 2 - يصدر الوزير قراراً بالتصرف في المضبوطات المصادرة".\nالمادة الحادية والخمسون\nيراعى تشديد العقوبات.',
      label: 'المادة 50',
      kept: ['المادة 50(1)', 'المادة 50(2)'],
      wording: /يصادر بحكم قضائي/,
    },
    {
      name: 'one paragraph',
      text: 'المادة الثالثة والأربعون\nتم تعديل الفقرة (ج) من هذه المادة بموجب المرسوم الملكي رقم (م/ 17)، لتكون بالنص الآتي: "ج - كل من قام بتهريب أسلحة التمرين".\nالمادة الرابعة والأربعون\nيعاقب بغرامة.',
      label: 'المادة 43',
      kept: ['المادة 43(ج)'],
      wording: /بتهريب أسلحة التمرين/,
    },
  ])('an Arabic amendment note that restates $name keeps the note as a note and the new wording as the clause', ({ text, label, kept, wording }) => {
    const clauses = byLabel(text);
    const c = clauses.get(label)!;
    expect(c.notes?.some((n) => /تم تعديل/.test(n))).toBe(true);
    expect(c.text).not.toMatch(/تم تعديل/);
    expect(c.text).toMatch(wording);
    for (const l of kept) expect(clauses.has(l)).toBe(true);
  });

  it('reads an amending article of the law itself as its text, not as a note', () => {
    const c = byLabel('المادة الأولى\nتعدل المادة الخامسة من نظام الأسلحة لتكون بالنص الآتي: "يحظر صنع الأسلحة".\nالمادة الثانية\nينشر هذا النظام.').get('المادة 1')!;
    expect(c.notes ?? []).toEqual([]);
    expect(c.text).toMatch(/تعدل المادة الخامسة .*يحظر صنع الأسلحة/);
  });

  it('keeps the version of an article in force and sets earlier versions aside as its history (Colombian consolidations)', () => {
    const text = [
      '**Artículo 41. Suspensión.** Las autoridades podrán suspender los permisos, salvo los de vigilancia.',
      '',
      'JURISPRUDENCIA []',
      '',
      'LEGISLACIÓN ANTERIOR []',
      '',
      '**Artículo 41. Suspensión.** Las autoridades podrán suspender los permisos.',
      '',
      'Vigente desde: 17/12/1993 y hasta el: 05/07/1995',
      '',
      '**Artículo 42. Suspensión voluntaria.** El titular podrá solicitar la suspensión.',
    ].join('\n');
    const { clauses, structure } = seg(text);
    expect(clauses.map((c) => c.label)).toEqual(['Artículo 41', 'Artículo 42']);
    expect(clauses[0]!.text).toMatch(/salvo los de vigilancia/);
    expect(clauses[0]!.history).toEqual(['Artículo 41. Suspensión. Las autoridades podrán suspender los permisos.']);
    expect(structure.history).toBe(1);
    expect(structure.debris.find((d) => d.kind === 'scraper-label')?.count).toBe(2);
  });

  it.each([
    { name: 'a page number', line: '- 12 -', kind: 'page-number' },
    { name: 'a "next page" marker', line: '[The next page is 315,101]', kind: 'page-number' },
    { name: 'a scraper label', line: 'JURISPRUDENCIA []', kind: 'scraper-label' },
    { name: 'a footnote reference on its own line', line: '[8]', kind: 'footnote-ref' },
  ])('drops $name', ({ line, kind }) => {
    const { clauses, structure } = seg(`Article 1\nThe firearm shall be marked.\n${line}\nIt shall also be registered.`);
    expect(clauses[0]!.text).toBe('Article 1\nThe firearm shall be marked.\nIt shall also be registered.');
    expect(structure.debris.map((d) => d.kind)).toContain(kind);
  });

  it('drops a running header that repeats on every page with its page number', () => {
    const page = (n: number) => `LAWS OF KESTRIA\nService 0 315,${100 + n}\n`;
    const text = `1 Citation\nThis Act is the Arms Act.\n${page(1)}2 Licences\nA licence is needed.\n${page(2)}3 Records\nRecords are kept.\n${page(3)}`;
    const { clauses, structure } = seg(text);
    expect(clauses.map((c) => c.label)).toEqual(['Section 1', 'Section 2', 'Section 3']);
    for (const c of clauses) expect(c.text).not.toMatch(/LAWS OF KESTRIA|Service/);
    expect(structure.debris.find((d) => d.kind === 'running-header')?.count).toBe(6);
  });

  it.each([
    { name: 'on its own lines', tail: '\nHistory of this document\n28 December 2005 this version\n▲ To the top\nContact us' },
    { name: 'run into the last section', tail: ' History of this document 28 December 2005 this version Amended by Act 4 of 2003 ▲ To the top > Contact us About the institute' },
  ])('drops a legal information institute\'s page footer $name', ({ tail }) => {
    const body = 'This Act shall be called the Arms Act and shall come into operation on a date determined by the Minister by notice in the Gazette. '.repeat(4);
    const { clauses, structure } = seg(`1 Citation\n${body}\n2 Schedules\nThe schedules form part of this Act.${tail}`);
    expect(clauses.map((c) => c.label)).toEqual(['Section 1', 'Section 2']);
    for (const c of clauses) expect(c.text).not.toMatch(/History of this document|To the top|Contact/);
    expect(structure.debris.find((d) => d.kind === 'scraper-label')).toBeDefined();
  });

  it('drops a chunked scrape\'s repeat of an open subdivision, so labels never skip a level (US Code)', () => {
    const text = ['§ 921. Definitions', '(a) As used in this chapter', '(16) The term “antique firearm” means a firearm made before 1899.', '(17)', '(A) The term “ammunition” means cartridge cases.', '(a) As used in this chapter', '(B) The term “armor piercing ammunition” means a projectile.', '(18) The term “pistol” means a weapon.'].join('\n');
    const labels = seg(text).clauses.map((c) => c.label);
    expect(labels).toEqual(['Section 921', 'Section 921(a)', 'Section 921(a)(16)', 'Section 921(a)(17)', 'Section 921(a)(17)(A)', 'Section 921(a)(17)(B)', 'Section 921(a)(18)']);
  });
});

describe('no giant clauses', () => {
  it('splits a long article at its own paragraphs into parts', () => {
    const para = (n: number) => `Paragraph ${n} of the provision sets out rules on the storage of explosives and fireworks at sites. `.repeat(8);
    const text = `DÉCIMA.- Disposiciones varias\n\n${[1, 2, 3, 4, 5].map(para).join('\n\n')}`;
    const { clauses, structure } = seg(text);
    const parts = clauses.filter((c) => c.label.startsWith('Disposición Décima ¶'));
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(CLAUSE_LIMIT);
    expect(structure.oversize).toEqual([]);
  });

  it('flags what it cannot split', () => {
    const text = `Article 1\n${'x'.repeat(4000)}`;
    const { clauses, structure } = seg(text);
    expect(clauses[0]!.oversize).toBe(true);
    expect(structure.oversize).toEqual([clauses[0]!.id]);
  });

  const corpus = readdirSync(join(SHARED, 'corpus')).filter((f) => f.endsWith('.txt'));
  it.each(corpus)('%s: no clause over the limit unflagged, almost all of its wording in clauses', (file) => {
    const { clauses, structure } = seg(readFileSync(join(SHARED, 'corpus', file), 'utf8'));
    const own = new Map(structure.largest.map((l) => [l.clause, l.chars]));
    for (const c of clauses) if ((own.get(c.id) ?? 0) > CLAUSE_LIMIT) expect(structure.oversize).toContain(c.id);
    expect(structure.largest[0]!.chars <= CLAUSE_LIMIT || structure.oversize.length > 0).toBe(true);
    expect(structure.unread).toBeLessThan(0.05);
    expect(structure.levels.find((l) => l.level === 'unit')!.count).toBeGreaterThan(20);
  });
});

describe('words split at a ligature or a kerned capital are read whole, and only those', () => {
  // Only lines with a split "f" are mended, as a ligature leaves one.
  const plainOf = (line: string) => segmentReading(read(`Section 1\n${line}\n`)).plain.split('\n')[1]!;
  it.each([
    { line: 'commits an of fence under this Act', words: 'of fence', one: true },
    { line: 'T raf ficking in firearms', words: 'raf ficking', one: true },
    { line: 'T his Act provides for firearms', words: 'T his', one: true },
    { line: 'in the course of his business for profit', words: 'of his', one: false },
    { line: 'the holder of able standing for ten years', words: 'of able', one: false },
    { line: 'the register of the dealer for firearms', words: 'of the', one: false },
  ])('$line: "$words" is one word: $one', ({ line, words, one }) => {
    const at = line.indexOf(words) + words.indexOf(' ');
    expect(plainOf(line)[at]).toBe(one ? FILL : ' ');
  });
});
