// Families of wording added after the blind sets A–D were scored (docs/CLASSIFY.md, "Round after the
// blind sets"). The sentences are written here, not taken from the sets: each family must catch a
// new wording of its kind, with a phrase and a rule, and its harmless look-alikes must stay harmless.
import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../utils/classify';

const MOBILE = '17012345678';
const run = (text: string, from = MOBILE) => classifyMessage({ text, from });

/** Neither collection nor a violation; a message with a 【…】 header comes from `institution`. */
const expectHarmless = (institution: string) => (text: string) => {
  const r = run(text, text.startsWith('【') ? institution : MOBILE);
  expect(r.collection, text).toBe(false);
  expect(r.violations).toEqual([]);
};

/** A lender's lawful message (from a 106 service number): collection with no violation. */
const expectLawful = (text: string) => {
  const r = run(text, '10690000000');
  expect(r.collection, text).toBe(true);
  expect(r.violations).toEqual([]);
};

/** The message is collection and shows `violation`, with its phrase from the text and a rule of its kind. */
function expectFound(violation: string, text: string) {
  const r = run(text);
  expect(r.collection, text).toBe(true);
  expect(r.violations).toContain(violation);
  const hit = r.hits.find((h) => h.violation === violation)!;
  expect(text.slice(hit.start, hit.end)).toBe(hit.phrase);
  expect(hit.rule.startsWith(violation)).toBe(true);
}

describe('families from the blind sets', () => {
  it.each([
    ['threat', '欠款今天不处理，你懂的。'],
    ['threat', '你那辆黑色卡罗拉停在小区地下车库3号位是吧？欠款今天结清。'],
    ['threat', '借款逾期三个月了，你爸妈年纪这么大，身体经不起折腾吧。'],
    ['insult', '你个瘪犊子，借款拖到现在还不还？'],
    ['insult', '恭喜您获得年度最佳失联奖，欠款3000请今天处理。'],
    ['contact_list', '你逾期的事，你爸妈那边已经接到我们的电话了。'],
    ['contact_list', '借款逾期不处理，明天开始打你通讯录。'],
    ['false_legal', '你老婆也得还，这是夫妻共同债务，欠款她有义务替你还。'],
    ['false_legal', '您的欠款已逾期，信息已推送至全国失信人员诚信平台。'],
    ['false_legal', '你的借款逾期已构成《刑法》规定的骗取贷款罪。'],
  ])('%s: %s', expectFound);

  it.each([
    '消息已经发过去了，你看看。',
    '周末找朋友聊聊天吧，别老闷在家里。',
    '今天买了把菜刀',
    '【番茄小说】你追的《债主》更新了：“三天之内还钱！”他吼道。',
    '他是个骗子，别信他卖的保健品。',
    '本月交易笔数12笔，感谢使用。',
    '【招商银行】您尾号0001的信用卡本期已全额还款，当前无欠款。',
    '大家好，如果有人打电话说我欠钱，请直接挂断，给大家添麻烦了。',
    '【某某法院】您诉王某民间借贷纠纷一案已立案受理，请关注开庭通知。',
    '我把钱还给小王了',
    '信用卡还款我已经设置好了',
  ])('harmless: %s', expectHarmless('95588'));
});

// Families added after the blind sets E and F were scored (docs/CLASSIFY.md, "Round after E and F").
// Written here, not taken from E or F.
describe('families from the blind sets E and F', () => {
  it.each([
    // 叔叔/阿姨 is how a stranger addresses an elder: the collector writing to a parent.
    ['third_party', '叔叔，您儿子这笔钱您要是能替他还，我们可以免掉罚息。'],
    // An offer to the family to pay (有人愿意代还) is the lender, not a relief advert.
    ['third_party', '李女士，您外甥张伟的欠款已逾期两个月，家里如果有人愿意代还，本金打九折。'],
    ['third_party', '你男人欠的钱到底还不还？'],
    ['third_party', '你是王强同事吧？他借的钱拖了三个月了。'],
    ['third_party', '你跟刘洋一个部门的吧？他的欠款再不处理就麻烦了。'],
    ['threat', '不还钱是吧，从今晚开始每十分钟打你一次，打到你接为止。'],
    ['threat', '欠款还不处理？幸福里小区5栋2单元801，对吧？'],
    ['insult', '欠了三万不还，典型的老赖一个。'],
    ['insult', '欠款逾期90天，我们把海报标题都定了：“失信败类陈某”。'],
    ['contact_list', '欠款今天不还，下一个打你们部门经理。'],
    ['contact_list', '她欠我们平台的钱再拖，我们就找她店长好好聊聊。'],
    ['contact_list', '欠款再不还，让你们全厂都知道你借钱不还。'],
  ])('%s: %s', expectFound);

  it.each([
    // The borrower's side advising against collectors: not collection, whatever words it repeats.
    '今天又有催收打电话到店里找阿强，以后这种电话直接挂，别理他们。',
    '对不起连累你们了，收到催收短信别回，我已经报警了。',
    '哥，小军网贷的事你千万别替他还，先问问律师。',
    '晚上有人敲门别开，直接打110。',
    '大哥，说好月底还的钱又拖了，你是不是不把我当兄弟？',
    '叔叔，周六的家宴我和小丽一定到。',
    '快递放在3栋1单元门口了，对吧？麻烦确认一下。',
  ])('harmless: %s', expectHarmless('10690000000'));

  it('a collector saying it reported the borrower is still a false legal claim', () => {
    const r = run('不要脸的老赖，我们已经报警了，明天警察就去你单位抓你。');
    expect(r.collection).toBe(true);
    expect(r.violations).toContain('false_legal');
  });
});

// Families added after the blind sets G and H were scored (docs/CLASSIFY.md). Written here, not
// taken from G or H.
describe('families from the blind sets G and H', () => {
  it.each([
    ['contact_list', '欠款再不还，我们就去你老公单位找他同事问问。'],
    ['contact_list', '我们已经跟你们店长打过招呼了，欠款今天必须处理。'],
    ['contact_list', '您的借款逾期已满90天，本所将向您单位人事部门寄送律师函。'],
    ['contact_list', '逾期不还，你的信息将在平台“失信曝光墙”公示。'],
    ['contact_list', '欠钱不还，明天就让你全家知道你干了什么。'],
    ['threat', '欠款还不处理？明天我们的人在你们小区门口发传单。'],
    ['threat', '钱再不还，我们就到公司当面找她。'],
    ['threat', '你欠的钱不还，以后你的电话我们天天打。'],
    ['false_legal', '你的借款逾期了，我们会通知你们单位财务从你工资里直接扣除。'],
    ['false_legal', '您作为他的紧急联系人，他不还款您的征信也会受影响。'],
    ['false_legal', '网贷逾期再不处理，会影响你的毕业证发放。'],
  ])('%s: %s', expectFound);

  it('a bank that may ask a court to enforce a judgment states the law, not a false claim', () => {
    const r = classifyMessage({ text: '【某银行】您的信用卡已逾期95天，我行将依法起诉，判决生效后若仍未履行，我行可申请人民法院强制执行。', from: '95588' });
    expect(r.collection).toBe(true);
    expect(r.violations).toEqual([]);
  });

  it.each([
    '我同事在公司上班被扣工资了，心情不好。',
    '催收天天打我电话，我们每天打他电话他也不接，真没办法。',
    '【某某法院】张某：你申请的执行案件已立案，请关注后续通知。',
  ])('harmless: %s', (text) => {
    const r = run(text, text.startsWith('【') ? '12368' : MOBILE);
    expect(r.violations, text).toEqual([]);
  });
});

// Families added after the blind sets I and J were scored (docs/CLASSIFY.md). Written here, not
// taken from I or J.
describe('families from the blind sets I and J', () => {
  it.each([
    ['false_legal', '你是他妻子，作为配偶你有义务替他偿还这笔欠款。'],
    ['false_legal', '他欠钱跑路，你要是替他藏着就是包庇，一起追究法律责任。'],
    ['false_legal', '您儿子这个案子判下来至少两年，想让他少坐几年牢就赶紧还钱。'],
    ['false_legal', '您的逾期已录入“失信人员共享库”，全国金融机构都能查到。'],
    ['threat', '欠款不还还敢报警？报警也没用，我们照样天天找你。'],
    ['threat', '钱今天不到账，你就等着丢饭碗吧。'],
    ['contact_list', '你通讯录已经调出来了，一共156个人，今晚开始一个个打。'],
    ['contact_list', '欠款今天不还，我们就去你店里当着顾客的面说清楚。'],
    ['contact_list', '本所将于三日内把律师函送达你单位人事部。'],
    ['third_party', '老李，你闺女的事你管不管？欠的钱今天必须还。'],
    ['insult', '借钱不还，毫无诚信，你们家的脸都让你丢尽了。'],
  ])('%s: %s', expectFound);

  it.each([
    // The family's own talk about the trouble: reported contact, police advice, evidence, support.
    '妈，刚才有个陌生号给我发短信说你欠钱，是不是诈骗？',
    '今天有人打店里座机找你，说是什么贷款公司的，你没事吧？',
    '派出所今天给我回电话了，说那几个号码已经在查了，让我们继续保存证据。',
    '我问了民警，欠钱是民事纠纷，他们不能上门抓人，你别怕。',
    '那些短信都是吓唬人的，号码直接拉黑就行。',
    '明天我请假回来，我们把欠款列个表一家一家谈，别一个人扛着。',
    '催收半夜还在发短信，我好害怕。',
    '【某某花】恭喜您借款审核通过，到账3,000元，7天后应还3,600元。',
  ])('harmless: %s', expectHarmless('10690000000'));

  it('an overdue loan in plain words (到期两天了) is collection', () => {
    expect(run('你那3000到期两天了，今天下午5点前处理掉。').collection).toBe(true);
  });
});

describe('the model overrules a harmless setting only when nearly sure', () => {
  // A lender's reminder that ends with an anti-fraud line: the line is a "warning" setting to the lexicon.
  const text = '【某某资产】您好，我司受某某分期委托，提醒您尾号1234的借款逾期金额2,000.00元，请通过官方APP还款，谨防诈骗。';
  const scores = (collection: number) => () => ({ collection, third_party: 0, contact_list: 0, threat: 0, insult: 0, false_legal: 0 });

  it('stays out of collection by the lexicon alone and with a model below the bar', () => {
    expect(classifyMessage({ text, from: '057186900000' }, { model: false }).collection).toBe(false);
    expect(classifyMessage({ text, from: '057186900000' }, { model: scores(0.89) }).collection).toBe(false);
  });

  it('is collection from the bar, read without the setting (so a night-time message is odd_hours)', () => {
    const at = Date.UTC(2026, 0, 5, 15, 30); // 23:30 Beijing
    const r = classifyMessage({ text, from: '057186900000', at }, { model: scores(0.9) });
    expect(r.collection).toBe(true);
    expect(r.violations).toEqual(['odd_hours']);
  });

  it("never overrules a family's talk, a joke, an advert or a library book, however sure", () => {
    for (const other of ['妈，有个陌生号给我发短信说你欠钱，别理他们，我已经报警了。', '哈哈你个老赖，欠我的奶茶什么时候还？', '【图书馆】您借阅的图书已逾期3天，请尽快归还。']) {
      expect(classifyMessage({ text: other, from: MOBILE }, { model: scores(1) }).collection, other).toBe(false);
    }
  });

  it('an anti-fraud notice with no debt of the reader stays one, however sure the model is', () => {
    expect(classifyMessage({ text: '【反诈中心】冒充法院、公安要求转账的都是诈骗，谨防上当。', from: '12110' }, { model: scores(1) }).collection).toBe(false);
  });
});

// Families added after the blind sets K and L were scored (docs/CLASSIFY.md). Written here, not
// taken from K or L.
describe('families from the blind sets K and L', () => {
  it.each([
    ['threat', '欠款三个月了，你的照片我们P成遗照了，要不要看看？'],
    ['threat', '欠的钱不还，你那辆车停在地库，磕了碰了多可惜。'],
    ['threat', '你老家的亲戚我们会挨家挨户去拜访，说说你欠钱的事。'],
    ['threat', '他再不接电话，我们就去工地找他。'],
    ['contact_list', '欠款不处理？你那张证件照我们已经配上了“欠钱不还”四个字。'],
    ['contact_list', '我们昨天去她店里聊了聊你欠钱的事。'],
    ['third_party', '您好，3栋的业主欠了我们公司钱，麻烦你们提醒他。'],
    ['insult', '借钱一把好手，还钱两手一摊，真是人才中的人才，欠款今天处理。'],
    ['false_legal', '你是他的紧急联系人，我们已经把你列为共同被告一起起诉了，欠款你来还。'],
  ])('%s: %s', expectFound);

  it.each([
    '各位同事，年会节目报名截止到周三，请在部门群里回复。',
    '嫂子，我哥在外面借了网贷还不上，你们商量一下怎么办吧。',
    '姐，小军那笔钱我已经替他还了两千，剩下的让他自己想办法。',
    '借你的五千块我下个月就还，再宽限几天。',
    '小区群里有人发了你的照片说你欠钱，是不是搞错了？',
    '【某某花】您的借款已全部结清，逾期记录将按规定更新。',
    '【普法小课堂】欠债不还一般属于民事纠纷，不构成犯罪。',
  ])('harmless: %s', expectHarmless('10690000000'));

  it('a lender promising not to visit is not threatening to', () => {
    const r = run('【某某分期】我司不会上门催收，请通过APP还款，您当前逾期金额668.00元。', '10690000000');
    expect(r.collection).toBe(true);
    expect(r.violations).toEqual([]);
  });

  it('a group the reader belongs to is not the reader\'s home (你家族群)', () => {
    expect(run('你家族群我们已经进去了，欠款还不还？').violations).not.toContain('threat');
  });
});

// Families added after the blind sets M and N were scored (docs/CLASSIFY.md). Written here, not
// taken from M or N.
describe('families from the blind sets M and N', () => {
  it.each([
    ['third_party', '你店里那个员工怎么回事？你们店门口监控挺清楚的，赵磊再不还钱，你自己看着办。'],
    ['third_party', '还没完！孙涛在我们这还有一笔，你当老板的给个说法。'],
    ['insult', '送快递的穷b，欠钱不还还敢拉黑？'],
    ['insult', '欠钱不还，你这种人活着就是浪费空气。'],
    ['contact_list', '不接电话是吧，那我们就打你爸妈的，打你领导的。'],
    ['contact_list', '欠款今天不还，我们就到你公司门口举牌子。'],
    ['false_legal', '您是他的紧急联系人，根据合同约定您需承担代偿责任，请三日内还款。'],
    ['false_legal', '你儿子欠款不还，明天你的退休金卡就会被冻结。'],
    ['threat', '钱再不还，哪天你店里玻璃碎了可别怪我们。'],
  ])('%s: %s', expectFound);

  it.each([
    '【某某小贷】王女士，根据您的要求，我司已停止就李先生的借款事宜联系您，敬请谅解。',
    '【某某银行】您尾号1234的信用卡已成功还款，逾期欠款已全部结清，感谢您的支持。',
    '小刘，今天有个陌生号码打到店里，问你在不在，说你欠钱了，你自己处理好。',
    '网贷利息太高？本所公益审查网贷合同，免费咨询。',
  ])('harmless: %s', expectHarmless('10690000000'));

  it('a borrower named in full is a third person only in a message that speaks to someone', () => {
    expect(run('王强欠款3000元已逾期，尽快还款。').violations).not.toContain('third_party');
    const r = run('王强欠款3000元已逾期，你让他尽快还款。');
    expect(r.violations).toContain('third_party');
    // The phrase shown starts at the name, not at the punctuation before it.
    expect(run('你店里那个员工怎么回事？赵磊再不还钱，你自己看着办。').hits.find((h) => h.cue === 'tp.named')?.phrase).toBe('赵磊再不还');
  });
});

// Families added after the blind sets O and P were scored (docs/CLASSIFY.md). Written here, not
// taken from O or P.
describe('families from the blind sets O and P', () => {
  it.each([
    ['threat', '欠钱还敢躲？再跑腿给你打断。'],
    ['threat', '钱不还，祝你全家死光。'],
    ['threat', '欠款不还，别让我在路上碰到你。'],
    ['threat', '欠的钱还不上？明天你们公司门口见。'],
    ['threat', '你妈每天下午去买菜，我们都知道。欠款今天处理。'],
    ['threat', '你老婆上班的那家超市我们也知道在哪，钱今天还。'],
    ['contact_list', '再不还，你家里人的电话一个个轮着打。'],
    ['contact_list', '今天下午三点准时bao你通讯录。'],
    ['insult', '没出息的东西，欠的钱什么时候还？'],
  ])('%s: %s', expectFound);

  it.each([
    '贷 款 急 用？无视黑白户，当天下款，联系客服。',
    '【某某法院】张三：您与李某民间借贷纠纷一案已缴纳诉讼费，本院已立案，请关注开庭通知。',
  ])('harmless: %s', expectHarmless('12368'));
});

// Added after the blind sets Q and R were scored (docs/CLASSIFY.md). Written here, not taken from them.
describe('families from the blind sets Q and R', () => {
  it.each([
    ['contact_list', '你妈是不是也不知道你欠钱？今天再不还，我亲自给她打电话。'],
    ['contact_list', '欠款48小时内不处理，将通知您的直系亲属。'],
  ])('%s: %s', expectFound);
});

// Families added after the blind sets S and T were scored (docs/CLASSIFY.md). Written here, not
// taken from S or T.
describe('families from the blind sets S and T', () => {
  it.each([
    ['false_legal', '你的网贷逾期了，毕业证我们已经通知学校扣下，还钱才能领。'],
    ['false_legal', '欠款不还会记入学籍档案，政审过不了，考公就没戏了。'],
    ['false_legal', '借款逾期已上报学校，学校将给你纪律处分，严重的开除学籍。'],
    ['false_legal', '他欠钱跑了，你们要是帮他藏着，一起算共犯。'],
    ['contact_list', '你借款逾期的信息已同步至学校保卫处和学工部。'],
    ['contact_list', '你室友的电话我们都有，再不还挨个打。'],
    ['threat', '欠钱躲起来算什么本事，早晚让你跪着还。'],
    ['threat', '今天不还，你的欠款海报会贴满你们学校食堂。'],
    ['insult', '你亲戚都说你从小就不是个好东西，欠的钱赶紧还。'],
  ])('%s: %s', expectFound);

  it.each([
    '【某某分期】您的借款已逾期，应还486.50元。还款请认准官方APP，请勿相信“代还”“征信修复”等信息。',
  ])('a lender reminder with an anti-fraud line is collection without violations: %s', expectLawful);

  it.each([
    '【某某科技】您好，您的入职背景调查需要联系上一家公司的直属领导，请回复其姓名和电话。',
    '【某某金融】同学您好，您在大学期间开通过校园贷账户，根据最新政策需注销，否则影响征信，请联系专员。',
    '【社区通知】网格员将于本周六上门核实常住人口信息，请家中留人。',
  ])('harmless: %s', expectHarmless('10690000000'));
});

// Families added after the blind sets W, X, AA and AB were scored (docs/CLASSIFY.md). Written here,
// not taken from them.
describe('families from the blind sets W, X, AA and AB', () => {
  it.each([
    ['insult', '你这个懒婆娘，欠的三千块拖了半年，今天必须还。'],
    ['insult', '开三轮的穷鬼，欠我们的钱什么时候还？'],
    ['insult', '各位邻居，302的张某借钱不还，满嘴谎话，大家谨防此人。'],
    ['insult', '收废品的也配借钱？逾期两个月了，今天还清。'],
    ['false_legal', '你欠款已逾期，执行人员下周和我们一起去你店里，货全部拉走抵债。'],
    ['false_legal', '再不还款，你的营业执照会被吊销，店也开不成了。'],
    ['false_legal', '你逾期的借款已按诈骗报案，车站已经布控。'],
    ['contact_list', '欠款再不还，我们就去你们车队群里说说你的事。'],
    ['contact_list', '你借款逾期不还，明天我们跟你的顾客们讲讲你欠钱的事。'],
    ['contact_list', '你手机里存的那些人，我们今晚挨个打，欠款赶紧还。'],
    ['third_party', '王女士，你老公的账拖了两个月了，让他今天处理。'],
    ['threat', '欠钱不还，别让你家孩子跟着受罪，今天把钱还上。'],
    ['threat', '欠款今天不到账，明天我们就去你摊位上找你。'],
    ['contact_list', '欠款再拖，下周你们单位群和你的朋友圈都会出现你的照片。'],
    ['contact_list', '不还钱我们就去你饭店门口拉横幅，让来吃火锅的客人都看看。'],
  ])('%s: %s', expectFound);

  it.each([
    '我都熬成黄脸婆了，周末陪我去做个脸吧。',
    '今晚开黑吗？五排还缺一个，上次输了的那把我请你吃烧烤。',
    '下雨了，晚上回家路上小心点。',
    '【某某消费金融】您本期还款1,200.00元已入账，当前无逾期，感谢使用。',
    '你太太订的蛋糕到了，放在前台。',
    '【某某银行】警惕冒充客服的骗子，谨防被骗，本行不会索要验证码。',
  ])('harmless: %s', expectHarmless('10690000000'));

  it('a lender writing to a shop owner about the shop\'s own loan is not writing to a third party', () => {
    const r = run('张老板，您店里那笔借款上周逾期了，方便时请回电。');
    expect(r.collection).toBe(true);
    expect(r.violations).not.toContain('third_party');
  });
});

// Families added after the blind sets Y, Z, AE and AF were scored (docs/CLASSIFY.md). Written here,
// not taken from them.
describe('families from the blind sets Y, Z, AE and AF', () => {
  it.each([
    ['threat', '你的借款逾期三个月了，明天我们会同辖区民警一起上门核实，请在家等候。'],
    ['threat', '逾期不还，周五法院的执行人员跟我们一起去你单位。'],
    ['threat', '再不还钱，我们就找人好好收拾收拾你。'],
    ['third_party', '你老婆一直不接电话，欠款那就只能找你了。'],
    ['third_party', '你们当父母的管不管？你儿子欠的两万块拖了半年。'],
    ['third_party', '房东您好，您的租户小李在我司的借款逾期了，麻烦转告他联系我们。'],
    ['contact_list', '你的欠款协查函已发往你们公司人事部，请知悉。'],
    ['contact_list', '欠款不还，明天我们去你们公司，当着全办公室的面说清楚。'],
    ['contact_list', '你老婆在哪上班我们知道，不还钱就去她单位找她要。'],
  ])('%s: %s', expectFound);

  it.each([
    '妈，今天有个贷款公司打电话给我，说小弟的什么账没还，你问问他怎么回事。',
    '王姐，前台接到一个自称律所的电话找你，我没给你手机号。',
    '我在你公司楼下了，你下班从哪个门出来？我去接你。',
    '这个软件可以把通讯录同步到新手机，备份也方便。',
  ])('harmless: %s', expectHarmless('10690000000'));

  it.each([
    ['【某某分期】Dear customer, your loan is 5 days overdue, amount due ¥860.00. Please repay in the app.'],
    ['【某某资产】受某某小贷委托，就您尾号1234的借款（逾期20天，欠款2,300元）与您联系；如有异议可致电提出，我司将暂停催收并核实。'],
    // Promising not to tell the family is not writing to a third party.
    ['【某某分期】您的借款已逾期5天，应还800.00元。我司不会向您的亲友透露借款信息，请登录APP还款。'],
  ])('a lender\'s lawful reminder is collection without violations: %s', expectLawful);
});

// Families added after the blind sets AC and AD were scored (docs/CLASSIFY.md). Written here, not
// taken from them.
describe('families from the blind sets AC and AD', () => {
  it.each([
    ['false_legal', '【律师函】你拖欠借款一事本所已受理，函件副本将寄送你单位人事部。'],
    ['contact_list', '【律师函】你拖欠借款一事本所已受理，函件副本将寄送你单位人事部。'],
    ['false_legal', '你的借款逾期不还，下个月起你家的低保就停发了。'],
    ['false_legal', '你母亲的欠款没还，按照法律规定父债子还，你必须承担还款责任。'],
    ['threat', '欠款再不还，明天执行局带人到你家清点东西。'],
    ['threat', '欠钱不还，大字报我们已经写好了，明天贴到你们村口。'],
    ['threat', '你爹欠的钱还不还？我们知道他每天早上几点出门。'],
    ['threat', '欠的钱赶紧还，我们的车已经到你们镇上了。'],
    ['third_party', '你那个没出息的哥欠了我们三万，你管不管？'],
    ['contact_list', '欠款不处理，明天我们进村走访，问问乡亲们你的情况。'],
  ])('%s: %s', expectFound);

  it.each([
    '王老师您好，我是社区医院的，您父亲今天血压偏高，麻烦您跟他说一声按时吃药。',
    '【某某剧场】您购买的演出票已出票，电子票副本已发送至邮箱，请查收。',
  ])('harmless: %s', expectHarmless('10690000000'));

  // Telling the borrower how a family repayment is booked is not writing to a third party.
  it.each([
    '【某某金融】您的借款已逾期3天，应还620.00元。若您已委托家人代为还款，请在APP中确认。',
  ])('a lender\'s lawful reminder is collection without violations: %s', expectLawful);
});

// Families added after the blind sets AI and AJ were scored (docs/CLASSIFY.md). Written here, not
// taken from them.
describe('families from the blind sets AI and AJ', () => {
  it.each([
    ['threat', '欠的钱躲不掉的，你回家那条路我们都熟，慢慢走。'],
    ['threat', '你儿子不还钱，这个月我们就到王家村你家里坐坐。'],
    ['threat', '借款再不还，我们就给你家祖坟边上贴告示。'],
    ['contact_list', '你欠钱的事我们跟你们村里人都打过招呼了。'],
    ['insult', '欠款不还，P好的图"老赖张三"今晚发你们家长群。'],
    ['third_party', '张女士，你老公再不处理欠款，我们只能找你了。'],
  ])('%s: %s', expectFound);

  it('a lender writing to a relative of its customer is third-party contact, not a threat', () => {
    const r = run('请问是李女士吗？您丈夫在我们平台有一笔借款逾期了，麻烦您提醒他尽快处理。');
    expect(r.collection).toBe(true);
    expect(r.violations).toContain('third_party');
    expect(r.violations).not.toContain('threat');
  });

  it('hiding at a relative\'s home is not a visit to it', () => {
    const r = run('欠钱不还的狗东西，躲到你姐家就找不到你了？');
    expect(r.collection).toBe(true);
    expect(r.violations).not.toContain('threat');
  });

  it('a loan due yesterday is overdue even when the reminder says 记得还', () => {
    expect(run('你那笔2000的借款昨天到期了，今天记得还一下。').collection).toBe(true);
  });
});
