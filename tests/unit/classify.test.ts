// Per-message classification: each violation, each evasion trick, harmless look-alikes, offsets.
// Examples are written for these tests (not taken from the dev data), in the styles collectors use.
import { describe, expect, it } from 'vitest';
import { classifyMessage, normalize, type Classification, type Violation } from '../../utils/classify';
import { fromBeijing } from '../../utils/i18n/time';

const NOON = fromBeijing(2025, 9, 10, 12, 0);
const COLLECTOR = '17012345678';
const FRIEND = '13812345678';

function run(text: string, from = COLLECTOR, at = NOON): Classification {
  return classifyMessage({ text, from, at });
}

function expectViolations(text: string, expected: Violation[], from = COLLECTOR) {
  const r = run(text, from);
  expect(r.collection, text).toBe(true);
  expect([...r.violations].sort(), text).toEqual([...expected].sort());
  return r;
}

/** Every hit must point at the original text exactly. */
function expectHonestOffsets(text: string, r: Classification) {
  for (const h of r.hits) {
    expect(h.start).toBeGreaterThanOrEqual(0);
    expect(h.end).toBeGreaterThan(h.start);
    expect(h.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(h.start, h.end)).toBe(h.phrase);
  }
}

describe('collection or not', () => {
  it.each([
    '【安信消费金融】尊敬的客户，您的借款已逾期4天，应还金额1,316.20元，请尽快登录APP还款，如已还款请忽略。',
    '【江城银行】您尾号6120的信用卡已逾期，欠款2,980.55元，如需办理分期请致电客服。',
    '周女士您好，我是好借贷后部的小陈，您这期的款还没还上，今天方便回个电话吗？我们可以一起看看还款方案。',
    '【中正资产】受安信消费金融委托，就您名下逾期借款与您联系，请通过官方渠道还款，切勿向个人账户转账。',
  ])('a compliant reminder is collection without violations: %s', (text) => {
    const r = run(text, '1065502200316');
    expect(r.collection).toBe(true);
    expect(r.violations).toEqual([]);
  });

  it.each([
    ['【江城银行】您的信用卡本期账单已出，应还2,345.00元，到期还款日12月5日。', '95566'],
    ['【好借】您的借款额度已提升至50,000元，立即领取。退订回T', '1065502200316'],
    ['【好借】您的借款已全部结清，感谢使用！', '1065502200316'],
    ['【好借】验证码 660321，用于借款申请，请勿泄露。', '1065502200316'],
    ['【电力公司】您的电费已欠费86.4元，请及时缴纳以免停电。', '95598'],
    ['老张，上回借你的三千块我月底就还你，别催啦。', FRIEND],
    ['网贷逾期被催收？专业团队帮你停息挂账，不成功不收费，咨询微信 abc123。', FRIEND],
  ])('not collection: %s', (text, from) => {
    const r = run(text, from);
    expect(r.collection).toBe(false);
    expect(r.violations).toEqual([]);
    expect(r.hits).toEqual([]);
  });
});

describe('each violation', () => {
  it('third_party: debt told to a relative or contact, asked to pass it on or pay', () => {
    expectViolations('您好，请问是吴倩的姐姐吗？她在我们平台的借款逾期两个月了，麻烦您转告她尽快处理。', ['third_party']);
    expectViolations('您是陈立登记的紧急联系人，他的分期已经三期没还了，请督促他回电。', ['third_party']);
    expectViolations('你老公在我司的欠款你知道吧？他不接电话，你先帮他垫付了吧。', ['third_party']);
  });

  it('contact_list: mass contact of the circle or public exposure', () => {
    expectViolations('今晚十二点前不处理，我们会把你的欠款信息群发给你通讯录里的每一个人。', ['contact_list']);
    expectViolations('你的照片和欠款明细已经准备好了，明天发到你们单位的工作群。', ['contact_list']);
    expectViolations('再拖下去，你的亲戚朋友很快都会知道你借钱不还。', ['contact_list']);
  });

  it('threat: coming to home or work, harm, threats to family', () => {
    expectViolations('明天我们安排人去你家里坐一坐，当面聊聊还款的事。', ['threat']);
    expectViolations('你的欠款今天必须结清，否则后果自负。', ['threat']);
    expectViolations('我们知道你孩子在哪个学校上学，你自己掂量掂量。', ['threat']);
  });

  it('insult: degrading names for the borrower', () => {
    expectViolations('你这个死皮赖脸的老赖，欠的钱什么时候还？', ['insult']);
    expectViolations('借了钱就玩消失的人渣，赶紧把欠款还了。', ['insult']);
  });

  it('false_legal: criminal charges for overdue debt, fake police/court, invented blacklists', () => {
    expectViolations('你的借款逾期已构成恶意透支，我司已移交公安机关，等待刑事立案。', ['false_legal']);
    expectViolations('【市公安局提醒】您名下网贷逾期未还，请立即联系专员处理，否则将冻结您名下所有银行卡。', ['false_legal'], '10690123456789');
    expectViolations('您已被我司纳入征信黑名单，以后无法坐飞机高铁。', ['false_legal']);
  });

  it('odd_hours: a collection message before 08:00 or from 22:00 Beijing time', () => {
    const text = '【好借】您的借款已逾期3天，请尽快还款。';
    expect(classifyMessage({ text, from: '1065502200316', at: fromBeijing(2025, 9, 10, 23, 15) }).violations).toEqual(['odd_hours']);
    expect(classifyMessage({ text, from: '1065502200316', at: fromBeijing(2025, 9, 10, 6, 30) }).violations).toEqual(['odd_hours']);
    expect(classifyMessage({ text, from: '1065502200316', at: fromBeijing(2025, 9, 10, 12, 0) }).violations).toEqual([]);
    // Not collection, so no odd_hours however late.
    expect(classifyMessage({ text: '【好借】验证码 660321，请勿泄露。', from: '1065502200316', at: fromBeijing(2025, 9, 10, 23, 15) }).violations).toEqual([]);
    // No time, no odd_hours.
    expect(classifyMessage({ text }).violations).toEqual([]);
  });

  it('several violations in one message, each with its own phrase', () => {
    const text = '你是刘强的老婆吧？叫他赶紧还钱，不然我们天天去你单位门口等他，再把他的事告诉你们全公司。';
    const r = expectViolations(text, ['third_party', 'threat', 'contact_list']);
    expectHonestOffsets(text, r);
    for (const v of r.violations) expect(r.hits.some((h) => h.violation === v)).toBe(true);
  });
});

describe('evasion tricks', () => {
  it.each<[string, string, Violation[], string]>([
    ['spaces inside words', '再不还，你的通 讯 录我们挨 个 打 电 话。', ['contact_list'], '通 讯 录'],
    ['zero-width characters', '你这个老\u200b赖，欠\u200d款拖到什么时候？', ['insult'], '老\u200b赖'],
    ['symbols inside words', '你的欠款不处理，明天上*门找你。', ['threat'], '上*门'],
    ['full-width letters and digits', '您的借款已逾期３０天，请今日ｈｋ，否则你的ｔｘｌ我们逐个通知。', ['contact_list'], 'ｔｘｌ我们逐个通知'],
    ['traditional characters', '你這個騙子，欠錢不還還敢拉黑我們。', ['insult'], '你這個騙子'],
    ['pinyin syllables', '你的zhai务已经yu期，我们会联系你的jia人和同事。', ['contact_list'], '联系你的jia人'],
    ['pinyin initials', '今天不hk，我们的外访组明天上m核实。', ['threat'], '上m'],
    ['homophones', '摧收部通知：你的欠款已愉期，再不处理就爆光到你们村群里。', ['contact_list'], '爆光到你们村群'],
    ['look-alike characters', '沵的欠款再不还，等着⼈渣的名声传遍全村吧。', ['contact_list', 'insult'], '⼈渣'],
    ['emoji standing for a word', '你这个🐶东西，欠的钱打算什么时候还？', ['insult'], '🐶东西'],
    ['emoji in a curse', '草泥🐴，欠款拖了三个月了还不还？', ['insult'], '草泥🐴'],
    ['curse initials', '欠款三个月不还，mlgb，你是真能躲。', ['insult'], 'mlgb'],
    ['a message all in pinyin, words apart', 'ni ge lao lai, qian shen me shi hou huan?', ['insult'], 'ni ge lao lai'],
    ['a knife emoji for a threat', '欠款再不还，出门小心🔪了你。', ['threat'], '🔪了你'],
  ])('%s', (_name, text, expected, mustHighlight) => {
    const r = expectViolations(text, expected);
    expectHonestOffsets(text, r);
    // The hit covers the disguised spelling in the original text, padding included.
    expect(r.hits.some((h) => h.phrase.includes(mustHighlight) || mustHighlight.includes(h.phrase))).toBe(true);
  });

  it('folding maps each folded character back to the original', () => {
    const text = 'Ａ通\u200b讯 录❤無賴';
    const n = normalize(text);
    expect(n.text).toBe('a通讯录无赖');
    const i = n.text.indexOf('通讯录');
    expect(text.slice(n.starts[i]!, n.ends[i + 2]!)).toBe('通\u200b讯 录');
    expect(text.slice(n.starts[4]!, n.ends[5]!)).toBe('無賴');
  });

  it('pinyin inside a longer Latin word is not an evasion', () => {
    // "hk" inside "hkd" and "cs" inside "css" must not read as 还款 / 催收.
    expect(run('Please pay 200 hkd via the css page.', FRIEND).collection).toBe(false);
  });
});

describe('harmless look-alikes', () => {
  it.each<[string, string, string]>([
    ['a friend joking 老赖', '哈哈你个老赖，上次打牌输的20块还没给我呢，赶紧发红包！', FRIEND],
    ['news about arrests', '【晨报快讯】警方破获一起非法放贷案，12名嫌疑人被刑事拘留。', '10690123456789'],
    ['上门取件', '【速达快递】快递员将于今天下午上门取件，请保持电话畅通。', '10690123456789'],
    ['a bank fraud warning', '【江城银行】警惕冒充公检法的诈骗电话，公安机关不会通过电话办案，更不会要求转账到安全账户。', '95566'],
    ['a game', '【剑侠情缘】大侠，您的角色已被全服通缉，击败追捕者领取奖励。', '10690123456789'],
    ['a family chat', '儿子，你的信用卡记得按时还，别逾期了，影响征信。', FRIEND],
    ['gossip about someone else', '听说隔壁老刘欠钱不还被拘留了，你知道吗？', FRIEND],
    ['a victim asking for help', '昨天接到催收电话，说要去我老家找我父母，还说我这是诈骗罪，这样合法吗？', FRIEND],
    ['a victim reporting to the police', '我要报案，网贷催收的人天天打我公司电话，还把我的照片P了发到群里。', FRIEND],
    ['a wife passing on the bank\'s call', '老公，银行来电话说你信用卡逾期了，你抽空去处理一下。', FRIEND],
    ['a victim telling a friend', '我上个月被网贷催收爆了通讯录，现在同事看我的眼神都怪怪的。', FRIEND],
    ['a mother\'s worry', '这个月信用卡别刷太多了，上个月都差点逾期，妈妈很担心。', FRIEND],
    ['a lender of a private loan asking for advice', '同事借了我五千，拖了半年都没还，我该怎么开口要啊？', FRIEND],
    ['a paid-off confirmation', '【好借】您的借款已于今日成功还清，感谢您的信任。', '1065502200316'],
    ['a cousin warning that collectors called', '表姐，有人打电话到我这打听你，说你网贷逾期了，你注意点。', FRIEND],
    ['gossip about a colleague being collected from', '听说你们部门老李被网贷催收天天打电话，领导都知道了。', FRIEND],
  ])('%s', (_name, text, from) => {
    const r = run(text, from, fromBeijing(2025, 9, 10, 23, 30));
    expect(r.collection).toBe(false);
    expect(r.violations).toEqual([]);
  });

  it('a genuine 12368 notice about a loan case is collection but not false_legal', () => {
    const text = '【南城区人民法院】孙某：原告某消费金融有限公司诉你金融借款合同纠纷一案已立案受理，案号（2025）南0102民初5521号，请登录人民法院在线服务平台查看传票及起诉状。';
    const r = run(text, '12368');
    expect(r.collection).toBe(true);
    expect(r.violations).toEqual([]);
  });

  it('the same court wording from a collector\'s mobile with detention threats is false_legal', () => {
    const r = run('【南城区人民法院】传票：你因网贷逾期被起诉，拒不到庭将依法拘传，请联系承办人13900001111处理。', COLLECTOR);
    expect(r.violations).toContain('false_legal');
  });

  it('a question (要不要, 是不是) is not a negation', () => {
    const r = run('欠款再不处理，要不要让你的同事们都知道你是什么人？');
    expect(r.violations).toContain('contact_list');
  });

  it('negation: a compliant promise not to contact family or visit', () => {
    const r = run('【好借】您的借款已逾期5天。我们不会联系您的家人或紧急联系人，也不会上门，请放心协商还款。', '1065502200316');
    expect(r.collection).toBe(true);
    expect(r.violations).toEqual([]);
  });

  it('quotation: reporting what fraudsters claim is not the claim', () => {
    const r = run('【江城银行】您的信用卡已逾期。如有人自称“法院执行局”要求转账“撤销失信黑名单”，请拨打12368核实。', '95566');
    expect(r.collection).toBe(true);
    expect(r.violations).toEqual([]);
  });

  it('police at the door is a false legal claim, not the collector\'s own visit', () => {
    const r = run('你的欠款已经报了案，过两天民警会上门找你。');
    expect(r.violations).toContain('false_legal');
    expect(r.violations).not.toContain('threat');
  });
});

describe('bad input', () => {
  it('empty, whitespace, HTML and odd types do not throw', () => {
    expect(classifyMessage({ text: '' })).toMatchObject({ collection: false, violations: [], hits: [] });
    expect(classifyMessage({ text: ' \u200b\n' }).collection).toBe(false);
    const html = '<img src=x onerror=alert(1)>你这个<b>老赖</b>，欠款什么时候还？';
    const r = run(html);
    expect(r.violations).toContain('insult');
    expectHonestOffsets(html, r);
    expect(classifyMessage({ text: undefined as unknown as string }).collection).toBe(false);
    expect(classifyMessage({ text: '您的借款已逾期', at: Number.NaN }).violations).toEqual([]);
  });

  it('a very long message is classified in reasonable time with exact offsets', () => {
    const text = '您的借款已逾期。'.repeat(2000) + '你这个人渣。';
    const r = run(text);
    expect(r.violations).toContain('insult');
    expectHonestOffsets(text, r);
  });
});

describe('dots inside words', () => {
  it('drops a dot between two ideographs but keeps a decimal point', () => {
    expect(normalize('你的通.讯.录我们都拿到了').text).toBe('你的通讯录我们都拿到了');
    expect(normalize('应还1,045.67元').text).toContain('1,045.67');
    const r = classifyMessage({ text: '你的通.讯.录我们都拿到了，晚上开始一个个打。', from: '16512345747' });
    expect(r.violations).toContain('contact_list');
    const hit = r.hits.find((h) => h.violation === 'contact_list')!;
    expect('你的通.讯.录我们都拿到了，晚上开始一个个打。'.slice(hit.start, hit.end)).toBe(hit.phrase);
  });
});
