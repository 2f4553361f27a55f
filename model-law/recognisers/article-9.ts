/**
 * Article 9, deactivation, where deactivated firearms are not firearms in law: all essential parts permanently
 * inoperable (a), verification by a competent authority (b), a certificate, record or visible mark (c), and
 * measures against reactivation (the chapeau). A definition that sets the standard proves (a).
 */
import type { Recogniser } from '../schema.js';
import { L } from './vocabulary.js';

const DEACTIVATION = {
  id: 'deactivation',
  anchor: true,
  terms: {
    en: ['deactivat*', 'de-activat*', 'rendered permanently inoperable', 'permanently unfit', 'permanently unserviceable'],
    fr: ['neutralis*', 'désactiv*', 'hors d’usage', "hors d'usage", 'inaptes au tir', 'impropre à son usage'],
    es: ['desactiv*', 'inutiliz*', 'inservible*', 'pierden su carácter'],
    ru: ['деактив*', 'охолощ*', 'приведени* в негодн* состояни*', 'приведен* в негодност*'],
    ar: ['تعطيل', 'معطل', 'المعطلة', 'إبطال مفعول'],
    // 停用 is the Model Law's Chinese word (chapter VI). Not 报废 (scrapped) nor 失效 (lapsed): those are not deactivation.
    zh: ['停用', '去功能化', '丧失射击功能', '永久不能使用'],
  },
};
/**
 * What is deactivated, or made unusable, that is not a firearm: a licence, an account or a card; a safety device or a
 * lock that is switched off before firing or fitted to make a gun unusable for a while; a shop's display arms; an
 * explosive device (bomb disposal). None is the permanent deactivation of a firearm.
 */
const NOT_FIREARM_DEACTIVATION = {
  en: ['deactivat* licen*', 'deactivat* account*', 'deactivat* card*', 'deactivat* device', 'safety device*', 'locking device*', 'trigger lock*', 'gun lock*', 'explosive device*', 'explosive ordnance'],
  fr: ['désactiv* compte*', 'désactiv* carte*', 'désactiv* dispositif', 'dispositif* de sécurité', 'verrou*', 'engin* explosi*', 'dispositif* explosi*'],
  es: ['desactiv* cuenta*', 'desactiv* tarjeta*', 'desactiv* dispositivo', 'dispositivo* de seguridad', 'mecanismo de cierre', '=exhibir', '=exhiban', 'artefact* explosiv*'],
  ru: ['деактивац* учетн* запис*', 'взрывн* устройств*'],
  ar: ['تعطيل الحساب', 'تعطيل البطاقة', 'العبوات الناسفة'],
  zh: ['停用账户', '爆炸装置'],
};
const DEACTIVATION_CHARACTERS = ['definition', 'duty', 'prohibition', 'provision', 'permission', 'offence', 'infraction', 'institution'] as const;

export const article9: Recogniser[] = [
  {
    element: 'fp.9',
    proves: [...DEACTIVATION_CHARACTERS],
    concepts: [DEACTIVATION],
    exclude: NOT_FIREARM_DEACTIVATION,
    facets: [
      {
        id: 'reactivation',
        label: L('measures or an offence against reactivation', 'des mesures ou une infraction contre la réactivation', 'medidas o un delito contra la reactivación'),
        terms: {
          en: ['reactivat*', 're-activat*', 'restor*'],
          fr: ['réactiv*', 'remise en état'],
          es: ['reactivaci*', 'reactivar*', '=reactive', '=reactiven', 'reactivare*', 'rehabilit*'],
          // "с целью возврата ему утраченных поражающих свойств" (to give back the striking power it lost).
          ru: ['восстановлени* боев*', 'восстановлен*', 'реактивац*', 'возврат* утрачен* поражающ*'],
          ar: ['إعادة التنشيط', 'إعادة تشغيل', 'إعادة تفعيل'],
          zh: ['恢复射击功能', '重新启用', '恢复'],
        },
      },
      {
        id: 'controlled',
        label: L('deactivation done or approved under control', 'une neutralisation faite ou approuvée sous contrôle', 'una desactivación realizada o aprobada bajo control'),
        terms: {
          en: ['approv*', 'verif*', 'check*', 'licen*', '=contrary', 'authoris*'],
          fr: ['vérifi*', 'contrôl*', 'poinçon*', 'constat*', 'autoris*'],
          es: ['verific*', 'autoriz*', 'control*'],
          ru: ['проверк*', 'контрол*', 'разрешени*', 'сертифик*'],
          ar: ['التحقق', 'فحص', 'ترخيص', 'إشراف'],
          zh: ['核查', '检验', '批准', '监督'],
        },
      },
    ],
    facetsAcrossClauses: true,
    facetsForPartial: 0,
    examples: {
      zh: {
        covered: ['停用枪支必须经公安机关核查；任何人不得将停用的枪支恢复射击功能。'],
        partial: ['枪支停用的具体办法由国务院公安部门制定。'],
        missing: ['不符合国家技术标准的枪支，应当报废并销毁。'],
      },
      ar: {
        covered: ['يجب أن يتم تعطيل الأسلحة النارية تحت إشراف الوزارة، ويحظر إعادة تشغيل السلاح المعطل.'],
        missing: ['تتلف الأسلحة غير الصالحة للاستعمال.'],
      },
      ru: {
        covered: ['Деактивация оружия производится под контролем органов внутренних дел; восстановление боевых свойств деактивированного оружия запрещается.'],
        missing: ['Оружие, непригодное к использованию, подлежит уничтожению.'],
      },
      en: {
        covered: ['Deactivation shall be verified by the police, and any person who reactivates a deactivated firearm commits an offence and is liable on conviction to imprisonment for five years.'],
        partial: ['A firearm ceases to be a firearm when it is deactivated.'],
        missing: [
          'The Minister may deactivate a licence that has expired.',
          // A safety device switched off before firing (United States, 18 U.S.C. 921(a)(34)).
          'A secure gun storage or safety device means a device that, when installed on a firearm, is designed to prevent the firearm from being operated without first deactivating the device.',
        ],
      },
      // Arms shown in a shop with their firing mechanism disabled (Peru, Ley 30299, art 37(q)).
      es: { missing: ['Queda prohibido exhibir armas sin el mecanismo de cierre o disparo desactivado en los establecimientos autorizados para su comercialización.'] },
    },
  },
  {
    element: 'fp.9.a',
    proves: [...DEACTIVATION_CHARACTERS],
    exclude: NOT_FIREARM_DEACTIVATION,
    concepts: [
      { id: 'permanent', terms: {
        en: ['permanent*', 'irreversib*', 'irretrievab*'],
        fr: ['définitiv*', 'permanen*', 'irréversib*'],
        es: ['permanen*', 'definitiv*', 'irreversib*'],
        ru: ['необратим*', 'окончательн*'],
        ar: ['دائم', 'نهائي', 'بشكل دائم'],
        zh: ['永久', '不可逆'],
      } },
      { id: 'inoperable', anchor: true, terms: {
        en: ['inoperab*', 'inoperative', 'unusable', '=incapable', 'unfit for use', 'unserviceable'],
        fr: ['inutilisab*', 'inopérant*', 'impropre*', 'hors d’usage', "hors d'usage", 'inaptes au tir'],
        es: ['inutilizab*', 'inservib*', 'inoperant*', 'inutiliz*'],
        ru: ['непригодн*', 'негодност*', 'невозможност* производства выстрела'],
        ar: ['غير صالحة للاستعمال', 'غير قابلة للاستعمال', 'عدم إمكانية استخدام'],
        zh: ['不能使用', '无法使用', '丧失射击功能', '不能发射'],
      } },
    ],
    facets: [
      {
        id: 'essential-parts',
        label: L('all essential parts', 'tous les éléments essentiels', 'todas las piezas esenciales'),
        terms: {
          en: ['essential part*', 'essential component*', 'all parts', 'main parts'],
          fr: ['éléments', 'tous ses éléments', 'pièces'],
          es: ['piezas', 'partes esenciales', 'componentes'],
          ru: ['основн* част*', 'все част*'],
          ar: ['الأجزاء الأساسية', 'جميع الأجزاء'],
          zh: ['主要零部件', '所有零部件', '关键部件'],
        },
        required: true,
      },
      {
        id: 'not-removable',
        label: L('incapable of removal, replacement or modification', 'ne pouvant être retirés, remplacés ou modifiés', 'que no puedan retirarse, sustituirse o modificarse'),
        terms: {
          en: ['remov*', 'replac*', 'modif*'],
          fr: ['impossibles à modifier', 'retir*', 'remplac*', 'modifi*'],
          es: ['retir*', 'sustitu*', 'modific*'],
          ru: ['удален*', 'замен*', 'изменен*'],
          ar: ['إزالة', 'استبدال', 'تعديل'],
          zh: ['拆除', '替换', '改装'],
        },
      },
    ],
    facetsForCovered: 1,
    facetsForPartial: 0,
    weaker: [
      {
        id: 'unfit-only',
        concepts: [{ id: 'inoperable', anchor: true, terms: {
          en: ['rendered inoperab*', 'rendered unusable', 'rendered unfit', 'rendered unserviceable', 'rendered useless', 'rendered incapable', 'made inoperab*', 'made incapable'],
          fr: ['rendu* impropre*', 'rendu* inutilisable*', 'mise hors d’usage', "mise hors d'usage", 'rendu* inaptes au tir'],
          es: ['inutilizad*', 'inservibles', 'queden inservibles', 'inapta para el disparo', 'inaptas para el disparo', 'inepta para el disparo'],
          ru: ['приведен* в негодност*'],
          ar: ['جعلها غير صالحة'],
          zh: ['使其不能使用'],
        } }],
        shortfall: L(
          'a weaker standard: the firearm is rendered unfit, without all essential parts made permanently inoperable',
          'une norme plus faible : l’arme est rendue impropre, sans que tous ses éléments essentiels soient rendus définitivement inutilisables',
          'una norma más débil: el arma se inutiliza, sin que todas sus piezas esenciales queden permanentemente inoperantes',
        ),
      },
    ],
    examples: {
      en: {
        covered: ['A deactivated firearm is a firearm all of whose essential parts have been rendered permanently inoperable and incapable of removal, replacement or modification.'],
        partial: ['No article shall be sold unless it has first been rendered permanently unusable.'],
      },
    },
  },
  {
    element: 'fp.9.b',
    proves: [...DEACTIVATION_CHARACTERS],
    exclude: NOT_FIREARM_DEACTIVATION,
    concepts: [
      DEACTIVATION,
      { id: 'verify', anchor: true, terms: {
        en: ['verif*', 'approv*', 'inspect*', '=checked', 'examin*', 'certif*'],
        fr: ['vérifi*', 'constat*', 'contrôl*', 'certifi*'],
        es: ['verific*', 'comprob*', 'inspecci*', 'certific*'],
        ru: ['провер*', 'подтвержд*', 'осмотр*', 'сертифик*'],
        ar: ['التحقق', 'فحص', 'معاينة', 'اعتماد'],
        zh: ['核查', '检验', '鉴定', '认证'],
      } },
    ],
    // The verification of a deactivation done, not the approval to begin one: "certifying that such articles have
    // been deactivated", "for the firearm to be checked", "l'autorité qui constate la neutralisation".
    support: {
      en: ['=checked', '=certifying', 'after deactivation', 'permanently inoperable'],
      fr: ['=constate', '=constatant', 'après neutralisation', 'a été neutralisé*'],
      es: ['ha sido inutilizad*', 'después de la inutilización', 'permanentemente inservible*'],
      ru: ['после деактивации', 'приведен* в негодность'],
      ar: ['بعد تعطيل', 'تم تعطيل'],
      zh: ['报废后', '已报废'],
    },
    examples: {
      en: {
        covered: ['After deactivation the firearm shall be submitted to the police, who shall verify that it has been deactivated in accordance with the regulations.'],
        missing: ['A deactivated firearm may be kept without a licence.'],
      },
    },
  },
  {
    element: 'fp.9.c',
    proves: [...DEACTIVATION_CHARACTERS],
    exclude: NOT_FIREARM_DEACTIVATION,
    concepts: [
      DEACTIVATION,
      { id: 'attest', anchor: true, terms: {
        en: ['certificate*', '=certified', '=certifies', '=mark', '=marked', 'proof mark*', '=stamp', 'record*'],
        fr: ['certificat*', 'poinçon*', '=marque', 'attest*', 'procès-verbal'],
        es: ['certificado*', '=marca', 'constancia*', 'registr*', '=acta'],
        ru: ['сертификат*', 'свидетельств*', 'клейм*', 'отметк*', 'учет*'],
        ar: ['شهادة', 'علامة', 'ختم', 'سجل'],
        zh: ['证明', '证书', '标记', '登记'],
      } },
    ],
    examples: {
      en: {
        covered: ['The deactivator shall mark the deactivated firearm with a proof mark indicating deactivation and issue a deactivation certificate.'],
        missing: ['A firearm shall be deactivated by a licensed gunsmith.'],
      },
      // Bomb disposal, beside the inventory of firearms (Costa Rica, Ley 7530, art 55).
      es: { missing: ['Los artefactos explosivos serán previamente desactivados y las armas de fuego figurarán en el inventario del Registro.'] },
    },
  },
];
