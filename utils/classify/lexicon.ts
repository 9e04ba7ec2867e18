// The phrase lexicon: what each kind of wording looks like, written from the descriptions of the
// categories (issue #5, FACTS.md §1 and §4), not copied from any one message.
//
// Patterns are regular-expression sources over folded text (normalize.ts): lower-case, simplified,
// no spaces, ASCII clause punctuation. Every CJK character is widened by compile.ts to the spellings
// collectors use for it (pinyin, homophones). Building blocks below keep the patterns readable.
import type { RuleId } from './rules';
import type { Violation } from './types';

/** What a cue says about a message. */
export type CueKind =
  | Violation
  /** The message presses for repayment of a loan (makes it a collection message). */
  | 'debt'
  /** Wording that fits a debt-relief advertisement addressed to victims, not a lender. */
  | 'relief_ad'
  /** Not overdue: a statement, a pre-due reminder, a confirmation of payment or a loan offer. */
  | 'not_overdue'
  /** A private debt between people who know each other (借我的钱, 欠你的钱). */
  | 'personal'
  /** Laughter and teasing: scary words used as a joke. */
  | 'joke'
  /** News, fiction, games: scary words that are not aimed at the reader. */
  | 'narrative'
  /** Anti-fraud warnings that talk about fake police or courts. */
  | 'warning'
  /** Service visits (上门取件, 上门维修) that make 上门 harmless. */
  | 'service'
  /** Reporting verbs that put a quoted phrase at a distance (自称“法院”). */
  | 'reported'
  /** Something other than a loan is overdue or unpaid (a library book, a supplier's invoice). */
  | 'not_loan'
  /** A loan word (借款, 信用卡, 网贷 …): keeps 逾期 and 未还 as debt despite not_loan wording. */
  | 'loan'
  /** The reader brought the case or hired the lawyer (您诉…一案, 您委托的案件): not their debt. */
  | 'claimant';

export interface Cue {
  id: string;
  kind: CueKind;
  pattern: string;
  /** For violation cues: the rule in rules.ts that the cue is evidence of. */
  rule?: RuleId;
  /** A negation just before the phrase (不会, 不得, 禁止 …) cancels the cue. */
  negatable?: boolean;
  /**
   * Violation cues only: the wording is specific enough to mark the message as collection by
   * itself (a stranger threatening to come to your home is collecting). Weaker wording
   * (后果自负, 黑名单) counts only when other cues show collection.
   */
  implies?: boolean;
  /** Legal-process wording that a genuine court notice (sender 12368) may also use. */
  courtWording?: boolean;
  /** Counts only when the sender is a personal mobile or virtual number (senderClass 'person'). */
  personOnly?: boolean;
  /** The cue does not count right after this (tested on the 8 folded characters before it). */
  notAfter?: RegExp;
}

// ---- building blocks -------------------------------------------------------------------------
const YOU = '(?:你们|您们|你|您)';
/** Up to n characters inside one sentence. */
const S = (n: number) => `[^。!?;\\n]{0,${n}}`;
/** Up to n characters inside one sentence that do not address the reader. */
const NY = (n: number) => `[^你您。!?;\\n]{0,${n}}`;
/** Up to n characters inside one clause (no comma either). */
const C = (n: number) => `[^,。!?;:、\\n]{0,${n}}`;
/** Up to n characters inside one clause that do not address the reader. */
const NYC = (n: number) => `[^你您,。!?;:、\\n]{0,${n}}`;
const FAMILY =
  '(?:儿子|女儿|孩子|小孩|老公|丈夫|老婆|妻子|媳妇|爱人|对象|父亲|母亲|爸爸|妈妈|老爸|老妈|父母|爸妈|爹妈|爸|妈|爹|娘|' +
  '哥哥|弟弟|姐姐|妹妹|哥|弟|姐|妹|侄子|侄女|外甥女?|舅舅|叔叔|阿姨|姑姑|姨妈|伯伯|婶婶|亲戚|女婿|儿媳|' +
  '公公|婆婆|岳父|岳母|爷爷|奶奶|外公|外婆|家属|家人|亲人|亲属|孙子|孙女|外孙女?|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|姐夫|妹夫|嫂子|弟媳|小舅子|大舅子|小姑子|大姑子|小叔子|妯娌|连襟|太太|老伴|前夫|前妻|男人|女人|那口子|闺女)';
const SOCIAL =
  '(?:同事|领导|上司|老板|员工|下属|朋友|好友|亲友|哥们|兄弟|闺蜜|同学|室友|邻居|男朋友|女朋友|合伙人|发小|老乡|房客|租客|学生|徒弟|工人|合租|舍友|租户)';
const RELATIVE = `(?:${FAMILY}|${SOCIAL})`;
/** Common Chinese surnames (single characters), for a borrower named in full. */
const SURNAME = '[王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤]';
/** People at the borrower's work, school or home who can be told of the debt. */
const BOSS =
  '(?:领导|老板|上司|主管|经理|店长|厂长|园长|校长|主任|车间主任|hr|人事|同事|村委会?|居委会?|村干部|村支书|家人|父母|爸妈|亲戚|导师|老师|辅导员|班主任|房东|邻居|左邻右舍|街坊)';
/** People and places around the borrower that exposure is aimed at. */
const CIRCLE =
  '(?:通讯录|通信录|联系人|亲友|亲戚|家人|家属|父母|爸妈|爹妈|朋友|好友|同事|同学|邻居|领导|上司|老板|hr|人事|单位|' +
  '公司|村委会?|居委会?|村干部|村里|村民|全村|老家|街坊|乡亲|所有人|每一个人|每个人|身边的人|周围的人|大家|客户|合作伙伴|' +
  '生意伙伴|微信好友|紧急联系人|前妻|前夫|前女友|前男友|房东|物业|村支书|村长|支书|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|兄弟姐妹|老同学|舅舅|姑姑|叔叔|阿姨|岳父母?|岳母|公婆|亲家|七大姑八大姨|家族|族人|家里人|街坊四邻|四邻|左邻右舍|辅导员|班主任|老师|导师|同班|全班|学校|直系亲属|亲属|外婆|外公|奶奶|爷爷|老人家|室友|舍友|班长|保卫处|学工部|学院|校长|社区|网格员|顾客|老顾客|客人|宾客|乘客|食客|买家|粉丝|站长|车队长|工友|工头|包工头|供应商)';
const PUBLIC_PLACE =
  '(?:朋友圈|抖音|快手|微博|小红书|贴吧|评论区|网上|网络上|互联网|业主群|家族群|家人群|同学群|工作群|公司群|村群|' +
  '社交账号|账号|主页|个人空间|动态|视频号|直播间|微信群|qq群|群里|群聊|(?:部门|科室|班级|年级|家长|校友|老乡|同乡|朋友|亲戚|亲友|单位|钉钉|小区|楼栋|骑手|车队|司机|站点|工友|商户|商会|同行|摊主|村民|乡亲|客户|粉丝|进货)群|外卖页面|店铺页面|评价区|大众点评|小区门口|小区|楼栋|楼道|单元门|电梯|公司楼下|公司门口|单位门口|村口|老家门口|家门口|电线杆|公告栏|官方号|曝光墙|曝光台|曝光栏|黑榜|红黑榜|公示栏)';
const LOAN =
  '(?:借款|贷款|借贷|网贷|信用卡|分期|账单|本息|本金|欠款|应还|待还|还款|额度|白条|花呗|借呗|微粒贷|月供|' +
  '欠费?|债务|本期|期款)';
const POLICE = '(?:公安机关|公安局|公安|派出所|警方|警察|民警|经侦|刑警|刑侦|特警|检察院|检察机关|司法机关)';
const NEGATED_BEFORE = '(?<!以免|避免|防止|免得|如|若|如果|一旦|不要|请勿|勿|别|未|没有|不会|不能|将会|可能|即将|差点|差一点|险些|快要|就要)';

// ---- debt: the message presses for repayment ---------------------------------------------------
const DEBT: Cue[] = [
  { id: 'debt.overdue', kind: 'debt', pattern: `${LOAN}${S(14)}${NEGATED_BEFORE}逾期(?!将|会|的话|后将|记录(?:将|会|已|可))` },
  // English reminders: folding drops the spaces, so a match starts where the Latin run starts (yourloanis…overdue).
  { id: 'debt.english', kind: 'debt', pattern: `(?<![a-z])[a-z]*(?:loan|bill|payment|installment)${S(24)}(?:overdue|pastdue)[a-z]*` },
  { id: 'debt.overdue-state', kind: 'debt', pattern: `(?:已|已经|现已|目前|仍|严重|长期|持续|恶意)(?:逾期|yq)|yq\\d|逾期(?:\\d|[一二两三四五六七八九十几半多]+)(?:天|日|个?月|年|期)|(?:产生|已有|存在|留下)${S(2)}逾期记录|逾期记录${S(6)}影响(?:你|您)|(?:已|已经)过(?:了)?(?:最后)?(?:还款日|还款期限)|逾期(?:未还|未处理|未结清|未缴|欠款|金额|本息|费用|账单|借款|贷款|债务|不还|行为|情况|问题|款项?|的(?:款|钱|账|借款|欠款|金额|本金|那笔|\\d))|(?:过了|超过|错过)(?:还款日|还款期限|约定的?还款)|(?:还款日|还款期限)(?:已经?|都)过|(?:已|已经)(?:超期|过期未还)|超期${S(2)}(?:\\d|[一二两三四五六七八九十几半多]+)(?:天|日|个?月|周)|逾期(?:账款|超过|满|达到?)|未(?:按时|按期|及时)(?:还款|归还|还清)|没有?按时还|(?<![距离还有])到期(?:快|已经|已|都)${S(2)}(?:\\d|[一二两三四五六七八九十几半多]+)(?:天|日|个?月|周|星期)|(?<![距离还有])到期(?:\\d+|[一二两三四五六七八九十几半多]+)(?:天|日|个?月|周|星期)了|(?:已|已经|严重)违约` },
  { id: 'debt.past-due', kind: 'debt', pattern: '(?:昨天|前天|昨日|前日|上周|已经|已)到期(?:了|未还|没还|还没还)' },
  { id: 'debt.arrears-formal', kind: 'debt', pattern: '(?<![无没])欠款|拖欠|逃废债|拒不还款|拒不归还|拒绝还款|恶意拖欠|恶意失联' },
  { id: 'debt.arrears', kind: 'debt', pattern: '欠债|欠钱|欠账|赖账|逃债|躲债|还不上|还不起|不还钱|不还款|拒不还|借钱不还|欠.{0,3}不还' },
  { id: 'debt.owed-us', kind: 'debt', pattern: `欠了?(?:我们|我司|本公司|我公司|公司|平台|本平台)|(?:在|欠)(?:我司|我们平台|我们公司|本平台|贵平台|咱们这|我们这[里边]?|我这[里边]?)${S(10)}(?:借|欠|贷|逾期|分期|账单|还款)|欠(?!你|您|费|缴|租|薪|我(?!们|司))${S(4)}\\d+${S(2)}(?:元|块|万)` },
  // 催收 as the sender's own job — not 暴力催收 in the news or 被催收 in an advert.
  { id: 'debt.collector', kind: 'debt', pattern: `(?<!暴力|软暴力|被[^,。!?;]{0,4}|非法|违规)(?<!反映的|投诉)(?:催收|cs)(?!团伙|乱象|行业|公司被|人员被|侵权|投诉|人员不当|不当|骚扰)|催缴|催款|贷后|清收|债权方|债权人|受.{0,8}委托|(?<![您你])委托.{0,6}(?:催|提醒|联系|处理)|资产管理|追偿|追讨|追缴|讨债|(?:联系|找|对接)${S(4)}专员|协商机会|协商还款|协商专员|逾期协商|还款方案|(?<!查看|查询)还款计划|减免.{0,4}(?:罚息|利息|息费|滞纳金|违约金)|(?:已|已经)(?:产生|计收|收取).{0,4}(?:罚息|滞纳金|违约金)` },
  { id: 'debt.demand', kind: 'debt', pattern: `(?:今天|今晚|今日|明天|马上|立即|立刻|赶紧|赶快|尽快|必须|务必|限.{0,4}(?:前|内)|\\d+点前|日内)${S(10)}(?:还钱|还款|hk|还清|结清|把${S(4)}钱${S(4)}(?:还|打|转)|打过来|转过来|处理${S(4)}(?:欠款|账单|借款|欠的))|(?:钱|款|欠款|借款|账)${S(4)}(?:赶紧|赶快|尽快|马上|立刻|速|今天|准备好)|(?:^|[,!。])还钱(?:!|吧|啊)|(?:^|[,!。])钱呢[?!]|钱${S(4)}(?:再不|还不|还没)(?:进来|到账|到位|打过来)|(?:贷款|借款|欠款|网贷|还款|还钱)的事|(?:欠的|借的|钱|款)${S(10)}(?:不能|别|不要)再(?:往后)?(?:推|拖)|把${S(6)}(?:欠的|借的|欠款|借款|账|款|钱)${S(6)}(?:还|打|转|结|补)|(?:钱|款|欠的|借的)${S(8)}(?:点|号|日|天|晚|周|月底?)(?:之前|以前|前)${S(2)}(?:还|打|转)|(?:钱|款|欠的|借的)${S(6)}(?:什么时候|啥时候|何时|哪天)${S(3)}还|(?:尽快|请|立即|马上|今日内|今天内)${S(4)}(?:归还|偿还|还上|补上|完成还款)|(?:钱|款)${S(10)}最后(?:期限|一天|通牒)|最后(?:期限|通牒)${S(10)}(?:钱|款|还)|速(?:速)?还|先还${S(4)}(?:\\d|一部分|部分|一点)|(?:钱|款|账|欠款)${S(8)}(?:拖着|拖下去|再拖|一直拖)|(?:罚息|滞纳金|违约金)${S(6)}(?:越滚越多|越来越多|一直在涨|每天都在)` },
  { id: 'debt.if-unpaid', kind: 'debt', pattern: '(?:今天|今晚|今日|明天|再|还|敢|要是|如果|若|如|仍)不还(?!我(?!们))|还不还|不还的话|不处理的话|再不处理|(?:前|内|之内)(?:还)?不(?:处理|还款|还钱|结清)' },
  // 你的借款 / 您的欠款 said to the reader: a weak cue, cancelled by a statement or an offer (not_overdue).
  { id: 'debt.your-loan', kind: 'debt', pattern: `${YOU}(?:的|在${S(8)})?(?:那笔|这笔)?(?:借款|欠款|账款|网贷|欠的钱|借的钱|借的那笔|欠的那笔|欠的款|欠债|债务)(?!申请|额度|审批|审核|已(?:全部)?(?:结清|还清))` },
  { id: 'debt.unpaid', kind: 'debt', pattern: `(?:款|钱|账单?|欠的|借款|贷款|分期)[^,。!?;:、\\n]{0,8}(?:还没|尚未|仍未|未|没)(?:还|还上|还清|结清|处理)|(?:借|欠)了?钱就跑|借了钱${S(4)}跑|(?:借|欠)了?钱${S(6)}(?:不见了|跑了|失联|消失|联系不上|玩失踪)|还款${S(4)}(?:还没|没|未)(?:到账|扣上)|没扣上款|一分(?:钱)?(?:没见|都没还|没还)` },
  { id: 'debt.lawsuit', kind: 'debt', notAfter: /被$/, pattern: `(?:借款|贷款|借贷|网贷|信用卡|金融借款|小额贷款|消费金融|欠款)${S(8)}(?:纠纷|一案|起诉|被诉|诉讼|仲裁)` },
  // Cantonese pressing for repayment (唔还 = not repaying, 还返 = pay back, 拖咗 = has dragged on).
  { id: 'debt.dialect', kind: 'debt', pattern: `(?:钱|数|账|款)${S(4)}(?:都|仲)?唔还|唔还(?:钱|数)|还返(?:钱|数)?|拖咗|(?:你|您)(?:嘅|的)?笔数|欠(?:我哋|我地|我哋公司)` },
];

// ---- contexts that make scary or money words harmless ------------------------------------------
const CONTEXT: Cue[] = [
  // Sellers of "debt relief" promise to act against lenders; lenders themselves offer 协商/减免/延期.
  { id: 'ctx.relief-ad', kind: 'relief_ad', notAfter: /(?:切勿|勿|不要|别|谨防|警惕|提防|以防)[^,。!?]{0,7}$/, pattern: '停息挂账|债务(?:优化|重组|规划|处理中心)|反催收|(?:逾期|债务|负债)上岸|帮(?:你|您)(?:协商|处理|解决|摆脱|停催|减免)|帮(?:你|您).{0,4}(?:投诉|维权|停催|停息|退息|退还|反催|摆脱|上岸)|退还.{0,4}利息|被催收|催收骚扰|专业(?:法务|律师)团队|(?:我们|专业)团队|专业协助|成功后(?:再)?收费|专业解决|停止催收|(?<!暂)停催|微信联系|联系微信|(?<![快请紧即上属])代还|垫还|以卡养卡|不成功不收费|(?:咨询|加)(?:微信|v|vx|qq)|逾期别慌|不用慌' },
  { id: 'ctx.not-overdue', kind: 'not_overdue', pattern: '当天下款|无视黑白户|不看征信|(?:已|将)?(?:停止|不再)[^。!?;\\n]{0,12}(?:联系|打扰|致电)(?:您|你)|联系人中删除|提额|即将到期|将于.{0,12}到期|(?:今日|明日|今天|明天|后天|本月\\d+日|\\d+日)到期|到期还款日|还款日为|首期还款日|按时还款可|自动还款|自动扣款|已设置.{0,4}扣款|可选最低还款|消费合计|(?:今天|明天|后天|今日|明日)是[^,。!?]{0,8}还款日|全额还款|以免逾期|避免逾期|(?:别|不要|可别|千万别)(?:再)?逾期|记得(?:按时|按期|准时)?还|(?:已|已经)(?:全部)?(?:结清|还清)|(?:已|已经)于[^,。!?]{0,6}(?:结清|还清)|成功(?:还清|结清)|还款成功|成功还款|已到账|放款|额度(?:待领取|已提升|提升)|最高.{0,6}额度|预授信' },
  { id: 'ctx.not-loan', kind: 'not_loan', pattern: '背景调查|背调|图书|借阅|还书|书籍|年检|驾照|驾驶证|签证|护照|身份证到期|会员|优惠券|积分|保单|押金|租车|还车|合同款|(?<!逾期|应还|所欠|欠的|借的|还)款项|货款|发票|报销|财务|工程款|项目款|物业费?|管理费|停车费|话费|电费|水费|燃气费?|学费|房租|租金|欠费停机' },
  { id: 'ctx.loan', kind: 'loan', pattern: '借款|贷款|借贷|网贷|信用卡|分期|白条|花呗|借呗|本息|罚息|平台|欠款|催收|贷后' },
  // A message opening with a kinship or pet name is family talk, even about a bank's 逾期.
  { id: 'ctx.kin-vocative', kind: 'personal', pattern: '(?<![你您的])(?:妈妈|爸爸|老妈|老爸)(?:很|好|都|也|一直)?(?:担心|心疼|给你|帮你|替你)|^(?:老公|老婆|亲爱的(?![^,。!?]{0,2}(?:用户|客户|会员|借款人|顾客))|宝贝|宝宝|媳妇)|^(?:儿子|女儿|闺女|儿啊|妈|爸|老妈|老爸|妈妈|爸爸|老弟|小妹|弟弟|妹妹|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|舅舅|姑姑|姨妈|小姨|外婆|奶奶|爷爷|外公)[,!]' },
  { id: 'ctx.personal', kind: 'personal', pattern: '(?:借|欠|还)我(?!们|司|方|公司|平台|就|会|马上|立刻|明天|哋|地)|(?:借|欠)你的(?:钱|那|这|[,。!?]|$)|(?:借|欠)你的${S(4)}(?:块|元)|(?:就|再|会|马上|明天|下周|下个月|月底|尽快)还你(?!们)|还你(?:钱|的钱)|还给(?:他|她)(?!们)|我(?:下周|下个月|月底|发工资)就还|我(?:自己)?(?:会|来|想办法|尽快|慢慢)还|我(?:的|那个|那笔)(?:网贷|借款|欠款|贷款|信用卡|债)' },
  { id: 'ctx.joke', kind: 'joke', pattern: '(?<!笑)哈哈|呵呵哈|(?<!笑)嘿嘿|(?<!笑)嘻嘻|开玩笑|开个玩笑|逗你|说着玩|闹着玩|打赌|输了.{0,6}(?:块|元)|请我吃|发红包|(?:吃|喝)(?:饭|夜宵|宵夜|烧烤|火锅|奶茶|串)(?!的(?:人|客人|顾客|食客))|出来玩|聚一聚|开黑(?!车)|聚会|聚餐|同学会|婚礼|喜酒|生日|\\[(?:笑|偷笑|捂脸|呲牙|坏笑)\\]' },
  { id: 'ctx.narrative', kind: 'narrative', pattern: `【[^】]{0,8}(?:新闻|快讯|日报|晚报|早报|资讯|头条|播报|时报|观察|周刊|财经|评论|(?<![通警公催])报)[^】]{0,4}】|典型案例|普法|法治课堂|法律小课堂|(?:多起|一批|多个)${S(8)}案例|据.{0,8}报道|记者|新华社|央视|警方通报|(?:宣判|判决)了?一(?:起|批)|游戏|玩家|角色|(?<!函|函件|文件|文书|判决书|合同|证件|材料)副本|经验值|双倍经验|剧本杀|密室逃脱|狼人杀|电影|剧情|小说|大侠|少侠|全服|区服|衙门|领取奖励|悬赏任务|听说了吗|你听说|据说|隔壁|看到新闻|新闻说|新闻上|报道说|暴力催收|催收团伙|看到有人|看见有人|讨薪` },
  // A victim telling someone what collectors did to them (我收到催收短信说要上门, 催收天天打我单位电话).
  { id: 'ctx.victim', kind: 'narrative', pattern: `我${S(8)}被${S(6)}(?:催收|催债|催款|爆|骂|威胁|恐吓)|(?:收到|接到)了?${S(6)}(?:催收|催债|催款|威胁|恐吓)的?(?:短信|电话|信息|消息)|(?:催收|催债|催款)(?:的)?(?:人|员|公司|那边|方)?${S(2)}(?:天天|一直|老是|总是|每天|又|还)?(?:说|威胁|骂|恐吓|打|发|爆|p)了?${S(10)}我(?!们|司|方)|我要(?:报案|投诉|举报)|我(?:好|很|真的?|特别)?害怕|我(?:好|很|真的?|特别)怕|我(?:该|应该|要)怎么(?:办|开口|要回|要|处理|弄)|(?:这|这样|他们这样)${S(2)}(?:合法|违法|犯法)吗` },
  // The borrower's side telling the reader how to deal with collectors (别理, 别替他还, 我已经报警了):
  // advice against them, like an anti-fraud notice — never the collector's own voice.
  { id: 'ctx.protective', kind: 'warning', pattern: `(?:别|不要|不用|千万别|千万不要|不必)(?:再)?(?:理(?:会|睬)?(?:他们|它们|那些|这些)?|搭理|回(?:复|应)?(?:他们|那些|短信|消息|信息)|接(?:他们|陌生)|转发|转账|转钱|垫(?:钱|付)?|(?:替|帮)(?:他|她)还|借钱给(?:他|她)|给(?:他们|催收)${C(2)}钱|开门|理睬)(?![^,。!?;]{0,2}(?:我们|我司))|我(?!们|司|方)(?:已经|已|刚|都)?${C(4)}(?:报警|报案|备案|备过案|投诉|举报)(?:了|过)|(?:直接|马上|赶紧)(?:打)?(?:报警|110)|(?:直接|马上)拉黑|都是吓(?:人|唬人?)的|(?:继续|好好|都|全)保存证据|证据${S(4)}(?:全|都)?留(?:好|着)|截图${S(4)}(?:都)?留着|我(?:问了|问过|咨询了|咨询过)${S(4)}(?:民警|警察|派出所|律师|12378|12321)|(?:派出所|民警|警察)${S(6)}给我(?:回|打)|报案的事|别一个人扛|我(?:已经|已)?(?:让|叫)${S(6)}删` },
  // Gossip about a debt of someone the writer knows (我表哥网贷逾期 …).
  { id: 'ctx.gossip', kind: 'narrative', pattern: `我(?:的|那个|那位|家)?(?:哥哥?|姐姐?|弟弟?|妹妹?|儿子|女儿|老公|老婆|侄子|外甥|表哥|表姐|表弟|表妹|堂哥|堂姐|朋友|同事|同学|邻居|亲戚|一个朋友|哥们|闺蜜|发小)${S(6)}(?:网贷|逾期|被催|欠|借)` },
  { id: 'ctx.warning', kind: 'warning', pattern: '(?<!(?:报送|移交|提交|上报|交给|转交|报|送)(?:至|到|给)?(?:当地|全国)?(?:公安|警方)?)反诈|防骗|(?:谨防|警惕|提防)(?!(?:与|和|跟)?(?:其|他(?!人)|她|此人|该人|这种人|这个人|这人))|诈骗分子|骗子冒充|冒充.{0,8}(?:公检法|客服|法院|警察|公安|工作人员)|不会通过电话办案|安全账户|96110|以防上当|如再发现|(?:判断|确定|肯定|都)是假的|建议[^。!?;\\n]{0,10}(?:举报|报警)' },
  { id: 'ctx.service', kind: 'service', pattern: '上门(?:取件|服务|维修|安装|回收|送货|收件|揽收|配送|体检|保洁|测量|检测|核酸|取货|取送)|快递|包裹|快件|骑手|驿站|取件|外卖|家政|维修师傅|预约上门' },
  { id: 'ctx.reported', kind: 'reported', pattern: '自称|冒充|假冒|谎称|声称|号称|所谓的?|以.{0,6}名义|收到.{0,8}(?:短信|电话)' },
  // The writer is the borrower warning their own circle (有人打电话说我欠钱, 联系你们说我欠款): private talk.
  { id: 'ctx.own-debt', kind: 'personal', pattern: '(?:说|讲|称)我(?:欠|借|逾期|不还)' },
  // The writer telling of their own repayment (我把钱还给小王了, 还款我已经设置好了): not a lender pressing.
  { id: 'ctx.paid-off', kind: 'not_overdue', pattern: `(?:欠款|借款|账单|贷款|逾期款项?|逾期金额)${S(4)}(?:已|已经)(?:全部)?(?:结清|还清)|(?:已|已经)(?:到账|入账)${S(8)}(?:无逾期|没有逾期|未逾期)` },
  { id: 'ctx.own-repayment', kind: 'personal', pattern: `我(?:已经|已)?(?:替|帮)(?:他|她)还了|(?:我们|咱们)${S(6)}(?:凑一凑|凑凑|凑点|凑钱)|我(?:已经|已|刚)?把${S(6)}(?:钱|款)${S(4)}还(?:给|了|上)|(?:还款|信用卡)${S(4)}我(?:已经|已)?${S(4)}(?:设置|弄|办|搞)好` },
  // Scams that sell a loan or a "fix" (解冻金 before a payout, 注销校园贷账户, 内部消除逾期): no debt is collected.
  { id: 'ctx.scam-offer', kind: 'relief_ad', notAfter: /(?:切勿|勿|不要|别|谨防|警惕|提防|以防)[^,。!?]{0,7}$/, pattern: `(?:先交|先付|需交|需缴纳|缴纳)${S(4)}\\d+元?${S(4)}(?:费|押金)|免费咨询|公益(?:审查|咨询|援助)|解冻金|解冻费|(?:内部|帮(?:你|您))消除|(?<!还款|还清|结清|还钱)消除${S(4)}(?:逾期|征信|记录)|征信修复|修复征信|洗白征信|(?:校园贷|账户|账号)${S(6)}未注销|注销${S(6)}(?:校园贷|账户|账号)|(?:校园贷|账户|账号)${S(12)}(?:需|要|必须)注销` },
  // Fiction and games quoting a collector's line (a novel's update, a 剧本杀 role): not collection even
  // when they say 你 (你追的《…》更新了) — unlike news, which is harmless only when not addressed to the reader.
  { id: 'ctx.fiction', kind: 'narrative', pattern: '剧本杀|【[^】]{0,8}小说】|小说(?:更新|连载|章节)|台词|(?:你追|在追)的《|剧组|角色扮演' },
  // Someone else reporting a collector's call to the borrower (有人打电话到公司前台说你欠钱): a colleague or
  // friend passing on news, not the collector.
  { id: 'ctx.someone-called', kind: 'personal', pattern: `有人${S(4)}(?:打电话|打到|打来|找到|找上)${S(10)}(?:说|找|问)|有个${S(12)}(?:打到|打来|找到)我|(?:有人|有个${S(8)}|陌生(?:号码?|电话|人))${S(4)}(?:给|跟)我(?:发|打)了?${S(4)}(?:短信|信息|消息|电话)${S(4)}说|有人打${S(6)}(?:座机|电话)找(?:你|您)|(?:有人|有个${S(6)}|陌生(?:号码?|电话|人))${S(14)}说(?:你|您)${S(2)}(?:欠|借|逾期)|有${S(4)}(?:借贷|贷款|网贷|金融|催收)公司${S(8)}(?:找我|找到我|打(?:电话)?给我|给我打|联系我|打到)|接到(?:一个|个)?自称|我推了(?:你|您)的(?:联系方式|电话|微信)` },
  { id: 'ctx.pickup', kind: 'personal', pattern: '(?<!们)我(?:去|来|过去|开车)?接(?:你|您)(?!们)' },
  // The reader is the claimant or the client (您诉李某…一案, 您委托的…纠纷案件): a court's or their own
  // lawyer's message about a case they brought, not collection from them.
  { id: 'ctx.claimant', kind: 'claimant', pattern: `(?:您|你)(?:起)?诉${S(10)}(?:纠纷|一案|案件)|(?:您|你)(?:委托|代理)的${S(12)}(?:案件|纠纷|投诉|材料|诉讼)|(?:您|你)(?:作为|是)原告|(?:您|你)申请的${S(12)}(?:案件|执行|仲裁|纠纷)|(?:已|已经)缴纳诉讼费` },
];

// ---- third_party: aimed at someone other than the borrower --------------------------------------
const THIRD_PARTY: Cue[] = [
  // "您的同事陈静在我司借款逾期" — the debt belongs to the relative, not to the reader.
  { id: 'tp.relative-owes', kind: 'third_party', rule: 'third_party.disclosure', implies: true, negatable: true, pattern: `${YOU}(?:的|那个|那位)?(?:${NYC(5)}的)?${RELATIVE}${NYC(14)}(?:欠|借款|借钱|借了|借网贷|网贷|贷款|逾期|不还|拖欠|跑了|失联|联系不上|躲|老赖|骗子|的账(?!单|号|户)|的债|再不处理|再不管)|${YOU}(?:的|家)?${RELATIVE}的事${C(4)}(?:管不管|不管|你管)|(?:娶|嫁)了?个${S(4)}(?:老赖|骗子)` },
  // The relative who hides, so the reader is made to answer: 你老公不接电话，那就你来还.
  { id: 'tp.family-pays', kind: 'third_party', rule: 'third_party.disclosure', implies: true, negatable: true, pattern: `${YOU}(?:的)?${RELATIVE}${S(14)}(?:不接电话|电话打不通|不出面|不敢接|躲着|失踪|装死|跑路|不露面|不回消息)${S(14)}(?:找(?:你|您)|(?:你|您)来还|(?:你|您)们?(?:替|帮)(?:他|她)还|(?:你|您)们家)` },
  // Parents blamed for the borrower to their face: 养出这么个…, 你们当父母的.
  { id: 'tp.raised', kind: 'third_party', rule: 'third_party.disclosure', pattern: `养出(?:这么|这样)?(?:个|一个)|(?:你们|您们)(?:当|做)(?:父母|爹妈|爸妈|家长)的` },
  { id: 'tp.workplace-owes', kind: 'third_party', rule: 'third_party.disclosure', implies: true, pattern: `(?:你们|您们|贵|你|您)(?:部门|单位|公司|司|团队|科室|车间|店|厂|班|学校|宿舍|寝室|工地|村|小区)(?![^,。!?]{0,4}(?:那|这|一)笔)(?:的)?[^你您,。!?;:、\\n群发贴挂寄送抄]{0,12}(?:欠|借款|借钱|借了|逾期|贷款|拖欠)|(?:你们|您们|贵)(?:部门|单位|公司|司|团队|科室|车间|店|厂)的?(?:员工|职工|同事|工作人员|下属|老师|学生)` },
  { id: 'tp.are-you-relative', kind: 'third_party', rule: 'third_party.disclosure', implies: true, pattern: `${YOU}(?:就)?是[^,。!?;\\n]{1,10}的${RELATIVE}(?:吧|吗|对吧|是吧|\\?)|${YOU}(?:是|作为)${S(10)}的?(?:紧急联系人|担保人|保证人|联系人)|(?<=^|[,。!?])(?:请问)?(?:是|就是)[^,。!?;\\n]{1,8}的${RELATIVE}(?:吗|吧|\\?)|${YOU}(?:就)?是(?!不是)[^你您我,。!?;:、\\n]{0,8}${RELATIVE}(?:吧|吗|对吧|是吧|对不对|\\?)|${YOU}(?:和|跟)${NYC(5)}(?:是)?(?:一个|同一个|同个|一起|同)(?:科室|部门|单位|公司|班|宿舍|寝室|厂|车间|学校|村|小区)` },
  { id: 'tp.listed-contact', kind: 'third_party', rule: 'third_party.disclosure', implies: true, pattern: `(?:紧急联系人|担保人|联系人|联系电话)${S(6)}(?:是|填|写|留)${S(6)}${YOU}|${YOU}(?:在|是)(?:他|她)的?(?:通讯录|手机|联系人)` },
  { id: 'tp.pass-on', kind: 'third_party', rule: 'third_party.disclosure', implies: true, notAfter: /(?:我们|我|会|将|要|就|已经?|已|(?:让|叫|请)(?:她|他|其))$/, pattern: `${YOU}(?:去|就|赶紧|快|最好)?(?:跟|和|给)${YOU}?(?:的|家的?|那个)?${RELATIVE}(?:说|讲|带个?话|传个?话)|转告|转达|带个?话|传个?话|(?:告诉|转告|提醒|督促|劝劝?|催促)(?:一下)?${YOU}(?:的|那个|家那个|家的?|那)?[^所全每你您,。!?;:、\\n]{0,3}${FAMILY}(?![^,。!?;:\\n]{0,12}(?:你|您))|(?:告诉|提醒|通知|督促|叫|让|劝|催促|催)(?:一下)?(?:他|她|其|${YOU}(?:的|那个|家那个|家的?|那)?${NYC(4)}${RELATIVE})${NYC(10)}(?:还|处理|联系|回电|回个电话|出来|面对|别躲|结清|接电话|说一声)` },
  { id: 'tp.pass-on-weak', kind: 'third_party', rule: 'third_party.disclosure', pattern: '(?:跟|和|给)(?:他|她)(?:说|讲)(?:一声|一下)' },
  // Asking others where the borrower is.
  { id: 'tp.locate', kind: 'third_party', rule: 'third_party.disclosure', implies: true, pattern: '知情者|知情人|(?:他|她|其)的?(?:下落|去向|行踪|藏身)|知道(?:他|她)(?:在哪|的下落|住哪)|(?:他|她)${S(4)}(?:留|填|写)(?:的|了)?${S(4)}(?:你|您)的?(?:电话|号码|手机|联系方式)|联系不上(?:他|她)|(?:他|她)(?:本人)?(?:一直|现在|已经)?(?:联系不上|失联|不接电话|关机|玩失踪)' },
  { id: 'tp.pay-for', kind: 'third_party', rule: 'third_party.disclosure', implies: true, notAfter: /(?:若|如|如果|假如|倘若)[^,。!?]{0,10}$/, pattern: `(?:劝劝|劝一劝|管管|催催|说说)(?:他|她)|(?:告知|转告|通知|提醒)(?:一下)?(?:他|她)(?:本人)?(?:一声|一下)?(?=[,。!?]|$)|(?:帮|替)(?:我们|忙)${S(4)}(?:联系|找|催|劝)|帮忙催|(?:帮|替|代)(?:他|她|其)(?:还|还款|垫付|偿还|结清|还钱|还上)|代为(?:结清|偿还|还款|还清|处理)|垫付|(?:作为|是)担保人.{0,6}(?:还|配合)` },
  { id: 'tp.third-person-debt', kind: 'third_party', rule: 'third_party.disclosure', implies: true, pattern: `(?:他(?!人|们)|她(?!们)|此人|该人|(?<![你您])这个人|(?<![你您])这人|该员工|该用户|该客户)(?:在|于)?${NY(8)}(?:借款|欠款|欠钱|借钱|借了|欠了|欠我们|欠|逾期|贷款|不还)` },
  { id: 'tp.broadcast', kind: 'third_party', rule: 'third_party.disclosure', pattern: '(?:各位|诸位)(?:.{0,3}(?:亲友|朋友|好友|同事|邻居|乡亲|家人|同学|亲戚)|老师|领导|好)|(?:亲友|朋友|乡亲)们好|(?:大家|各位)[^。!?;\\n]{0,6}(?:远离|监督|转告|提防|认清|督促|劝劝|告知)' },
  // The debtor named to someone around them (那个姓马的欠了网贷, 你们班赵明的爸爸是个老赖).
  // A borrower named in full right before their debt (…，吴凯再不还钱, 陈浩的欠款): the message is about
  // someone other than its reader. Counts only when the message also addresses a reader (index.ts).
  { id: 'tp.named', kind: 'third_party', rule: 'third_party.disclosure', implies: true, pattern: `(?<=^|[,。!?;:、])${SURNAME}[\\u4e00-\\u9fff]{1,2}(?:欠(?:了|我们|款|钱|的)|借了|借的钱|再不还|还不还|还没还|的钱还|的账|的欠款|的借款|在我们(?:这|平台|公司))` },
  { id: 'tp.named-debtor', kind: 'third_party', rule: 'third_party.disclosure', implies: true, pattern: `(?:那个|这个)姓.的${NY(6)}(?:欠|借|逾期|网贷|老赖)|(?:你们|您们|贵)(?:班|公司|单位|村|小区|学校|部门|店)${NY(10)}(?:是个)?老赖` },
];

// ---- contact_list: mass contact of the borrower's circle, or public exposure ---------------------
const CONTACT_LIST: Cue[] = [
  { id: 'cl.address-book', kind: 'contact_list', rule: 'contact_list.exposure', implies: true, negatable: true, pattern: `(?:通讯录|通信录|电话本|通讯簿|txl)${S(20)}(?:通知|发|打|联系|收到|知道|曝光|逐个|挨个|轰炸|爆)|(?:爆|曝光|轰炸|群发|打遍|通知|发给|发到|共享给|同步到|同步给|联系)${S(10)}(?:通讯录|通信录|所有联系人|全部联系人|紧急联系人)|(?:通讯录|通信录|联系人)${S(8)}(?:在我们手|在我们这|我们手上|已被?(?:获取|读取|掌握|拿到|导出|备份))|(?:拿到|获取|掌握|读取|导出|备份)了?${YOU}?的?(?:手机)?(?:通讯录|通信录|联系人)|(?:通讯录|通信录)${S(12)}\\d+(?:人|个)|(?:通讯录|通信录)${S(4)}(?:调出|调取|翻出|拉出)|(?:联系人|通讯录|通信录|好友)${S(10)}(?:名单|整理好|汇总|列表)|每人一条|人手一(?:条|份)` },
  // "We told your wife": the debt told to the family (not "tell your husband to pay", third_party).
  { id: 'cl.told-family', kind: 'contact_list', rule: 'contact_list.exposure', implies: true, negatable: true, pattern: `(?:我们|已经|已|会|将|要)${S(4)}(?:告诉|通知|告知|联系)了?${YOU}的?(?:老婆|老公|爱人|配偶|妻子|丈夫|孩子|儿子|女儿|家里人|亲人|兄弟姐妹)` },
  { id: 'cl.notify-circle', kind: 'contact_list', rule: 'contact_list.exposure', implies: true, negatable: true, pattern: `(?:通知|告诉|告知|通报|联系(?!不)|打电话给|打给|致电|同步至|推送至|报送至|发给|发到|发送给|寄给|共享给|同步给|同步到|转给|曝光给)(?:到)?${YOU}?(?:的|们的?)?[^,。!?;:、\\n】]{0,6}${CIRCLE}` },
  { id: 'cl.circle-phones', kind: 'contact_list', rule: 'contact_list.exposure', implies: true, negatable: true, pattern: `(?:我|我们)${S(4)}(?:给(?:她|他)(?:老人家)?打(?:个)?电话|打给(?:她|他))|(?:电话|号码)${S(4)}(?:一个个|一个一个|挨个|轮着|逐个)${S(2)}(?:打|发)|在${PUBLIC_PLACE}${S(4)}(?:提醒|说说|通知|问问)|打${YOU}(?:的)?(?:爸妈|父母|家人|领导|老板|同事|老婆|老公|朋友|亲戚)的|${YOU}(?:的)?(?:妈|爸|爸妈|父母|家人|老婆|老公|领导)(?:那个|的)?(?:号码|电话)${S(6)}(?:打|发)|(?:邻居|街坊|全村|全小区|同事|亲戚|整条街)${S(4)}(?:看热闹|看笑话)|举牌|${CIRCLE}${S(4)}(?:电话|号码|联系方式|手机号|微信)${S(8)}(?:都有|都在|拿到|掌握|有了|已经有|我们有|也有|也都有|查到)|(?:每个人|每一个人|所有人)都?(?:打|发|通知|联系)|给${YOU}?(?:的|们的?)?${C(6)}${CIRCLE}${C(4)}(?:打|发|寄|送)` },
  { id: 'cl.talk-to-circle', kind: 'contact_list', rule: 'contact_list.exposure', implies: true, negatable: true, pattern: `(?:跟|找|和|同|打给|打电话给)(?:${YOU}|他|她)?(?:的|们的?)?${S(4)}${BOSS}${S(4)}(?:聊|谈|说|讲|反映|沟通|汇报|评理|了解|打过招呼|打个?招呼|问问)|下一个${C(3)}(?:打|找|联系|轮到)${C(4)}${BOSS}|(?:跟|和|找)(?:他们|她们|他|她)${S(4)}(?:聊聊|说说|讲讲|谈谈)${S(4)}(?:你|您)(?:干的|做的|的事|欠|借)|当着${S(6)}(?:顾客|客人|同事|工友|邻居|客户|大家|所有人|全村|领导|家人|亲戚|全办公室|办公室|全公司|全单位|全厂|全家人|全家)的?面|我们${C(6)}(?:去|到)${C(8)}(?:单位|公司|科室|厂里|车间|学校|店里|村委|居委)${C(4)}(?:聊聊|聊了聊|问问|问了问|坐坐|反映|说说|讲讲|打听|宣传)` },
  { id: 'cl.circle-will-know', kind: 'contact_list', rule: 'contact_list.exposure', implies: true, negatable: true, pattern: `(?:${CIRCLE}|全世界|(?:全|整个|满)(?:医院|院|村|厂|校|学校|班|楼|小区|镇|部门|科室|单位|公司|家族|网|城|县|街|宿舍))${S(8)}(?:都会|都将|都要|全都|都|会|将|马上|很快|立刻|即将)${S(4)}(?:知道|收到|看到|接到|晓得|了解|认识到)|(?:让|叫)${YOU}?(?:的|全|所有的?)?(?:${CIRCLE}|全家|一家|家里)${S(6)}(?:看看|知道|评评理|认清|见识|看清)` },
  { id: 'cl.all-contacts', kind: 'contact_list', rule: 'contact_list.exposure', implies: true, negatable: true, pattern: `(?:所有|全部|每一个|每个|逐个|挨个|一个个|一个一个)的?(?:联系人|亲友|亲戚|朋友|好友|同事|同学|家人|邻居)|(?:逐个|挨个|一个个|一个一个)(?:通知|联系|打电话|打过去|发)|挨家挨户|(?:每户|每家|每一户|家家户户)${S(10)}(?:发|送|贴|通知|告知|说)|(?:${PUBLIC_PLACE}|${CIRCLE})${S(6)}把${YOU}的?(?:事|事情|情况|欠款|借款|丑事)${S(4)}(?:说|讲|公布|曝光|发|贴)|(?:说明|宣传|公布|通报|讲讲|说说)${YOU}的(?:欠款|借款|欠债|事|丑事)|${YOU}${S(4)}全体(?:同事|员工|亲友|家人|同学|村民|邻居|业主)|(?:告知函|通知函|催收函|催告函)${S(10)}(?:发出|寄出|发给|发到|送达|寄到)` },
  { id: 'cl.post-public', kind: 'contact_list', rule: 'contact_list.exposure', implies: true, negatable: true, notAfter: /(?:(?:你|您)(?:还有脸|还好意思|好意思|有脸|还在|还|天天|每天|居然|竟然|就知道)|还(?:天天|每天|有脸|好意思|在)|居然|竟然)$/, pattern: `(?:发|贴|挂|传|曝光|公布|公开|留言|发布|通报|散发|张贴|上传|转发|做成|(?<!(?:我们的人|我们|有人)[^,。!?]{0,6})出现在|登上)${S(10)}${PUBLIC_PLACE}(?!${S(2)}(?:了吗|吗|了没|没有))|${PUBLIC_PLACE}${S(10)}(?:留言|曝光|发布|公开|公示|展示|发(?:一条|条|个|一下|出去)|传遍|传开|流传|疯传|转发|通报|挂出|发了|发出|发过|贴了|贴出|挂了|说明|宣传|讲讲|说说|直播|专场|开帖|开贴|置顶)|(?:张贴|贴出|贴上|贴|发布|公示|散发)${S(6)}(?:公告|告示|通告|启事|通缉令|催收函|欠款通知|欠款信息)|在${PUBLIC_PLACE}${S(4)}贴` },
  { id: 'cl.exposure', kind: 'contact_list', rule: 'contact_list.exposure', implies: true, negatable: true, pattern: `(?:照片|证件照|头像|身份证|自拍)${S(8)}(?:修了|p了|配上|加上|做成|p成)|(?:p图|ps图|p(?:过|好)?的?图)(?!${S(3)}(?:真|很|挺|好看|不错|技术|软件|教程|修图))|p(?:好|过)了|ps(?:好|过)了|上热搜|做成海报|海报|光荣榜|寻人启事|悬赏令|贴告示|告示|大字报|拉横幅|挂横幅|横幅|传单|公开曝光|曝光${YOU}|全网(?:曝光|宣传|通报|公示|通缉|发|传|挂)|(?:帮|给)(?:${YOU}|他|她)${S(4)}(?:宣传|扬名)|网上曝光|挂网上|挂到网上|【曝光】|^曝光|光荣事迹|传遍${S(4)}(?:全村|村里|老家|全公司|单位|朋友圈|小区|全网|网上|亲友)|(?:让|叫)${YOU}${S(8)}(?:出名|臭名远扬|名声扫地|身败名裂|社死|社会性死亡)|等着${S(2)}(?:社死|社会性死亡|出名|身败名裂)|(?:身败名裂|臭名远扬|名声扫地)|群发${S(6)}(?:给|到)${S(6)}(?:${CIRCLE}|${PUBLIC_PLACE})|(?:等着|准备|马上|开始|直接)${S(2)}被?爆(?:通讯录|txl|联系人|你|您)|爆(?:你|您)的?(?:通讯录|txl|联系人|资料|隐私|照片|信息)|被爆${S(2)}(?:通讯录|txl)|表情包|遗照|黑白照` },
  // Telling the circle about "your matter", asking the circle about the borrower, taking it to them.
  { id: 'cl.your-matter', kind: 'contact_list', rule: 'contact_list.exposure', implies: true, negatable: true, pattern: `(?:把|将)${YOU}的?(?:事|事情|情况|欠款|借款|丑事|所作所为|欠债|光荣事迹|照片|身份证|资料|信息)${S(10)}(?:讲|说|告诉|发|传|转|寄|贴|通知|公布|曝光)${S(2)}(?:给|到)?${S(6)}(?:${CIRCLE}|${PUBLIC_PLACE})|(?:在|到|进|跟|对)${S(8)}(?:${PUBLIC_PLACE}|${CIRCLE})${S(8)}(?:说说|讲讲|聊聊|说明|说一下|讲一下|宣传|介绍)${S(4)}${YOU}(?:的|借款|欠款|欠钱)|(?:通过|向|找|去|到)${S(8)}${CIRCLE}${S(10)}(?:了解情况|了解一下|核实|调查|打听|反映情况)|(?:闹|传|宣扬|搞)到${YOU}的?${S(2)}(?:单位|公司|老家|村里?|学校|小区|家里)|(?:把)?(?:事情|事)闹大|(?:进了?|加了?|混进|加入|进入)${S(8)}(?:${PUBLIC_PLACE})|(?:${PUBLIC_PLACE})${S(6)}(?:进去了|混进去|加进去|已经进|进来了|加上了)|(?:找|去找|见)${YOU}的?(?:领导|老板|上司|hr|人事|村委会?|居委会?|村干部)|${CIRCLE}${S(8)}(?:都)?(?:加上|加了|添加了?)${S(2)}(?:微信|好友|qq)|(?:${CIRCLE}|${YOU}的?${FAMILY})的?(?:微信|qq|电话|号码)${S(6)}(?:加了|加上|添加了?|打过|有了)|${CIRCLE}${S(8)}(?:我们)(?:已经?|都|也)?(?:打过电话|打了电话|联系过|联系上|通知过|通知到|找过|去过)|被${S(6)}(?:指指点点|戳脊梁骨|议论纷纷|看笑话)|(?:让|叫)(?:他们|她们|大家|所有人|别人|全村人?|亲戚们?)${S(4)}(?:知道|看看|评评理|认清|见识)` },
  // A message to "各位亲友" is itself the mass contact.
  { id: 'cl.broadcast', kind: 'contact_list', rule: 'contact_list.exposure', pattern: '(?:各位|诸位)(?:.{0,3}(?:亲友|朋友|好友|同事|邻居|乡亲|家人|同学|亲戚)|老师|领导|好)|(?:亲友|朋友|乡亲)们好|(?:大家|各位)[^。!?;\\n]{0,6}(?:远离|监督|转告|提防|认清|督促|劝劝|告知)' },
  // The people a small trader or driver lives on (passengers, customers, the station master) and the
  // pages they read (差评, comments under every video).
  { id: 'cl.customers', kind: 'contact_list', rule: 'contact_list.exposure', negatable: true, pattern: `(?:跟|对|和|给|告诉)${S(4)}(?:乘客|顾客|客人|食客|宾客|买家|粉丝|进货的?(?:老板)?|客户|站长|队长|工友|工头|包工头|房东)们?${S(10)}(?:说|讲|讲讲|说说|说清楚|宣传|知道)|刷差评|(?:每条|所有)(?:视频|作品|动态)${S(8)}(?:留言|评论)` },
  // "The people in your phone: we start with them."
  { id: 'cl.phone-contacts', kind: 'contact_list', rule: 'contact_list.exposure', implies: true, negatable: true, pattern: `(?:手机|微信|通讯)里${S(16)}(?:人|联系人|好友)${S(6)}我们${S(8)}(?:打|发|联系|通知)` },
  // Going to a partner's or relative's workplace to have them pay: 去她公司让她帮你还.
  { id: 'cl.their-work', kind: 'contact_list', rule: 'contact_list.exposure', negatable: true, pattern: `${YOU}(?:的)?(?:女朋友|男朋友|老婆|老公|媳妇|对象|爱人|妻子|丈夫|父母|爸妈|爸|妈)${S(24)}(?:去|到)(?:她|他)(?:们)?的?(?:公司|单位|店里|学校|厂里)` },
  { id: 'cl.village-visit', kind: 'contact_list', rule: 'contact_list.exposure', negatable: true, pattern: `(?:进|入)村走访|走访${S(4)}(?:邻居|村民|亲友|乡亲|左邻右舍)` },
  { id: 'cl.told-villagers', kind: 'contact_list', rule: 'contact_list.exposure', implies: true, negatable: true, pattern: `(?:跟|和|给)${S(4)}(?:村里人|村里的人|邻居们?|街坊|乡亲们?|左邻右舍)${S(4)}(?:都)?(?:打过招呼|打了招呼|说过了|说了|讲了)` },
  { id: 'cl.comments', kind: 'contact_list', rule: 'contact_list.exposure', implies: true, negatable: true, pattern: `(?:每条|所有|每个)(?:视频|作品|动态|帖子)${S(10)}(?:留言|评论)${S(10)}(?:欠|借款|借钱|还钱|老赖|骗子|跑路)` },
  // The group or page named first, then what will appear there: 车队群、朋友圈都会出现你的照片.
  { id: 'cl.will-appear', kind: 'contact_list', rule: 'contact_list.exposure', implies: true, negatable: true, pattern: `${PUBLIC_PLACE}${S(12)}(?:都会|都将|会|将|就会)出现${YOU}的?(?:照片|欠款|借款|信息|名字|大名|事|资料|头像)` },
  { id: 'cl.copy-letter', kind: 'contact_list', rule: 'contact_list.exposure', implies: true, negatable: true, pattern: `(?:抄送|寄送至|寄送到|寄到|寄往|发往|邮寄|发送至|送到|送去|送达)${S(10)}(?:单位|公司|村委会?|居委会?|人事|老家|户籍地|家里|学校|前台)|向${S(10)}(?:单位|公司|村委会?|居委会?|人事|老家|户籍地|学校)${S(8)}(?:寄送|寄出|发送|送达)` },
  // The circle already reached, told of or shown by the collector: a relative's reaction reported
  // (你妈挺热情的, 老人家挺着急的), calls already made to them, the workplace's front desk quoted, the
  // community (网格员, 居委会) told, the circle able to look the debt up, talks with the neighbours.
  { id: 'cl.reached', kind: 'contact_list', rule: 'contact_list.exposure', implies: true, negatable: true, pattern: `(?:父母|爸妈|爹妈|家人|家里人|老婆|老公|亲戚|同事|领导|老人家)${S(20)}(?:接|接到)(?:了)?我们(?:的)?(?:电话|短信|消息)|(?:通讯录|通信录|联系人)${S(8)}(?:逐一|逐个|挨个)|(?:打|爆|轰炸)${YOU}?的?(?:通讯录|通信录|txl)|本群${S(12)}(?:欠款|欠钱|网贷|老赖)` },
  // The same family in words a friend could also use (消息已经发过去了, 找朋友聊聊, 大家都能看到): they
  // count only when other wording shows collection.
  { id: 'cl.reached-weak', kind: 'contact_list', rule: 'contact_list.exposure', negatable: true, pattern: `(?:妈|爸|父母|爸妈|爹妈|家人|家里人|老人家|老婆|老公|媳妇|岳父|岳母|公婆)${S(3)}(?:挺|很|可|都|也)(?:热情|客气|着急|担心|配合|好说话|生气)|(?:电话|消息|短信)${S(4)}(?:已经|已)${S(2)}(?:打过去|发过去)|你们?(?:公司|单位)(?:的)?(?:前台|同事|保安|领导|人事|hr)${S(2)}说|(?:向|给|跟)${S(12)}(?:网格员|居委会|村委会|社区|村干部)${S(10)}(?:报备|反映|通报|说明|告知)|(?:送达|报备|发函|函告|致函|寄送|抄送)(?:至|到|给)?${S(12)}(?:居委会|村委会|社区|网格员|贵公司|贵司|人事)|(?:亲朋好友|亲友|家人|同事|朋友|所有人|大家|身边的人)${S(4)}(?:均|都|也)?(?:可|能)(?:以)?(?:查询|查到|看到|搜到)|(?:跟|和|找)${S(4)}(?:邻居|街坊|乡亲|同事|亲戚|村里人|老乡|朋友)们?${S(2)}(?:聊聊|说说|讲讲|谈谈|唠唠)|(?:全家|一家人|全家人|全村|全小区|全校|全班)${S(4)}都(?:知道|晓得|看到)|上热门|转发扩散|扩散出去|出出名` },
];

// ---- threat: intimidation ----------------------------------------------------------------------
const PLACE =
  '(?:家里|家门口|老家|家|公司|单位|店里|店|学校|小区|楼下|门口|村里|村|住处|住所|住的地方|户籍地|户籍所在地|户口所在地|工作的地方|上班的地方|宿舍|父母家|爸妈家|厂里|摊位|摊子|摊|小卖部|门面|铺子|工地|站点|夜市|镇上|镇里|县城|祖坟)';
const POLICE_OR_COURT = '(?:警察|民警|公安|警方|刑警|经侦|法院|法官|法警|派出所|执行局)';
const THREAT: Cue[] = [
  // 去/到 your home or workplace in person — not 发到你们小区群 (posting) or 你们公司的官方号 (online).
  { id: 'th.visit', kind: 'threat', rule: 'threat.intimidation', implies: true, negatable: true, notAfter: new RegExp(`${POLICE_OR_COURT}(?:(?!我们)[^,。!?;\\n]){0,6}$`), pattern: `(?<![我发贴传寄送打转挂躲])(?:去|到|来|上|过去|跑到|杀到|登门|堵到|找到)(?:${YOU}|他|她)(?:的)?${S(4)}${PLACE}(?!${S(4)}(?:群|号|官网|网站|评论|微博|抖音|快手|公众号|贴吧|论坛|主页|账号|空间))|(?:派人|安排人|带人|带上人|叫上人|(?<!所)有人|我们的人|外访人员|外访组|上门人员|兄弟们)${S(8)}(?:去|(?<!打电话|电话|打|发|寄|传|转|问)到|上门|过来|过去)|${YOU}(?:的)?${PLACE}(?!族?群)${S(6)}(?:我们|我)${S(4)}(?:会|也会|就|要|马上|迟早)?(?:去|来|上门|过去|登门)|(?:不然|否则|要不然|要不|不还的话)${S(6)}(?:我们|我)${S(4)}(?:就)?(?:上去|过去|上门|过来)?(?:找|堵|抓)(?:你|您)|(?:到|去|来)${S(6)}${YOU}(?:的)?${PLACE}${S(4)}(?:坐坐|住几天|住上几天|等(?:你|您))|吃住${S(2)}(?:在|到)?${YOU}(?:的)?家` },
  // Posting notices or waiting at the door is a physical presence at the borrower's place.
  { id: 'th.at-door', kind: 'threat', rule: 'threat.intimidation', implies: true, negatable: true, pattern: `(?:贴|挂|拉)(?:到|在)${YOU}(?:们)?(?:的)?${S(4)}${PLACE}|(?<!我)(?:在|到|去|给)${YOU}(?:的)?${S(2)}${PLACE}${S(6)}(?:张贴|贴(?!吧)|拉横幅|挂横幅|喷漆|刷漆|堵|闹|等|发传单|派传单|撒传单|举牌)|传单${S(6)}(?:发|贴|撒)到${S(4)}(?:村|小区|公司|单位|学校|家门口)` },
  { id: 'th.go-find', kind: 'threat', rule: 'threat.intimidation', negatable: true, pattern: `(?:上班|工作)的?(?:那个|那家)?${S(2)}(?:厂|公司|超市|店|单位|医院|学校)${S(4)}我们${S(4)}(?:去|过去|走一趟|去一趟)|在${S(4)}(?:楼道|门口|小区|村口|单位)${S(2)}贴(?:告示|通知|海报|大字报)|(?:去|到|来|上)(?:${PLACE}|车队|工地|医院|科室|车间|门店)${S(4)}(?:找|堵|等)(?:你|您|他|她)|(?:揍|打)${YOU}一(?:次|顿)|(?:学校|家|公司|单位|老家|店)${S(4)}我们(?:已经|都)?去过` },
  // Police or court "coming to your door" is a false legal claim (false_legal), not the collector's visit.
  { id: 'th.home-visit', kind: 'threat', rule: 'threat.intimidation', implies: true, negatable: true, notAfter: new RegExp(`${POLICE_OR_COURT}[^,。!?;\\n]{0,6}$`), pattern: `上门(?:催收|核实|拜访|走访|处理|找|追讨|收|讨债|催款|调查|谈|沟通|请)|(?:派人|我们|我司|安排|外访|直接|马上)(?:(?!不|没|别|勿|无)[^。!?;\\n]){0,4}上门|(?:将|会|就|要|准备)(?:派人)?(?:直接)?上门|上门${S(2)}(?:小组|人员)|外访(?:人员|组)|走访${S(6)}(?:单位|村|邻居|家)|走访核实|走访调查|实地走访` },
  // Collectors coming *with* the police or the court: the visit is theirs (the police part is false_legal).
  { id: 'th.with-police', kind: 'threat', rule: 'threat.intimidation', implies: true, negatable: true, pattern: `(?:我们|我司|我方)${S(8)}(?:和|会同|联合|跟|与|带着?|协同)${S(6)}(?:${POLICE_OR_COURT}|执法人员|执行人员)${S(10)}(?:上门|到(?:你|您)|去(?:你|您)|来(?:你|您)|到家|一起|入户|约谈)|(?:${POLICE_OR_COURT}|执法人员|执行人员)${S(8)}(?:和|跟|与|会同)(?:我们|我司|我方)${S(6)}(?:一起|上门|到(?:你|您)|去(?:你|您))` },
  { id: 'th.hired', kind: 'threat', rule: 'threat.intimidation', implies: true, negatable: true, pattern: `找人${S(4)}(?:教育|收拾|修理|招呼|伺候)|(?:迟早|早晚)${S(4)}(?:被人|有人)${S(2)}(?:收拾|教训|修理)|(?:${POLICE_OR_COURT}|执法人员|执行人员)(?:的人)?${S(2)}(?:带人|派人)(?:到|去|来|上门)|欠(?:收拾|揍|打(?!卡))` },
  { id: 'th.escalate', kind: 'threat', rule: 'threat.intimidation', negatable: true, pattern: `最后一次${S(6)}(?:好好说|好声好气|客气)|下次就不是${S(6)}(?:短信|电话|发消息)|(?:让|叫)(?:他|她)${S(2)}(?:小心|当心)(?:点|一点)?(?=[,。!?]|$)` },
  // "Where you are / when you leave, we know": a collector's knowledge of the borrower's routine.
  { id: 'th.we-know', kind: 'threat', rule: 'threat.intimidation', implies: true, negatable: true, pattern: `我们(?:都|也)?知道(?:他|她|你|您)${S(4)}(?:每天|天天|几点|每周)|(?:在哪|住哪|哪家|哪个|几点|哪条路|那条路|路线|行踪|地址)${S(10)}我们(?:都|也)?(?:知道|清楚|查到|摸清|掌握|熟)` },
  // 找上门 / 打上门 are never a courier's or a guest's visit, so no addressee is needed.
  { id: 'th.come-for-you', kind: 'threat', rule: 'threat.intimidation', implies: true, negatable: true, pattern: `(?:家里|孩子|家人|老人|父母|老婆|老公|女儿|儿子)${S(8)}(?:出|闹)了?(?:什么|点|个|些)?(?:乱子|岔子|意外|状况)|(?:有人|我们|兄弟们?)${S(6)}敲${YOU}?的?(?:家)?的?门|(?:半夜|深夜|夜里|晚上)${S(6)}(?:敲门|砸门|敲${YOU}(?:家)?的?门)|说不定${S(6)}(?:有人|出事|出点事|意外)|(?:找|打|杀|追|堵)上门|找到${YOU}?(?:家)?门上` },
  { id: 'th.nearby', kind: 'threat', rule: 'threat.intimidation', implies: true, negatable: true, pattern: `(?:(?:就在|已经在|已在|已到|已经到|到了|守在|蹲在|堵在)${YOU}(?:的)?${S(2)}(?:家|小区|楼下|公司|单位|门口|村|附近|老家|住处|学校)|(?:我们的人|兄弟们|我们的同事|外访人员|我们)${S(6)}(?:都在|就在|已经在|已到)${YOU}${S(4)}(?:县城|县|镇|村|小区|附近|楼下|城市|老家|家|公司|单位))(?!${S(2)}(?:群|号|官网|网站|评论|微博|抖音|快手|公众号))` },
  { id: 'th.family', kind: 'threat', rule: 'threat.intimidation', implies: true, negatable: true, pattern: `${YOU}(?:的)?(?:家人|父母|爸妈|爹妈|老婆|老公|孩子|儿子|女儿|家里人|老人|亲人|妻子|丈夫)(?!的?(?:电话|号码|联系方式|手机号|微信))${S(12)}我们${S(4)}(?:知道|清楚|有(?![^,。!?]{0,5}(?:借款|欠款|贷款|笔|逾期|账|欠))|掌握|查到|找得到)|${YOU}${S(3)}住(?:哪|在哪|哪里|的地方|的小区|址)${S(6)}(?:知道|清楚|一清二楚)|(?:住址|地址|家庭住址|单位地址|在哪上学|在哪上班)${S(4)}(?:我们)${S(4)}(?:都有|知道|清楚|掌握|查到)|(?:全家|家人|孩子|老人|父母|爹妈|家里人|老婆|老公|妻子|丈夫|儿子|女儿|媳妇|老人家)${S(10)}(?:别想|不得|安生|安宁|好过|出事|小心|安全|不太平|太平不了|危险|意外|担惊受怕|提心吊胆|指指点点|被欺负|抬不起头|怕不怕|害怕|怕了吧|怕吗)|看${YOU}(?:的)?(?:父母|爹妈|爸妈|家人|孩子|老婆|老公|家里人)${S(8)}(?:怎么|如何)(?:做人|见人|生活|抬头|活)|(?:拜访|看望|问候|照顾)${S(4)}(?:老人家|父母|爸妈|家人|孩子|老婆|老公)|(?:我们|women|wm|都)${S(2)}(?:知道|清楚|查到|掌握了?|摸清了?)${YOU}${S(10)}(?:在哪|住哪|哪条路|几点|地址|学校|上班|上学|住址|住在|行踪|路线)` },
  { id: 'th.harm', kind: 'threat', rule: 'threat.intimidation', implies: true, negatable: true, pattern: '不想.{0,4}出事|跪着还|跪下(?:来)?还|贴满.{0,8}(?:学校|食堂|宿舍|小区|村|单位|公司|电线杆)|只能.{0,4}上门|剁了?(?:你|您)|(?:腿|手|胳膊)[^,。!?]{0,3}(?:打断|打折|剁掉?|废掉?)|死光|死绝|(?:祝|愿)(?:你|您).{0,4}(?:全家)?.{0,2}(?:死|出事|倒霉)|别让我.{0,6}(?:碰到|看到|遇到|逮到|看见)(?:你|您)|(?:方式|手段|办法).{0,4}(?:不会喜欢|不好受|受不了)|现场办公|驻场催收|(?:公司|单位|家|小区|学校|厂|店)(?:的)?(?:前台|门口|楼下)见|(?:玻璃|橱窗|车窗|门窗).{0,2}(?:碎|砸)|遗照|(?:磕了碰了|磕磕碰碰|刮花|划花|砸了).{0,4}(?:可惜|心疼)|最后一次好好(?:跟你|和你)?(?:说|讲)|挨家挨户.{0,4}(?:去|上门|拜访|走访)|报警(?:也|都)?(?:没用|不管用)|(?:警察|民警)(?:还|又)?能.{0,6}(?:守着|护着|保护)(?:你|您)|丢饭碗|等着.{0,4}(?:被开除|被辞退|失业)|被车撞|不得好死|出了什么事|出了事|会出事|走夜路|夜路|看(?:看|着)?(?:身后|背后)|背后小心|(?:你|您)(?:是)?(?:跑不了|逃不掉|躲不掉|躲不了|跑不掉)|小心(?:你|您)的?(?:车|家|孩子|儿子|女儿|老婆|老公|家人|父母|腿|手|脸|命|安全|店|房子|小命)|弄死|打死|砍死|杀了你|砍了你|打断.{0,4}腿|废了你|收拾你|弄残|泼油漆|泼粪|放火|烧了你|揍你|打你一顿|教训你|人身安全|出点事|出什么事|三长两短|缺胳膊少腿|见血|要你命|要你的命|让你死|死得很难看|卸你|(?:搞|整|治|弄)(?:死|残|废|垮)(?:你|您)?|(?:砍|捅|刀)(?:了|死)?(?:你|您)|做了(?:你|您)|宰了(?:你|您)|灭了(?:你|您)|收尸|死无葬身之地|血光之灾|灭门|(?:见|看到|碰到)(?:你|您)一次打一次|打(?:你|您)一顿|砸(?:了)?(?:你|您)的?(?:家|店|车|门|窗|玻璃|摊)|砸门|(?:让|叫|送)(?:你|您)${S(4)}(?:住院|进医院|躺医院|进icu|坐轮椅)|断手断脚|跟踪(?:你|您)' },
  { id: 'th.veiled-strong', kind: 'threat', rule: 'threat.intimidation', implies: true, negatable: true, pattern: `走着瞧|等着瞧|你等着|给我等着|等着吧|掂量掂量|掂量一下|别怪我们|没好果子吃|让你好看|有你好看|吃不了兜着走|有的是办法|多的是办法|总有碰上|总有遇到|跑得了和尚|躲得了初一|在家等着|别以为.{0,10}(?:找不到|躲得掉|跑得掉|没事)|(?:让|叫)(?:你|您)(?:知道|尝尝|见识|明白).{0,4}(?:厉害|手段|滋味|什么叫|后悔)|(?:天涯海角|跑到哪|躲到哪|逃到哪).{0,8}(?:找到|找得到|抓到)|(?:也|都)能找到(?:你|您)|躲得了一时|躲不了一世|(?:总有一天|迟早|早晚).{0,4}找到(?:你|您)|别逼我们|别逼我|没(?:我们)?这么客气|不会(?:再)?(?:这么|那么)?客气|什么事都做得出来|不择手段|别想安生|不得安宁|鸡犬不宁|永无宁日|(?:让|叫)(?:你|您).{0,8}(?:抬不起头|混不下去|待不下去|无法立足)|抬不起头|(?:让|叫)(?:你|您)的?(?:日子)?(?:过不|不得|没法|没有好日子|不好过|难过|过得不)|(?:让|叫)(?:你|您)${S(6)}(?:过不(?:安生|好|下去|踏实|安稳)|不得安生|没好日子)|(?:还)?想不想(?:要|活|过|干|混)(?:了|下去)|(?:再敢|敢再|有种)${S(8)}试试|不信(?:你|您)?(?:就)?试试|后悔一辈子|(?:让|叫)(?:你|您)后悔|(?:你|您)(?:会|要)后悔|(?:可)?别后悔|识相(?:点|的话|一点)|识趣(?:点|一点)|不讲情面|多留(?:个|点)?心眼|(?:出|有)(?:点|个)?(?:什么)?意外|躲得(?:了|过)${S(4)}躲不(?:了|过)|不会(?:让|叫)(?:你|您)${S(2)}(?:好过|好受|安生|舒服)|(?:等|让|要是|真要)${S(2)}我们找(?:到|上)(?:你|您|门)|找到(?:你|您)${S(6)}(?:就不是|可不是|没那么简单)|不可收拾|闹得${S(4)}(?:难看|不好看|很大|更大)|(?:我们的人|我们|有人)${S(8)}(?:出现在|守在|等在|站在)${YOU}?(?:的)?${S(2)}${PLACE}|我们的(?:方式|办法|规矩)|(?:你|您)?自己想想(?:会|后果)|会(?:怎样|怎么样)(?:吧)?[?]|别想安宁|(?:别想|休想)睡|睡不(?:了|成)?安稳|一清二楚|清清楚楚|了如指掌|门儿清|我们有(?:兄弟|人)|(?:还能不能|能不能)${S(2)}(?:开门|开张|营业|上班|出门|做生意|安心)|(?:一家老小|全家老小|家里老小|老婆孩子|妻儿|老人孩子)${S(10)}(?:拜访|看望|问候|照顾|登门|去一趟|走一趟)|(?:用|换)(?:点|些)?(?:别的|其他|特殊)(?:办法|手段|方式)|对(?:你|您)没(?:什么)?好处|惹(?:毛|火|急|恼)了?(?:我们|我)|套麻袋|闷棍|拍砖|(?:你|您)${S(10)}(?:提心吊胆|不保险|遭殃|倒大霉)|(?:上班|下班|回家|放学|出门|上学)的?路上${S(6)}(?:等|堵|见|碰|拦)|(?:我们|有人|我们的人|兄弟们?)${S(6)}(?:盯着|盯上|跟着(?:你|您)|守着|蹲着|记下|摸清|踩点)|(?:做|干)(?:得)?出什么(?:事)?来|不敢保证${S(10)}(?:会|做|出)|手下(?:的|那帮|那些)?兄弟|有的是人|(?:还能|还想|别想|休想)(?:安安稳稳|安稳|安心|踏实|安生|太平)|(?:别想|休想)睡(?:个)?(?:好|安稳)?觉|哭都来不及|后悔(?:都)?来不及|后悔莫及|别让(?:我们|我)找(?:到|上)|(?:我们|我)${S(3)}(?:一定|肯定|迟早|早晚|总会|会)(?:能)?找到(?:你|您)(?!的?(?:电话|号码|微信|联系方式))|(?:你|您)最好(?:祈祷|小心|别让|老实点)|祈祷(?:别|不要)` },
  { id: 'th.veiled', kind: 'threat', rule: 'threat.intimidation', negatable: true, pattern: `后果.{0,4}(?:自负|自己承担|自行承担|你承担|由你)|后果很严重|后果不堪设想|自己看着办|你看着办|看着办吧|好自为之|不客气|小心点|小心你的|出门小心|注意安全|路上小心|说到做到|付出代价|耐心${S(2)}(?:有限|用完|耗尽|到头)|就不好说了|可就难说了|(?:想清楚|想好|考虑清楚)${S(2)}后果|(?:你|您)${S(4)}掂量|不是${S(6)}(?:这么|那么)简单|天天去|天天到|轮流去|心存侥幸|注意点|采取(?:其他|进一步|非常|特殊)?(?:措施|手段|行动)|非常手段` },
  // Calls without end as a threat (打到你接为止, 每五分钟打你一次, 呼死你): harassment announced, collecting.
  { id: 'th.call-bombing', kind: 'threat', rule: 'threat.intimidation', implies: true, negatable: true, pattern: `打(?:到|得)${YOU}${C(6)}为止|呼死${YOU}|(?:电话|短信|信息)轰炸|轰炸${YOU}|每(?:隔)?${C(3)}(?:分钟|小时|个小时)${C(4)}打${YOU}|(?:天天|每天|24小时|二十四小时)(?:晚上|半夜|夜里)?${C(4)}(?:给|打)${YOU}${C(4)}打|(?:天天|每天)打${YOU}|天天打(?=[,。!?]|$)` },
  // The reader's address or window read back to them (…B栋4楼408，对吧？ 你宿舍的灯还亮着): watched.
  { id: 'th.watched', kind: 'threat', rule: 'threat.intimidation', implies: true, negatable: true, pattern: `(?:\\d|[a-z])(?:栋|幢|楼|号楼|单元|层|室)${C(8)},?(?:对吧|是吧|没错吧|对不对|没记错吧)|(?:灯|窗)${C(2)}(?:还)?(?:亮着|开着)${C(8)}(?:你|您)` },
  // The family made to suffer for the debt, the borrower's routine recited back, "mind the road home":
  // ordinary words between friends, so only where other wording shows collection.
  { id: 'th.routine', kind: 'threat', rule: 'threat.intimidation', negatable: true, pattern: `(?:孩子|家人|老人|父母|爸妈|老婆|老公|儿子|女儿|闺女|家里人|一家老小|全家|一家人)${S(4)}跟着${S(4)}(?:受罪|遭殃|受苦|倒霉|吃苦头|受连累|遭罪)|(?:每天|天天|每晚|每早|每周)${C(12)}(?:几点|点|放学|上学|下班|上班|出门|回家|接送|背|路过|经过)${C(6)},?(?:对吧|是吧|没错吧|对不对|没记错吧)|路上${S(4)}(?:小心|当心|注意安全)|别一个人(?:走|出门|回家|看店)|(?:我们|兄弟们?)${S(4)}(?:去|过去|来)接(?:你|您)|撒一地|(?:砸|掀|拆)(?:了|烂|掉)(?:你|您)|泼(?:油漆|漆|粪)|慢慢走|(?:你|您)今天穿(?:的|了)|(?:来|去|到)${S(8)}坐坐` },
  // Knowing where the family is, said by a collector, is a threat; said by a friend it is not (weak).
  { id: 'th.whereabouts', kind: 'threat', rule: 'threat.intimidation', negatable: true, pattern: `我们(?:也|都)?(?:知道|清楚)${S(2)}(?:在哪|住哪|是哪)|${YOU}(?:的)?(?:妈|爸|母亲|父亲|爸妈|父母|老婆|老公|媳妇|孩子)${S(10)}(?:晨练|买菜|散步|上班|下班|接孩子|放学)${S(4)}我们(?:都)?(?:知道|清楚)|(?:在哪|住哪|哪家|哪个)${S(8)}(?:我们|都)(?:也|都)?(?:知道|清楚|查到|摸清)|${YOU}(?:的)?(?:儿子|女儿|孩子|老婆|老公|父母|爸妈|家人|妻子|丈夫)${S(4)}(?:放学|上学|下班|上班|接送|回家)${S(6)}(?:几点|时间|路线|哪条路|来着)|${YOU}的?(?:儿子|女儿|孩子|老婆|老公|父母|爸妈|家人|妻子|丈夫)${S(3)}在${S(10)}(?:小学|中学|幼儿园|学校|上学|上班|公司|单位|工作|住)` },
  // Dialect and shorthand threats (知死, 削你, 逮到你, 来你屋头, 躲得到好久, a knife emoji): strong.
  { id: 'th.dialect', kind: 'threat', rule: 'threat.intimidation', implies: true, negatable: true, pattern: `知死|削(?:你|死你|了你)|(?:逮|抓)(?:到|住)(?:你|您)|(?:来|去|到|上)${YOU}(?:屋头|屋企)|搵(?:你|您)|躲(?:得到|得了)?(?:好久|多久)|${YOU}丫${S(2)}等着` },
  // Veiled threats without a threatening word: "you know" (你懂的), "no debt we could not collect",
  // the family's frailty (父母年纪大了经不起折腾), a visit already made or announced again (去过你老家,
  // 我们明天再去), "stay home", the whole family to suffer, a bare 等着 at the end.
  { id: 'th.veiled-unsaid', kind: 'threat', rule: 'threat.intimidation', negatable: true, pattern: `你懂的|懂我(?:的)?意思|(?:没有|还没)(?:收|要)不回来的(?:账|钱|债)|不会想成为|(?:身体|岁数|年纪)${S(8)}(?:经不起|受不了|禁不起|扛不住)|经不起折腾|老实(?:在家|待着|呆着)|全家${S(6)}(?:倒霉|遭殃|受罪)|去过${YOU}(?:的)?${S(2)}(?:老家|家|公司|单位)|我们${S(4)}(?:明天|改天|下次|回头|过两天)再(?:去|来)(?:[,。!?]|$|一趟|找|拜访|家|公司|单位)|(?:在哪|住哪|哪里|单位|公司|地址)${S(8)}(?:查得到|查得出|找得到)|(?:群发|曝光|通知)${S(4)}等着|等着!*$|刀{2,}|刀!*$|安排${S(16)}上门(?:核实|走访|拜访|调查|处理)|(?:单位|公司|学校|地址|住址)${S(2)}我们${S(2)}(?:也|都)?(?:查到|找到|知道)` },
  // What the collector knows of the reader's car, home or family, asked back as a question
  // (你那台朗逸停B2层是吧, 你家住金兰苑吧), or "our people happen to be over there".
  { id: 'th.we-know-question', kind: 'threat', rule: 'threat.intimidation', negatable: true, pattern: `${YOU}(?:的)?(?:家|那台|那辆|车|老婆|老公|孩子|女儿|儿子|媳妇|爸妈|父母)${S(8)}(?:住|停|在)${S(12)}(?:小区|街道|路|号|栋|楼|层|车位|车库|学校|小学|中学|幼儿园|公司|上班|上学|单位|店|厂|苑|园)${S(8)}(?:是吧|对吧|吧[?,]|没错吧|对不对)|(?:我们|我们的?同事|我们的人|兄弟们?)${S(6)}(?:正好|刚好|这两天|就)在(?:那边|那儿|那里|附近|你那|楼下|你们?小区|你们?那)` },
];

// ---- insult ------------------------------------------------------------------------------------
const INSULT_WORD =
  '(?:骗子|老赖|无赖|赖子|垃圾|废物|废人|东西|玩意儿?|货色?|人渣|败类|猪|狗|蠢货|白痴|蠢猪|穷鬼|贱人|畜生|混蛋|王八蛋|废柴|窝囊废|loser|' +
  '要饭的|叫花子|赖皮|小人|无底洞|老油条|渣子|乞丐|穷光蛋|烂人|孬种|怂包|贱骨头|下三滥|瘪三|龟孙子?|狗崽子|赖皮狗|癞皮狗|臭虫|蛆|吸血鬼|泼皮|无赖|流氓|痞子|智障|弱智|神经病|二百五|饭桶|蠢材|臭婊子|骚货|贱种|孽种|残废|小偷|贼|黄脸婆|泼妇|狐狸精|丑八怪|懒婆娘|文盲|乡巴佬|土包子|老家伙|老东西)';
const INSULT: Cue[] = [
  { id: 'in.strong', kind: 'insult', rule: 'insult.degrading', implies: true, pattern: `人渣|畜生|畜牲|狗东西|狗日|王八蛋|混蛋|杂种|贱人|贱货|婊子|傻逼|傻b|傻x|煞笔|sb(?![a-z])|脑残|废物|窝囊废|死皮赖脸|不要脸|没脸没皮|厚颜无耻|无耻|下贱|狼心狗肺|白眼狼|寄生虫|渣滓|败类|丧家犬|老不死|去死|死全家|全家死|缺德|禽兽|猪狗不如|不是人|丢人现眼|真丢人|丢死人|人品(?:极差|太差|败坏|低劣)|没良心|(?<!耍|装)无赖|蛀虫|好意思活|有脸活|烂人|不得好死|无耻之徒|配活着|活着(?:还)?有什么(?:意思|用)|不如死了|滚出来|滚蛋|给我滚|穷逼|low货|(?:脸|人)都(?:被你)?丢(?:光|尽)|祖宗的脸|(?:你|您)(?:还是|还算|算)(?:个|什么)?(?:人|男人|女人)吗|没人性|缩头乌龟|(?:你|您)是(?:死人|聋子|哑巴|猪|傻子|白痴)(?:吗|啊|吧)|(?:你|您)(?:是)?(?:死了|聋了|瞎了|哑了|残了)(?:吗|啊|是吧|还是)|下三滥|王八羔子|蠢货|蠢猪|毒瘤|没皮没脸|怂货|渣渣|丢不丢人|给${S(6)}丢脸|丢(?:尽|光)${S(4)}脸|厚脸皮|脸皮${S(6)}厚|羔子|渣子|烂泥扶不上墙|扶不上墙|瘪三|龟孙|狗崽子|狗娘养|狗杂种|赖皮狗|癞皮狗|死狗|猪狗|狗改不了|臭不要脸|臭婊|骚货|贱种|孽种|野种|杂碎|人模狗样|衣冠禽兽|不是东西|什么东西|什么玩意|装孙子|缩头乌龟|鳖孙|智障|弱智|脑子${S(4)}(?:有病|进水|有坑|坏掉|坏了|被(?:门|驴)${S(2)}(?:夹|踢))|猪脑子|你妈(?:逼|b|了个)|去你妈|他妈的|尼玛|tmd|nmsl|cnm|操你|草你|日你|滚犊子|傻缺|傻帽|沙雕|二逼|土鳖|屌丝|废柴|吸血鬼|草泥马|曹尼玛|操你妈|草你妈|妈了个(?:逼|巴子)|mlgb|nmb|wcnm|rnm|qnmd|沙比|傻比|煞比|撒比|傻屄|傻叉|傻吊|傻屌|龟儿子|兔崽子|贱骨头|烂货|破鞋|蠢驴|憨批|脑瘫|精神病|短命鬼|扑街|仆街|狗屎|狗屁(?:不是|不如)|害人精|丧门星|扫把星|没家教|没教养|有娘生没娘养|没爹(?:妈)?教|畜生不如|给脸不要脸|过街老鼠|(?:死|臭)(?:骗子|老赖|无赖|垃圾|废物|东西|玩意儿?|穷鬼|要饭的|叫花子|赖皮|赖子|不要脸)` },
  { id: 'in.directed', kind: 'insult', rule: 'insult.degrading', implies: true, pattern: `${YOU}(?:这个|这种|个|就是个|就是一个|就是|真是个|真是|是个|这|们这些|们这种|们这帮|这样的)${S(6)}${INSULT_WORD}|(?:是个|这个|一个)${S(4)}老赖|^(?:【[^】]*】)?[死臭烂大老]?${INSULT_WORD}|(?:欠钱不还|借钱不还|不还钱|赖账|欠债不还|死皮赖脸|不要脸|没良心|缺德|欠钱|赖皮)的${S(4)}${INSULT_WORD}|老赖(?:[a-z]|[\\u4e00-\\u9fa5]某|某)|(?:就是个|就是一个|真是个|纯纯的?)${S(4)}${INSULT_WORD}` },
  // Dialect insults (粤语 冚家铲/扑街, 东北 瘪犊子/孙贼, 四川 瓜娃子/锤子, 上海 戆大/册那, 睡你麻痹).
  { id: 'in.dialect', kind: 'insult', rule: 'insult.degrading', pattern: '冚家铲|冚家|你老母|扑街|仆街|瘪犊子|犊子|孙贼|瓜娃子|瓜批|哈批|憨批|锤子|戆大|册那|麻痹(?!大意)|妈卖批|你丫(?!头)|丫的|傻狍子|虎逼|衰仔|痴线|黐线|二球' },
  // Mockery: invented awards and titles (最佳失联奖, 诚信楷模), sarcastic honorifics in quotes, the
  // borrower as an actor or an amnesiac. Only where other wording shows collection (诚信楷模 is also praise).
  { id: 'in.mockery', kind: 'insult', rule: 'insult.degrading', pattern: `人才中的人才|吉尼斯|(?:诚信|守信|信用|失信)[”"]?(?:楷模|标兵|模范|典范|之星|达人|冠军)|(?:最佳|年度|本月|终身)${S(4)}(?:失联|老赖|拖欠|躲债|赖账|装死|失踪)${S(2)}奖|(?:尊敬|亲爱)的“[^”]{1,4}”|诚信值${S(6)}(?:跌破|归零|为零|负)` },
  { id: 'in.sarcasm', kind: 'insult', rule: 'insult.degrading', pattern: `奥斯卡|小金人|影帝|影后|(?:不去|怎么不去)当演员|(?:就|又|选择性|集体)失忆|好记性|光荣事迹|人品堪忧|这么有出息|有出息的孩子` },
  // "…是个骗子" and a bare 老赖 closing the message: the label aimed at the borrower.
  // Labels pinned on the borrower: 典型老赖一个, 不折不扣的老赖, a poster's title in quotes (“东莞老赖某某”).
  { id: 'in.label', kind: 'insult', rule: 'insult.degrading', implies: true, pattern: `不是(?:个|什么)?好东西|(?:是|算)(?:个)?什么(?:货色|东西)|(?<=^|[,!?。])诈骗犯(?=[,!?。])|(?:没出息|没用|没脑子)的(?:东西|玩意|货)|穷b|穷逼|活着${S(2)}(?:就是)?浪费(?:空气|粮食)|祖坟${S(2)}冒(?:黑|青)?烟|(?:出了|有)(?:个|一个)(?:老赖|骗子)|毫无(?:信用|诚信|底线|廉耻|人品)|丢(?:的是|尽了?|光了?)${S(6)}的?脸|(?:典型|十足|不折不扣|妥妥|标准|纯纯|彻头彻尾|地地道道|实打实)(?:的)?(?:一个)?(?:老赖|骗子|无赖|赖子|赖皮|垃圾|废物|人渣|败类)|[“"][^”"]{0,8}(?:老赖|诈骗犯|骗子|败类|无赖|小偷)[^”"]{0,8}[”"]|(?:都|全)是(?:狗|猪|垃圾|废物|骗子|老赖|人渣|一路货色)` },
  // Slurs on sex, looks or character (黄脸婆, 败家娘们, 满嘴谎话) and contempt for a trade (种地的文盲也敢借钱,
  // 跑外卖的穷鬼，): harmless words elsewhere, so they count only once other wording shows collection.
  { id: 'in.slur', kind: 'insult', rule: 'insult.degrading', pattern: `黄脸婆|狐狸精|骚狐狸|丑八怪|泼妇|母夜叉|赔钱货|长舌妇|(?:懒|臭|骚|死|贱|败家|傻|蠢)(?:婆娘|娘们儿?|娘儿们)|败家(?:子|玩意|娘)|好吃懒做|满嘴(?:谎话|谎言|跑火车|胡话)|谎话连篇|(?:就是|是个|是一个|就是个)祸害|吃软饭|穷酸样?|(?:也配|也敢)(?:借钱|借款|贷款|欠钱|做人|活着|开店|摆摊)|老鼠一样|像(?:条|只)(?:狗|老鼠|乌龟)|^(?:【[^】]*】)?[\\u4e00-\\u9fa5]{1,6}的(?:穷鬼|穷光蛋|废物|骗子|老赖|垃圾|小偷|无赖|文盲)(?=[,!?。])` },
  { id: 'in.is-a', kind: 'insult', rule: 'insult.degrading', pattern: `(?:是个|是一个|就一)${S(2)}(?:骗子|老赖|无赖|垃圾|废物|人渣|败类|赖子|赖皮|瘪三|混子)|(?<=^|[,!?。])(?:死|臭)?(?:老赖|骗子|无赖|废物|人渣)(?=[!?。]*$)` },
];

// ---- false_legal: false or exaggerated legal consequences, impersonation --------------------------
const FALSE_LEGAL: Cue[] = [
  { id: 'fl.crime', kind: 'false_legal', rule: 'false_legal.criminal', implies: true, negatable: true, pattern: `(?:涉嫌|构成|已构成|属于|就是|已经是|定性为|认定为|判定为|以|按)${S(4)}(?:诈骗|欺诈|贷款诈骗|信用卡诈骗|恶意透支|合同诈骗|非法占有|骗贷|刑事犯罪|犯罪|违法犯罪|侵占)|恶意逃废债|(?:涉嫌|构成|已构成|犯了?)${S(8)}罪|刑事(?:责任|立案|案件|拘留|处罚|追诉|诉讼|控告|报案)|立案标准|追究${S(4)}刑事|诈骗罪|非法占有|(?:列为|成为|已是|属于|认定为|定为)${S(6)}(?:嫌疑人|犯罪嫌疑|被告人|在逃)|犯罪嫌疑人|诈骗嫌疑|免于(?:起诉|追究|处罚|刑事)` },
  { id: 'fl.jail', kind: 'false_legal', rule: 'false_legal.criminal', implies: true, negatable: true, courtWording: true, pattern: '坐牢|坐.{1,3}牢|判(?:下来)?.{0,4}(?:\\d|[一二两三四五六七八九十几])年|牢饭|批捕|刑拘|收监|做笔录|蹲监狱|进监狱|判刑|判处|有期徒刑|无期徒刑|拘留|拘传|传唤|逮捕|抓捕|(?<!p成|ps成|做成|p一张|p个|p到|做到|印到|贴到)通缉|网上追逃|追逃|抓你|带走你' },
  { id: 'fl.sanctions', kind: 'false_legal', rule: 'false_legal.criminal', negatable: true, courtWording: true, pattern: `限制出境|限制高消费|限高|限制乘坐|禁止乘坐|(?:坐不了|无法坐|不能坐|无法乘坐|不能乘坐)(?:飞机|高铁|火车)|乘坐飞机|(?<!申请(?:人民)?法院|依法申请)强制执行|(?:冻结|扣划|划扣|强制扣)${S(8)}(?:微信|支付宝|社保|银行卡|账户|财产|工资|零钱|公积金|存款)|(?:查封|扣押|拍卖|贴封条)${S(6)}(?:房|车|家|电器|财产|家具|资产|店|铺|摊|门面|厂|货|农机|牲畜|承包地|宅基地|土地)|贴(?:上)?封条|上门执行|(?:执行法官|执行人员|执行科|执行庭|执行局|法警|法院的人)${S(10)}(?:和我们|跟我们|与我们|联合|一起|上门|到你|去你|过去|过来|清点|拉走|搬)|(?:驾驶证|驾照|行驶证|资格证|营业执照|从业资格证?|网约车证)${S(6)}(?:吊销|注销|作废|冻结|扣押)|按${S(2)}(?:盗窃|诈骗|侵占)罪?${S(2)}(?:报案|立案|处理|起诉)|布控|网上追逃|列为在逃|在逃人员|收回${S(8)}(?:承包地|宅基地|土地|经营权)|(?:妨碍|妨害|抗拒)执行|(?:欠款|借款|欠债)${S(24)}(?:低保|补贴|养老金|退休金)${S(8)}(?:停发|停止发放|取消)|(?:低保|补贴|养老金|退休金)${S(12)}(?:划扣|扣除|抵扣)${S(4)}(?:欠款|借款)|过户${S(4)}(?:给我们|抵债)|(?:房子|车子|房产|车辆|财产|家具|存款)${S(8)}(?:被)?(?:查封|扣押|拍卖)|(?:银行卡|账户|微信|支付宝|工资|社保|退休金|养老金|收款码|工资卡)${S(8)}(?:被)?冻(?:结|了)|(?:飞机|高铁|火车)${S(4)}(?:坐不了|不能坐|无法乘坐)|限制出行|出行名单|(?:法院|执行局|法警)${S(6)}(?:上门|到家|到你家|到家里|直接到|来你家)|限制(?:高)?消费令?|限消令|(?:申请|办理|下达)${S(4)}限制消费` },
  { id: 'fl.family-impact', kind: 'false_legal', rule: 'false_legal.criminal', implies: true, negatable: true, pattern: `(?:影响|牵连|连累)${S(4)}(?:子女|孩子|后代|家人|下一代)${S(6)}(?:上学|入学|考公|政审|就业|参军|工作|前途|考学)|(?:子女|孩子)${S(4)}(?:不能|无法)${S(4)}(?:上学|考公|参军|入学|当兵)|(?:子女|孩子|后代)${S(10)}(?:考公|公务员|政审|参军|当兵|入学|上学)${S(6)}(?:过不了|受影响|没戏|受限)` },
  { id: 'fl.police', kind: 'false_legal', rule: 'false_legal.criminal', implies: true, negatable: true, pattern: `(?<!可|以|请|您可|你可)向${POLICE}${S(6)}(?:提交|报案|举报|移交|递交)|(?:移交|移送|转交|提交|递交|送交|呈交|报备|报案|上报|交给|交由|交到|联合|配合|协同|会同|同步|联系)${S(8)}${POLICE}|${POLICE}${S(6)}(?:协助|协查|配合|找人|取证|上门|找你|抓你|来找|会找|传唤|带走|到你|备案|介入|通知你|叫你|传你)|协查|协助调查|(?:已经|已|马上|立即|将|会)报警` },
  { id: 'fl.case-filed', kind: 'false_legal', rule: 'false_legal.criminal', implies: true, negatable: true, courtWording: true, pattern: `(?:已|已经|正式|即将|马上|准备|予以)(?:被)?(?:立案|备案)(?!受理)|案子${S(4)}(?:立案|立了|批了|下来)|案号都|立案(?:申请|材料|手续)|(?:已|已经)(?:被)?(?:移送|移交|提交|转交)(?:至|到|给)?(?:当地)?法院|立案(?:侦查|调查|处理)|(?<!法院)立案后|(?:起诉|诉讼)(?:流程|程序|阶段)|(?:已|已经)(?:被)?起诉(?:至|到)?法院|(?:已|已经)进入.{0,4}(?:司法|执行|诉讼|起诉)|(?:已|已经)${S(6)}(?:申请|提起)立案|协助执行|配合执行` },
  { id: 'fl.documents', kind: 'false_legal', rule: 'false_legal.criminal', negatable: true, courtWording: true, pattern: '传票|律师函|执行令|拘留证|逮捕令|法务函|催告函|协查函|执行通知书' },
  { id: 'fl.blacklist', kind: 'false_legal', rule: 'false_legal.blacklist', implies: true, negatable: true, courtWording: true, pattern: '失信被执行人|失信名单|失信人员名单|失信黑名单|失信曝光|征信黑名单|黑名单|失信公示|失信系统|老赖名单|全国联网|纳入失信|上报.{0,8}失信' },
  // Police, prosecution and prison words from a lender or its agents: the lender can sue (a civil case),
  // it cannot send anyone to prison or to the police records.
  { id: 'fl.police-words', kind: 'false_legal', rule: 'false_legal.criminal', negatable: true, courtWording: true, notAfter: /(?:向|可|请|拨打|可以|前往)$/, pattern: `看守所|监狱|拘役|公诉|检察院|检察官|警官|公安系统|公安局|派出所|司法(?:机关|处理|程序|部门)|判决书|裁定书|(?:吃|打)官司|失信平台|全国失信|犯罪记录|留案底|案底|拒不执行|拒执罪|民警|(?:身份证|户口|社保|学籍)${S(6)}(?:注销|作废|冻结|吊销)|被法院起诉|法院(?:已经?)?起诉(?:你|您)` },
  // A court or tribunal header on a message from a personal mobile: courts send from 12368 or a landline
  // (FACTS §4), never from a handler's mobile, so this is impersonation. Other senders: content decides.
  { id: 'fl.court-header', kind: 'false_legal', rule: 'false_legal.impersonation', personOnly: true, implies: true, pattern: '【[^】]{0,12}(?:法院|仲裁委?|执行局|法务部|律师事务所)[^】]{0,8}】' },
  { id: 'fl.impersonation', kind: 'false_legal', rule: 'false_legal.impersonation', negatable: true, pattern: `【[^】]{0,12}(?:公安|警方|派出所|检察院|监管局|金融监管|银保监|证监|人民银行|征信中心|网信办|司法局|经侦|执行局)[^】]{0,8}】|(?:这里是|这边是|我这边是|此处是|我是|我们是|本人是|我们这里是)${S(8)}(?:法院|执行局|公安局|派出所|经侦|刑警|检察院|监管局|征信中心|网警|网安|金融办|仲裁委)|(?:公安|法院|检察院|监管局|征信中心)(?:提醒|通知|警告)|执行专员` },
  // Debt liability claimed for someone who does not owe it: a spouse (夫妻共同债务), an emergency contact,
  // an employer (连带责任), a former partner "still liable in law".
  { id: 'fl.liability', kind: 'false_legal', rule: 'false_legal.criminal', negatable: true, pattern: `承担${S(2)}代偿(?:责任|义务)|(?:依据|根据|按照|依法)${S(10)}父债子还|父债子还${S(6)}(?:法律|义务|责任|必须)|作为${S(4)}继承人${S(8)}(?:承担|偿还)|视为放弃答辩|拒签${S(2)}(?:视为|等于|就算)|全国公示|(?:配偶|家属|家人|亲属|父母|子女|爱人|老公|老婆|丈夫|妻子|紧急联系人|联系人|朋友|同事|室友)${S(8)}有(?:法律)?义务|(?:包庇|窝藏)${S(8)}(?:追究|责任|罪|违法|犯法)|(?:一起|一并|连带)追究|(?:工资|薪水|薪资)${C(6)}(?:代扣|直接扣|扣除)|代扣${C(2)}(?:工资|薪水)|征信也会|(?:学位证|毕业证|学历证书?)${S(6)}(?:影响|扣|不发|发不了|取消|拿不到)|影响${S(4)}(?:学位证|毕业证|学位|学历)|(?:毕业证|学位证|学位|学籍|档案|学信网|政审|考公|考编|奖学金)${S(10)}(?:冻结|作废|扣下|扣押|拿不到|领不到|无法|不能|过不了|没戏|留污点|有污点|记一笔|处分)|(?:冻结|作废|扣下|扣押|拿不到|领不到|无法领取|无法通过|过不了)${S(6)}(?:毕业证|学位证|学位|学籍|政审)|开除学籍|纪律处分|别想毕业|共同财产${S(10)}(?:查封|拍卖|执行|冻结)|(?:算|是|当成?)${S(2)}(?:共犯|同案犯|从犯)|告(?:${YOU}|他|她)${S(2)}(?:诈骗|欺诈)|夫妻共同债务|连带(?:还款|清偿|赔偿)?责任|(?:紧急联系人|联系人|家属|配偶|家人|亲属|担保人)${S(10)}(?:承担|负有|负)${S(6)}(?:还款|偿还|代偿|连带)${S(2)}(?:责任|义务)|有义务(?:帮|替|代)|(?:也|还是|同样|一样)(?:有|负有|要承担|得承担)${S(10)}(?:义务|责任)|(?:列为|当成|作为)${S(4)}(?:共同)?被告` },
  // Crimes named with an article (已构成《刑法》第175条之一骗取贷款罪), a case "transferred to 经侦",
  // an invented stage (预立案), and lawyers or court staff announced at the door.
  { id: 'fl.crime-named', kind: 'false_legal', rule: 'false_legal.criminal', implies: true, negatable: true, pattern: `骗取贷款|(?:涉嫌|构成|已构成|犯了?)${S(16)}罪|预立案|立案阶段` },
  { id: 'fl.transfer-visit', kind: 'false_legal', rule: 'false_legal.criminal', negatable: true, pattern: `转(?:到|给|交|至)?${POLICE}|(?:律师|司法所|法官|法务|执行人员|法院工作人员)${S(10)}(?:上门|到${YOU}家|到家|登门)` },
  // Invented national registers (全国公民诚信平台, 重点监管名单, 网贷黑名单) as if a lender could list someone.
  { id: 'fl.invented-register', kind: 'false_legal', rule: 'false_legal.blacklist', implies: true, negatable: true, pattern: `(?:全国|国家)(?:公民|个人|网贷|互联网)?(?:诚信|失信)${S(4)}(?:平台|系统|名单|数据库|档案)|公民诚信|诚信平台|重点(?:监管|关注|监控|管控|外访)(?:名单|对象|人员)|(?:不良记录|失信|老赖|逾期)${S(4)}(?:共享库|数据库|共享平台)|网贷黑名单|(?:全国|行业)(?:网贷|金融|互联网金融)?(?:黑名单|失信名单)` },
];

export const CUES: readonly Cue[] = [...DEBT, ...CONTEXT, ...THIRD_PARTY, ...CONTACT_LIST, ...THREAT, ...INSULT, ...FALSE_LEGAL];
