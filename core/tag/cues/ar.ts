import type { Cues } from './types.js';

// Matched inside words (Arabic joins its article and conjunctions to the word), after folding of letter forms.
export const ar: Cues = {
  characters: {
    exemption: ['لا تسري', 'لا يسري', 'لا تنطبق', 'يستثنى', 'تستثنى', 'يعفى', 'تعفى', 'مع عدم الإخلال'],
    transitional: ['يعمل بهذا النظام', 'يلغي', 'يلغى', 'تلغى', 'ينشر هذا النظام', 'من تاريخ نشره'],
    register: ['سجل', 'سجلات', 'يقيد', 'تقيد', 'قيد'],
    contents: ['طلب', 'المستندات', 'الشروط'],
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
    'other-weapons': ['سكين', 'السكاكين', 'الأسلحة البيضاء'],
    precursors: ['سلائف'],
  },
  directions: {
    import: ['استيراد', 'إدخال', 'جلب'],
    export: ['تصدير', 'إخراج'],
    transit: ['عبور', 'ترانزيت'],
    'domestic-transfer': ['بيع', 'تداول', 'نقل ملكية', 'الاتجار'],
  },
  actors: {
    authority: ['الوزير', 'الوزارة', 'الجهات المختصة', 'الجهة المختصة', 'الدولة'],
    licensee: ['المرخص له', 'صاحب الترخيص', 'التاجر', 'المحل'],
    'any-person': ['كل من', 'من يقوم', 'أي شخص'],
  },
  scopes: { international: ['الدول الأخرى', 'دولية', 'الدولية', 'الخارج', 'أجنبية'], domestic: [] },
  penalHeadings: ['العقوبات', 'عقوبات', 'الجزاءات'],
  administrativeHeadings: [],
};
