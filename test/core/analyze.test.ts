import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze.js';
import { shortfallPhrases } from '../../core/report/shortfall.js';
import { reportWords } from '../../core/report/words.js';
import { loadCatalogue } from '../../model-law/index.js';
import { SHARED } from '../support/cli.js';

const catalogue = loadCatalogue();
const ids = catalogue.elements.map((e) => e.id);
const english = reportWords('en');
const status = (text: string, id: string, language?: 'en' | 'fr' | 'es' | 'ar' | 'ru' | 'zh') =>
  analyzeText(text, { file: 'law.txt', ...(language ? { language } : {}) }).elements.find((e) => e.id === id)!;

describe('the engine on unusual laws', () => {
  const cases: { name: string; text: string; language?: 'en' | 'ar' | 'ru' | 'zh'; clauses: number }[] = [
    { name: 'one sentence with no numbering, taken as a paragraph', text: 'Every firearm shall bear a serial number.', clauses: 1 },
    { name: 'Windows line endings', text: '1. Marking\r\nEvery firearm manufactured shall bear the name of the manufacturer.\r\n', clauses: 1 },
    { name: 'headings only', text: 'PART 1\nINTRODUCTORY\n\nPART 2\nGENERAL\n', clauses: 0 },
    { name: 'an Arabic law', text: 'المادة 1\nيجب وسم كل سلاح ناري عند صنعه.\n\nالمادة 2\nيعاقب بالحبس كل من يقوم بتهريب الأسلحة النارية.\n', language: 'ar', clauses: 2 },
    { name: 'a Russian law', text: 'Статья 1. Маркировка\nКаждое огнестрельное оружие подлежит маркировке при производстве.\n\nСтатья 2. Контрабанда\nКонтрабанда оружия наказывается лишением свободы.\n', language: 'ru', clauses: 2 },
    { name: 'a Chinese law', text: '第一条 制造枪支应当标记序列号。\n第二条 走私枪支的，处以有期徒刑。\n', language: 'zh', clauses: 2 },
  ];
  it.each(cases)('$name: every element assessed, no crash', ({ text, language, clauses }) => {
    const a = analyzeText(text, { file: 'law.txt', ...(language ? { language } : {}) });
    expect(a.elements.map((e) => e.id)).toEqual(ids);
    expect(a.clauses.length).toBe(clauses);
    if (language) expect(a.source.language).toBe(language);
  });

  it('detects the language of each UN language it is given', () => {
    expect(analyzeText('Статья 1. Каждое огнестрельное оружие подлежит маркировке при производстве и ввозе в страну.', { file: 'x' }).source.language).toBe('ru');
    expect(analyzeText('La fabricación de armas de fuego requiere un permiso de la Secretaría de Defensa.', { file: 'x' }).source.language).toBe('es');
  });
});

describe('assessment rules', () => {
  const cases: { name: string; text: string; id: string; expected: 'covered' | 'partial' | 'missing'; missing?: RegExp }[] = [
    { name: 'records kept five years fall short of ten', text: '9. Records\nThe Registrar shall keep a register of firearms, and every entry shall be retained for five years.', id: 'fp.7', expected: 'partial', missing: /5 years stated; the Protocol requires at least 10/ },
    { name: 'records kept twenty years meet the threshold', text: '9. Records\nThe Registrar shall keep a register of firearms, and every entry shall be retained for twenty years.', id: 'fp.7', expected: 'covered' },
    { name: 'records kept permanently meet the threshold', text: 'Artículo 9.- El Registro Nacional de Armas se conservará de manera permanente.', id: 'fp.7', expected: 'covered' },
    // Spain's Reglamento de Armas art 9(3): the firearms' data, personal data included, for thirty years.
    { name: 'firearms data kept thirty years with the personal data that goes with them', text: 'Artículo 9. Registro\n3. Los datos de las armas y componentes esenciales, incluidos los datos personales conexos, se conservarán por un periodo de treinta años después de la destrucción de las armas.', id: 'fp.7', expected: 'covered' },
    { name: 'applicants’ personal data kept thirty years is no record of firearms', text: 'Artículo 9. Registro\n1. La Intervención de Armas llevará un registro de armas.\n3. Los datos personales de los solicitantes se conservarán por un periodo de treinta años.', id: 'fp.7', expected: 'partial', missing: /period/ },
    // Taiwan's Controlling Guns, Ammunition and Knives Act, art 7, in traditional characters.
    { name: 'traditional Chinese is read as the simplified the recognisers use', text: '第 7 條\n未經許可，製造、販賣或運輸手槍者，處無期徒刑或七年以上有期徒刑。\n', id: 'fp.5.1.a', expected: 'partial' },
    // Kazakhstan's 1998 law on arms, art 22: Russian periods.
    { name: 'Russian: records kept for ten years', text: 'Статья 22. Учет\nТорговые организации обязаны вести учет оружия и хранить документацию в течение 10 лет.', id: 'fp.7', expected: 'covered' },
    { name: 'Russian: a licence valid five years is no retention period', text: 'Статья 22. Учет\nТорговые организации обязаны вести учет оружия. Лицензия выдается сроком на пять лет.', id: 'fp.7', expected: 'partial', missing: /period/ },
    { name: 'a marking without the country', text: '6. Marking\nEvery firearm manufactured shall at manufacture be marked with the name of the manufacturer and a serial number.', id: 'fp.8.1.a', expected: 'partial', missing: /country or place of manufacture/ },
    { name: 'a definition does not create an offence', text: '2. Definitions\nIn this Act—\n"illicit manufacturing" means the manufacture of firearms without a licence;\n', id: 'fp.5.1.a', expected: 'missing' },
    { name: 'an offence needs a penalty, not an obligation', text: '4. Manufacture\nNo person shall manufacture firearms without a licence.', id: 'fp.5.1.a', expected: 'missing' },
    { name: 'seizure and destruction without confiscation', text: 'Article 11\nLes armes fabriquées illicitement sont saisies et détruites.', id: 'fp.6.1', expected: 'partial', missing: /not confiscation/ },
    { name: 'transit States only informed', text: 'Article 7\nLa licence d’exportation n’est délivrée que si les États de transit en ont été informés par écrit.', id: 'fp.10.2.b', expected: 'partial', missing: /only informed/ },
    { name: 'a licence listing three of the nine items', text: '12. Contents of licence\nAn export licence shall state the date of issue, the date of expiry and the quantity of the firearms.', id: 'fp.10.3', expected: 'partial', missing: /final recipient/ },
    { name: 'brokers exempted from licensing', text: '4. Dealers\nExplanation.—A person acting as a broker for a commission shall not require a licence under this section.', id: 'fp.15.1.b', expected: 'missing' },
  ];
  it.each(cases)('$name', ({ text, id, expected, missing }) => {
    const f = status(text, id);
    expect(f.status).toBe(expected);
    // What a partial lacks, in the words the JSON and the reports give it.
    if (missing) expect(shortfallPhrases(f.shortfalls, catalogue.recognisers.find((r) => r.element === id), english).join('; ')).toMatch(missing);
    if (expected === 'missing') expect(f.evidence).toEqual([]);
  });
});

describe('evidence a drafter can read', () => {
  // A section of several pages whose passage spans its subdivisions is cited by the subdivision holding the most
  // telling words; a short section stays whole.
  const cases: { name: string; text: () => string; id: string; cited: string; notCited: string }[] = [
    {
      name: 'Cook Islands s 7 (2,600 characters): the description that identifies the firearm, 7(6)(b)',
      text: () => readFileSync(join(SHARED, 'corpus/ck-arms-ordinance-1954.txt'), 'utf8'),
      id: 'fp.7.a',
      cited: 'Section 7(6)(b)',
      notCited: 'Section 7',
    },
    {
      name: 'a short section: the section itself',
      text: () => '7. Registration\n(1) Every firearm shall be registered by the Registrar.\n(2) The application shall give such description of the firearm as may enable it to be identified.\n',
      id: 'fp.7.a',
      cited: 'Section 7',
      notCited: 'Section 7(2)',
    },
  ];
  it.each(cases)('$name', ({ text, id, cited, notCited }) => {
    const a = analyzeText(text(), { file: 'law.txt' });
    const label = new Map(a.clauses.map((c) => [c.id, c.label]));
    const evidence = a.elements.find((e) => e.id === id)!.evidence.map((e) => label.get(e.clause));
    expect(evidence).toContain(cited);
    expect(evidence).not.toContain(notCited);
  });
});

describe('which clause leads the evidence', () => {
  const cases: { name: string; text: string; id: string; first: string }[] = [
    {
      // Art 6 is about firearms illicitly made or trafficked: what a court confiscates for an offence comes first.
      name: 'disposal of what is confiscated for an offence, before what an authority holds back',
      text: "Article 1\nLes armes saisies par le préfet sont vendues aux enchères publiques.\n\nArticle 2\nLa confiscation des armes fabriquées en infraction au présent code, ainsi que leur vente, est ordonnée par le même jugement.\n",
      id: 'fp.6.2',
      first: 'Article 2',
    },
    {
      // A list element: the register with all its items, not the one item that repeats the register's words.
      name: 'the register that lists the items, before one of its items',
      text: "Article 3\nLe registre des exportations comporte les mentions obligatoires suivantes :\n1° La description des armes ;\n2° La quantité des armes exportées ;\n3° Le nom du destinataire, tel qu'il est inscrit au registre des exportations.\n",
      id: 'fp.7.b',
      first: 'Article 3',
    },
    {
      name: 'the same in English',
      text: '1. Seized arms\nArms seized by the police from a person of unsound mind shall be sold at auction.\n\n2. Forfeited arms\nArms forfeited on conviction for an offence of illicit trafficking shall be sold at auction.\n',
      id: 'fp.6.2',
      first: 'Section 2',
    },
  ];
  it.each(cases)('$name', ({ text, id, first }) => {
    const a = analyzeText(text, { file: 'law.txt' });
    const label = new Map(a.clauses.map((c) => [c.id, c.label]));
    expect(label.get(a.elements.find((e) => e.id === id)!.evidence[0]?.clause ?? '')).toBe(first);
  });
});

describe('what kind of provision a clause is', () => {
  const cases: { name: string; text: string; label: string; character: string }[] = [
    // The papers an application comes with are its contents, not a rule.
    { name: 'application papers, French', text: "Article 5\nLes demandes d'autorisation sont accompagnées des pièces complémentaires suivantes :\n1° Déclaration écrite attestant que les armes ont été rendues inaptes au tir ;\n2° Copie de la licence.\n", label: 'Article 5(1)', character: 'contents' },
    { name: 'application papers, English', text: '5. Applications\nEvery application shall be accompanied by the following:\n(a) a declaration that the firearms have been deactivated;\n(b) a copy of the licence.\n', label: 'Section 5(a)', character: 'contents' },
    { name: 'application papers, Spanish', text: 'Artículo 5\nLas solicitudes serán acompañadas de los siguientes documentos:\na) Declaración de que las armas han sido inutilizadas;\nb) Copia de la licencia.\n', label: 'Artículo 5(a)', character: 'contents' },
    // A rule that firearms travel with their papers lays a duty down.
    { name: 'near miss: firearms accompanied by their licence', text: 'Article 5\nLes armes transportées doivent être accompagnées de leur licence.\n', label: 'Article 5', character: 'duty' },
    // A clause that says what the law governs states its purpose, and proves no rule.
    { name: 'purpose, Spanish (Peru, Ley 30299, art 1)', text: 'Artículo 1. Objeto y fines de la Ley\nLa presente Ley regula el uso civil de armas de fuego, su fabricación, importación, exportación y custodia.\n', label: 'Artículo 1', character: 'purpose' },
    { name: 'purpose, French (Switzerland, LArm art 1)', text: "Article 1\nLa présente loi règle l'acquisition, l'importation, l'exportation et le transit des armes.\n", label: 'Article 1', character: 'purpose' },
    { name: 'purpose, English', text: 'Section 1\nThis Act regulates the manufacture, import, export and transit of firearms.\n', label: 'Section 1', character: 'purpose' },
    { name: 'near miss: a regulation that governs a detail is a rule', text: 'Artículo 5\nEl reglamento regula los plazos de la custodia de las armas de fuego.\n', label: 'Artículo 5', character: 'provision' },
    // A power to make regulations, and the topics under it, regulate nothing themselves.
    { name: 'a power to make regulations, English (Namibia s. 42): the topics under it', text: '42. Regulations\n(1) The Minister may make regulations relating to -\n(a) the marking of arms;\n(b) the storage of arms by licensed dealers.\n', label: 'Section 42(1)(a)', character: 'delegation' },
    { name: 'a power to make regulations, English, with words between (Tanzania s. 74)', text: '74. Power to make regulations\n(1) The Minister may, in consultation with the relevant authority, make regulations-\n(a) regulating the stamping and marking of firearms;\n(b) prescribing the form of licences.\n', label: 'Section 74(1)(a)', character: 'delegation' },
    { name: 'a power to make regulations, French', text: "Article 117\nLe gouverneur en conseil peut, par règlement, prendre toute mesure concernant le marquage des armes à feu.\n", label: 'Article 117', character: 'delegation' },
    { name: 'a power to make regulations, Spanish', text: 'Artículo 50\nEl Poder Ejecutivo podrá reglamentar el marcaje de las armas de fuego.\n', label: 'Artículo 50', character: 'delegation' },
    { name: 'near miss: a rule whose details regulations give is a duty', text: '6. Marking\nEvery firearm shall be marked at manufacture in the manner prescribed by regulations.\n', label: 'Section 6', character: 'duty' },
  ];
  it.each(cases)('$name', ({ text, label, character }) => {
    expect(analyzeText(text, { file: 'law.txt' }).clauses.find((c) => c.label === label)?.character).toBe(character);
  });

  it('the French CSI: the deactivation declaration joined to an application (R312-5 2°) is no evidence of art 9', () => {
    const a = analyzeText(readFileSync(join(SHARED, 'corpus/fr-code-securite-interieure-armes.txt'), 'utf8'), { file: 'law.txt' });
    const papers = a.clauses.find((c) => c.label === 'Article R312-5(2)')!;
    expect(papers.character).toBe('contents');
    expect(a.elements.find((e) => e.id === 'fp.9')!.evidence.map((e) => e.clause)).not.toContain(papers.id);
  });

  it('the marking listed under a power to make regulations proves no marking duty', () => {
    expect(status('42. Regulations\n(1) The Minister may make regulations relating to -\n(a) the marking of firearms at manufacture with a serial number;\n(b) the storage of arms by licensed dealers.\n', 'fp.8.1.a').status).toBe('missing');
  });
});

describe('the items of a list are separate rules', () => {
  const cases: { name: string; text: string; id: string; status: string }[] = [
    // Peru's art 37 lists prohibitions: one item's "deactivated" and the next one's "certificate" prove no certificate of deactivation.
    { name: 'two prohibitions do not make one deactivation certificate', text: 'Section 37. Prohibitions\nThe following acts are prohibited:\n(q) displaying deactivated firearms in a shop window;\n(r) issuing a false certificate for the sale of a firearm.\n', id: 'fp.9.c', status: 'missing' },
    { name: 'one item that says both does', text: 'Section 37. Deactivation\nThe following rules apply:\n(q) every deactivated firearm shall bear a mark and come with a certificate of deactivation;\n(r) no person shall display firearms in a shop window.\n', id: 'fp.9.c', status: 'covered' },
    // The lead-in rules its items: "The register shall contain" and the item "the serial number of each firearm".
    { name: 'the lead-in and an item still meet', text: 'Section 7. Register\nEvery dealer shall keep a register of firearms, which shall record:\n(a) the name of the manufacturer;\n(b) the serial number and other markings of each firearm.\n', id: 'fp.7.a', status: 'covered' },
  ];
  it.each(cases)('$name', ({ text, id, status: want }) => expect(status(text, id).status).toBe(want));
});

describe('what a law sends to other legislation, or reads in another sense, it does not regulate', () => {
  const cases: { name: string; text: string; id: string; status: string; missingItem?: string }[] = [
    // Peru, Ley 30299, art 30.
    { name: 'Spanish: international transit "se regula por las normas de la materia"', text: 'Artículo 28. Importación y exportación\nLa importación y la exportación de armas de fuego requieren autorización previa de la Superintendencia.\n\nArtículo 30. Traslado\nPara el traslado de armas de fuego se requiere autorización de la Superintendencia. Los productos que se encuentren en calidad de tránsito internacional se regulan por las normas de la materia.\n', id: 'fp.10.1', status: 'partial', missingItem: 'transit' },
    // Switzerland, LArm art 22a.
    { name: 'French: export and transit "réglés par la législation sur le matériel de guerre"', text: "Art. 24 Importation\nQuiconque importe des armes à titre professionnel doit être titulaire d'une autorisation.\n\nArt. 22a Exportation et transit\nL'exportation et le transit d'armes, et les autorisations qu'ils requièrent, sont réglés par la législation sur le matériel de guerre.\n", id: 'fp.10.1', status: 'partial', missingItem: 'transit' },
    // Costa Rica, Ley 7530, art 24: the traffic police's weapons.
    { name: 'Spanish: "oficiales de tránsito" are traffic police', text: 'Artículo 23. Importación\nLa importación y la exportación de armas de fuego requieren permiso de la Dirección.\n\nArtículo 24. Armas de los oficiales\nLos oficiales de tránsito y los oficiales de migración podrán portar armas con permiso de la Dirección.\n', id: 'fp.10.1', status: 'partial', missingItem: 'transit' },
    // Peru, Ley 30299, art 27: custody listed among the activities an authorisation covers is no security measure.
    { name: 'Spanish: "custodia" among licensed activities is no security measure', text: 'Artículo 27. Autorización\nLa fabricación, el comercio, la importación, la exportación y la custodia de armas de fuego requieren autorización de la Superintendencia.\n', id: 'fp.11.a', status: 'missing' },
  ];
  it.each(cases)('$name', ({ text, id, status: want, missingItem }) => {
    const f = status(text, id, text.includes('Art. ') ? 'fr' : 'es');
    expect(f.status).toBe(want);
    if (missingItem) expect(f.shortfalls.flatMap((s) => ('items' in s ? s.items : []))).toContain(missingItem);
  });
});

describe('words of another sense on real laws are no evidence', () => {
  const analyses = new Map<string, ReturnType<typeof analyzeText>>();
  const analysed = (file: string) => {
    if (!analyses.has(file)) analyses.set(file, analyzeText(readFileSync(join(SHARED, 'corpus', file), 'utf8'), { file }));
    return analyses.get(file)!;
  };
  const cases: { name: string; file: string; id: string; notCited: string }[] = [
    // "habilités dans des conditions fixées par décret en Conseil d'Etat": the Council of State gives no counsel.
    { name: "the French CSI: a decree in Conseil d'Etat is no counselling (art 5(2)(b))", file: 'fr-code-securite-interieure-armes.txt', id: 'fp.5.2.b', notCited: 'Article L317-1 ¶1' },
    // A past conviction for "inciting hate" that bars a permit is no offence of inciting others to commit one.
    { name: 'the Czech Act: a conviction for inciting hate is no offence of inciting (art 5(2)(b))', file: 'cz-act-119-2002-firearms-en.txt', id: 'fp.5.2.b', notCited: 'Section 22(3)' },
  ];
  it.each(cases)('$name', ({ file, id, notCited }) => {
    const a = analysed(file);
    const label = new Map(a.clauses.map((c) => [c.id, c.label]));
    expect(a.clauses.some((c) => c.label === notCited)).toBe(true);
    expect(a.elements.find((e) => e.id === id)!.evidence.map((e) => label.get(e.clause))).not.toContain(notCited);
  });
});
