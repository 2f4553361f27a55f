/**
 * The texts the catalogue was checked against, as ../shared/reference/catalogue-review.md (December 2026) and
 * instruments-notes.md record them. An element, a title or the Model Law's edition is marked verified only with one
 * of these and the place in it; each name is a citation in the source's own language, shown as it is.
 */
import type { Source } from './schema.js';

export const sources: Source[] = [
  {
    id: 'fp-en-trb',
    language: 'en',
    name: 'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, authentic English text as published in the Netherlands Treaty Series (Tractatenblad)',
    where: 'github.com/statengeneraal/laws-markdown, verdrag/protocol/against/the/illicit/manufacturing/of/and/trafficking/in/firearms/etc/BWBV0001710/README.md, commit 05d694bb65f06dcd49e7651b71eee2fcd7bc5f6c',
    official: true,
  },
  {
    id: 'fp-fr-trb',
    language: 'fr',
    name: "Protocole contre la fabrication et le trafic illicites d'armes à feu, de leurs pièces, éléments et munitions, texte authentique français, Tractatenblad 2004, 37",
    where: 'inview.nl (one page per article)',
    official: true,
  },
  {
    id: 'fp-fr-rs',
    language: 'fr',
    name: 'Protocole additionnel du 31 mai 2001 (…) contre la fabrication et le trafic illicites d’armes à feu, de leurs pièces, éléments et munitions, Recueil systématique suisse RS 0.311.544, texte français',
    where: 'droit-bilingue.ch, 0.311.544 (which says it is not the official publication)',
    official: false,
  },
  {
    id: 'ml-toc-2011',
    language: 'en',
    name: 'UNODC, Model Law against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, first edition (2011), table of contents, English and French (V.11-87860, December 2011)',
    where: 'conferences2.unite.un.org, document repository, English/French bitext',
    official: true,
  },
  {
    id: 'ml-2014',
    language: 'en',
    name: 'UNODC, Model Law against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, second revised edition, Vienna 2014, Sales No. E.14.V.8 (also available in French)',
    where: 'UN iLibrary (second revised edition, ab2730bc-en); OECD iLibrary, doi 10.18356/5cd5bf5d-en',
    official: true,
  },
  {
    id: 'ml-es-2015',
    language: 'es',
    name: 'UNODC, Ley Modelo contra la Fabricación y el Tráfico Ilícitos de Armas de Fuego, sus Piezas y Componentes y Municiones, segunda edición revisada, Viena 2015',
    where: 'dokumen.tips (front matter of the United Nations publication, © August 2015)',
    official: true,
  },
];
