import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../../core/segment/segment.js';
import { analyzeText } from '../../core/analyze.js';
import { SHARED } from '../support/cli.js';

const refsOf = (text: string, label: string) => {
  const clauses = segment(text);
  const labels = new Map(clauses.map((c) => [c.id, c.label]));
  return clauses.find((c) => c.label === label)!.refs.map((id) => labels.get(id));
};

describe('cross-references between clauses', () => {
  const cases: { name: string; text: string; from: string; to: string[] }[] = [
    {
      name: 'an English section cited by an offence',
      text: '1. Licence\nNo person shall manufacture a firearm without a licence.\n\n2. Offence\nA person who contravenes section 1 commits an offence.\n',
      from: 'Section 2',
      to: ['Section 1'],
    },
    {
      name: 'several sections in one citation',
      text: '1. A\nText.\n2. B\nText.\n3. C\nText.\n4. D\nAn offence against sections 1, 2 or 3 is punishable.\n',
      from: 'Section 4',
      to: ['Section 1', 'Section 2', 'Section 3'],
    },
    {
      name: "a French article cited with l'article",
      text: "Article 1er\nLa fabrication est soumise à autorisation.\n\nArticle 2\nEst puni quiconque fabrique sans l'autorisation prévue à l'article 1er.\n",
      from: 'Article 2',
      to: ['Article 1'],
    },
    {
      name: 'a French code article',
      text: 'Article L. 2-3\nLa fabrication est soumise à agrément.\n\nArticle L. 2-11\nEst puni le fait de fabriquer sans l’agrément prévu à l’article L. 2-3.\n',
      from: 'Article L. 2-11',
      to: ['Article L. 2-3'],
    },
    {
      name: 'a Spanish artículo with an ordinal',
      text: 'ARTÍCULO 2o.- La fabricación requiere permiso.\n\nARTÍCULO 9o.- Se impondrá prisión a quien fabrique sin el permiso a que se refiere el artículo 2o.\n',
      from: 'Artículo 9',
      to: ['Artículo 2'],
    },
    {
      name: 'a reference to a unit that does not exist',
      text: '1. A\nSee section 99.\n2. B\nText.\n',
      from: 'Section 1',
      to: [],
    },
  ];
  it.each(cases)('$name', ({ text, from, to }) => expect(refsOf(text, from)).toEqual(to));

  it('links the offences of a real law to the rules they cite', () => {
    const us = readFileSync(join(SHARED, 'corpus/us-18usc-ch44-firearms.txt'), 'utf8');
    expect(refsOf(us, 'Section 924(a)(1)')).toContain('Section 922');
  });

  it('lets an offence that cites a prohibition prove the offence element', () => {
    const law = [
      'Section 1. Manufacture',
      'No person shall manufacture or assemble firearms otherwise than under a licence granted by the Minister.',
      '',
      'Section 2. Penalties',
      'A person who contravenes section 1 commits an offence and is liable to imprisonment for ten years.',
      '',
    ].join('\n');
    const out = analyzeText(law, { file: 'law.txt', language: 'en' });
    const finding = out.elements.find((e) => e.id === 'fp.5.1.a')!;
    const label = (id: string | undefined) => out.clauses.find((c) => c.id === id)?.label;
    expect(finding.status).not.toBe('missing');
    // The conduct is in the rule, the penalty in the clause that cites it: the rule is cited first, with its penalty.
    expect(finding.evidence.slice(0, 2).map((e) => label(e.clause))).toEqual(['Section 1', 'Section 2']);
    expect(finding.evidence[0]?.terms).toContain('Section 2');
  });
});
