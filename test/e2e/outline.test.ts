/**
 * The outline of a law (renderer/outline.ts): headings over units over subdivisions, in the law's order, each
 * subdivision under the clause it belongs to, so that the numbering a drafter checks is the one lexgap cites.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze.js';
import { segment } from '../../core/segment/segment.js';
import { outlineOf, visibleNodes, type OutlineNode } from '../../renderer/outline.js';
import { ROOT } from './serve.js';

const corpus = (file: string) => readFileSync(path.resolve(ROOT, '..', 'shared', 'corpus', file), 'utf8');
const clauses = (text: string) => segment(text).map((c, i) => ({ ...c, id: `c${i + 1}` }));

function* walk(nodes: OutlineNode[], parent?: OutlineNode): Generator<{ node: OutlineNode; parent?: OutlineNode }> {
  for (const node of nodes) {
    yield { node, ...(parent ? { parent } : {}) };
    yield* walk(node.children, node);
  }
}

describe('the outline of a law', () => {
  const cases: { name: string; text: string; expected: unknown }[] = [
    {
      name: 'headings over units, subdivisions under their unit',
      text: ['PART I', 'GENERAL', 'Section 1. Citation', 'This Act may be cited as the Arms Act.', 'Section 2. Licences', '(1) No person shall sell arms.', '(a) without a licence;', '(2) A licence lasts a year.', 'PART II', 'OFFENCES', 'Section 3. Offences', 'A person who sells arms commits an offence.'].join('\n'),
      expected: [
        { label: 'Part I: GENERAL', children: [{ label: 'Section 1', children: [] }, { label: 'Section 2', children: [{ label: 'Section 2(1)', children: [{ label: 'Section 2(1)(a)', children: [] }] }, { label: 'Section 2(2)', children: [] }] }] },
        { label: 'Part II: OFFENCES', children: [{ label: 'Section 3', children: [] }] },
      ],
    },
    {
      name: 'a law without headings: the units are the roots',
      text: ['Article 1', 'This law governs arms.', 'Article 2', '1. Arms are marked.', '2. Marks are recorded.'].join('\n'),
      expected: [{ label: 'Article 1', children: [] }, { label: 'Article 2', children: [{ label: 'Article 2(1)', children: [] }, { label: 'Article 2(2)', children: [] }] }],
    },
  ];
  const shape = (nodes: OutlineNode[]): unknown => nodes.map((n) => ({ label: n.label, children: shape(n.children) }));

  it.each(cases)('$name', ({ text, expected }) => expect(shape(outlineOf(clauses(text)))).toEqual(expected));

  it('shows the children of expanded nodes only, with their levels', () => {
    const roots = outlineOf(clauses(cases[1]!.text));
    expect(visibleNodes(roots, new Set()).map((v) => [v.node.label, v.level])).toEqual([['Article 1', 1], ['Article 2', 1]]);
    expect(visibleNodes(roots, new Set([roots[1]!.key])).map((v) => [v.node.label, v.level, v.parent?.label])).toEqual([
      ['Article 1', 1, undefined],
      ['Article 2', 1, undefined],
      ['Article 2(1)', 2, 'Article 2'],
      ['Article 2(2)', 2, 'Article 2'],
    ]);
  });

  it('holds every clause of the US chapter once, each subdivision under the clause its label extends', () => {
    const analysis = analyzeText(corpus('us-18usc-ch44-firearms.txt'), { file: 'us.txt', language: 'en' });
    const roots = outlineOf(analysis.clauses);
    const all = [...walk(roots)];
    expect(all.filter((v) => v.node.clause).map((v) => v.node.clause)).toEqual(analysis.clauses.map((c) => c.id));
    const misplaced = all.filter((v) => v.node.clause && v.parent?.clause && !v.node.label.startsWith(`${v.parent.label}(`)).map((v) => `${v.node.label} under ${v.parent!.label}`);
    expect(misplaced).toEqual([]);
    const s17 = all.find((v) => v.node.label === 'Section 921(a)(17)')!.node;
    expect(s17.children.map((c) => c.label)).toEqual(['Section 921(a)(17)(A)', 'Section 921(a)(17)(B)', 'Section 921(a)(17)(C)']);
    expect(s17.children[1]!.gist).toMatch(/^The term “armor piercing ammunition” means/);
  });
});
