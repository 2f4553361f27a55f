/**
 * Article 10, export, import and transit licensing. 10(1) is covered when import, export and transit each need a
 * licence; 10(2)(a) needs the check, before export, that the importing State has issued an import licence (an
 * end-user certificate alone falls short unless the import licence is also required); 10(2)(b) the transit States'
 * written non-objection before shipment; 10(3) every minimum item of the licence (transit countries only where
 * there is transit), and its last sentence (fp.10.3.b) the import licence's information given to the transit States
 * in advance.
 */
import type { Recogniser } from '../schema.js';
import { TRANSACTION_ITEMS } from './article-7.js';
import { CROSS_BORDER, EXPORT_WORDS, IMPORT_WORDS, L, LICENCE, MOVEMENT, REFERRED_ELSEWHERE, REQUIRES, STATE_MONOPOLY, TRANSIT } from './vocabulary.js';

const LICENSING = ['duty', 'prohibition', 'permission', 'provision', 'offence', 'institution', 'contents'] as const;

const END_USER = {
  id: 'end-user',
  anchor: true,
  terms: {
    en: ['end-user certificate*', 'end user certificate*', 'end-use certificate*'],
    fr: ["certificat d'utilisateur final", "certificat d'utilisation finale"],
    es: ['certificado de usuario final', 'certificado de uso final', 'certificado de destino final'],
    ru: ['сертификат* конечн* пользовател*', 'конечн* пользовател*'],
    ar: ['شهادة المستخدم النهائي', 'شهادة الاستخدام النهائي'],
    zh: ['最终用户证明', '最终用途证明', '最终用户证书'],
  },
};
const END_USER_SHORTFALL = L(
  'an end-user certificate is required, but not verification that the importing State has issued an import licence',
  'un certificat d’utilisateur final est exigé, mais non la vérification que l’État importateur a délivré une licence d’importation',
  'se exige un certificado de usuario final, pero no la verificación de que el Estado importador expidió una licencia de importación',
);

// A traveller allowed to take his own firearm abroad where the State he goes to permits it: the condition is
// the Protocol's, but only for that traveller, not for exports.
const TRAVELLER_ONLY: NonNullable<Recogniser['downgrade']>[number] = {
  id: 'traveller-only',
  terms: {
    en: ['travel*', '=traveller', '=travellers', '=traveler', '=travelers'],
    fr: ['voyag*'],
    es: ['viaj*'],
    ru: ['поездк*', 'выезжающ*'],
    ar: ['السفر', 'المسافر', 'المسافرين'],
    zh: ['出国旅行', '出境旅行'],
  },
  shortfall: L(
    'only a traveller taking his own firearm abroad needs the other States’ consent, not exports in general',
    'seul le voyageur qui emporte son arme à l’étranger a besoin de l’accord des autres États, non les exportations en général',
    'solo el viajero que lleva su arma al extranjero necesita la conformidad de los demás Estados, no las exportaciones en general',
  ),
};

export const article10: Recogniser[] = [
  {
    element: 'fp.10.1',
    proves: [...LICENSING],
    // A licence, or the trade reserved to the State: where only the Government may import, nobody imports unlicensed.
    concepts: [{ ...LICENCE, terms: { ...LICENCE.terms, en: [...LICENCE.terms.en, ...STATE_MONOPOLY.en], fr: [...LICENCE.terms.fr, ...STATE_MONOPOLY.fr], es: [...LICENCE.terms.es, ...STATE_MONOPOLY.es] } }, { ...MOVEMENT, anchor: true }],
    rule: REQUIRES,
    // Movements the law sends to other legislation are not licensed by it: "Los productos en tránsito internacional
    // se regulan por las normas de la materia", "l'exportation et le transit sont réglés par la législation sur le
    // matériel de guerre". Only the text in the file counts.
    exclude: REFERRED_ELSEWHERE,
    facets: [
      { id: 'export', label: L('export', 'exportation', 'exportación'), terms: EXPORT_WORDS },
      { id: 'import', label: L('import', 'importation', 'importación'), terms: IMPORT_WORDS },
      { id: 'transit', label: L('transit', 'transit', 'tránsito'), terms: TRANSIT },
    ],
    facetsAcrossClauses: true,
    facetsForPartial: 0,
    examples: {
      zh: {
        covered: ['枪支的进口、出口和过境，必须经国务院公安部门批准，取得许可证件。'],
        partial: ['携带枪支入境的，必须事先经公安部门批准。'],
        missing: ['公安机关应当对枪支的进口情况进行统计。'],
      },
      ar: {
        covered: ['لا يجوز استيراد الأسلحة النارية أو تصديرها أو عبورها إلا بترخيص من الوزير.'],
        partial: ['لا يجوز استيراد الأسلحة النارية إلا بترخيص من الوزير.'],
        missing: ['تنشر الوزارة إحصاءات سنوية عن استيراد الأسلحة.'],
      },
      ru: {
        covered: ['Ввоз, вывоз и транзит огнестрельного оружия осуществляются по лицензиям, выдаваемым уполномоченным органом.'],
        partial: ['Ввоз оружия осуществляется при наличии разрешения.'],
        missing: ['Ведомство ежегодно публикует статистику ввоза оружия.'],
      },
      en: {
        covered: [
          'No person shall import, export or carry in transit any firearm or ammunition except under and in accordance with a permit issued by the Minister.',
          // Brokering and temporary movements named beside them take nothing away.
          'No person shall import, export, transit or broker any firearm, whether temporarily or permanently, without a licence issued by the Minister.',
        ],
        partial: ['No person shall import any firearm into Kestria save in pursuance of a permit issued to him for that purpose.', 'Only the State may import or export firearms and ammunition.'],
        // The State named beside an export it merely encourages: no monopoly. The trader named after imports ("any
        // licensed importer") licenses no import (18 U.S.C. 922(z)).
        missing: ['The licence holder shall keep the firearm in a locked safe.', 'The State shall promote the export of goods made in the country.', 'It shall be unlawful for any licensed importer, licensed manufacturer, or licensed dealer to sell any handgun unless the transferee is provided with a secure gun storage or safety device for that handgun.'],
      },
      fr: {
        covered: ["L'importation, l'exportation et le transit des armes sont soumis à autorisation préalable."],
        // "n'importe quel moment" (at any time), not an import.
        missing: ["Le titulaire de l'autorisation doit pouvoir présenter les documents à n'importe quel moment aux autorités compétentes."],
      },
      es: {
        covered: ['Será sancionado con prisión quien importe, exporte o haga transitar armas de fuego por el territorio nacional sin la licencia correspondiente.'],
        partial: [
          'Ninguna persona podrá, sin la autorización de la Dirección General, importar o exportar armas de fuego.',
          // A State monopoly of import and export, with nothing on transit.
          'Solamente el Gobierno Nacional podrá importar y exportar armas, municiones y sus accesorios.',
        ],
        // "El importe" is the amount of the fee, not an import.
        missing: ['El titular de la licencia abonará el importe de la tasa correspondiente dentro de los diez días siguientes a su expedición.'],
      },
    },
  },
  {
    element: 'fp.10.2.a',
    proves: [...LICENSING],
    directions: ['export'],
    concepts: [
      { id: 'export', terms: EXPORT_WORDS },
      {
        id: 'import-authorised',
        anchor: true,
        terms: {
          // The importing State's own licence or agreement, not an import licence of this State.
          // Not "the importing country" alone: "a certificate signed by the consignee in the importing country".
          // "el permiso de importación del país de destino" (Costa Rica, Ley 7530, art 77); the recipient "authorised under
          // the law of the State of destination" (Switzerland, LArm art 22b(3)).
          en: ['^importing State', '^import licen* issued by', '^import permit of the country', '^import licen* of the country', 'authoris* under the law of the State of destination', 'authoriz* under the law of the State of destination', 'prior consent of the Member State of destination', 'prior consent of the State of destination', '^import permit* issued by', '^import authoris* issued by', '^import authoriz* issued by', 'agreement of the relevant public authorities', 'consent of the country of destination', 'authorities of the country of destination', 'authorities of the country where', 'country of destination has authoris*', 'country of destination has authoriz*'],
          fr: ["^licence d'importation délivrée par", "^permis d'importation du pays", "^licence d'importation du pays", "droit de l'État de destination", "accord préalable de l'État membre de destination", "consentement préalable de l'État membre de destination", "^autorisation d'importation délivrée par", "^autorisation d'importation de l'État", 'autorités du pays de destination', "accord de l'État destinataire", '^État importateur', '^pays importateur'],
          es: ['^licencia de importación expedida por', '^permiso de importación del país', 'permiso de importación del gobierno', '^licencia de importación del país', 'derecho del Estado de destino', 'consentimiento previo del Estado miembro de destino', 'consentimiento previo del Estado de destino', '^autorización de importación del país', '^autorización del país importador', 'autoridades del país de destino', '^Estado importador', '^país importador', 'país de destino ha expedido', 'país importador ha expedido', 'país de destino haya expedido'],
          ru: ['разрешени* на ввоз', 'разрешени* стран* назначения', 'государств* импортер*', 'государств* ввоза'],
          // "if the State of destination permits him" (إذا أذنت له الدولة التي يقصدها).
          ar: ['إذن الدولة المستوردة', 'ترخيص الدولة المستوردة', 'موافقة الدولة المستوردة', 'موافقة دولة المقصد', 'أذنت الدولة', 'الدولة التي يقصدها'],
          zh: ['进口国', '进口国许可', '目的国批准', '目的国同意'],
        },
      },
    ],
    weaker: [{ id: 'end-user-only', concepts: [{ id: 'export', terms: EXPORT_WORDS }, END_USER], shortfall: END_USER_SHORTFALL }],
    downgrade: [TRAVELLER_ONLY],
    examples: {
      ar: {
        // The Saudi law's article 26.
        partial: ['للوزير أن يأذن لمن لديه سلاح مرخص بالسفر به إلى خارج المملكة، إذا أذنت له الدولة التي يقصدها.'],
      },
      en: {
        covered: [
          'No export licence shall be issued unless the applicant produces the import licence issued by the importing State.',
          // An end-user certificate required as well does not make it partial.
          'No export licence shall be issued unless the application is accompanied by an end-user certificate and by the import licence issued by the importing State.',
          'Firearms may be permanently exported merely upon authorisation of the police, granted with the agreement of the relevant public authorities of the country where the firearms are to be exported.',
        ],
        partial: ['An application for an export licence shall be accompanied by an end-user certificate.'],
        missing: ['An application for an import permit shall be accompanied by the certificate of the exporting State.'],
      },
      // Costa Rica, Ley 7530, art 77.
      es: { covered: ['Para expedir los permisos de exportación de armas, los interesados deberán acreditar ante el Departamento que poseen el permiso de importación del país de destino.'] },
      // Switzerland, LArm art 22b(3): a refusal when the recipient may not hold the arms under the law of the State of destination.
      fr: { covered: ["Aucun document de suivi pour l'exportation n'est délivré si le destinataire final n'est pas autorisé, en vertu du droit de l'État de destination, à posséder les armes à feu en question."] },
    },
  },
  {
    element: 'fp.10.2.b',
    proves: [...LICENSING],
    concepts: [
      // The States a shipment or a traveller passes through (الدول التي يمر بها): transit States, not transit here.
      { id: 'transit', terms: { ...TRANSIT, ar: [...TRANSIT.ar!, 'الدول التي يمر بها', 'دول العبور'] } },
      { id: 'no-objection', anchor: true, terms: {
        en: ['no objection', 'non-objection', '=objects', '=objected', 'not object*', 'consent of the transit'],
        fr: ["ne s'oppos*", 'non-opposition', 'objection*', 'ne pas s’opposer'],
        es: ['no objeción', 'objeción', 'objeta*', 'no se oponen', 'oposición'],
        ru: ['отсутстви* возражени*', 'не возража*', 'согласи* государств* транзита'],
        ar: ['عدم الممانعة', 'لا تمانع', 'عدم الاعتراض', 'موافقة دول العبور', 'أذنت الدولة', 'إذن الدول'],
        zh: ['不反对', '无异议', '过境国同意', '过境国批准'],
      } },
    ],
    exclude: {
      en: ['shall not apply', 'does not apply', 'armed escort*'],
      fr: ["ne s'applique pas"],
      es: ['no se aplica*'],
      ru: ['не применя*', 'не распространя*'],
      ar: ['لا تسري', 'لا يسري'],
      zh: ['不适用'],
    },
    downgrade: [TRAVELLER_ONLY],
    weaker: [
      {
        id: 'transit-informed',
        concepts: [
          { id: 'export-licence', terms: {
            en: ['export licen*', 'export permit*', 'export authoris*', 'export authoriz*', 'licence for export', 'permit for export'],
            fr: ["licence d'exportation", "autorisation d'exportation", "licences d'exportation"],
            es: ['licencia de exportación', 'permiso de exportación', 'autorización de exportación'],
            ru: ['лицензи* на вывоз', 'разрешени* на вывоз', 'лицензи* на экспорт'],
            ar: ['ترخيص التصدير', 'رخصة التصدير', 'إذن التصدير'],
            zh: ['出口许可', '出口许可证*'],
          } },
          { id: 'transit', terms: TRANSIT },
          { id: 'informed', anchor: true, terms: {
            en: ['inform*', 'notif*', 'notice'],
            fr: ['inform*', 'notifi*', 'avis*'],
            es: ['inform*', 'notific*', 'aviso*', 'comunic*'],
            ru: ['уведом*', 'информир*', 'извещ*'],
            ar: ['إخطار', 'إبلاغ', 'إعلام'],
            zh: ['通知', '告知', '通报'],
          } },
        ],
        shortfall: L(
          'transit States are only informed; their written non-objection before shipment is not required',
          'les États de transit sont seulement informés ; leur non-opposition écrite avant l’expédition n’est pas exigée',
          'los Estados de tránsito solo son informados; no se exige su no objeción escrita antes del envío',
        ),
      },
    ],
    examples: {
      en: {
        covered: ['No export licence shall be issued until every State of transit has given notice in writing, before shipment, that it has no objection to the transit.'],
        missing: ['The provisions on transit shall not apply to armed escorts travelling with the consent of their home country.'],
      },
    },
  },
  {
    element: 'fp.10.3',
    proves: ['contents', 'duty', 'provision', 'permission'],
    // The licence of an export, import or transit, not a carry permit.
    concepts: [{ ...LICENCE, anchor: true }, CROSS_BORDER],
    // A register listing the same items is record-keeping (article 7(b)), not the content of the licence.
    exclude: {
      en: ['register', 'registry', 'information system*'],
      fr: ['registre*', 'relevé*'],
      es: ['registro*', 'archivo*'],
      ru: ['реестр*', 'учет*', 'учёт*'],
      ar: ['سجل', 'سجلات'],
      zh: ['登记', '帐册', '档案'],
    },
    facets: [
      {
        id: 'issue-place',
        label: L('place of issue', 'lieu de délivrance', 'lugar de expedición'),
        terms: {
          en: ['place of issue', 'place of issuance', 'place and date of issue', 'place and date of issuance'],
          fr: ['lieu de délivrance', 'lieu et date de délivrance'],
          es: ['lugar de expedición', 'lugar y fecha de expedición'],
          ru: ['мест* выдачи'],
          ar: ['مكان الإصدار'],
          zh: ['签发地点', '发证地点'],
        },
      },
      ...TRANSACTION_ITEMS,
    ],
    facetsForPartial: 2,
    examples: {
      en: {
        covered: ['Every export licence shall state the place and date of issue, the date of expiry, the country of export, the country of import, the final recipient, a description and the quantity of the firearms and, whenever there is transit, the countries of transit.'],
        partial: ['Every permit shall specify the arms or ammunition to be imported and the period within which they may be imported.'],
        missing: ['The register shall record the country of export, the country of import and the quantity of each consignment.'],
      },
    },
  },
  {
    // Art 10(3) in fine: the import licence's information given to the transit States before the shipment. A law
    // that sends it without saying when is partial; naming the countries of transit on a licence is no notice at all.
    element: 'fp.10.3.b',
    proves: ['duty', 'provision', 'permission', 'institution'],
    concepts: [
      { id: 'transit-states', anchor: true, terms: { en: ['transit State*', 'State* of transit', 'countr* of transit', 'transit countr*'], fr: ['États de transit', 'État de transit', 'pays de transit'], es: ['Estados de tránsito', 'Estado de tránsito', 'países de tránsito', 'país de tránsito'] } },
      // Giving the information, in verbs: not "information" or "notification" as nouns, nor asking the transit States.
      {
        id: 'inform',
        terms: {
          en: ['=provide', '=provides', '=provided', '=communicate', '=communicates', '=communicated', '=transmit', '=transmits', '=transmitted', '=inform', '=informs', '=informed', '=notify', '=notifies', '=notified', '=send', '=sends', '=sent', '=forward', '=forwards', '=forwarded', 'made available'],
          fr: ['=communique', '=communiquent', '=communiquer', '=communiqué', '=communiquée', '=communiqués', '=communiquées', '=transmet', '=transmettent', '=transmettre', '=transmis', '=transmise', '=transmises', '=informe', '=informer', '=notifie', '=notifier', '=notifiée', '=notifiées', '=adresse', '=adressées', 'porté* à la connaissance'],
          es: ['comunicar*', '=comunica', '=comunican', '=comunicada', '=comunicadas', '=comunicado', '=comunicados', 'facilitar*', '=facilita', '=facilitada', '=facilitado', 'transmitir*', '=transmite', '=transmitida', 'informar*', '=informa', 'notificar*', '=notifica', 'proporcionar*', '=proporciona', 'remitir*', '=remite'],
        },
      },
      { id: 'import-licence', terms: { en: ['import licen*', 'import permit*', 'import authoris*', 'import authoriz*', 'licence to import', 'permit to import'], fr: ["licence* d'importation", "autorisation* d'importation", "permis d'importation"], es: ['licencia* de importación', 'permiso* de importación', 'autorizaci* de importación', 'certificado* de importación'] } },
    ],
    facets: [
      { id: 'in-advance', label: L('given in advance, before the shipment', 'communiquées à l’avance, avant l’expédition', 'facilitada por adelantado, antes del envío'), required: true, terms: { en: ['advance', 'prior', 'before', 'beforehand'], fr: ['=avance', 'préalable*', '=avant'], es: ['antelación', 'adelantado', 'previamente', '=antes', 'anticipación'] } },
    ],
    facetsForPartial: 0,
    examples: {
      en: {
        covered: ['Before any shipment leaves Kestria, the Minister shall provide the transit States with the information contained in the import licence.'],
        partial: ['The Minister shall communicate the particulars of the import licence to the competent authorities of each transit State.'],
        missing: ['Every export licence shall state the countries of transit, if any.'],
      },
      fr: {
        covered: ["Les informations figurant dans la licence d'importation sont communiquées à l'avance aux États de transit."],
        partial: ["Le ministre transmet aux États de transit une copie de la licence d'importation."],
        missing: ["La licence d'exportation mentionne, le cas échéant, les pays de transit."],
      },
      es: {
        covered: ['La información contenida en la licencia de importación se facilitará por adelantado a los Estados de tránsito.'],
        partial: ['La autoridad competente comunicará a los Estados de tránsito los datos del permiso de importación.'],
        missing: ['La licencia de exportación indicará, cuando proceda, los países de tránsito.'],
      },
    },
  },
  {
    element: 'fp.10.4',
    proves: ['duty', 'permission', 'provision'],
    concepts: [
      { id: 'confirm', anchor: true, terms: {
        en: ['confirm*', 'acknowledg*', 'delivery verification', 'landing certificate'],
        fr: ['confirm*', 'attest*', 'certificat de vérification de livraison'],
        es: ['confirm*', 'acredit*', 'certificado de verificación de entrega'],
        ru: ['подтвержд*', 'подтверди*'],
        ar: ['تأكيد', 'إشعار بالاستلام', 'إقرار'],
        zh: ['确认', '证实'],
      } },
      { id: 'receipt', terms: {
        en: ['receipt', 'received', 'delivery', 'arrival', 'arrived'],
        fr: ['réception', 'reçu*', 'livraison', 'arrivée'],
        es: ['recepción', 'recibo', 'recib*', 'entrega', 'llegada', 'arribo'],
        ru: ['получени*', 'доставк*', 'прибыти*'],
        ar: ['استلام', 'وصول', 'تسلم'],
        zh: ['收到', '接收', '到达', '运抵'],
      } },
      { id: 'exporting-state', terms: {
        en: ['exporting State', 'exporting country', 'export*', 'shipment*'],
        fr: ['État exportateur', 'pays exportateur', 'export*', 'envoi*', 'expédition*'],
        es: ['Estado exportador', 'país exportador', 'export*', 'envío*', 'embarque*'],
        ru: ['государств* экспортер*', 'стран* экспорта', 'экспорт*', 'вывоз*'],
        ar: ['الدولة المصدرة', 'بلد التصدير', 'تصدير', 'الشحنة'],
        zh: ['出口国', '出口', '发货'],
      } },
    ],
    examples: { en: { covered: ['On request of the exporting State, the Minister shall confirm the receipt of the dispatched shipment of firearms.'] } },
  },
  {
    element: 'fp.10.5',
    proves: ['duty', 'permission', 'provision', 'offence', 'institution', 'prohibition'],
    concepts: [
      { id: 'secure', anchor: true, terms: {
        en: ['authenticity of licen*', 'authenticity of permit*', 'verify the authenticity', 'forg* any licen*', 'forges or utters', 'alteration in any licen*', 'counterfeit licen*', 'verified copy', 'copy verified', 'security features', 'secure procedure*', '^security of the licen*', 'falsified licen*', 'authenticity may be verified', 'security paper', 'hologram*'],
        fr: ['infalsifi*', 'authenticité des licences', 'authenticité des autorisations', 'papier sécurisé', 'contrefaçon des autorisations', 'falsification des autorisations', 'documents sécurisés', 'vérifie le respect des conditions'],
        es: ['infalsific*', 'autenticidad de las licencias', 'autenticidad de los permisos', 'falsificación de licencias', 'falsificación de permisos', 'adulteración de permisos', 'medidas de seguridad documental', 'verificar su autenticidad', 'cuya autenticidad', 'elementos de seguridad', 'papel de seguridad', 'formatos con medidas de seguridad'],
        ru: ['подлинност*', 'защищенн* бланк*', 'подделк* лицензи*', 'защит* от подделки'],
        ar: ['صحة التراخيص', 'التحقق من صحة', 'تزوير الترخيص', 'تزوير الرخص', 'مزورة'],
        zh: ['真伪', '防伪', '伪造证件', '伪造许可证*', '验证证件'],
      } },
      { id: 'licence', terms: {
        en: ['licen*', 'permit*', 'letter* of conveyance', 'authoris*', 'authoriz*', 'certificate*'],
        fr: ['licence*', 'autorisation*'],
        es: ['licencia*', 'permiso*', 'autorizaci*'],
        ru: ['лицензи*', 'разрешени*'],
        ar: ['ترخيص', 'رخصة', 'تصريح'],
        zh: ['许可', '证件', '执照'],
      } },
    ],
    facets: [
      {
        id: 'secure-procedure',
        label: L('secure licensing procedures', 'des procédures de licence sûres', 'procedimientos de licencia seguros'),
        terms: {
          en: ['secur*'],
          fr: ['sécuris*', 'sécurité'],
          es: ['segur*'],
          ru: ['безопасн*', 'защищ*'],
          ar: ['آمنة', 'أمان'],
          zh: ['安全', '防伪'],
        },
      },
      {
        id: 'authenticity',
        label: L('authenticity verifiable or validated', 'authenticité vérifiable ou validée', 'autenticidad verificable o validada'),
        terms: {
          en: ['authentic*', 'verif*', 'validat*'],
          fr: ['authentici*', 'vérifi*', 'valid*'],
          es: ['autentic*', 'verific*', 'valid*'],
          ru: ['подлинност*', 'провер*'],
          ar: ['صحة', 'التحقق'],
          zh: ['真伪', '核对', '验证'],
        },
      },
    ],
    facetsForPartial: 0,
    examples: {
      en: {
        covered: ['The Minister shall ensure that licensing procedures are secure and that the authenticity of licences can be verified or validated.'],
        partial: ['Any person who forges or alters any licence or permit commits an offence.'],
        // "Authority" is not an authorisation.
        missing: ['The competent authority shall verify the security arrangements of the premises.'],
      },
    },
  },
  {
    element: 'fp.10.6',
    proves: ['duty', 'permission', 'provision', 'exemption', 'contents'],
    // Temporary imports freed from import marking (article 8(1)(b)) are no simplified licensing procedure.
    exclude: { en: ['^import =mark', '^import =marks', 'marking', 'marked'], fr: ['marquage*', 'marqué*'], es: ['marca de importación', 'marcaje', 'marcad*', 'marcación'] },
    concepts: [
      // The European firearms pass is the European Union's simplified procedure for hunters and marksmen travelling
      // with their firearms (Directive 2021/555, art 17): holders need no further authorisation.
      { id: 'temporary', anchor: true, terms: {
        en: ['temporar*', 'visitor*', 'visiting', 'European firearms pass', 'European firearm pass'],
        fr: ['temporair*', 'admission temporaire', 'provisoire*', 'visiteur*', "carte européenne d'armes à feu", "carte européenne d'arme à feu"],
        es: ['temporal*', 'visitante*', 'tarjeta europea de armas de fuego', 'tarjeta europea de arma de fuego'],
        ru: ['временн*', 'посетител*', 'делегаци*'],
        ar: ['مؤقت', 'مؤقتا', 'الزائر', 'الوفود'],
        zh: ['临时', '短期', '代表团'],
      } },
      { id: 'movement', terms: {
        // The journey of a traveller who carries his firearm across borders.
        en: [...IMPORT_WORDS.en, 'export*', ...TRANSIT.en, 'entering', 'bring* into', 'taken out', '=journey'],
        fr: [...IMPORT_WORDS.fr, 'export*', ...TRANSIT.fr, 'introdui*', '=voyage'],
        es: [...IMPORT_WORDS.es, 'export*', 'tránsito', 'ingres*', '=viaje'],
        ru: [...IMPORT_WORDS.ru!, ...EXPORT_WORDS.ru!, ...TRANSIT.ru!],
        ar: [...IMPORT_WORDS.ar!, ...EXPORT_WORDS.ar!, ...TRANSIT.ar!],
        zh: [...IMPORT_WORDS.zh!, ...EXPORT_WORDS.zh!, ...TRANSIT.zh!],
      } },
    ],
    facets: [
      {
        id: 'hunting',
        label: L('hunting', 'chasse', 'caza'),
        terms: {
          en: ['hunt*'],
          fr: ['chasse*'],
          es: ['caza', 'cacería*', 'cinegétic*'],
          ru: ['охот*'],
          ar: ['الصيد', 'صيد'],
          zh: ['狩猎', '猎枪'],
        },
      },
      {
        id: 'sport-shooting',
        label: L('sport shooting', 'tir sportif', 'tiro deportivo'),
        terms: {
          en: ['sport*', 'competition*', 'target shooting', 'marksm*'],
          fr: ['sporti*', 'compétition*', '=tir'],
          es: ['deport*', 'competenci*', 'competición*', '=tiro'],
          ru: ['спортивн*', 'соревновани*'],
          ar: ['الرماية', 'رياضي', 'مسابقات'],
          zh: ['射击运动', '体育', '比赛', '竞技'],
        },
      },
      {
        id: 'evaluation',
        label: L('evaluation', 'évaluation', 'evaluación'),
        terms: {
          en: ['evaluat*', '=test', '=tests', '=testing', 'trial*'],
          fr: ['évaluation*', 'essai*', 'expertise*'],
          es: ['evaluación*', 'prueba*', 'ensayo*'],
          ru: ['испытани*', 'оценк*'],
          ar: ['تقييم', 'اختبار', 'تجربة'],
          zh: ['评估', '测试', '试验'],
        },
      },
      {
        id: 'exhibition',
        label: L('exhibitions', 'expositions', 'exposiciones'),
        terms: {
          en: ['exhibit*', 'fair*', 'display*', 'demonstration*'],
          fr: ['exposition*', 'salon*', 'foire*', 'démonstration*', 'présentation*'],
          es: ['exhibici*', 'exposici*', 'feria*', 'demostraci*'],
          ru: ['выставк*', 'экспонир*'],
          ar: ['معرض', 'معارض'],
          zh: ['展览', '展示', '博览会'],
        },
      },
      {
        id: 'repair',
        label: L('repairs', 'réparations', 'reparaciones'),
        terms: {
          en: ['repair*'],
          fr: ['réparation*', 'répar*'],
          es: ['reparación*', 'repar*'],
          ru: ['ремонт*'],
          ar: ['إصلاح', 'صيانة'],
          zh: ['修理', '维修'],
        },
      },
    ],
    facetsAcrossClauses: true,
    facetsForCovered: 2,
    facetsForPartial: 0,
    examples: {
      en: {
        covered: [
          'The Minister may issue a temporary import permit, by a simplified procedure, for firearms brought in for hunting, sport shooting or repair.',
          // The Czech Act's s 46(5), shortened: the European firearms pass spares visiting hunters and marksmen the authorisation.
          'Authorisation shall not be obligatory for a hunter or a marksman from a Member State in possession of a European firearms pass listing the firearms, who is able to substantiate the reason for the journey.',
        ],
        partial: ['A person entering Kestria with a firearm may have the import permit endorsed as a temporary licence.'],
        // The pass as a document to show, with no journey across a border.
        missing: ['The holder of a European firearms pass shall report its loss to the police.'],
      },
    },
  },
];
