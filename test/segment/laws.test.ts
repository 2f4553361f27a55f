import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../../core/segment/segment.js';
import { SHARED } from '../support/cli.js';

const law = (path: string) => segment(readFileSync(join(SHARED, path), 'utf8'));
/** Units (articles, sections, annexes) in document order: clauses that are not subdivisions, definitions or parts. */
const units = (path: string) => law(path).filter((c) => !/[("¶,]/.test(c.label)).map((c) => c.label);
const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix} ${from + i}`);

describe('segmentation of the labelled and real laws', () => {
  const cases: { name: string; file: string; expected: (u: string[]) => void }[] = [
    { name: 'Kestria: sections 1 to 20, the arrangement of sections skipped', file: 'eval/kestria-en.txt', expected: (u) => expect(u).toEqual(range('Section', 1, 20)) },
    { name: 'Ardenne: articles 1 to 11', file: 'eval/ardenne-fr.txt', expected: (u) => expect(u).toEqual(range('Article', 1, 11)) },
    { name: 'Valdoria: artículos 1 to 12', file: 'eval/valdoria-es.txt', expected: (u) => expect(u).toEqual(range('Artículo', 1, 12)) },
    {
      name: 'Peru Ley 30299: artículos 1 to 73 in order, then the supplementary provisions',
      file: 'corpus/pe-ley-30299-2015.txt',
      expected: (u) => {
        expect(u.filter((l) => l.startsWith('Artículo'))).toEqual(range('Artículo', 1, 73));
        expect(u.slice(73, 76)).toEqual(['Disposición Primera', 'Disposición Segunda', 'Disposición Tercera']);
      },
    },
    {
      name: 'US 18 U.S.C. ch. 44: §§ 921 to 934 with the lettered sections',
      file: 'corpus/us-18usc-ch44-firearms.txt',
      expected: (u) =>
        expect(u).toEqual(['921', '922', '923', '924', '925', '925A', '925B', '925C', '925D', '926', '926A', '926B', '926C', '927', '928', '929', '930', '931', '932', '933', '934'].map((n) => `Section ${n}`)),
    },
    {
      name: 'Cook Islands Arms Ordinance: sections 1 to 31 with 5A, the table of provisions skipped',
      file: 'corpus/ck-arms-ordinance-1954.txt',
      expected: (u) => expect(u).toEqual(['Section 1', 'Section 2', 'Section 3', 'Section 4', 'Section 5', 'Section 5A', ...range('Section', 6, 31)]),
    },
    {
      name: 'Czech Act 119/2002: sections 1 to 87, with lettered sections, each once',
      file: 'corpus/cz-act-119-2002-firearms-en.txt',
      expected: (u) => {
        expect(u[0]).toBe('Section 1');
        // The annex of definitions is a unit of its own, after the last section.
        expect(u.slice(-2)).toEqual(['Section 87', 'Annex']);
        expect(new Set(u).size).toBe(u.length);
        expect(u).toEqual(expect.arrayContaining(['Section 27a', 'Section 76f', 'Section 77a']));
      },
    },
    {
      name: 'Swiss Weapons Act (en): Art. 1 to 43 with lettered articles; "Section" lines are headings',
      file: 'corpus/ch-weapons-act-larm-en.txt',
      expected: (u) => {
        expect(u.slice(0, 8)).toEqual(['Article 1', 'Article 2', 'Article 3', 'Article 4', 'Article 5', 'Article 6', 'Article 6a', 'Article 6b']);
        expect(u).toContain('Article 18a');
        // The annex (the Schengen association agreements) follows article 43; the footnote number printed after
        // its heading ("Annex 183") is not its number.
        expect(u.slice(-2)).toEqual(['Article 43', 'Annex']);
        expect(u.some((l) => l.startsWith('Section'))).toBe(false);
      },
    },
    {
      name: 'Swiss Loi sur les armes (fr): the same articles as the English translation',
      file: 'corpus/ch-loi-sur-les-armes-larm-fr.txt',
      expected: (u) => expect(u.map((l) => l.replace(/^Annexe$/, 'Annex'))).toEqual(units('corpus/ch-weapons-act-larm-en.txt')),
    },
    {
      name: 'French Code de la sécurité intérieure: legislative then regulatory articles',
      file: 'corpus/fr-code-securite-interieure-armes.txt',
      expected: (u) => {
        expect(u[0]).toBe('Article L311-1');
        expect(u).toEqual(expect.arrayContaining(['Article L317-1', 'Article L317-1-1', 'Article R311-2']));
        expect(u.findIndex((l) => l.startsWith('Article R'))).toBeGreaterThan(u.lastIndexOf('Article L317-12') - 1);
      },
    },
    {
      name: 'Peru Reglamento DS 010-2017-IN: the decree articles, then the Reglamento from artículo 1',
      file: 'corpus/pe-ds-010-2017-in-reglamento-ley-30299.txt',
      expected: (u) => {
        expect(u.slice(0, 6)).toEqual(['Artículo 1', 'Artículo 2', 'Artículo 3', 'Artículo 4', 'Disposición Única', 'Artículo 1']);
        expect(u.filter((l) => l.startsWith('Artículo')).length).toBeGreaterThan(380);
      },
    },
    {
      name: 'Swiss Ordonnance sur les armes: Art. 1 to 73 with lettered articles, then annexes 1 to 4',
      file: 'corpus/ch-ordonnance-sur-les-armes-oarm-fr.txt',
      expected: (u) => {
        expect(u.slice(0, 4)).toEqual(['Article 1', 'Article 1a', 'Article 2', 'Article 3']);
        expect(u.slice(-5)).toEqual(['Article 73', 'Annexe 1', 'Annexe 2', 'Annexe 3', 'Annexe 4']);
        expect(u).toEqual(expect.arrayContaining(['Article 9a', 'Article 13i', 'Article 71a']));
      },
    },
    {
      name: 'Chile Ley 17.798 (Markdown headings): artículos 1 to 24, then the transitory artículos 1 to 3',
      file: 'corpus/cl-ley-17798-control-armas-1972-original-es.txt',
      expected: (u) => expect(u).toEqual([...range('Artículo', 1, 24), ...range('Artículo', 1, 3)]),
    },
    {
      name: 'China Firearms Control Law: 第一条 to 第五十条',
      file: 'corpus/cn-qiangzhi-guanlifa-firearms-control-law-2015-zh.txt',
      expected: (u) => {
        expect(u).toHaveLength(50);
        expect(u.slice(0, 3)).toEqual(['第一条', '第二条', '第三条']);
        expect(u.slice(-2)).toEqual(['第四十九条', '第五十条']);
      },
    },
    {
      name: 'Colombia Decreto 2535 (bold openers, history in line): artículos 1 to 111, each once, in force',
      file: 'corpus/co-decreto-2535-1993-armas-municiones-explosivos-es.txt',
      expected: (u) => expect(u).toEqual(range('Artículo', 1, 111)),
    },
    {
      name: 'Costa Rica Ley 7530 (partial): artículos 1 to 104 with bis articles, as the source kept them',
      file: 'corpus/cr-ley-7530-armas-explosivos-1995-partial-es.txt',
      expected: (u) => {
        expect(u.slice(0, 3)).toEqual(['Artículo 1', 'Artículo 1 bis', 'Artículo 2']);
        expect(u.at(-1)).toBe('Artículo 104');
        expect(u).toEqual(expect.arrayContaining(['Artículo 23 bis', 'Artículo 26 bis', 'Artículo 87 bis']));
      },
    },
    {
      name: 'French Code de la défense: legislative articles L2331-1 to L2339-19, then R2335-1 to R2339-2',
      file: 'corpus/fr-code-defense-materiels-guerre-armes.txt',
      expected: (u) => {
        expect(u[0]).toBe('Article L2331-1');
        expect(u).toEqual(expect.arrayContaining(['Article L2332-1', 'Article L2335-1', 'Article L2339-19', 'Article R2335-1']));
        expect(u.at(-1)).toBe('Article R2339-2');
        expect(u.findIndex((l) => l.startsWith('Article R'))).toBe(u.indexOf('Article L2339-19') + 1);
      },
    },
    {
      name: 'India Arms Act (partial, unpunctuated section numbers): the 29 sections the file holds',
      file: 'corpus/in-arms-act-1959-partial-en.txt',
      expected: (u) =>
        expect(u).toEqual(['2', '3', '4', '6', '8', '14', '15', '20', '24A', '24B', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35', '36', '37', '38', '39', '40', '42', '45', '46'].map((n) => `Section ${n}`)),
    },
    {
      name: 'Namibia Arms and Ammunition Act (flattened sections, schedules run into the last section, a site footer): sections 1 to 46, schedules 1 and 2',
      file: 'corpus/na-arms-and-ammunition-act-1996-en.txt',
      expected: (u) => expect(u).toEqual([...range('Section', 1, 46), 'Schedule 1', 'Schedule 2']),
    },
    {
      name: 'Saudi Weapons and Ammunition Law (ordinal words): المادة 1 to المادة 63',
      file: 'corpus/sa-weapons-ammunition-law-2005-ar.txt',
      expected: (u) => expect(u).toEqual(range('المادة', 1, 63)),
    },
  ];
  it.each(cases)('$name', ({ file, expected }) => expected(units(file)));

  it('tests every law of the corpus', () => {
    const tested = new Set(cases.map((c) => c.file));
    for (const f of readdirSync(join(SHARED, 'corpus')).filter((f) => f.endsWith('.txt'))) expect(tested).toContain(`corpus/${f}`);
  });

  it('labels, paths and defined terms as printed', () => {
    const k = law('eval/kestria-en.txt');
    const s92 = k.find((c) => c.label === 'Section 9(2)')!;
    expect(s92.path).toEqual(['Part 3: MARKING, RECORDS AND TRACING', 'Section 9: Register of arms']);
    expect(s92.text).toMatch(/^\(2\) The register shall also record/);
    expect(k.find((c) => c.term === 'firearm')?.label).toBe('Section 2(1) "firearm"');
    const v = law('eval/valdoria-es.txt');
    expect(v.find((c) => c.label === 'Artículo 10')?.path).toEqual(['Capítulo V: De los delitos']);
    expect(v.find((c) => c.term === 'Municiones')?.label).toBe('Artículo 1(II)');
    const us = law('corpus/us-18usc-ch44-firearms.txt');
    expect(us.find((c) => c.label === 'Section 922(k)')?.text).toMatch(/serial number removed, obliterated, or altered/);
    const pe = law('corpus/pe-ley-30299-2015.txt');
    expect(pe.find((c) => c.label === 'Artículo 4(i)')?.term).toBe('Munición');
    // Items run into the line before by the PDF extraction ("... explosivos. n) Tarjeta ...") get clauses of their own.
    expect(pe.find((c) => c.label === 'Artículo 4(o)')?.term).toBe('Tráfico ilícito');
    expect(pe.find((c) => c.label === 'Artículo 4(q)')?.text).toMatch(/^q\) Rastreo de armas de fuego/);
    const sa = law('corpus/sa-weapons-ammunition-law-2005-ar.txt');
    // Definitions run together as "term : meaning." after "يقصد بالألفاظ والعبارات الآتية": one clause per term.
    expect(sa.filter((c) => c.label.startsWith('المادة 1 "')).map((c) => c.term)).toEqual(['الأسلحة الحربية', 'الأسلحة النارية الفردية', 'أسلحة الصيد', 'أسلحة التمرين والبنادق الهوائية', 'السلاح الأبيض', 'الذخيرة', 'الأسلحة الأثرية', 'اللائحة', 'الوزير', 'الجهة المختصة']);
    expect(sa.find((c) => c.term === 'الذخيرة')?.text).toMatch(/^الذخيرة : المقذوفات التي تنطلق من الأسلحة .*بالنابضات\.$/);
    // A line that opens with its own item and runs the next into it: "أ - لا يجوز ... . ب - يجوز ...".
    expect(sa.find((c) => c.label === 'المادة 5(أ)')?.text).toMatch(/^أ - لا يجوز استيراد الأسلحة الأثرية .*الوزير \.$/);
    expect(sa.find((c) => c.label === 'المادة 5(ب)')?.text).toMatch(/^ب - يجوز جلب الأسلحة الأثرية/);
    const india = law('corpus/in-arms-act-1959-partial-en.txt');
    // India Code flattens a section into one line and opens inserted text with "16[": "16[(6) If any member ...".
    expect(india.find((c) => c.label === 'Section 25(8)')?.text).toMatch(/^\(8\) Whoever involves in or aids in the illicit trafficking/);
    // Unquoted terms after their item's marker: "(b) ammunition means ...", "(e) firearms means ...".
    expect(india.find((c) => c.label === 'Section 2(1)(b)')?.term).toBe('ammunition');
    expect(india.find((c) => c.label === 'Section 2(1)(e)')?.term).toBe('firearms');
    // A section that restates its heading ("11 Restrictions ..." then "11. Restrictions ... (1) No person", ZimLII's
    // print) is one section, not its own subsection 11.
    const zw = segment('Part II\n11 Restrictions on manufacturing of firearms\n11. Restrictions on manufacturing of firearms (1) No person shall manufacture any firearm. (2) The Minister may revoke any authority.\n\n12 Registers\n12. Registers Every dealer shall keep a register.\n');
    expect(zw.map((c) => c.label)).toEqual(['Section 11', 'Section 12']);
    // Or only its number, its subsection run in ("4 Meaning of ..." then "4. —(1) In this Act", Singapore).
    const sg = segment('4 Meaning of “explosive”\n4. —(1) In this Act, “ammunition” means an article consisting of a cartridge case.\n(2) For the purposes of this Act, any collection of parts is an explosive device.\n');
    expect(sg.map((c) => c.label)).toContain('Section 4(2)');
    expect(sg.map((c) => c.label).filter((l) => l.startsWith('Section 4(4)'))).toEqual([]);
    const ch = law('corpus/ch-loi-sur-les-armes-larm-fr.txt');
    // The Swiss "Par munitions, on entend ...", and an item naming its term in brackets: "... (armes à feu);".
    expect(ch.find((c) => c.label === 'Article 4(5)')?.term).toBe('munitions');
    expect(ch.find((c) => c.label === 'Article 4(1)(a) "armes à feu"')?.text).toMatch(/^les engins qui permettent de lancer des projectiles/);
  });

  it('keeps each clause within its source span', () => {
    const source = readFileSync(join(SHARED, 'eval/ardenne-fr.txt'), 'utf8');
    for (const c of segment(source)) expect(source.slice(c.span.start, c.span.end).replace(/\s+/g, ' ').trim()).toBe(c.text.replace(/\s+/g, ' '));
  });
});
