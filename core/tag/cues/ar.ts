import type { Cues } from './types.js';

// Matched inside words (Arabic joins its article and conjunctions to the word), after folding of letter forms.
export const ar: Cues = {
  characters: {
    exemption: ['لا تسري', 'لا يسري', 'لا تنطبق', 'يستثنى', 'تستثنى', 'يعفى', 'تعفى', 'مع عدم الإخلال'],
    transitional: ['يعمل بهذا النظام', 'يلغي', 'يلغى', 'تلغى', 'ينشر هذا النظام', 'من تاريخ نشره'],
    // Not "قيد" alone: it is also a restriction.
    register: ['سجل', 'سجلات', 'يقيد في', 'تقيد في', 'دفتر'],
    // The contents of an application or licence; not "وفق الشروط" (under the conditions), which any rule may say.
    contents: ['يتضمن الطلب', 'يرفق بالطلب', 'المستندات الآتية', 'البيانات الآتية', 'يجب أن يتضمن', 'يجب أن تتضمن', 'يشتمل الترخيص', 'تتضمن الرخصة'],
    prohibition: ['يحظر', 'لا يجوز', 'يمنع', 'ممنوع'],
    duty: ['يجب', 'على كل', 'يلتزم', 'تلتزم'],
    permission: ['يجوز', 'للوزير', 'له أن', 'لها أن'],
    institution: ['تختص', 'يختص', 'تتولى', 'يتولى'],
  },
  criminal: ['يعاقب', 'بالسجن', 'السجن', 'الحبس', 'بالحبس', 'عقوبة'],
  administrative: ['غرامة', 'بغرامة'],
  subjects: {
    firearms: ['سلاح', 'أسلحة', 'الأسلحة', 'الاسلحه', 'السلاح', 'بندقية', 'مسدس'],
    ammunition: ['ذخيرة', 'ذخائر', 'الذخيرة', 'الذخائر'],
    parts: ['قطع غيار', 'أجزاء'],
    explosives: ['متفجرات', 'المتفجرات', 'مواد متفجرة'],
    pyrotechnics: ['ألعاب نارية', 'الألعاب النارية'],
    'other-weapons': ['سكين', 'السكاكين', 'الأسلحة البيضاء', 'السلاح الأبيض'],
    precursors: ['سلائف'],
    wmd: ['أسلحة الدمار الشامل'],
  },
  directions: {
    import: ['استيراد', 'إدخال الأسلحة', 'إدخال السلاح', 'جلب', 'إلى داخل'],
    export: ['تصدير', 'إخراج', 'إلى خارج'],
    transit: ['عبور', 'ترانزيت'],
    'domestic-transfer': ['بيع', 'تداول', 'نقل ملكية', 'الاتجار'],
  },
  actors: {
    authority: ['الوزير', 'الوزارة', 'الجهات المختصة', 'الجهة المختصة', 'الدولة'],
    licensee: ['المرخص له', 'صاحب الترخيص', 'التاجر', 'المحل'],
    'any-person': ['كل من', 'من يقوم', 'أي شخص'],
  },
  scopes: { international: ['الدول الأخرى', 'دولية', 'الدولية', 'الخارج', 'أجنبية'], domestic: [] },
  generalPenalty: ['يخالف أحكام هذا النظام', 'مخالفة أحكام هذا النظام', 'كل من خالف'],
  penalHeadings: ['العقوبات', 'عقوبات', 'الجزاءات'],
  administrativeHeadings: [],
};
