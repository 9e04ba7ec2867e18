// Broad cue words per violation that count only when the statistical model (model.ts) also finds the
// message likely to show that violation. On their own they are far too loose (家人, 法院, 东西 appear
// in ordinary messages); together with the model they catch new wordings of veiled threats, insults
// and legal bluffs that the precise lexicon (lexicon.ts) has never seen, and they still give the user
// the phrase and the rule a flag rests on.
//
// Patterns are regular-expression sources over folded text, compiled like the lexicon (pinyin and
// homophone spellings included). The hit shown is the whole clause around the word.
import type { RuleId } from './rules';
import type { Violation } from './types';

export interface GatedCue {
  id: string;
  violation: Exclude<Violation, 'odd_hours'>;
  rule: RuleId;
  pattern: string;
}

export const GATED: readonly GatedCue[] = [
  {
    id: 'g.threat', violation: 'threat', rule: 'threat.intimidation',
    pattern: '等着|走着瞧|后果|好看|小心|注意点|留神|当心|安全|出事|意外|麻烦|代价|后悔|客气|手段|办法|方式|收拾|教训|厉害|' +
      '安生|安宁|好过|好受|日子|一辈子|天涯|迟早|早晚|总有一天|陪你|耗|惦记|门清|一清二楚|清楚|知道你|找到你|找你|找上|' +
      '上门|登门|过去|过来|去你|(?<![打发寄传转])到你|我们的人|兄弟|有人|盯|跟着|蹲|守着|路上|出门|夜里|晚上|半夜|睡|全家|一家|家人|家里人|' +
      '老婆|老公|孩子|儿子|女儿|父母|爸妈|老人|学校|幼儿园|放学|上班|下班|楼下|楼道|门口|住哪|住在|地址|店|车|腿|命|身体|' +
      '活|死|血|打死|打断|打残|揍|砍|弄|废|躲|跑|藏|逃|别想|休想|看着办|掂量|想清楚|想好|试试|不信|怕|敲门|懂的|折腾|经不起|车位|停在|老实|屋头|逮|削|知死|倒霉|遭殃',
  },
  {
    id: 'g.insult', violation: 'insult', rule: 'insult.degrading',
    pattern: '东西|玩意|货|狗|猪|驴|鬼|畜|禽兽|杂|贱|烂|臭|蠢|傻|笨|呆|憨|脑子|脑残|智障|弱智|神经|有病|脸|丢人|恶心|呸|废|' +
      '垃圾|渣|寄生|毒瘤|蛀虫|败类|良心|德行|德性|熊样|怂|孬|骗子|老赖|赖皮|赖子|无耻|下流|下作|卑鄙|龌龊|缺德|不是人|' +
      '人品|孙子|祖宗|棺材|活该|滚|死|妈的|tm|nm|cnm|sb|傻b|sx|你妈|他妈|去你|操|草|日|屁|屎|尿|粪|蛆|虫|loser|low|穷鬼|' +
      '穷逼|乞丐|要饭|叫花|婊|妓|骚|野种|杂种|瘪三|泼皮|无赖|流氓|痞子|小人|败家|白眼狼|吸血|窝囊|没用|没出息|丢脸|' +
      '不要脸|厚颜|脸皮|装死|装孙子|装傻|装聋|装瞎|聋|瞎|哑|残|畜生|牲口|人渣|楷模|奖|演员|影帝|失忆|好记性|出息|光荣|贵宾|诚信值|犊子|扑街|仆街|瓜娃子|孙贼|锤子',
  },
  {
    id: 'g.false-legal', violation: 'false_legal', rule: 'false_legal.criminal',
    pattern:
      // Not the words of a lawful notice (起诉, 诉讼, 律师, 征信, 法院 by themselves): a lender may sue and
      // must report to the credit bureau; those count only through the precise lexicon.
      '立案|案件|案子|案号|传票|公安|警察|警方|民警|报警|报案|派出所|经侦|刑警|拘|牢|监狱|看守所|刑|罪|犯|通缉|抓|' +
      '逮捕|黑名单|失信|老赖名单|冻结|查封|扣押|拍卖|强制|执行|判|检察|公诉|司法|政审|考公|参军|限制|限高|高铁|飞机|出行|' +
      '出境|身份证|户口|社保|移交|移送|人民银行|央行|银保监|监管|网警|调查|笔录|传唤|案底|诈骗|欺诈|违法|义务|连带|共同债务|平台|名单|重点|预立案',
  },
  {
    id: 'g.contact-list', violation: 'contact_list', rule: 'contact_list.exposure',
    pattern: '通讯录|通信录|联系人|电话本|亲友|亲戚|家人|家属|家族|朋友|好友|同事|同学|老师|导师|领导|老板|上司|人事|hr|单位|' +
      '公司|村|老家|邻居|街坊|小区|业主|群|朋友圈|抖音|快手|微博|贴吧|网上|网络|全网|曝光|公开|公布|公示|发给|发到|' +
      '通知|告诉|告知|知道|微信|qq|名单|照片|头像|图|海报|横幅|传单|告示|启事|贴|挂|所有人|每个人|大家|身边|周围|圈|' +
      '出名|丢人|社死|名声|前台|热门|扩散|网格员|居委会|社区|邻居|爸妈|父母|老人家',
  },
  {
    id: 'g.third-party', violation: 'third_party', rule: 'third_party.disclosure',
    pattern: '他|她|其|此人|该人|本人|当事人|借款人|家属|家人|亲属|亲人|紧急联系人|联系人|担保|转告|转达|告诉|提醒|督促|劝|催|帮忙|' +
      '代为|垫付|儿子|女儿|老公|老婆|丈夫|妻子|爸|妈|父亲|母亲|哥|姐|弟|妹|亲戚|同事|朋友|同学|员工|学生|房客|租客|下属|邻居',
  },
];
