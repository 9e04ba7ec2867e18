// classifyMessage over 100,000 generated messages, against the floor of folding the same texts
// (normalize only) in the same process. Prints one JSON line.
//
// Messages are built from sentence parts (openings, debt wording, pressure, abuse, evasion spellings,
// harmless everyday texts) with a seeded generator, so every run sees the same 100,000 texts and the
// mix resembles a real phone: about half not collection at all. Best of several timed runs after a
// warm-up; messages/second = 100,000 / best seconds.
import { classifyMessage, normalize } from '../../utils/classify/index.ts';
import { prng as rng } from '../lib/prng.mjs';

const COUNT = 100_000;


const OPEN = ['【安信消费金融】', '【好借】', '', '', '您好，', '张先生，', '你好，我是贷后专员，', '各位亲友：', '【江城银行】尊敬的客户，'];
const DEBT = ['您的借款已逾期{n}天，应还{m}元', '你欠我们平台的{m}元到现在还没还', '您尾号{k}的信用卡已逾期', '你的zhai务已经yu期', '您的账单还没处理', '欠 款{m}元已拖欠{n}天'];
const PRESS = ['，请尽快还款。', '，今天必须结清！', '，如有困难可申请分期。', '，再不还我们就联系你的家人和同事。', '，明天派人去你公司找你。', '，已移交公安机关，等着坐牢吧。', '，你的通 讯 录我们挨个打电话。', '，后果自负。'];
const ABUSE = ['', '', '', '你这个老赖，', '欠钱不还的人渣，', '無賴！', '死骗子，'];
const EVERYDAY = [
  '【美团】您的验证码是{k}，请在10分钟内完成验证。',
  '【菜鸟驿站】您的包裹已到东门驿站，取件码{k}。',
  '妈，我周末回家吃饭，给你带了水果。',
  '【江城银行】您的信用卡本期账单已出，应还{m}元，到期还款日12月5日。',
  '哈哈你个老赖，打赌输的{n}块什么时候给我？',
  '【晨报快讯】警方破获一起非法放贷案，{n}名嫌疑人被刑事拘留。',
  '【速达快递】快递员将于今天下午上门取件，请保持电话畅通。',
  '明天下午三点开会，记得带上季度报表。',
];
const SENDERS = ['1065502200316', '95566', '17012345678', '16512345678', '13812345678', '12368', '01065283317'];

function fill(template: string, r: () => number): string {
  return template
    .replace('{n}', String(1 + Math.floor(r() * 120)))
    .replace('{m}', (100 + r() * 20000).toFixed(2))
    .replace('{k}', String(1000 + Math.floor(r() * 9000)));
}

function generate(seed: number): Array<{ text: string; from: string; at: number }> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: Array<{ text: string; from: string; at: number }> = [];
  const t0 = Date.UTC(2025, 0, 1);
  for (let i = 0; i < COUNT; i++) {
    const text = r() < 0.5
      ? fill(pick(EVERYDAY), r)
      : fill(pick(OPEN) + pick(ABUSE) + pick(DEBT) + pick(PRESS), r);
    out.push({ text, from: pick(SENDERS), at: t0 + Math.floor(r() * 365 * 86_400_000) });
  }
  return out;
}

function bestMs(run: () => unknown, warmups: number, runs: number): number {
  for (let i = 0; i < warmups; i++) run();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const messages = generate(20251112);
let sink = 0;
const normalizeMs = bestMs(() => { for (const m of messages) sink += normalize(m.text).text.length; }, 1, 3);
const classifyMs = bestMs(() => { for (const m of messages) sink += classifyMessage(m).violations.length; }, 1, 3);
const collection = messages.reduce((n, m) => n + (classifyMessage(m).collection ? 1 : 0), 0);

const value = Math.round(COUNT / (classifyMs / 1000));
const baselineValue = Math.round(COUNT / (normalizeMs / 1000));
console.log(JSON.stringify({
  bench: 'classify',
  unit: 'msg/s',
  value,
  baseline: 'normalize only',
  baselineValue,
  ratio: Number((value / baselineValue).toFixed(4)),
  messages: COUNT,
  collectionShare: Number((collection / COUNT).toFixed(3)),
  sink: sink > 0,
}));
