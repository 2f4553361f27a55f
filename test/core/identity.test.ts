/**
 * The law's identity (core/identity): every real law of the corpus and every labelled law, with the title,
 * country, date and kind that its opening states (written here after reading each file's opening); the statement
 * forms in the six UN languages; and texts that state nothing, for which nothing is invented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze.js';
import { cleanTitle, MAX_TITLE } from '../../core/identity/clean.js';
import { findDates } from '../../core/identity/dates.js';
import { lawIdentity, LAW_KINDS, type LawIdentity } from '../../core/identity/index.js';
import { detectLanguage } from '../../core/language.js';
import type { Language } from '../../core/types.js';
import { SHARED } from '../support/cli.js';

type Expected = Pick<LawIdentity, 'title' | 'country' | 'date' | 'kind'>;

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Every law lexgap ships or is tested on, and what its own text says it is. */
const LAWS: ReadonlyArray<readonly [file: string, expected: Expected]> = [
  // The real laws of ../shared/corpus.
  ['corpus/ch-loi-sur-les-armes-larm-fr.txt', { title: "Loi fédérale sur les armes, les accessoires d'armes et les munitions (Loi sur les armes, LArm)", country: 'CH', date: '1997-06-20', kind: 'law' }],
  ['corpus/ch-ordonnance-sur-les-armes-oarm-fr.txt', { title: "Ordonnance sur les armes, les accessoires d'armes et les munitions (Ordonnance sur les armes, OArm)", country: 'CH', date: '2008-07-02', kind: 'ordinance' }],
  ['corpus/ch-weapons-act-larm-en.txt', { title: 'Federal Act on Weapons, Weapon Accessories and Ammunition (Weapons Act, WA)', country: 'CH', date: '1997-06-20', kind: 'act' }],
  ['corpus/ck-arms-ordinance-1954.txt', { title: 'Cook Islands Arms Ordinance 1954', country: 'CK', date: '1954-09-03', kind: 'ordinance' }],
  ['corpus/cl-ley-17798-control-armas-1972-original-es.txt', { title: 'Ley 17798, ESTABLECE EL CONTROL DE ARMAS', country: 'CL', date: '1972-10-20', kind: 'law' }],
  ['corpus/cn-qiangzhi-guanlifa-firearms-control-law-2015-zh.txt', { title: '中华人民共和国枪支管理法', country: 'CN', date: '1996-07-05', kind: 'law' }],
  ['corpus/co-decreto-2535-1993-armas-municiones-explosivos-es.txt', { title: 'DECRETO 2535 DE 1993 - por el cual se expiden normas sobre armas, municiones y explosivos', country: 'CO', date: '1993-12-17', kind: 'decree' }],
  ['corpus/cr-ley-7530-armas-explosivos-1995-partial-es.txt', { title: 'Ley de Armas y Explosivos', country: 'CR', date: undefined, kind: 'law' }],
  ['corpus/cz-act-119-2002-firearms-en.txt', { title: 'Act of 8 March 2002 on firearms and ammunition', country: 'CZ', date: '2002-03-08', kind: 'act' }],
  ['corpus/fr-code-defense-materiels-guerre-armes.txt', { title: 'TITRE III : MATÉRIELS DE GUERRE, ARMES ET MUNITIONS', country: 'FR', date: undefined, kind: 'code' }],
  ['corpus/fr-code-securite-interieure-armes.txt', { title: 'TITRE Ier : ARMES ET MUNITIONS', country: 'FR', date: undefined, kind: 'code' }],
  ['corpus/in-arms-act-1959-partial-en.txt', { title: 'The Arms Act, 1959', country: 'IN', date: '1959', kind: 'act' }],
  ['corpus/na-arms-and-ammunition-act-1996-en.txt', { title: 'Arms and Ammunition Act, 1996', country: 'NA', date: '1996', kind: 'act' }],
  ['corpus/pe-ds-010-2017-in-reglamento-ley-30299.txt', { title: 'Decreto Supremo Nº 010-2017-IN que aprueba el Reglamento de la Ley Nº 30299, Ley de armas de fuego, municiones, explosivos, productos pirotécnicos y materiales relacionados de uso civil', country: 'PE', date: '2017-04-01', kind: 'decree' }],
  ['corpus/pe-ley-30299-2015.txt', { title: 'Ley N.° 30299, Ley de armas de fuego, municiones, explosivos, productos pirotécnicos y materiales relacionados de uso civil', country: 'PE', date: '2015-01-22', kind: 'law' }],
  ['corpus/sa-weapons-ammunition-law-2005-ar.txt', { title: 'نظام الأسلحة والذخائر', country: 'SA', date: undefined, kind: 'law' }],
  // The US chapter as given starts at § 921: its breadcrumbs were removed, so the text names no title or date.
  ['corpus/us-18usc-ch44-firearms.txt', { title: undefined, country: 'US', date: undefined, kind: undefined }],
  // The labelled laws: fictional States, which have no ISO code.
  ['eval/ardenne-fr.txt', { title: 'DÉCRET-LOI N° 2018-112 RELATIF AU CONTRÔLE DES ARMES À FEU, DE LEURS PIÈCES, ÉLÉMENTS ET MUNITIONS', country: undefined, date: '2018', kind: 'decree' }],
  ['eval/kestria-en.txt', { title: 'Arms and Ammunition Act 2016', country: undefined, date: '2016', kind: 'act' }],
  ['eval/valdoria-es.txt', { title: 'DECRETO LEGISLATIVO 45/2020, SOBRE FABRICACIÓN, COMERCIO Y CONTROL DE ARMAS DE FUEGO', country: undefined, date: '2020', kind: 'decree' }],
  ['fixtures/gold/almadena-es.txt', { title: 'LEY FEDERAL DE CONTROL DE ARMAS DE FUEGO Y SUS MUNICIONES', country: undefined, date: '2022-02-03', kind: 'law' }],
  ['fixtures/gold/lurance-fr.txt', { title: 'CODE DES ARMES ET DES MUNITIONS', country: undefined, date: undefined, kind: 'code' }],
  ['fixtures/gold/marlande-fr.txt', { title: "Loi du 9 juin 2021 relative à la fabrication, au commerce et aux transferts d'armes à feu", country: undefined, date: '2021-06-09', kind: 'law' }],
  ['fixtures/gold/sablemere-en.txt', { title: 'Firearms (Control) Act, 2019', country: undefined, date: '2019', kind: 'act' }],
  ['fixtures/gold/saltaverde-es.txt', { title: 'LEY N.° 27.914, RÉGIMEN NACIONAL DE ARMAS DE FUEGO, SUS PARTES Y MUNICIONES', country: undefined, date: undefined, kind: 'law' }],
  ['fixtures/gold/westmarch-en.txt', { title: 'PUBLIC LAW 114-27, Firearms Commerce Control Act', country: undefined, date: undefined, kind: 'law' }],
  ['fixtures/holdout/azilane-fr.txt', { title: 'Décret-loi n° 2022-18 du 9 mars 2022, modifiant et complétant le décret-loi n° 2009-41 du 12 mars 2009 relatif aux armes et munitions', country: undefined, date: '2022-03-09', kind: 'decree' }],
  ['fixtures/holdout/corrindale-en.txt', { title: 'Firearms Trafficking and Control Act 2020', country: undefined, date: '2020', kind: 'act' }],
  ['fixtures/holdout/cundalia-es.txt', { title: 'LEY 1987 DE 2021, por medio de la cual se expiden normas para el control de la fabricación, el comercio exterior y la trazabilidad de las armas de fuego, sus partes, componentes y municiones, y se dictan otras disposiciones', country: undefined, date: '2021-08-12', kind: 'law' }],
  ['fixtures/holdout/ishavara-en.txt', { title: 'Ishavara Arms and Ammunition Act, 2021', country: undefined, date: '2021-03-12', kind: 'act' }],
  ['fixtures/holdout/toumbali-fr.txt', { title: 'Loi n° 2019-034 du 17 juillet 2019 portant régime général des armes à feu et de leurs munitions', country: undefined, date: '2019-07-17', kind: 'law' }],
  ['fixtures/holdout/xelapan-es.txt', { title: 'DECRETO NÚMERO 47-2021, LEY DE CONTROL DE ARMAS DE FUEGO Y MUNICIONES', country: undefined, date: '2021', kind: 'decree' }],
];

const path = (file: string) => (file.startsWith('fixtures/') ? join(FIXTURES, file.slice('fixtures/'.length)) : join(SHARED, file));
const pick = (id: LawIdentity): Expected => ({ title: id.title, country: id.country, date: id.date, kind: id.kind });

describe('the identity of every corpus and labelled law', () => {
  it('lists all 17 real laws of the corpus', () => expect(LAWS.filter(([f]) => f.startsWith('corpus/'))).toHaveLength(17));

  it.each(LAWS)('%s', (file, expected) => {
    const text = readFileSync(path(file), 'utf8');
    expect(pick(lawIdentity(text, detectLanguage(text), file.split('/').pop()))).toEqual(expected);
  });

  it('names the fictional States as their texts do, with no ISO code', () => {
    const names = ['eval/kestria-en.txt', 'eval/ardenne-fr.txt', 'eval/valdoria-es.txt', 'fixtures/gold/westmarch-en.txt'].map((f) => {
      const text = readFileSync(path(f), 'utf8');
      return lawIdentity(text, detectLanguage(text)).countryName;
    });
    expect(names).toEqual(['Kestria', 'Ardenne', 'Valdoria', 'Westmarch']);
  });

  it('keeps the dates as printed beside their ISO form', () => {
    const read = (f: string) => {
      const text = readFileSync(path(f), 'utf8');
      return lawIdentity(text, detectLanguage(text));
    };
    expect(read('corpus/ch-loi-sur-les-armes-larm-fr.txt').dateText).toBe('20 juin 1997');
    expect(read('corpus/cn-qiangzhi-guanlifa-firearms-control-law-2015-zh.txt').dateText).toBe('1996年7月5日');
    expect(read('fixtures/holdout/ishavara-en.txt').dateText).toBe('12th March, 2021');
  });
});

/** Openings in the six UN languages, in the forms laws state their identity. */
const FORMS: ReadonlyArray<readonly [name: string, lang: Language, text: string, expected: Expected]> = [
  ['en: a citation clause', 'en', '1. Short title\nThis Act may be cited as the Firearms Control Act 2000.\n\n2. Definitions\n', { title: 'Firearms Control Act 2000', country: undefined, date: '2000', kind: 'act' }],
  ['en: "may be called", title in capitals', 'en', 'THE ARMS ACT, 1959\n\n1. Short title.—(1) This Act may be called the Arms Act, 1959.\n', { title: 'Arms Act, 1959', country: undefined, date: '1959', kind: 'act' }],
  ['en: "Federal Act on ... of <date>" under the State', 'en', 'Federal Act on Weapons, Weapon Accessories and Ammunition\nof 20 June 1997 (Status as of 1 September 2023)\n\nThe Federal Assembly of the Swiss Confederation,\ndecrees:\n\nArt. 1 Purpose\n', { title: 'Federal Act on Weapons, Weapon Accessories and Ammunition', country: 'CH', date: '1997-06-20', kind: 'act' }],
  ['en: "Act No. 119/2002" over its date and subject', 'en', 'Act No. 119/2002 Coll.\nof 8 March 2002\non firearms and ammunition\n\nThe Parliament has adopted the following Act of the Czech Republic:\n\nSection 1\n', { title: 'Act No. 119/2002 Coll. of 8 March 2002 on firearms and ammunition', country: 'CZ', date: '2002-03-08', kind: 'act' }],
  ['en: a formal State name and an Act with its number', 'en', 'REPUBLIC OF NAMIBIA\n\nARMS AND AMMUNITION ACT 7 OF 1996\n\n1. Definitions\n', { title: 'ARMS AND AMMUNITION ACT 7 OF 1996', country: 'NA', date: '1996', kind: 'act' }],
  ['en: "Royal Decree M/45" with a Hijri date', 'en', 'Weapons and Ammunition Law\nRoyal Decree No. M/45 dated 25/7/1426H\n\nArticle 1\n', { title: 'Weapons and Ammunition Law', country: undefined, date: '2005-08-30', kind: 'law' }],
  ['en: regulations', 'en', 'FIREARMS CONTROL REGULATIONS, 2000\n\n1. Definitions\n', { title: 'FIREARMS CONTROL REGULATIONS, 2000', country: undefined, date: '2000', kind: 'regulation' }],
  ['en: "shall be known as" under a Republic Act number and its long title', 'en', 'REPUBLIC ACT No. 10591\n\nAN ACT PROVIDING FOR A COMPREHENSIVE LAW ON FIREARMS AND AMMUNITION\n\nBe it enacted by the Senate and House of Representatives of the Philippines in Congress assembled:\n\nSECTION 1. Short Title. – This Act shall be known as the "Comprehensive Firearms and Ammunition Regulation Act".\n', { title: 'REPUBLIC ACT No. 10591, Comprehensive Firearms and Ammunition Regulation Act', country: 'PH', date: undefined, kind: 'act' }],
  ['en: the date of assent, not of commencement', 'en', 'FIREARMS CONTROL ACT 60 OF 2000\n\n[ASSENTED TO 10 APRIL 2001]\n[DATE OF COMMENCEMENT: 1 JULY 2004]\n\nACT\nTo establish a comprehensive system of firearms control in the Republic of South Africa;\n\nCHAPTER 1\n', { title: 'FIREARMS CONTROL ACT 60 OF 2000', country: 'ZA', date: '2001-04-10', kind: 'act' }],
  ['en: a long title and the date in brackets', 'en', "Firearms Act 1968\n1968 CHAPTER 27\nAn Act to consolidate the Firearms Acts 1937 to 1965.\n[6th June 1968]\nBE IT ENACTED by the Queen's most Excellent Majesty\n\nPart I\n", { title: 'Firearms Act 1968', country: undefined, date: '1968-06-06', kind: 'act' }],
  ['en: "LAWS OF KENYA" over a revised edition', 'en', 'LAWS OF KENYA\n\nFIREARMS ACT\n\nCHAPTER 114\n\nRevised Edition 2012 [2010]\n', { title: 'FIREARMS ACT', country: 'KE', date: undefined, kind: 'act' }],
  ['en: Markdown with front matter that names nothing', 'en', '---\nlang: en\n---\n# Firearms Act 2016\n\n## Part 1\n\n### 1 Short title\n', { title: 'Firearms Act 2016', country: undefined, date: '2016', kind: 'act' }],
  ['en: a number on a line of its own under the title', 'en', 'ARMS ACT\nNo. 7 of 1996\n\n1. Short title\n', { title: 'ARMS ACT No. 7 of 1996', country: undefined, date: '1996', kind: 'act' }],
  ['fr: a Markdown heading', 'fr', '# Loi n° 2011-12 du 3 août 2011 relative aux armes\n\n## Chapitre Ier\n\n#### Art. 1er\n\nLa présente loi ...\n', { title: 'Loi n° 2011-12 du 3 août 2011 relative aux armes', country: undefined, date: '2011-08-03', kind: 'law' }],
  ['fr: "Loi du <date> sur ..."', 'fr', 'Loi du 2 février 2022 sur le contrôle des armes\n\nArticle premier\nLa présente loi régit les armes.\n', { title: 'Loi du 2 février 2022 sur le contrôle des armes', country: undefined, date: '2022-02-02', kind: 'law' }],
  ['fr: "République française", a décret', 'fr', 'RÉPUBLIQUE FRANÇAISE\n\nDécret n° 2013-700 du 30 juillet 2013 portant application de la loi n° 2012-304 du 6 mars 2012\n\nArticle 1\n', { title: 'Décret n° 2013-700 du 30 juillet 2013 portant application de la loi n° 2012-304 du 6 mars 2012', country: 'FR', date: '2013-07-30', kind: 'decree' }],
  ['fr: an ordonnance, its short title in brackets, "Conseil fédéral suisse"', 'fr', "Ordonnance sur les armes\n(Ordonnance sur les armes, OArm)\ndu 2 juillet 2008\n\nLe Conseil fédéral suisse,\narrête:\n\nArt. 1\n", { title: 'Ordonnance sur les armes (Ordonnance sur les armes, OArm)', country: 'CH', date: '2008-07-02', kind: 'ordinance' }],
  ['fr: "peut être citée sous le titre"', 'fr', 'Article 1er\nLa présente loi peut être citée sous le titre « Loi sur les armes de 2020 ».\n', { title: 'Loi sur les armes de 2020', country: undefined, date: '2020', kind: 'law' }],
  ['es: "LEY N° 30299" over its name', 'es', 'LEY N° 30299\n\nLEY DE ARMAS DE FUEGO, MUNICIONES, EXPLOSIVOS, PRODUCTOS PIROTÉCNICOS Y MATERIALES RELACIONADOS DE USO CIVIL\n\nTÍTULO I\n', { title: 'LEY N° 30299, LEY DE ARMAS DE FUEGO, MUNICIONES, EXPLOSIVOS, PRODUCTOS PIROTÉCNICOS Y MATERIALES RELACIONADOS DE USO CIVIL', country: undefined, date: undefined, kind: 'law' }],
  ['es: "Decreto 2535 de 1993", "(diciembre 17)", "por el cual"', 'es', 'DECRETO 2535 DE 1993\n(diciembre 17)\npor el cual se expiden normas sobre armas, municiones y explosivos\n\nEl Presidente de la República de Colombia,\nDECRETA:\n\nArtículo 1\n', { title: 'DECRETO 2535 DE 1993, por el cual se expiden normas sobre armas, municiones y explosivos', country: 'CO', date: '1993-12-17', kind: 'decree' }],
  ['es: "Decreto Supremo Nº" and the President of Peru', 'es', 'DECRETO SUPREMO Nº 010-2017-IN\n\nEL PRESIDENTE DE LA REPÚBLICA DEL PERÚ\n\nCONSIDERANDO:\n\nArtículo 1\n', { title: 'DECRETO SUPREMO Nº 010-2017-IN', country: 'PE', date: '2017', kind: 'decree' }],
  ['es: Markdown bold and italics around "LEY 1119 DE 2006" / "(diciembre 27)" / "Por la cual"', 'es', '**LEY 1119 DE 2006**\n\n(diciembre 27)\n\n*Por la cual se actualizan los procedimientos para la expedición del permiso de porte de armas de fuego.*\n\nEL CONGRESO DE COLOMBIA\n\nDECRETA:\n\n**ARTÍCULO 1o.**\n', { title: 'LEY 1119 DE 2006, Por la cual se actualizan los procedimientos para la expedición del permiso de porte de armas de fuego', country: 'CO', date: '2006-12-27', kind: 'law' }],
  ['es: "se denominará"', 'es', 'Artículo 1.- La presente Ley se denominará "Ley de Control de Armas".\n', { title: 'Ley de Control de Armas', country: undefined, date: undefined, kind: 'law' }],
  ['ar: a Saudi nizam with its Hijri date', 'ar', 'نظام الأسلحة والذخائر\nالصادر بالمرسوم الملكي رقم م/45 بتاريخ 25/7/1426هـ\n\nالمادة الأولى\nيطبق هذا النظام في المملكة العربية السعودية.\n', { title: 'نظام الأسلحة والذخائر', country: 'SA', date: '2005-08-30', kind: 'law' }],
  ['ar: "قانون رقم ... لسنة ..."', 'ar', 'قانون رقم 6 لسنة 2005 بشأن الأسلحة والذخائر\n\nالمادة 1\n', { title: 'قانون رقم 6 لسنة 2005 بشأن الأسلحة والذخائر', country: undefined, date: '2005', kind: 'law' }],
  ['ar: "القانون رقم ... لسنة ..." over its subject, "جمهورية مصر العربية"', 'ar', 'القانون رقم 58 لسنة 1992\nبشأن الأسلحة والذخائر\n\nباسم الشعب\nرئيس الجمهورية\n\nالمادة الأولى\nيعمل بأحكام هذا القانون في جمهورية مصر العربية.\n', { title: 'القانون رقم 58 لسنة 1992 بشأن الأسلحة والذخائر', country: 'EG', date: '1992', kind: 'law' }],
  ['ar: a Jordanian law, its number under it, "المملكة الأردنية الهاشمية"', 'ar', 'قانون الأسلحة النارية والذخائر\nرقم 34 لسنة 1952\n\nالمادة 1\nيسمى هذا القانون (قانون الأسلحة النارية والذخائر لسنة 1952) ويعمل به من تاريخ نشره في الجريدة الرسمية.\nالمادة 2\nلا يجوز لأي شخص في المملكة الأردنية الهاشمية حمل سلاح.\n', { title: 'قانون الأسلحة النارية والذخائر رقم 34 لسنة 1952', country: 'JO', date: '1952', kind: 'law' }],
  ['ar: a Tunisian law dated in Maghreb months', 'ar', 'الجمهورية التونسية\n\nقانون عدد 33 لسنة 1969 مؤرخ في 12 جوان 1969 يتعلق بتنظيم الأسلحة والذخيرة\n\nالفصل الأول\n', { title: 'قانون عدد 33 لسنة 1969 مؤرخ في 12 جوان 1969 يتعلق بتنظيم الأسلحة والذخيرة', country: 'TN', date: '1969-06-12', kind: 'law' }],
  ['ar: "يسمى هذا القانون"', 'ar', 'المادة 1\nيسمى هذا القانون (قانون الأسلحة النارية والذخائر لسنة 1952) ويعمل به من تاريخ نشره في الجريدة الرسمية.\n', { title: 'قانون الأسلحة النارية والذخائر لسنة 1952', country: undefined, date: '1952', kind: 'law' }],
  ['ru: "Федеральный закон от ... «Об оружии»"', 'ru', 'Федеральный закон от 13 декабря 1996 г. N 150-ФЗ\n«Об оружии»\n\nГлава I. Общие положения\n\nСтатья 1. Настоящий Федеральный закон действует на территории Российской Федерации.\n', { title: 'Федеральный закон от 13 декабря 1996 г. N 150-ФЗ «Об оружии»', country: 'RU', date: '1996-12-13', kind: 'law' }],
  ['ru: a Kazakh law, its name under its date', 'ru', 'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН\nот 30 декабря 1998 года № 339-I\n«О государственном контроле за оборотом отдельных видов оружия»\n\nСтатья 1.\n', { title: 'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН «О государственном контроле за оборотом отдельных видов оружия»', country: 'KZ', date: '1998-12-30', kind: 'law' }],
  ['ru: "РОССИЙСКАЯ ФЕДЕРАЦИЯ" over "ФЕДЕРАЛЬНЫЙ ЗАКОН" / "ОБ ОРУЖИИ" and the date it was adopted', 'ru', 'РОССИЙСКАЯ ФЕДЕРАЦИЯ\n\nФЕДЕРАЛЬНЫЙ ЗАКОН\n\nОБ ОРУЖИИ\n\nПринят\nГосударственной Думой\n13 ноября 1996 года\n\nСтатья 1.\n', { title: 'ФЕДЕРАЛЬНЫЙ ЗАКОН ОБ ОРУЖИИ', country: 'RU', date: '1996-11-13', kind: 'law' }],
  ['ru: only "настоящий Федеральный закон"', 'ru', 'Статья 1.\nНастоящий Федеральный закон регулирует оборот оружия. Действие настоящего Федерального закона распространяется на оружие.\n', { title: undefined, country: undefined, date: undefined, kind: 'law' }],
  ['zh: "中华人民共和国...法" and its adoption date', 'zh', '中华人民共和国枪支管理法\n\n（1996年7月5日第八届全国人民代表大会常务委员会第二十次会议通过）\n\n第一章 总则\n', { title: '中华人民共和国枪支管理法', country: 'CN', date: '1996-07-05', kind: 'law' }],
  ['zh: a law named in its promulgation order', 'zh', '中华人民共和国主席令\n第五十七号\n《中华人民共和国枪支管理法》已由中华人民共和国第八届全国人民代表大会常务委员会第二十次会议于1996年7月5日通过，现予公布。\n\n第一章 总则\n', { title: '中华人民共和国枪支管理法', country: 'CN', date: '1996-07-05', kind: 'law' }],
  ['zh: a State Council regulation', 'zh', '民用爆炸物品安全管理条例\n\n第一条 为了加强对民用爆炸物品的安全管理，制定本条例。\n', { title: '民用爆炸物品安全管理条例', country: undefined, date: undefined, kind: 'regulation' }],
];

describe('statement forms in the six UN languages', () => {
  it.each(FORMS)('%s', (_name, lang, text, expected) => expect(pick(lawIdentity(text, lang))).toEqual(expected));

  it('covers all six languages', () => expect(new Set(FORMS.map(([, l]) => l))).toEqual(new Set(['en', 'fr', 'es', 'ar', 'ru', 'zh'])));
});

describe('what the text does not say is not invented', () => {
  const silent = 'Section 1\nEvery dealer shall keep a register of the firearms he sells.\n\nSection 2\nThe register is kept for ten years.\n';

  it.each<[string, Language, string]>([
    ['a body with no head', 'en', silent],
    ['one passing mention of a foreign State', 'en', 'FIREARMS LAW\n\nArticle 1\nThe Minister may cooperate with France on tracing.\n'],
    ['an amendment date in the head', 'en', 'FIREARMS LAW\nAs amended on 3 May 2010\n\nArticle 1\nText.\n'],
    ['a date in the body', 'fr', 'LOI SUR LES ARMES\n\nArticle 1\nLes registres tenus depuis le 1er janvier 2001 sont conservés.\n'],
    ['Chinese with country-like substrings', 'zh', '第一条 非法国际贸易的枪支，予以没收。\n第二条 非法国际运输的弹药，予以没收。\n第三条 非法国际经营的，予以处罚。\n'],
  ])('%s', (_name, lang, text) => {
    const id = lawIdentity(text, lang);
    expect(id.country).toBeUndefined();
    expect(id.date).toBeUndefined();
  });

  it('names no title from a corpus SOURCE line or a repository name, and never takes the file name as title', () => {
    const text = 'SOURCE: github.com/someone/Firearms-Act-Mirror @ commit 0123 — file act.md\n' + silent;
    const id = lawIdentity(text, 'en', 'firearms-act-2016.txt');
    expect(id.title).toBeUndefined();
    expect(id.date).toBeUndefined();
    expect(id.country).toBeUndefined();
  });

  it('takes the country from a SOURCE line or the file name only when the text names none, and says so', () => {
    const fromSource = lawIdentity('SOURCE: a mirror of NamibLII — Namibia, Arms and Ammunition Act\n' + silent, 'en');
    expect([fromSource.country, fromSource.from.country, fromSource.title]).toEqual(['NA', 'source-line', undefined]);
    const fromFile = lawIdentity(silent, 'en', 'namibia-arms-act.docx');
    expect([fromFile.country, fromFile.from.country]).toEqual(['NA', 'file']);
    // A two-letter prefix is not a country: "my-law" is not Malaysia.
    expect(lawIdentity(silent, 'en', 'my-law.txt').country).toBeUndefined();
    // The law's own words win over both.
    const own = lawIdentity('SOURCE: a mirror — France\nREPUBLIC OF NAMIBIA\n\nARMS ACT 1996\n\n1. Definitions\n', 'en', 'france-arms.txt');
    expect([own.country, own.from.country]).toEqual(['NA', 'text']);
  });
});

describe('hostile input', () => {
  const yamlBomb = '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\nARMS ACT 2016\n';
  it.each<[string, string]>([
    ['a number that never ends', `LEY ${'1'.repeat(20_000)}x`],
    ['brackets with no link', '['.repeat(20_000)],
    ['a line of spaces', `${' '.repeat(50_000)}x`],
    ['one word of 20,000 letters', `Ley de ${'a'.repeat(20_000)}`],
    ['a front matter title of 26,000 characters', `---\ntitle: ${'Ley de armas '.repeat(2_000)}\n---\n`],
    ['a YAML alias bomb', yamlBomb],
    ['markup only', '<'.repeat(30_000) + '&'.repeat(30_000)],
  ])('%s: answers at once, in every language, without throwing', (_name, text) => {
    const started = performance.now();
    for (const lang of ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const) expect(() => lawIdentity(text, lang, 'x.txt')).not.toThrow();
    // A loose bound: a pattern that backtracks on such input takes minutes, not seconds.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('keeps a long front matter title within the title length', () => {
    const title = lawIdentity(`---\ntitle: ${'Ley de armas '.repeat(500)}\n---\n`, 'es').title!;
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE + 1);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('front matter', () => {
  it('reads folded scalars with HTML entities, Spanish keys and a country code', () => {
    const text =
      "SOURCE: a mirror\n---\ntitle: >-\n  Decreto Supremo que aprueba el Reglamento de la Ley N&ordm; 30299, Ley de\n  armas pirot&eacute;cnicas\ncountry: pe\nrank: decreto_supremo\npublication_date: '2017-04-01'\nlast_updated: '2026-04-07'\n---\n# Decreto Supremo\n";
    expect(pick(lawIdentity(text, 'es'))).toEqual({ title: 'Decreto Supremo que aprueba el Reglamento de la Ley Nº 30299, Ley de armas pirotécnicas', country: 'PE', date: '2017-04-01', kind: 'decree' });
    const spanish = '---\ntitulo: "DECRETO 2535 DE 1993 - por el cual se expiden normas sobre armas."\npais: "co"\nrango: "decreto"\nfecha_publicacion: "1993-12-17"\n---\n';
    expect(pick(lawIdentity(spanish, 'es'))).toEqual({ title: 'DECRETO 2535 DE 1993 - por el cual se expiden normas sobre armas', country: 'CO', date: '1993-12-17', kind: 'decree' });
  });

  it('prefers the promulgation date and takes a country given by name', () => {
    const text = '---\ntitle: Arms Control Act\ncountry: Peru\npublication_date: 1972-10-21\npromulgation_date: 1972-10-20\n---\n';
    expect(pick(lawIdentity(text, 'en'))).toEqual({ title: 'Arms Control Act', country: 'PE', date: '1972-10-20', kind: 'act' });
  });

  it('ignores a malformed block and reads the head instead', () => {
    const text = '---\ntitle: [unclosed\ncountry: {\n---\nARMS ACT 2016\n\n1. Citation\n';
    expect(pick(lawIdentity(text, 'en'))).toEqual({ title: 'ARMS ACT 2016', country: undefined, date: '2016', kind: 'act' });
  });
});

describe('clean titles', () => {
  it.each([
    ['Markdown, HTML and entities', '# **Loi n° 2012-304 du 6 mars 2012** relative à l&rsquo;établissement d&apos;un <em>contrôle</em> des armes', 'Loi n° 2012-304 du 6 mars 2012 relative à l’établissement d\'un contrôle des armes'],
    ['a scraper run-on', 'Ley de armas de uso civilEsta norma jurídica alcanza a las personas naturales o pr', 'Ley de armas de uso civil'],
    ['letters spaced out and a table of contents line', 'T H E  A R M S  A C T 1959 . . . . . . . 12', 'THE ARMS ACT 1959'],
    ['an abbreviation keeps its point', 'Title 18, U.S.C.', 'Title 18, U.S.C.'],
    ['a footnote call', "Loi n° 2012-304 du 6 mars 2012 relative au contrôle des armes (1)", 'Loi n° 2012-304 du 6 mars 2012 relative au contrôle des armes'],
    ['quotes around the whole title, not around a name inside it', '“Federal Act «On Weapons»”', 'Federal Act «On Weapons»'],
  ])('%s', (_name, raw, clean) => expect(cleanTitle(raw)).toBe(clean));

  it('shortens a very long title at its amending clause, else at a phrase boundary, never inside a word', () => {
    const amending = `Act of 8 March 2002 on firearms and ammunition and on the amendment to ${'Act No. 156/2000 Coll. on proving of firearms, '.repeat(8)}`;
    expect(cleanTitle(amending)).toBe('Act of 8 March 2002 on firearms and ammunition');
    const long = `Law on ${Array.from({ length: 60 }, (_, i) => `matter${i}`).join(' and ')}`;
    const short = cleanTitle(long)!;
    expect(short.length).toBeLessThanOrEqual(MAX_TITLE + 1);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(long[short.length - 1]).toBe(' ');
  });
});

describe('dates as laws print them', () => {
  it.each([
    ['20 June 1997', '1997-06-20'],
    ['June 20, 1997', '1997-06-20'],
    ['du 1er août 2011', '2011-08-01'],
    ['état le 1 er septembre 2023', '2023-09-01'],
    ['de 17 de diciembre de 1993', '1993-12-17'],
    ['от 13 декабря 1996 г.', '1996-12-13'],
    ['от 13.12.1996', '1996-12-13'],
    ['1996年7月5日', '1996-07-05'],
    ['二〇一五年四月二十四日', '2015-04-24'],
    ['في 5 مايو 2005', '2005-05-05'],
    ['في 5 كانون الثاني 2005', '2005-01-05'],
    ['بتاريخ ٢٥/٧/١٤٢٦هـ', '2005-08-30'],
    ['25 رجب 1426هـ', '2005-08-30'],
    ['dated 25/7/1426H', '2005-08-30'],
  ])('%s', (text, iso) => expect(findDates(text)[0]?.iso).toBe(iso));

  it('reads no impossible date', () => expect(findDates('31 February 2001, 45/2020, Section 12 May')).toEqual([]));
});

describe('in the analysis', () => {
  it('Analysis.source carries the identity, and only what the text states', () => {
    const text = readFileSync(join(SHARED, 'corpus', 'na-arms-and-ammunition-act-1996-en.txt'), 'utf8');
    const { source } = analyzeText(text, { file: 'na.txt' });
    expect(source).toMatchObject({ file: 'na.txt', language: 'en', title: 'Arms and Ammunition Act, 1996', country: 'NA', date: '1996', kind: 'act' });
    const silent = analyzeText('Section 1\nEvery dealer shall keep a register of the firearms he sells.', { file: 'x.txt' }).source;
    expect(Object.keys(silent).sort()).toEqual(['file', 'language', 'sha256']);
  });

  it('uses a kind from the documented vocabulary', () => {
    for (const [file] of LAWS) {
      const text = readFileSync(path(file), 'utf8');
      const kind = lawIdentity(text, detectLanguage(text)).kind;
      if (kind) expect(LAW_KINDS).toContain(kind);
    }
  });
});
