// The statistical tie-breaker (utils/classify/model.ts, gated.ts): derived from the labelled files, never
// flags a violation without a phrase and a rule, and changes the lexicon's answer only as documented.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyMessage, MODEL_THRESHOLDS, normalize } from '../../utils/classify';
import { modelScores, MODEL_LABELS } from '../../utils/classify/model';
import { RULES } from '../../utils/classify/rules';
import { buildModelJson, TRAINING_FILES } from '../../scripts/classify-model/build';
import { loadLabeled } from './classifyScoring';

const MOBILE = '17012345678';
const ruleIds = new Set(RULES.map((r) => r.id));

describe('classifier model', () => {
  const allPresent = TRAINING_FILES.every((f) => existsSync(new URL(`../../${f}`, import.meta.url)));
  it.skipIf(!allPresent)('model.json is what the trainer makes from the labelled files (no hand edits, not stale)', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../utils/classify/model.json', import.meta.url), 'utf8'));
    const built = buildModelJson();
    // Same files, features and options; weights equal up to one int8 step (another V8's Math.exp may
    // round a last bit differently), so a stale or hand-edited model fails and a different Node does not.
    expect(built.trainedOn).toEqual(shipped.trainedOn);
    expect(built.options).toEqual(shipped.options);
    expect(built.features).toBe(shipped.features);
    built.scale.forEach((x: number, i: number) => expect(Math.abs(x - shipped.scale[i]) / shipped.scale[i]).toBeLessThan(1e-3));
    built.bias.forEach((x: number, i: number) => expect(Math.abs(x - shipped.bias[i])).toBeLessThan(1e-3));
    const a = new Int8Array(Buffer.from(built.weights, 'base64'));
    const b = new Int8Array(Buffer.from(shipped.weights, 'base64'));
    expect(a.length).toBe(b.length);
    let off = 0;
    for (let i = 0; i < a.length; i++) if (Math.abs(a[i]! - b[i]!) > 1) off++;
    expect(off).toBe(0);
  }, 60_000);

  it('scores are probabilities and the same text always gets the same scores', () => {
    const t = normalize('你欠的钱今天必须还，不然后果自负。').text;
    const a = modelScores(t, 'person');
    expect(Object.keys(a).sort()).toEqual([...MODEL_LABELS].sort());
    for (const v of Object.values(a)) expect(v >= 0 && v <= 1).toBe(true);
    expect(modelScores(t, 'person')).toEqual(a);
  });

  it('a veiled threat the lexicon has no word for is flagged with its clause and rule', () => {
    const text = '钱的事你拖一天，我们就多一分耐心陪你耗，看看最后谁先撑不住。';
    expect(classifyMessage({ text, from: MOBILE }, { model: false }).collection).toBe(false);
    const r = classifyMessage({ text, from: MOBILE });
    expect(r.collection).toBe(true);
    const hit = r.hits.find((h) => h.violation === 'threat');
    expect(hit).toBeDefined();
    expect(hit!.cue).toBe('g.threat');
    expect(hit!.rule).toBe('threat.intimidation');
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.phrase);
    // The phrase is a whole clause, not a lone character.
    expect(hit!.phrase.length).toBeGreaterThan(4);
  });

  it('the model can be switched off, and injected (cross-validation)', () => {
    const text = '还钱。';
    expect(classifyMessage({ text, from: MOBILE }, { model: false }).collection).toBe(false);
    const never = () => Object.fromEntries(MODEL_LABELS.map((l) => [l, 0])) as Record<(typeof MODEL_LABELS)[number], number>;
    const always = () => Object.fromEntries(MODEL_LABELS.map((l) => [l, 1])) as Record<(typeof MODEL_LABELS)[number], number>;
    expect(classifyMessage({ text, from: MOBILE }, { model: always }).collection).toBe(true);
    // Below collectionOff the lexicon's "collection" is overruled…
    expect(classifyMessage({ text: '您的借款已逾期3天，请尽快还款。', from: MOBILE }, { model: never }).collection).toBe(false);
    expect(MODEL_THRESHOLDS.collectionOff).toBeLessThan(MODEL_THRESHOLDS.collectionOn);
  });

  it('does not make collection of a setting the lexicon knows is harmless, however sure it is', () => {
    const always = () => Object.fromEntries(MODEL_LABELS.map((l) => [l, 1])) as Record<(typeof MODEL_LABELS)[number], number>;
    for (const text of [
      '【图书馆】您借阅的图书已逾期3天，请尽快归还。',
      '哈哈你个老赖，打赌输的20块还没给我呢。',
      '【反诈中心】冒充法院、公安要求转账的都是诈骗，谨防上当。',
      '儿子，你的信用卡记得按时还，别逾期了。',
      '停息挂账、协商还款，专业团队帮你处理，咨询微信。',
    ]) {
      const r = classifyMessage({ text, from: MOBILE }, { model: always });
      expect(r.collection, text).toBe(false);
      expect(r.violations, text).toEqual([]);
    }
  });

  it('the model alone makes collection only of a message that speaks of money or shows a violation', () => {
    const onlyCollection = () => Object.fromEntries(MODEL_LABELS.map((l) => [l, l === 'collection' ? 0.9 : 0])) as Record<(typeof MODEL_LABELS)[number], number>;
    expect(classifyMessage({ text: '明天上午全体员工到会议室开会，请准时参加。', from: MOBILE }, { model: onlyCollection }).collection).toBe(false);
    expect(classifyMessage({ text: '钱的事你得给个说法，一直拖着对谁都没好处。', from: MOBILE }, { model: onlyCollection }).collection).toBe(true);
  });

  it('a broad cue word in a clause already read as another violation is not evidence', () => {
    // 家人 in 联系你的家人 is the contact-list threat; it does not also make the reader a third party.
    const always = () => Object.fromEntries(MODEL_LABELS.map((l) => [l, l === 'third_party' ? 0.9 : 0.99])) as Record<(typeof MODEL_LABELS)[number], number>;
    const r = classifyMessage({ text: '你欠我们平台的钱再不还，我们就联系你的家人。', from: MOBILE }, { model: always });
    expect(r.violations).toContain('contact_list');
    expect(r.violations).not.toContain('third_party');
  });

  it('every hit on every labelled message has a phrase from the text and a rule from the table', () => {
    // Every labelled set in tests/unit/data (held-out, blind, the estimate), so a new set is covered by being added.
    const files = ['./classify-examples.jsonl', ...readdirSync(new URL('./data/', import.meta.url)).filter((f) => f.endsWith('.jsonl')).map((f) => `./data/${f}`)];
    for (const f of files) {
      for (const row of loadLabeled(new URL(f, import.meta.url))) {
        const r = classifyMessage({ text: row.text, from: row.from, at: row.at });
        for (const v of r.violations) if (v !== 'odd_hours') expect(r.hits.some((h) => h.violation === v), `${row.id} ${v}`).toBe(true);
        for (const h of r.hits) {
          expect(row.text.slice(h.start, h.end), row.id).toBe(h.phrase);
          expect(h.phrase.trim().length, row.id).toBeGreaterThan(0);
          // The phrase starts at words, not at the punctuation before them (it is highlighted as is).
          expect(h.phrase, `${row.id} ${h.cue}`).not.toMatch(/^[，。！？、；：,.!?;:\s]/);
          expect(ruleIds.has(h.rule), `${row.id} ${h.rule}`).toBe(true);
        }
      }
    }
  });
});
