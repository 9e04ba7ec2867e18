// Families of wording added after the blind sets A–D were scored (docs/CLASSIFY.md, "Round after the
// blind sets"). The sentences are written here, not taken from the sets: each family must catch a
// new wording of its kind, with a phrase and a rule, and its harmless look-alikes must stay harmless.
import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../utils/classify';

const MOBILE = '17012345678';
const run = (text: string, from = MOBILE) => classifyMessage({ text, from });

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
  ])('%s: %s', (violation, text) => {
    const r = run(text);
    expect(r.collection).toBe(true);
    expect(r.violations).toContain(violation);
    const hit = r.hits.find((h) => h.violation === violation)!;
    expect(text.slice(hit.start, hit.end)).toBe(hit.phrase);
    expect(hit.rule.startsWith(violation)).toBe(true);
  });

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
  ])('harmless: %s', (text) => {
    const r = run(text, text.startsWith('【') ? '95588' : MOBILE);
    expect(r.collection, text).toBe(false);
    expect(r.violations).toEqual([]);
  });
});
