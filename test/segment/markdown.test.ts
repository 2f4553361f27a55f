/**
 * Markdown laws, as public legislation mirrors publish them: headings at any depth that number units, bold article
 * openers, lists, YAML front matter, HTML and character references left in the text.
 */
import { describe, expect, it } from 'vitest';
import { read } from '../../core/segment/read.js';
import { segmentReading } from '../../core/segment/segment.js';
import type { Clause } from '../../core/types.js';

const segmentMd = (text: string) => segmentReading(read(text));
const units = (clauses: Clause[]) => clauses.filter((c) => !/[("¶,]/.test(c.label));
const find = (clauses: Clause[], label: string) => clauses.find((c) => c.label === label);

describe('Markdown structure', () => {
  it('reads sections numbered in headings under part headings ("### 12 Licences" under "## Part II")', () => {
    const md = [
      '# Firearms Act 2019',
      '',
      '## Part I Preliminary',
      '',
      '### 1 Short title',
      '',
      'This Act may be cited as the Firearms Act 2019.',
      '',
      '### 2 Interpretation',
      '',
      'In this Act "firearm" means a barrelled weapon.',
      '',
      '## Part II Licensing',
      '',
      '### 12 Licences',
      '',
      '(1) No person shall possess a firearm without a licence.',
      '',
      '(2) A licence is valid for five years.',
      '',
      '### 13 Register',
      '',
      'The Registrar shall keep a register.',
    ].join('\n');
    const { clauses } = segmentMd(md);
    expect(units(clauses).map((c) => c.label)).toEqual(['Section 1', 'Section 2', 'Section 12', 'Section 13']);
    expect(find(clauses, 'Section 12')?.title).toBe('Licences');
    expect(find(clauses, 'Section 12')?.path).toEqual(['Part II: Licensing']);
    expect(find(clauses, 'Section 12(2)')?.text).toBe('(2) A licence is valid for five years.');
    // The law's own title is not a heading of its parts.
    expect(find(clauses, 'Section 1')?.path).toEqual(['Part I: Preliminary']);
  });

  it.each([
    { name: 'a French article in a heading', md: '#### Art. 5. Marquage\n\nLes armes sont marquées.', label: 'Article 5', title: 'Marquage' },
    { name: 'a Section heading', md: '## Section 3\n\nThe Minister shall keep records.', label: 'Section 3' },
    { name: 'a bold Spanish opener with a dash', md: '**Artículo 3°** — Toda arma de fuego será marcada.', label: 'Artículo 3' },
    { name: 'a bold short article', md: '**Art. 2°** Les armes sont classées.', label: 'Article 2' },
    { name: 'a bold opener with its title', md: '**Artículo 1° Ambito.** El presente Decreto tiene por objeto fijar normas.', label: 'Artículo 1', title: 'Ambito' },
    { name: 'a deep heading', md: '###### Artículo 9\n\nArtículo 9°- Los que poseyeren serán sancionados.', label: 'Artículo 9' },
  ])('$name', ({ md, label, title }) => {
    const { clauses } = segmentMd(md);
    expect(units(clauses).map((c) => c.label)).toEqual([label]);
    if (title) expect(clauses[0]!.title).toBe(title);
    expect(clauses[0]!.text).not.toMatch(/[*#]/);
  });

  it('keeps list items as paragraphs of the article, without their bullets', () => {
    const { clauses } = segmentMd('Article 4\n\nThe register shall contain:\n\n- the name of the manufacturer;\n- the serial number;\n* the calibre.');
    expect(clauses).toHaveLength(1);
    expect(clauses[0]!.text).toBe('Article 4\nThe register shall contain:\nthe name of the manufacturer;\nthe serial number;\nthe calibre.');
  });

  it('leaves YAML front matter and a source note out of the law, and counts them as header lines', () => {
    const md = ['SOURCE: example.org mirror', '---', 'title: "Ley de armas"', 'country: "pe"', '---', '# Ley de armas', '', 'Artículo 1.- Objeto', 'La presente Ley regula las armas.'].join('\n');
    const { clauses, structure } = segmentMd(md);
    expect(clauses.map((c) => c.label)).toEqual(['Artículo 1']);
    expect(clauses[0]!.text).not.toMatch(/title|country|SOURCE/);
    expect(structure.headerLines).toBe(5);
  });

  it('reads HTML and character references left in the text as the words they stand for', () => {
    const { clauses } = segmentMd('Article 1<sup>er</sup>\n\nLes armes &agrave; feu sont class&eacute;es.<br>Les munitions aussi.');
    expect(clauses[0]!.label).toBe('Article 1');
    expect(clauses[0]!.text).toBe('Article 1er\nLes armes à feu sont classées.Les munitions aussi.');
  });

  it('keeps the offsets of the source: a clause span covers its own Markdown', () => {
    const md = 'Intro\n\n**Artículo 1.- Objeto**\n\nRegula las &aacute;reas.';
    const { clauses } = segmentMd(md);
    expect(md.slice(clauses[0]!.span.start, clauses[0]!.span.end)).toBe('**Artículo 1.- Objeto**\n\nRegula las &aacute;reas.');
    expect(clauses[0]!.text).toBe('Artículo 1.- Objeto\nRegula las áreas.');
  });

  it('reads a text whose lines end in bare carriage returns', () => {
    const { clauses } = segmentMd('Art. 1 Objet\r\r1 La présente loi règle les armes.\r\rArt. 2 Champ\r\r1 Elle s’applique aux armes.');
    expect(units(clauses).map((c) => c.label)).toEqual(['Article 1', 'Article 2']);
  });
});
