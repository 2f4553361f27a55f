import { describe, expect, it } from 'vitest';
import { markerOf, unitLabel } from '../../core/segment/numbering.js';
import { definedTerm } from '../../core/segment/classify.js';

describe('numbering styles', () => {
  const cases: { name: string; line: string; kind?: 'heading' | 'unit' | 'sub'; label?: string; number?: string; style?: string }[] = [
    // Common law
    { name: 'a Part heading', line: 'PART 3', kind: 'heading', number: '3' },
    { name: 'a Part heading with its title', line: 'Part 2 - Licensing of manufacturers', kind: 'heading', number: '2' },
    { name: 'a Division', line: 'Division 4 Offences', kind: 'heading', number: '4' },
    { name: 'a numbered section with a title', line: '12. Contents of licence', kind: 'unit', label: 'Section 12', style: 'unit:numbered' },
    { name: 'a section with an em dash subsection', line: '12.—(1) No person shall', kind: 'unit', label: 'Section 12' },
    { name: 'a lettered section', line: '5A. Trafficking in firearms', kind: 'unit', label: 'Section 5A' },
    { name: 'a bare section title', line: '5A Trafficking in firearms or ammunition', kind: 'unit', label: 'Section 5A', style: 'unit:bare' },
    { name: 'a US section sign', line: '§ 922. Unlawful acts', kind: 'unit', label: 'Section 922' },
    { name: 'a Section word', line: 'Section 76a', kind: 'unit', label: 'Section 76a' },
    // Annexes, schedules and glossaries are units of their own.
    { name: 'a Schedule', line: 'SCHEDULE', kind: 'unit', label: 'Schedule' },
    { name: 'a numbered Schedule', line: 'Schedule 2 - Fees', kind: 'unit', label: 'Schedule 2' },
    { name: 'an annex to an act', line: 'Annex to Act. 119/2002 Coll.', kind: 'unit', label: 'Annex' },
    { name: 'a French annex', line: 'Annexe 3', kind: 'unit', label: 'Annexe 3' },
    { name: 'a glossary', line: 'GLOSARIO DE TÉRMINOS', kind: 'unit', label: 'Glosario' },
    { name: 'a sentence that starts with the word Schedule', line: 'Schedule 2 lists the fees payable for licences.' },
    { name: 'a part with an inserted letter', line: 'Part IIA Brokering', kind: 'heading', number: 'IIA' },
    { name: 'a subsection', line: '(1) The Minister shall appoint', kind: 'sub', number: '1' },
    { name: 'a paragraph', line: '(a) the name of the manufacturer;', kind: 'sub', number: 'a' },
    { name: 'a roman subparagraph', line: '(iv) missile having', kind: 'sub', number: 'iv' },
    { name: 'a decimal paragraph', line: '2.1. El presente Reglamento alcanza', kind: 'sub', number: '2.1' },
    // Canada inserts articles and subdivisions by decimals.
    { name: 'an inserted Canadian article', line: 'Art. 58.1 Conditions : permis délivré à une entreprise', kind: 'unit', label: 'Article 58.1' },
    { name: 'an inserted Canadian section', line: 'Section 12.1 Registration certificates', kind: 'unit', label: 'Section 12.1' },
    { name: 'an inserted subsection', line: '(1.1) Toutefois, le pouvoir du contrôleur', kind: 'sub', number: '1.1' },
    { name: 'an inserted paragraph', line: 'a.1) pour offrir un entraînement au maniement', kind: 'sub', number: 'a.1' },
    { name: 'a Mexican inserted article', line: 'Artículo 83 Quáter.- Al que sin el permiso correspondiente', kind: 'unit', label: 'Artículo 83 Quáter' },
    { name: 'a Luxembourg article inserted by a hyphen, opened by a guillemet in a coordinated text', line: '«Art. 1-1.', kind: 'unit', label: 'Article 1-1' },
    { name: 'a Taiwanese article: traditional, spaced, inserted', line: '第 5-2 條', kind: 'unit', label: '第5-2条' },
    { name: 'a Spanish technical instruction', line: 'INSTRUCCIÓN TÉCNICA COMPLEMENTARIA NÚMERO 4', kind: 'unit', label: 'ITC 4' },
    { name: 'an article numbered with a full stop stays whole', line: 'Art. 3. Le présent décret', kind: 'unit', label: 'Article 3' },
    // Civil law (French)
    { name: 'a Titre', line: 'TITRE IV - DES TRANSFERTS', kind: 'heading', number: 'IV' },
    { name: 'a Chapitre', line: 'Chapitre II : Acquisition et détention', kind: 'heading', number: 'II' },
    { name: 'an ordinal Chapitre Ier', line: 'Chapitre Ier : Dispositions générales', kind: 'heading', number: 'Ier' },
    { name: 'an ordinal TITRE Ier', line: 'TITRE Ier : ARMES ET MUNITIONS', kind: 'heading', number: 'Ier' },
    { name: 'not a heading: "Part in"', line: 'Part in accordance with the licence' },
    { name: 'Article premier', line: 'Article premier', kind: 'unit', label: 'Article 1' },
    { name: 'Article 1er', line: 'Article 1er', kind: 'unit', label: 'Article 1' },
    { name: 'Art. 5', line: 'Art. 5 Interdictions', kind: 'unit', label: 'Article 5' },
    { name: 'a code article', line: 'Article L317-1', kind: 'unit', label: 'Article L317-1' },
    { name: 'a code article with a space', line: 'Art. L. 317-1-1', kind: 'unit', label: 'Article L. 317-1-1' },
    { name: 'a Swiss lettered article', line: 'Art. 18a Marquage des armes à feu', kind: 'unit', label: 'Article 18a' },
    { name: 'an article bis', line: 'Article 5 bis', kind: 'unit', label: 'Article 5 bis' },
    { name: 'a degree item', line: '1° Les armes de la catégorie A', kind: 'sub', number: '1' },
    { name: 'a half-parenthesis item', line: 'a) « arme à feu » : toute arme', kind: 'sub', number: 'a' },
    { name: 'a roman paragraph', line: 'I. - Est puni de cinq ans', kind: 'sub', number: 'I' },
    // Latin American and Spanish laws
    { name: 'a Título', line: 'TÍTULO III', kind: 'heading', number: 'III' },
    { name: 'an ordinal Título', line: 'TÍTULO PRIMERO', kind: 'heading', number: 'PRIMERO' },
    { name: 'a Capítulo without its accent', line: 'CAPITULO IV', kind: 'heading', number: 'IV' },
    { name: 'a two-word ordinal provision', line: 'DÉCIMO PRIMERA.- Laboratorio de la SUCAMEC', kind: 'unit', label: 'Disposición Décimo primera' },
    { name: 'a twentieth provision', line: 'VIGÉSIMA.- Sobre la comercialización', kind: 'unit', label: 'Disposición Vigésima' },
    { name: 'a Colombian parágrafo', line: 'Parágrafo 1°. Los gobernadores podrán solicitar', kind: 'sub', number: '1°' },
    { name: 'an article with its dash and title', line: 'ARTÍCULO 1. - Campo de', kind: 'unit', label: 'Artículo 1' },
    { name: 'a Capítulo with its title', line: 'CAPÍTULO IV. Del comercio exterior', kind: 'heading', number: 'IV' },
    { name: 'Artículo 1o.-', line: 'ARTÍCULO 1o.- Para los efectos de este Decreto', kind: 'unit', label: 'Artículo 1' },
    { name: 'Artículo 4°', line: 'Artículo 4°. Definiciones', kind: 'unit', label: 'Artículo 4' },
    { name: 'Artículo 5 bis', line: 'Artículo 5 bis.- Quien', kind: 'unit', label: 'Artículo 5 bis' },
    { name: 'Artículo 12.-', line: 'Artículo 12.- Marcación', kind: 'unit', label: 'Artículo 12' },
    { name: 'a supplementary provision', line: 'PRIMERA. Acciones de colaboración', kind: 'unit', label: 'Disposición Primera' },
    { name: 'a closing part', line: 'DISPOSICIONES COMPLEMENTARIAS FINALES', kind: 'heading' },
    { name: 'a roman fraction', line: 'III. Secretaría: la Secretaría de Seguridad', kind: 'sub', number: 'III' },
    // Arabic, Russian, Chinese
    { name: 'an Arabic article', line: 'المادة 5', kind: 'unit', label: 'المادة 5' },
    { name: 'an Arabic article in Arabic-Indic digits', line: 'المادة (١٢)', kind: 'unit', label: 'المادة 12' },
    { name: 'an Arabic article from ten on', line: 'المادة 10', kind: 'unit', label: 'المادة 10' },
    { name: 'an Arabic article by its ordinal', line: 'المادة الأولى', kind: 'unit', label: 'المادة 1' },
    { name: 'an Arabic eleventh article', line: 'المادة الحادية عشرة', kind: 'unit', label: 'المادة 11' },
    { name: 'an Arabic sixty-third article', line: 'المادة الثالثة والستون', kind: 'unit', label: 'المادة 63' },
    { name: 'an Arabic hundred-and-tenth article', line: 'المادة العاشرة بعد المائة', kind: 'unit', label: 'المادة 110' },
    { name: 'an Arabic chapter', line: 'الباب الثاني: الترخيص', kind: 'heading', number: '2' },
    { name: 'an Arabic section', line: 'الفصل الحادي عشر', kind: 'heading', number: '11' },
    { name: 'an Arabic lettered item', line: 'أ - صنع الأسلحة الحربية', kind: 'sub', number: 'أ' },
    { name: 'an Arabic fifth item', line: 'هـ- رئاسة أمن الدولة.', kind: 'sub', number: 'هـ' },
    { name: 'a Russian article', line: 'Статья 13. Право на приобретение оружия', kind: 'unit', label: 'Статья 13' },
    { name: 'a Russian chapter', line: 'Глава II. Оборот оружия', kind: 'heading', number: 'II' },
    { name: 'a Chinese article', line: '第二十一条 枪支的制造', kind: 'unit', label: '第二十一条' },
    { name: 'a Chinese chapter', line: '第三章 枪支的日常管理', kind: 'heading', number: '三' },
    { name: 'a Chinese article past one hundred', line: '第一百二十三条 本法自公布之日起施行', kind: 'unit', label: '第一百二十三条' },
    { name: 'a Chinese section', line: '第二节 枪支的制造', kind: 'heading', number: '二' },
    { name: 'a Chinese item', line: '（一）经省级人民政府批准的单位；', kind: 'sub', number: '一' },
    // Not markers
    { name: 'a sentence', line: 'Every firearm manufactured in Kestria shall bear a mark.' },
    { name: 'a wrapped line that starts with a number and a small letter', line: '18 inches in length and includes automatics' },
    // PDF letter-spacing
    { name: 'a letter-spaced Title', line: 'T I T L E   II', kind: 'heading', number: 'II' },
  ];
  it.each(cases)('$name: "$line"', ({ line, kind, label, number, style }) => {
    const m = markerOf(line);
    if (!kind) return expect(m).toBeUndefined();
    expect(m?.kind).toBe(kind);
    if (label) expect(unitLabel(m!)).toBe(label);
    if (number) expect(m!.number).toBe(number);
    if (style) expect(m!.style).toBe(style);
  });
});

describe('defined terms', () => {
  const cases: { name: string; line: string; term?: string }[] = [
    { name: 'a quoted term with means', line: '"firearm" means any portable barrelled weapon', term: 'firearm' },
    { name: 'curly quotes after a paragraph number', line: '(3) The term “firearm” means (A) any weapon', term: 'firearm' },
    { name: 'French guillemets', line: 'a) « arme à feu » : toute arme à canon portative', term: 'arme à feu' },
    { name: 'a Spanish fraction with a colon', line: 'I. Arma de fuego: toda arma portátil que tenga cañón', term: 'Arma de fuego' },
    { name: 'a lettered term ending in a full stop', line: 'i) Munición. Es el cartucho completo o sus componentes', term: 'Munición' },
    { name: 'an unquoted Commonwealth term', line: 'firearm includes any weapon from which a missile is discharged', term: 'firearm' },
    { name: 'a Swiss numbered paragraph', line: '5 Ammunition is defined as firing material containing a propellant charge', term: 'Ammunition' },
    { name: 'a term with a qualifier between commas', line: 'illicitly manufactured, in relation to a firearm, means manufactured or assembled', term: 'illicitly manufactured' },
    { name: 'a French numbered item', line: '3° « Fabrication illicite » : la fabrication ou l’assemblage', term: 'Fabrication illicite' },
    { name: 'a sentence with a colon', line: 'The Registrar shall keep the following records: the name of the seller' },
    { name: 'an Arabic term before a spaced colon (Saudi)', line: 'الذخيرة : المقذوفات التي تنطلق من الأسلحة نتيجة الدفع الانفجاري', term: 'الذخيرة' },
    { name: 'an Arabic word said to mean (Jordanian)', line: 'تعني لفظة ( سلاح):كل سلاح ناري مهما كان نوعه', term: 'سلاح' },
    { name: 'an Arabic phrase said to mean', line: 'تعني عبارة ( سلاح اوتوماتيكي ): الرشاشات من اي نوع كانت', term: 'سلاح اوتوماتيكي' },
    { name: 'a Chinese term "本法所称 ... 是指"', line: '本法所称枪支，是指以火药或者压缩气体等为动力，利用管状器具发射金属弹丸', term: '枪支' },
    { name: 'a Chinese numbered term', line: '（二）主要零部件，是指枪管、枪机、击针', term: '主要零部件' },
    { name: 'a Taiwanese term in traditional characters, "：指"', line: '一、槍砲：指火砲、肩射武器、機關槍、手槍', term: '槍砲' },
    { name: 'a Mexican numbered term, a comma and its meaning', line: 'V.- Arma o armas de fuego, todo instrumento que cuente con cañón', term: 'Arma o armas de fuego' },
    { name: 'Luxembourg "il y a lieu d’entendre par"', line: 'Aux fins de la présente loi, il y a lieu d’entendre par: «arme à feu»: toute arme à canon', term: 'arme à feu' },
    { name: 'Swiss "Par X, on entend"', line: "5 Par munitions, on entend le matériel de tir muni d'une charge propulsive", term: 'munitions' },
    { name: 'Spanish "Por X se entiende"', line: 'Por arma de fuego se entiende toda arma portátil que tenga cañón', term: 'arma de fuego' },
    { name: 'a Swiss item naming its term in brackets at its end', line: "les engins qui permettent de lancer des projectiles au moyen d'une charge propulsive (armes à feu);", term: 'armes à feu' },
    { name: 'a bracketed reference at an item’s end is no term', line: "les autorisations délivrées en vertu de la loi sur le matériel de guerre (art. 5);" },
    { name: 'an abbreviation in brackets is no term', line: "la loi fédérale du 13 décembre 1996 sur le matériel de guerre (LFMG);" },
    { name: 'a numbered Russian term with its synonym in brackets', line: '13) боеприпасы (патроны) - устройства или предметы, конструктивно предназначенные для выстрела', term: 'боеприпасы' },
    { name: 'a Russian lower-case term and a dash', line: 'огнестрельное оружие - оружие, предназначенное для механического поражения цели', term: 'огнестрельное оружие' },
  ];
  it.each(cases)('$name', ({ line, term }) => expect(definedTerm(line)).toBe(term));
});
