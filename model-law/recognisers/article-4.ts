/**
 * Article 4, scope. Scope is proved by the law's own statement of what it applies to, never by a passing "for
 * the purposes of" or "applies" in an operative rule.
 */
import type { Recogniser } from '../schema.js';
import { L } from './vocabulary.js';

export const article4: Recogniser[] = [
  {
    element: 'fp.4.1',
    proves: ['provision', 'duty', 'permission', 'institution', 'prohibition'],
    concepts: [
      {
        id: 'scope',
        anchor: true,
        terms: {
          en: ['scope of application', 'scope of this Act', 'this Act applies to', 'this Act shall apply to', 'this Ordinance applies', 'this Law applies', 'this Act regulates', 'this Act governs', 'purposes of this Act are', 'object of this Act', 'objects of this Act', 'this Act lays down'],
          fr: ["champ d'application", 'la présente loi règle', 'la présente loi régit', 'la présente loi a pour but', 'la présente loi a pour objet', 'le présent titre régit'],
          es: ['ámbito de aplicación', 'objeto de la presente', 'la presente ley tiene por objeto', 'el presente decreto tiene por objeto', 'la presente ley regula', 'objeto y finalidad', 'tiene por objeto'],
          ru: ['сфера применения', 'сфер* действия', 'настоящ* закон* регулирует', 'регулирует'],
          ar: ['يهدف هذا النظام', 'يسري هذا النظام', 'تسري أحكام هذا النظام', 'يهدف هذا القانون', 'يسري هذا القانون'],
          zh: ['适用本法', '本法适用于', '为了加强'],
        },
      },
      {
        id: 'subject',
        terms: {
          en: ['manufactur*', 'traffick*', '=import', '=imports', '=importation', 'export*', 'transfer*', 'acquisition', 'possession'],
          fr: ['fabrication', 'trafic*', 'importation*', 'exportation*', 'transfert*', 'acquisition', 'détention', 'commerce'],
          es: ['fabricación', 'tráfico*', 'importación*', 'exportación*', 'transferencia*', 'adquisición', 'tenencia', 'posesión', 'comercialización'],
          ru: ['изготовлени*', 'оборот*', 'ввоз*', 'вывоз*', 'приобретени*'],
          ar: ['استيراد', 'حيازة', 'صنع', 'الاتجار'],
          zh: ['管理', '制造'],
        },
      },
    ],
    examples: {
      en: {
        covered: ['This Act applies to the manufacture, import, export, transit and transfer of firearms, their parts and components and ammunition.'],
        missing: ['For the purposes of ballistic testing the Police may keep a fired cartridge.'],
      },
    },
  },
  {
    element: 'fp.4.2',
    proves: ['exemption', 'provision'],
    concepts: [
      {
        id: 'state-transfer',
        anchor: true,
        terms: {
          en: ['between States', 'State-to-State', 'inter-State transfer*', 'between Governments', 'government-to-government', 'State transfers', 'national security'],
          fr: ['entre États', "d'État à État", 'entre gouvernements', 'sécurité nationale'],
          es: ['entre Estados', 'de Estado a Estado', 'entre gobiernos', 'seguridad nacional'],
          ru: ['между государствами', 'межгосударственн*', 'национальн* безопасност*'],
          ar: ['بين الدول', 'من دولة إلى دولة', 'الأمن الوطني'],
          zh: ['国家间', '国与国之间', '国家安全'],
        },
      },
      {
        id: 'exempt',
        terms: {
          en: ['not apply', 'does not apply', 'exempt*', 'except*', 'exclud*'],
          fr: ["ne s'applique pas", 'exempt*', 'exclu*', 'sauf', 'exception*'],
          es: ['no se aplica*', 'no será* aplicable*', 'exceptu*', 'exclu*', 'exent*'],
          ru: ['не распространя*', 'не применя*', 'исключени*'],
          ar: ['لا تسري', 'يستثنى', 'لا تطبق'],
          zh: ['不适用', '除外', '另有规定'],
        },
      },
    ],
    weaker: [
      {
        id: 'armed-forces-exemption',
        concepts: [
          { id: 'forces', anchor: true, terms: {
            en: ['armed forces', 'defence force*', 'police force*', 'military'],
            fr: ['forces armées', 'armée*'],
            es: ['fuerzas armadas', 'fuerza pública', 'institucion* armada*'],
            ru: ['вооруженн* сил*', 'войск*', 'воинск* част*'],
            ar: ['العسكريين', 'القوات المسلحة', 'الجيش'],
            zh: ['中国人民解放军', '军队', '武装警察'],
          } },
          { id: 'exempt', terms: {
            en: ['not apply', 'does not apply', 'exempt*', 'except*', 'exclud*'],
            fr: ["ne s'applique pas", 'exempt*', 'exclu*', 'sauf'],
            es: ['no se aplica*', 'no será* aplicable*', 'exceptu*', 'exclu*', 'no son objeto'],
            ru: ['не распространя*', 'не применя*'],
            ar: ['يستثنى', 'لا تسري'],
            zh: ['另有规定', '不适用'],
          } },
        ],
        shortfall: L(
          'the law exempts the armed forces or police as a whole, which is wider than the State-to-State transfers article 4(2) allows to leave out',
          'la loi exclut les forces armées ou la police dans leur ensemble, ce qui va au-delà des transferts d’État à État que l’article 4(2) permet d’exclure',
          'la ley excluye a las fuerzas armadas o la policía en su conjunto, lo que va más allá de las transferencias de Estado a Estado que el artículo 4(2) permite excluir',
        ),
      },
    ],
    examples: {
      en: {
        covered: ['This Act does not apply to State-to-State transactions or to State transfers where its application would prejudice the right of Kestria to take action in the interest of national security.'],
        partial: ['This Act shall not apply to firearms held by the armed forces.'],
      },
    },
  },
];
