import type { Cues } from './types.js';

// Matched as substrings: Chinese writes no spaces between words.
export const zh: Cues = {
  characters: {
    exemption: ['不适用', '除外', '另有规定的除外', '不受'],
    transitional: ['自公布之日起施行', '施行', '同时废止', '废止'],
    // A register kept, not registration (登记) as such: a broker registered is not a register.
    register: ['登记册', '帐册', '账册', '台账', '档案', '应当记录', '登记下列'],
    contents: ['申请', '应当提交', '提交下列', '应当载明'],
    prohibition: ['禁止', '不得', '严禁'],
    duty: ['应当', '必须', '须'],
    permission: ['可以', '有权'],
    institution: ['主管', '负责', '设立'],
  },
  criminal: ['刑事责任', '有期徒刑', '拘役', '依法追究刑事责任', '构成犯罪'],
  administrative: ['罚款', '行政处罚', '拘留', '警告', '治安管理处罚'],
  subjects: {
    firearms: ['枪支', '枪', '武器'],
    ammunition: ['弹药'],
    parts: ['主要零部件', '零部件'],
    explosives: ['爆炸物', '炸药', '雷管'],
    pyrotechnics: ['烟花爆竹', '烟花'],
    'other-weapons': ['管制刀具', '刀具', '弩'],
    precursors: ['易制爆'],
    wmd: ['大规模杀伤性武器', '核武器'],
  },
  directions: { import: ['进口', '入境', '携带入境'], export: ['出口', '出境'], transit: ['过境'], 'domestic-transfer': ['销售', '买卖', '出租', '出借', '运输'] },
  actors: { authority: ['公安机关', '国务院', '人民政府', '主管部门'], licensee: ['制造企业', '配售企业', '单位'], 'any-person': ['任何单位或者个人', '个人', '任何人'] },
  scopes: { international: ['外国', '国际', '境外'], domestic: [] },
  // Nearly every Chinese penal article opens with 违反本法规定 and then names its conduct: only "breaking this law, where it
  // is a crime" is a general penalty.
  generalPenalty: ['违反本法规定，构成犯罪', '违反本法规定,构成犯罪', '违反本法，构成犯罪', '违反本法规定的，依法追究'],
  penalHeadings: ['法律责任', '罚则'],
  administrativeHeadings: [],
};
