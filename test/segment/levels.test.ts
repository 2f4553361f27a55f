/**
 * Labels never skip a level: a subdivision is cited under its parent, whatever the way its number is printed
 * (a bare "(17)" on a line of its own, "(aa)" items, "(x)" after repealed letters, a lone "(I)" below "(B)").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../../core/segment/segment.js';
import { SHARED } from '../support/cli.js';

const labels = (text: string) => segment(text).map((c) => c.label);

describe('subdivision labels follow the printed hierarchy', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    {
      name: 'a bare paragraph number on its own line holds the subparagraphs printed under it',
      text: ['Section 1. Definitions', '(a) In this Act', '(16) The term "x" means a thing.', '', '(17)', '', '(A) The term "ammunition" means cartridges.', '', '(B) The term "armor" means plates.', '(18) The term "y" means another.'].join('\n'),
      expected: ['Section 1', 'Section 1(a)', 'Section 1(a)(16)', 'Section 1(a)(17)', 'Section 1(a)(17)(A)', 'Section 1(a)(17)(B)', 'Section 1(a)(18)'],
    },
    {
      name: 'items (aa), (bb) below a subclause are a level of their own, not subsections',
      text: ['Section 2. Offences', '(a) In this section', '(1) A person', '(A) who', '(i) is tried', '(I) by counsel, or', '(II) either', '(aa) by a jury, or', '(bb) by a judge.', '(ii) is pardoned.', '(b) Another subsection.'].join('\n'),
      expected: ['Section 2', 'Section 2(a)', 'Section 2(a)(1)', 'Section 2(a)(1)(A)', 'Section 2(a)(1)(A)(i)', 'Section 2(a)(1)(A)(i)(I)', 'Section 2(a)(1)(A)(i)(II)', 'Section 2(a)(1)(A)(i)(II)(aa)', 'Section 2(a)(1)(A)(i)(II)(bb)', 'Section 2(a)(1)(A)(ii)', 'Section 2(b)'],
    },
    {
      name: '"(aa)" after "(z)" is the next subsection',
      text: ['Section 3. Acts', '(y) It shall be unlawful to sell.', '(z) It shall be unlawful to buy.', '(aa) It shall be unlawful to lend.'].join('\n'),
      expected: ['Section 3', 'Section 3(y)', 'Section 3(z)', 'Section 3(aa)'],
    },
    {
      name: 'a bare "(x)" after "(u)" (with "(v)" and "(w)" repealed) is a subsection, not a roman numeral',
      text: ['Section 4. Acts', '(t) It shall be unlawful to lend.', '(u) It shall be unlawful to steal.', '', '[(v), (w) Repealed.]', '', '(x)', '', '(1) It shall be unlawful to sell a handgun.', '(2) It shall be unlawful to hold one.'].join('\n'),
      expected: ['Section 4', 'Section 4(t)', 'Section 4(u)', 'Section 4(x)', 'Section 4(x)(1)', 'Section 4(x)(2)'],
    },
    {
      name: '"(v)" after "(iv)" stays a roman numeral though "(t)" was the last letter',
      text: ['Section 5. Marks', '(t) The mark shall show', '(i) the maker,', '(ii) the country,', '(iii) the year,', '(iv) the number, and', '(v) the calibre.', '(u) Another subsection.'].join('\n'),
      expected: ['Section 5', 'Section 5(t)', 'Section 5(t)(i)', 'Section 5(t)(ii)', 'Section 5(t)(iii)', 'Section 5(t)(iv)', 'Section 5(t)(v)', 'Section 5(u)'],
    },
    {
      name: 'a lone "(I)" below "(B)" is a roman numeral under it, as the law prints it',
      text: ['Section 6. Identification', '(d) The identification is', '(2)', '(A) a photograph; and', '(B) a certification that the person has met', '(I) the standards of the State; or', '(II) the standards of an agency.'].join('\n'),
      expected: ['Section 6', 'Section 6(d)', 'Section 6(d)(2)', 'Section 6(d)(2)(A)', 'Section 6(d)(2)(B)', 'Section 6(d)(2)(B)(I)', 'Section 6(d)(2)(B)(II)'],
    },
  ];
  it.each(cases)('$name', ({ text, expected }) => expect(labels(text)).toEqual(expected));
});

/**
 * The United States Code's levels: subsection (a), paragraph (1), subparagraph (A), clause (i), subclause (I),
 * item (aa). Each part of a label may stand at one or two of them ("(i)" is a letter or a clause); a label skips
 * a level when no reading makes each part the level right below the one before.
 */
function levelsOf(part: string): number[] {
  const at: number[] = [];
  if (/^\d+[A-Z]?$/.test(part)) at.push(1);
  if (/^[a-z]$/.test(part)) at.push(0);
  if (/^[ivxl]+$/.test(part)) at.push(3);
  if (/^[A-Z]$/.test(part)) at.push(2);
  if (/^[IVXL]+$/.test(part)) at.push(4);
  if (/^([a-z])\1+$/.test(part)) at.push(0, 5);
  return at;
}

function skipsALevel(label: string): boolean {
  const parts = [...label.replace(/^Section [^(]+/, '').matchAll(/\(([^()]+)\)/g)].map((m) => m[1]!);
  let reachable: number[] | undefined;
  for (const part of parts) {
    const here: number[] = levelsOf(part).filter((level) => reachable === undefined || reachable.includes(level - 1));
    reachable = here;
  }
  return reachable !== undefined && reachable.length === 0;
}

describe('the US chapter (18 U.S.C. ch. 44) as lexgap reads it', () => {
  const clauses = segment(readFileSync(join(SHARED, 'corpus/us-18usc-ch44-firearms.txt'), 'utf8'));

  it('cites no subdivision with a level skipped, beyond the one the Code itself prints', () => {
    // 926(C)(d)(2)(B) holds (I) and (II) with no clause between: that is how the Code numbers it.
    const printedSo = /^Section 926C\(d\)\(2\)\(B\)\((I|II)\)$/;
    const skipping = clauses.map((c) => c.label).filter((l) => skipsALevel(l) && !printedSo.test(l));
    expect(skipping).toEqual([]);
    expect(clauses.length).toBeGreaterThan(700);
  });

  it('reads the definitions printed under a bare paragraph number under it', () => {
    const labels = clauses.map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['Section 921(a)(17)(B)', 'Section 921(a)(33)(B)(i)(II)(bb)', 'Section 921(a)(37)(B)(iii)', 'Section 922(x)(1)']));
    expect(labels.filter((l) => /^Section 921\((aa|bb)\)/.test(l))).toEqual([]);
  });
});
