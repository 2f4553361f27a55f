/**
 * Article 3, use of terms. Only a definition proves a definition element, and its defined term must name the
 * concept ("illicit trafficking", not a word of its text): a term used but never defined leaves the element missing.
 */
import type { Recogniser } from '../schema.js';
import { L, MARKING } from './vocabulary.js';

const FIREARM_TERM = {
  // Not "gun": laws define a "paintball gun", a "gas gun", a "signal gun" beside the firearm.
  en: ['firearm*', 'fire arm*', '=arm', '=arms'],
  fr: ['arme* à feu', 'arme*'],
  es: ['arma* de fuego'],
  ru: ['огнестрельн* оружи*'],
  // The Protocol's Arabic: "السلاح الناري"; its Chinese: "枪支" (A/RES/55/255, art. 3(a)).
  ar: ['الأسلحة النارية', 'سلاح ناري', 'السلاح الناري', 'أسلحة نارية'],
  // Taiwan's 槍砲 (guns and cannons), read in simplified characters.
  zh: ['枪支', '枪械', '火器', '枪砲', '枪炮'],
};

export const article3: Recogniser[] = [
  {
    element: 'fp.3.a',
    proves: ['definition'],
    concepts: [
      { id: 'term', anchor: true, terms: FIREARM_TERM },
      {
        id: 'expel',
        terms: {
          en: ['projectile*', 'bullet*', 'missile*', 'shot', 'explosive*', 'barrel*', 'propellant', 'chemical energy', 'combustion'],
          fr: ['projectile*', 'balle*', 'plomb*', 'explosi*', 'canon*', 'charge propulsive', 'combustion'],
          es: ['proyectil*', 'bala*', 'balín', 'explosi*', 'cañón', 'carga propulsora', 'combustión', 'expansión de los gases'],
          ru: ['снаряд*', 'пул*', 'выстрел*', 'ствол*', 'порохов*'],
          // The Protocol's wording (art. 3(a)): ar "يطلق طلقة أو رصاصة أو مقذوفا آخر بفعل مادة متفجرة", zh "利用爆炸作用 ... 发射弹丸、弹头或射弹的便携管状武器".
          ar: ['مقذوف', 'رصاصة', 'طلقة', 'قذائف', 'مادة متفجرة', 'سبطانة', 'بارود'],
          zh: ['弹丸', '弹头', '射弹', '发射', '火药', '爆炸作用', '管状'],
        },
      },
    ],
    support: {
      en: ['portable', 'readily converted', 'antique', '1899'],
      fr: ['portative', 'aisément transformée', 'anciennes', '1899'],
      es: ['portátil', 'transformarse fácilmente', 'antiguas', '1899'],
      ru: ['переносн*', 'переделк*', 'антикварн*'],
      ar: ['محمول', 'تحويله بسهولة', 'العتيقة'],
      zh: ['便携', '稍经改装', '古董'],
    },
    facets: [
      {
        id: 'expels',
        label: L('a weapon that expels a projectile by an explosive', 'une arme propulsant un projectile par un explosif', 'un arma que lanza un proyectil por un explosivo'),
        terms: {
          en: ['projectile*', 'bullet*', 'missile*', 'explosive*', 'chemical energy', 'combustion'],
          fr: ['projectile*', 'explosi*', 'combustion'],
          es: ['proyectil*', 'explosi*', 'combustión', 'expansión de los gases'],
          ru: ['снаряд*', 'пул*', 'порохов*', 'выстрел*'],
          ar: ['مقذوف', 'رصاص', 'طلقة', 'مادة متفجرة', 'الدفع الانفجاري'],
          zh: ['发射', '弹丸', '弹头', '射弹', '爆炸作用'],
        },
        required: true,
      },
      {
        id: 'converted',
        label: L('weapons readily converted to do so', 'les armes aisément transformables', 'las armas que pueden transformarse fácilmente'),
        terms: {
          // "which can be adapted for the discharge of any such shot" (Zimbabwe), "adapted to discharge" (India).
          en: ['readily converted', 'converted to expel', 'convertible', 'readily restored', 'adapted for the discharge', 'adapted to discharge'],
          fr: ['transform*', 'aisément'],
          es: ['transformar*', 'convertir*', 'convertible*'],
          ru: ['переделк*', 'переделан*', 'приведен* в пригодн*'],
          ar: ['تحويله بسهولة', 'يمكن تحويله', 'تحويل'],
          zh: ['改装', '稍经改装'],
        },
      },
    ],
    facetsForPartial: 1,
    weaker: [
      {
        id: 'no-functional-test',
        concepts: [{ id: 'term', anchor: true, terms: FIREARM_TERM }],
        shortfall: L(
          'firearms are defined without the functional test (a portable barrelled weapon expelling a projectile by an explosive)',
          'les armes à feu sont définies sans le critère fonctionnel (arme à canon portative propulsant un projectile par l’action d’un explosif)',
          'las armas de fuego se definen sin el criterio funcional (arma portátil con cañón que lanza un proyectil por la acción de un explosivo)',
        ),
      },
    ],
    examples: {
      en: {
        covered: [
          'In this Act, "firearm" means any portable barrelled weapon that expels, is designed to expel or may be readily converted to expel a shot, bullet or projectile by the action of an explosive.',
          // Zimbabwe's Firearms Act s. 2: conversion worded as adapting.
          'In this Act, "firearm" means any lethal barrelled weapon of any description from which any shot, bullet or other missile can be discharged or which can be adapted for the discharge of any such shot, bullet or other missile.',
        ],
        partial: ['In this Act, "firearm" means any weapon from which a missile is discharged by the force of any explosive substance.'],
        missing: ['No person shall carry a firearm in a public place without a licence.'],
      },
      fr: {
        covered: ['Au sens du présent titre, on entend par « arme à feu » toute arme portative à canon qui propulse un projectile par l’action d’un explosif, ou qui peut être aisément transformée à cette fin.'],
        partial: ['Au sens du présent titre, on entend par « arme à feu » toute arme qui tire un projectile par l’action de la combustion d’une charge propulsive.'],
      },
      es: {
        covered: ['Para los efectos de la presente Ley se entiende por: a) Arma de fuego. Toda arma portátil que tenga cañón y que lance un proyectil por la acción de un explosivo, o que pueda transformarse fácilmente para ello.'],
        partial: ['Para los efectos de la presente Ley se entiende por: a) Arma de fuego. Son armas de fuego las que emplean como agente impulsor del proyectil la fuerza creada por expansión de los gases.'],
      },
    },
  },
  {
    element: 'fp.3.b',
    proves: ['definition'],
    concepts: [
      {
        id: 'term',
        anchor: true,
        terms: {
          en: ['parts and components', 'component part*', 'essential component*', 'essential parts', 'main parts', 'major part*', 'parts', 'components'],
          fr: ['pièces et éléments', 'élément* essentiel*', "élément d'arme", "éléments d'arme", 'parties essentielles', 'pièce*'],
          es: ['piezas y componentes', 'partes y componentes', 'pieza* fundamental*', 'pieza* esencial*', 'parte* esencial*', 'componente* esencial*', 'piezas', 'partes'],
          ru: ['основн* част*', 'составн* част*', 'комплектующ*'],
          // The Protocol's titles: ar "أجزائها ومكوناتها", zh "零部件".
          ar: ['الأجزاء والمكونات', 'أجزاء ومكونات', 'قطع الغيار', 'الأجزاء الأساسية'],
          zh: ['零部件', '主要零部件', '主要部件'],
        },
      },
    ],
    facets: [
      {
        id: 'barrel',
        label: L('barrel', 'canon', 'cañón'),
        terms: {
          en: ['barrel*'],
          fr: ['canon*'],
          es: ['cañón', 'cañones'],
          ru: ['ствол*'],
          ar: ['السبطانة', 'ماسورة'],
          zh: ['枪管'],
        },
      },
      {
        id: 'frame-receiver',
        label: L('frame or receiver', 'carcasse ou boîte de culasse', 'armazón o cajón de mecanismos'),
        terms: {
          en: ['=frame', '=frames', 'receiver*'],
          fr: ['carcasse*', 'boîte de culasse'],
          es: ['armazón', 'cajón de mecanismos', 'receptor*'],
          ru: ['рамк*', 'ствольн* коробк*'],
          ar: ['الهيكل', 'الإطار', 'علبة الأجزاء'],
          zh: ['枪机框', '机匣', '枪身'],
        },
      },
      {
        id: 'slide-cylinder',
        label: L('slide or cylinder', 'glissière ou barillet', 'corredera o tambor'),
        terms: {
          en: ['=slide', '=slides', 'cylinder*'],
          fr: ['glissière*', 'barillet*'],
          es: ['corredera*', 'tambor*', 'cilindro*'],
          ru: ['затворн* рам*', 'кожух*', 'барабан*'],
          ar: ['المزلاج', 'الأسطوانة', 'الساقية'],
          zh: ['套筒', '转轮', '弹膛'],
        },
      },
      {
        id: 'bolt-breech',
        label: L('bolt or breech block', 'culasse mobile ou bloc de culasse', 'cerrojo o bloque de cierre'),
        terms: {
          en: ['=bolt', '=bolts', 'breech*'],
          fr: ['culasse*', 'bloc de culasse'],
          es: ['cerrojo*', 'bloque de cierre', 'recámara'],
          ru: ['затвор*'],
          ar: ['الترباس', 'كتلة المغلاق', 'المغلاق'],
          zh: ['枪机', '闭锁'],
        },
      },
      {
        id: 'silencer',
        label: L('silencer or sound moderator', 'silencieux', 'silenciador'),
        terms: {
          en: ['silencer*', 'suppressor*', 'moderator*', 'muffler*', 'diminish* noise', 'diminish* sound', 'reduc* noise', 'reduc* sound'],
          fr: ['silencieux', 'atténuer bruit', 'modérateur*'],
          es: ['silenciador*', 'supresor*', 'reducir ruido', 'disminuir ruido'],
          ru: ['глушител*', 'прибор* бесшумной'],
          ar: ['كاتم الصوت', 'كواتم الصوت'],
          zh: ['消声器', '消音器'],
        },
      },
    ],
    facetsForCovered: 4,
    facetsForPartial: 0,
    // Parts named in the definition of a firearm ("'firearm' means ... the frame or receiver of any such weapon; any
    // firearm muffler"; "'arm' means ... any barrel of an arm"): the law controls them as firearms without defining
    // parts and components.
    weaker: [
      {
        id: 'parts-in-firearm-definition',
        inDefinitionOf: {
          en: ['firearm*', '=arm', '=arms'],
          fr: ['arme* à feu', '=arme', '=armes'],
          es: ['arma* de fuego', '=arma', '=armas'],
          ru: ['огнестрельн* оружи*', '=оружие'],
          ar: ['السلاح الناري', 'الأسلحة النارية', 'السلاح'],
          zh: ['枪支'],
        },
        concepts: [
          {
            id: 'part',
            anchor: true,
            terms: {
              // A barrel as a part ("any barrel of an arm"), not the barrel every firearm has ("a barrelled weapon",
              // "arme munie d'un canon", "arma provista de cañón").
              en: ['barrel* arm', 'barrel* firearm*', 'frame or receiver', 'receiver*', 'silencer*', 'muffler*', 'breech block*', 'essential component part*'],
              fr: ['canon* arme*', 'carcasse*', 'boîte de culasse', 'silencieux'],
              es: ['cañón* arma*', 'armazón', 'cajón de mecanismos', 'silenciador*'],
              ru: ['ствол*', 'ствольн* коробк*', 'затвор*', 'глушител*'],
              ar: ['السبطانة', 'ماسورة', 'كاتم الصوت'],
              zh: ['枪管', '机匣', '消声器'],
            },
          },
        ],
        shortfall: L(
          'parts are named in the definition of a firearm, and so controlled as firearms, but parts and components are not defined',
          'des pièces sont nommées dans la définition de l’arme à feu, et donc soumises au même régime, mais les pièces et éléments ne sont pas définis',
          'se nombran piezas en la definición de arma de fuego, que quedan así sometidas a su régimen, pero las piezas y componentes no se definen',
        ),
      },
    ],
    examples: {
      en: {
        covered: ['In this Act, "parts and components" means any element specifically designed for a firearm and essential to its operation, including a barrel, frame or receiver, slide or cylinder, bolt or breech block, and any device designed or adapted to diminish the sound caused by firing.'],
        partial: ['In this Act, "essential component" means the barrel of a firearm.', 'In this Act, "firearm" means any weapon which will expel a projectile by the action of an explosive, the frame or receiver of any such weapon, and any firearm silencer.'],
        missing: [
          'No person shall sell any parts of a firearm without a licence.',
          // The barrel every firearm has is no part named.
          'In this Act, "firearm" means any portable barrelled weapon that expels a shot, bullet or projectile by the action of an explosive.',
        ],
      },
    },
  },
  {
    element: 'fp.3.c',
    proves: ['definition'],
    concepts: [{ id: 'term', anchor: true, terms: { en: ['ammunition', 'cartridge*'], fr: ['munition*', 'cartouche*'], es: ['munición', 'municiones', 'cartucho*'], ru: ['боеприпас*', 'патрон*'], ar: ['الذخيرة', 'ذخيرة', 'الذخائر'], zh: ['弹药'] } }],
    facets: [
      {
        id: 'cases',
        label: L('cartridge cases', 'étuis', 'vainas'),
        terms: {
          en: ['cartridge case*', '=casing', '=casings', 'shell case*', '=case'],
          fr: ['étui*', 'douille*'],
          es: ['vaina*', 'vainilla*', 'casquillo*'],
          ru: ['гильз*'],
          ar: ['الظرف', 'ظرف الطلقة', 'الأظرف'],
          zh: ['弹壳'],
        },
      },
      {
        id: 'primers',
        label: L('primers', 'amorces', 'cebos o fulminantes'),
        terms: {
          en: ['primer*', 'percussion cap*'],
          fr: ['amorce*'],
          es: ['cebo*', 'fulminante*', 'iniciador*', 'pistón'],
          ru: ['капсюл*', 'капсул*'],
          ar: ['الكبسولة', 'كبسولات'],
          zh: ['底火'],
        },
      },
      {
        id: 'propellant',
        label: L('propellant powder', 'poudre propulsive', 'pólvora propulsora'),
        terms: {
          en: ['propellant*', 'propellent*', 'gunpowder', 'powder', 'explosive fill'],
          fr: ['poudre*', 'propuls*'],
          es: ['pólvora*', 'propuls*', 'carga propulsora'],
          ru: ['порох*', 'метательн* заряд*'],
          ar: ['البارود', 'المادة الدافعة', 'الدفع الانفجاري'],
          zh: ['发射药', '火药'],
        },
      },
      {
        id: 'projectiles',
        label: L('bullets or projectiles', 'balles ou projectiles', 'balas o proyectiles'),
        terms: {
          en: ['bullet*', 'projectile*'],
          fr: ['balle*', 'projectile*', 'plomb*'],
          es: ['bala*', 'proyectil*', 'perdigon*'],
          ru: ['пул*', 'снаряд*'],
          ar: ['المقذوفات', 'الرصاص', 'رصاصة'],
          zh: ['弹头', '弹丸', '射弹'],
        },
      },
    ],
    facetsForCovered: 4,
    facetsForPartial: 0,
    examples: {
      en: {
        covered: ['In this Act, "ammunition" means the complete round or its components, including cartridge cases, primers, propellant powder, bullets or projectiles, that are used in a firearm.'],
        partial: ['In this Act, "ammunition" means any cartridge or percussion cap intended for use in the discharge of an arm.'],
        missing: ['No person shall sell ammunition to a person under eighteen years of age.'],
      },
    },
  },
  {
    element: 'fp.3.d',
    proves: ['definition'],
    concepts: [{ id: 'term', anchor: true, terms: { en: ['illicit manufactur*', 'illegal manufactur*', 'unlawful manufactur*', 'illicitly manufactur*'], fr: ['fabrication illicite', 'fabrication illégale'], es: ['fabricación ilícita', 'fabricación ilegal'], ru: ['незаконн* изготовлени*'], ar: ['الصنع غير المشروع'], zh: ['非法制造'] } }],
    facets: [
      {
        id: 'trafficked-parts',
        label: L('from illicitly trafficked parts', 'à partir de pièces ayant fait l’objet d’un trafic illicite', 'a partir de piezas objeto de tráfico ilícito'),
        terms: {
          en: ['traffick*', 'illicitly obtained'],
          fr: ['trafic*'],
          es: ['tráfico*', 'trafica*'],
          ru: ['незаконн* оборот*', 'незаконно перемещенн*'],
          ar: ['الاتجار غير المشروع', 'مهربة'],
          zh: ['非法贩运', '走私'],
        },
      },
      {
        id: 'unlicensed',
        label: L('without a licence or authorization', 'sans licence ou autorisation', 'sin licencia o autorización'),
        terms: {
          en: ['without licen*', 'without authoris*', 'without authoriz*', 'unlicensed', 'not licensed', 'otherwise than under'],
          fr: ['sans licence', 'sans autoris*'],
          es: ['sin licencia', 'sin autoriz*', 'sin permiso', 'no cuent* con autoriz*', 'no cuent* con licencia'],
          ru: ['без лицензии', 'без разрешения'],
          ar: ['دون ترخيص', 'بدون ترخيص', 'دون إذن'],
          zh: ['未经许可', '未经批准', '无许可证*'],
        },
      },
      { id: 'unmarked', label: L('without marking at manufacture', 'sans marquage lors de la fabrication', 'sin marcación en la fabricación'), terms: MARKING.terms },
    ],
    facetsForPartial: 0,
    examples: {
      en: {
        covered: ['In this Act, "illicit manufacturing" means the manufacturing or assembly of firearms from parts illicitly trafficked, without a licence from the Minister, or without marking the firearms at the time of manufacture.'],
        partial: ['In this Act, "illicit manufacturing" means the manufacturing of firearms without a licence.'],
        missing: ['No person shall manufacture firearms without a licence.'],
      },
      fr: { partial: ['Au sens du présent titre, on entend par « fabrication illicite » la fabrication ou l’assemblage d’armes sans autorisation ou sans avoir appliqué les marquages d’identification.'] },
    },
  },
  {
    element: 'fp.3.e',
    proves: ['definition'],
    concepts: [{ id: 'term', anchor: true, terms: { en: ['illicit traffic*', 'illegal traffic*', 'unlawful traffic*', '=trafficking'], fr: ['trafic illicite', 'trafic'], es: ['tráfico ilícito', 'tráfico ilegal', 'tráfico'], ru: ['незаконн* оборот*'], ar: ['الاتجار غير المشروع'], zh: ['非法贩运'] } }],
    facets: [
      {
        id: 'across-borders',
        label: L('from or across the territory to another State', 'depuis ou à travers le territoire vers un autre État', 'desde o a través del territorio a otro Estado'),
        terms: {
          en: ['territor*', 'another State', 'across', 'cross-border', 'border*'],
          fr: ['territoire*', 'autre État', 'frontière*'],
          es: ['territorio*', 'otro Estado', 'frontera*'],
          ru: ['территори*', 'друг* государств*', 'границ*'],
          ar: ['إقليم', 'دولة أخرى', 'الحدود'],
          zh: ['领土', '另一国', '边境', '入境', '出境'],
        },
      },
      {
        id: 'unauthorised',
        label: L('not authorized by a State concerned', 'non autorisé par un État concerné', 'no autorizado por un Estado interesado'),
        terms: {
          en: ['not authoris*', 'not authoriz*', 'without authoris*', 'without authoriz*', 'unauthoris*', 'unauthoriz*'],
          fr: ['pas autoris*', 'sans autoris*', "n'autoris*", 'non autoris*'],
          es: ['no autoriz*', 'sin autoriz*', 'no lo autori*'],
          ru: ['не разрешен*', 'без разрешения'],
          ar: ['لا تأذن', 'دون إذن', 'دون ترخيص'],
          zh: ['未经许可', '未经批准', '不予许可'],
        },
      },
      { id: 'unmarked', label: L('firearms not marked as Article 8 requires', 'armes non marquées comme l’exige l’article 8', 'armas no marcadas conforme al artículo 8'), terms: MARKING.terms },
    ],
    facetsForCovered: 3,
    facetsForPartial: 0,
    examples: {
      en: {
        covered: ['In this Act, "illicit trafficking" means the import, export, acquisition, sale, delivery, movement or transfer of firearms from or across the territory of Kestria to that of another State if the firearms are not marked or if either State does not authorise it.'],
        missing: ['Any person who is guilty of trafficking in firearms commits an offence.'],
      },
    },
  },
  {
    element: 'fp.3.f',
    proves: ['definition'],
    concepts: [{ id: 'term', anchor: true, terms: { en: ['=tracing', '=trace', 'traceability'], fr: ['traçage', 'traçabilité', 'traçag*'], es: ['localización', 'rastreo', 'trazabilidad'], ru: ['отслеживани*'], ar: ['التعقب', 'تعقب'], zh: ['追查', '追踪'] } }],
    facets: [
      {
        id: 'systematic',
        label: L('systematic tracking from manufacturer to purchaser', 'suivi systématique du fabricant à l’acquéreur', 'seguimiento sistemático del fabricante al comprador'),
        terms: {
          en: ['manufacturer*', 'purchaser*', 'systematic*'],
          fr: ['fabrication', 'acquéreur*', 'systématique*'],
          es: ['fabricación', 'fabricante*', 'comprador*', 'sistemátic*'],
          ru: ['изготовител*', 'приобретател*', 'систематическ*'],
          ar: ['الصانع', 'المشتري', 'المنهجي'],
          zh: ['制造商', '购买者', '系统'],
        },
      },
    ],
    facetsForPartial: 0,
    examples: {
      en: {
        covered: ['In this Act, "tracing" means the systematic tracking of firearms from manufacturer to purchaser for the purpose of assisting the competent authorities in detecting illicit manufacturing and trafficking.'],
        missing: ['The Registrar shall trace the owner of a lost firearm.'],
      },
      es: { covered: ['Para los efectos de la presente Ley se entiende por: q) Rastreo de armas de fuego. Seguimiento sistemático de las armas de fuego desde el fabricante hasta el comprador.'] },
    },
  },
];
