import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PhoneNumber, getCountries, getExampleNumber, type CountryCode, type E164Number } from 'libphonenumber-js/core';
import maxMetadata from 'libphonenumber-js/metadata.max.json';
import mobileExamples from 'libphonenumber-js/examples.mobile.json';
import {
  PHONE_KINDS,
  classifyDigits,
  cnMetadata,
  displayPhoneKey,
  findPhones,
  isChineseMobile,
  normalizeDigits,
  parsePhone,
  phoneKey,
  samePhone,
  type PhoneKind,
} from '../../utils/phone';
import { generateCorpus, prng } from '../../scripts/bench/findPhones.corpus';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const devDataPath = fileURLToPath(new URL('../shared/data/phones-dev.json', new URL('../../', import.meta.url)));

interface DevData {
  parse: Array<{ raw: string; expect: { key: string; kind: PhoneKind } | null }>;
  find: Array<{ text: string; keys: string[] }>;
}
const devData: DevData | null = existsSync(devDataPath)
  ? (JSON.parse(readFileSync(devDataPath, 'utf8')) as DevData)
  : null;

/** Each match as [text as written, key, kind]: offsets are checked through the slice. */
const found = (text: string) => findPhones(text).map((m) => [text.slice(m.start, m.end), m.key, m.kind]);

describe.skipIf(!devData)(
  `shared dev data (${devData ? devDataPath : `SKIPPED: ${devDataPath} not found`})`,
  () => {
    const data = devData ?? { parse: [], find: [] };

    it.each(data.parse.map((c) => [c.raw, c.expect] as const))('parsePhone(%j)', (raw, expected) => {
      const got = parsePhone(raw);
      if (expected === null) expect(got).toBeNull();
      else expect(got && { key: got.key, kind: got.kind }).toEqual(expected);
    });

    it.each(data.find.map((c) => [c.text, c.keys] as const))('findPhones(%j)', (text, keys) => {
      // A key whose digits do not occur in the text cannot be found by any engine: such a case is
      // an error in the data, not in the engine (see the erratum test below).
      const digitsInText = normalizeDigits(text).replace(/\D/g, '');
      const present = keys.filter((k) => digitsInText.includes(k.replace(/^\+(86)?/, '')));
      const matches = findPhones(text);
      expect(matches.map((m) => m.key)).toEqual(present);
      for (const m of matches) expect(parsePhone(text.slice(m.start, m.end))?.key).toBe(m.key);
    });
  },
);

describe('dev data erratum', () => {
  it('"１７０５５５５６６６" has ten digits, so it is not +8617055556666', () => {
    expect(normalizeDigits('１７０５５５５６６６')).toBe('1705555666');
    expect(parsePhone('１７０５５５５６６６')).toBeNull();
    expect(findPhones('专员１７０５５５５６６６')).toEqual([]);
    // With the eleventh digit the number is found, full width and all.
    expect(found('专员１７０５５５５６６６６')).toEqual([['１７０５５５５６６６６', '+8617055556666', 'virtual']]);
  });
});

describe('parsePhone: every kind, key and display', () => {
  it.each([
    ['13812345678', '+8613812345678', 'mobile', '138 1234 5678'],
    ['19212345678', '+8619212345678', 'mobile', '192 1234 5678'], // 中国广电 is a full operator
    ['16212345678', '+8616212345678', 'virtual', '162 1234 5678'],
    ['16598765432', '+8616598765432', 'virtual', '165 9876 5432'],
    ['16712345678', '+8616712345678', 'virtual', '167 1234 5678'],
    ['17055556666', '+8617055556666', 'virtual', '170 5555 6666'],
    ['17112345678', '+8617112345678', 'virtual', '171 1234 5678'],
    ['010-12345678', '+861012345678', 'landline', '010-1234 5678'],
    ['021 6234 5678', '+862162345678', 'landline', '021-6234 5678'],
    ['0512-66554433', '+8651266554433', 'landline', '0512-6655 4433'],
    ['0951-5012345', '+869515012345', 'landline', '0951-501 2345'],
    ['95188', '95188', 'service', '95188'],
    ['96110', '96110', 'service', '96110'],
    ['10101234', '10101234', 'service', '10101234'],
    ['0571-96345', '057196345', 'service', '0571-96345'],
    ['4008123456', '4008123456', 'hotline', '400-812-3456'],
    ['800-820-0000', '8008200000', 'hotline', '800-820-0000'],
    ['10690123456789', '10690123456789', 'sms_port', '10690123456789'],
    ['1065502012345', '1065502012345', 'sms_port', '1065502012345'],
    ['10690057741', '10690057741', 'sms_port', '10690057741'], // 11 digits, like a mobile's length
    ['110', '110', 'short', '110'],
    ['120', '120', 'short', '120'],
    ['10086', '10086', 'short', '10086'],
    ['12321', '12321', 'short', '12321'],
    ['12368', '12368', 'short', '12368'],
    ['12378', '12378', 'short', '12378'],
    ['+14155552671', '+14155552671', 'intl', '+1 4155552671'],
    ['+852 9123 4567', '+85291234567', 'intl', '+852 91234567'],
  ] as const)('%j → %s (%s)', (raw, key, kind, display) => {
    expect(parsePhone(raw)).toEqual({ key, kind, display });
  });

  it('covers every kind', () => {
    const samples = ['13812345678', '17055556666', '010-12345678', '95188', '4008123456', '10690123456789', '12368', '+14155552671'];
    expect(samples.map((s) => parsePhone(s)?.kind).sort()).toEqual([...PHONE_KINDS].sort());
  });

  it.each([
    '13900001234',
    '139 0000 1234',
    '139-0000-1234',
    '139.0000.1234',
    '+8613900001234',
    '+86 13900001234',
    '+86 139-0000-1234',
    '+86-139-0000-1234',
    '(+86) 139 0000 1234',
    '（+86）139 0000 1234',
    '＋８６ １３９ ００００ １２３４',
    '86 13900001234',
    '8613900001234',
    '0086 13900001234',
    '0086-139-0000-1234',
    '008613900001234',
    '１３９００００１２３４',
    '１３９－００００－１２３４',
    '013900001234',
    ' 139 0000 1234 ',
    'tel:+86-139-0000-1234',
    '139\u00a00000\u00a01234',
    '139\u30000000\u30001234',
  ])('prefix/format %j is +8613900001234', (raw) => {
    expect(parsePhone(raw)).toEqual({ key: '+8613900001234', kind: 'mobile', display: '139 0000 1234' });
  });

  it.each([
    '020-87654321',
    '020 8765 4321',
    '(020) 8765 4321',
    '(020)87654321',
    '（020）87654321',
    '（０２０）８７６５－４３２１',
    '020－87654321',
    '+86 20 8765 4321',
    '+86 (20) 8765 4321',
    '+86 (0)20 8765 4321',
    '+86 020 8765 4321',
    '+86-20-87654321',
    '0086 20 87654321',
    '86-20-87654321',
    '02087654321',
  ])('landline form %j is +862087654321', (raw) => {
    expect(parsePhone(raw)).toEqual({ key: '+862087654321', kind: 'landline', display: '020-8765 4321' });
  });

  it.each([
    ['400 660 0000', '4006600000'],
    ['400-660-0000', '4006600000'],
    ['4006-600-000', '4006600000'],
    ['+86 400 660 0000', '4006600000'],
    ['+44 20 7946 0018', '+442079460018'],
    ['+44 (0)20 7946 0018', '+442079460018'],
    ['0044 20 7946 0018', '+442079460018'],
    ['00852 9123 4567', '+85291234567'],
    ['+1 (415) 555-2671', '+14155552671'],
  ])('%j → %s', (raw, key) => {
    expect(parsePhone(raw)?.key).toBe(key);
  });

  it.each([
    ['date', '2025-06-19'],
    ['date', '2025-01-01'],
    ['date', '2025/06/19'],
    ['date', '2025.06.19'],
    ['date', '2025年6月19日'],
    ['time', '22:14:05'],
    ['decimal', '3.1415926'],
    ['decimal', '139.00'],
    ['decimal', '13.900001234'],
    ['amount', '1,045.67'],
    ['amount', '¥13900001234'],
    ['amount', '13900001234元'],
    ['ID card', '440301199001011234'],
    ['ID card', '11010119900307451X'],
    ['bank card', '6222021234567890'],
    ['bank card', '6222021234567890123'],
    ['bank card', '6222 0212 3456 7890'],
    ['order number', '202506191234567890'],
    ['order number', 'DD20250619123456'],
    ['too short', '139000012'],
    ['too short', '1390000123'],
    ['too long', '139000012345'],
    ['too long', '+86139000012345'],
    ['too long', '106900001234567890123'],
    ['not a mobile range', '12345678901'],
    ['not a mobile range', '10012345678'],
    ['no area code', '87654321'],
    ['no trunk 0', '2087654321'],
    ['bad area code', '0123-45678901'],
    ['bad subscriber length', '0755-1234567'],
    ['unknown short code', '11111'],
    ['4 digits', '1234'],
    ['unknown calling code', '+999 12345678'],
    ['+86 and a code', '+86 95588'],
    ['letters', '139abc01234'],
    ['empty', ''],
    ['spaces', '   '],
  ])('%s %j → null', (_what, raw) => {
    expect(parsePhone(raw)).toBeNull();
  });

  it('rejects what is not a string instead of throwing', () => {
    expect(parsePhone(undefined as unknown as string)).toBeNull();
    expect(parsePhone(13900001234 as unknown as string)).toBeNull();
    expect(parsePhone('1'.repeat(10_000))).toBeNull();
  });

  it('keys parse to themselves, so stored keys can be re-read and shown', () => {
    for (const raw of ['13812345678', '17055556666', '010-12345678', '0571-96345', '95188', '4008123456', '10690123456789', '12368', '+44 20 7946 0018']) {
      const p = parsePhone(raw)!;
      expect(parsePhone(p.key)).toEqual(p);
      expect(displayPhoneKey(p.key)).toBe(p.display);
    }
    expect(displayPhoneKey('not a number')).toBe('not a number');
  });

  it('helpers', () => {
    expect(phoneKey('+86 139-0000-1234')).toBe('+8613900001234');
    expect(phoneKey('2025-06-19')).toBeNull();
    expect(isChineseMobile('139 0000 1234')).toBe(true);
    expect(isChineseMobile('17055556666')).toBe(true);
    expect(isChineseMobile('020-87654321')).toBe(false);
    expect(isChineseMobile('+852 9123 4567')).toBe(false);
    expect(samePhone('139 0000 1234', '+86-13900001234')).toBe(true);
    expect(samePhone('139 0000 1234', '139 0000 1235')).toBe(false);
    expect(samePhone('abc', 'abc')).toBe(false);
    expect(normalizeDigits('＋８６ １３９')).toBe('+86 139');
    expect(normalizeDigits('电话13900001234')).toBe('电话13900001234');
  });
});

describe('findPhones', () => {
  it('reports exact offsets for every kind and prefix form in running text', () => {
    const text =
      '催收员13900001234说，座机(020) 8765 4321转808，' +
      '另一个号码+86 139-0000-5678；0086 13900009999 / 86 13900008888，' +
      '（+86）170 5555 6666、热线400-660-0000，客服95588，短信来自10690000123456，' +
      '可拨打12378投诉或110报警，境外号码+44 20 7946 0018，香港00852 9123 4567。';
    expect(found(text)).toEqual([
      ['13900001234', '+8613900001234', 'mobile'],
      ['(020) 8765 4321', '+862087654321', 'landline'],
      ['+86 139-0000-5678', '+8613900005678', 'mobile'],
      ['0086 13900009999', '+8613900009999', 'mobile'],
      ['86 13900008888', '+8613900008888', 'mobile'],
      ['（+86）170 5555 6666', '+8617055556666', 'virtual'],
      ['400-660-0000', '4006600000', 'hotline'],
      ['95588', '95588', 'service'],
      ['10690000123456', '10690000123456', 'sms_port'],
      ['12378', '12378', 'short'],
      ['110', '110', 'short'],
      ['+44 20 7946 0018', '+442079460018', 'intl'],
      ['00852 9123 4567', '+85291234567', 'intl'],
    ]);
  });

  it('finds full-width numbers with full-width separators', () => {
    expect(found('电话：（０２０）８７６５－４３２１，手机１３９００００１２３４')).toEqual([
      ['（０２０）８７６５－４３２１', '+862087654321', 'landline'],
      ['１３９００００１２３４', '+8613900001234', 'mobile'],
    ]);
  });

  it('splits numbers listed with spaces, commas or slashes', () => {
    expect(found('13900001234 13900005678,13900009999/95588 10086')).toEqual([
      ['13900001234', '+8613900001234', 'mobile'],
      ['13900005678', '+8613900005678', 'mobile'],
      ['13900009999', '+8613900009999', 'mobile'],
      ['95588', '95588', 'service'],
      ['10086', '10086', 'short'],
    ]);
  });

  it('reads a 106 port written in groups, but never glues a number onto one', () => {
    expect(found('端口1069 0000 1234 56发送')).toEqual([['1069 0000 1234 56', '10690000123456', 'sms_port']]);
    expect(found('10690000123456 95588')).toEqual([
      ['10690000123456', '10690000123456', 'sms_port'],
      ['95588', '95588', 'service'],
    ]);
  });

  it('keeps an extension out of the number', () => {
    expect(found('020-87654321-808')).toEqual([['020-87654321', '+862087654321', 'landline']]);
    expect(found('400-660-0000转2')).toEqual([['400-660-0000', '4006600000', 'hotline']]);
  });

  it('accepts a phone label written in letters, not an identifier', () => {
    expect(found('Tel13900001234')).toEqual([['13900001234', '+8613900001234', 'mobile']]);
    expect(found('加vx13900001234')).toEqual([['13900001234', '+8613900001234', 'mobile']]);
    expect(found('SN13900001234')).toEqual([]);
    expect(found('13900001234abc')).toEqual([]);
  });

  it.each([
    ['date', '日期 2025-06-19 到期'],
    ['date', '2025年6月19日'],
    ['date', '2025/06/19'],
    ['date', '2025.06.19'],
    ['time', '22:14:05'],
    ['date and time', '时间 2025-06-19 22:14:05'],
    ['decimal', '圆周率3.1415926'],
    ['decimal', '利率12.95588%'],
    ['amount', '应还1,045.67元'],
    ['amount', '金额 1,390.00'],
    ['amount', '¥13,900.00'],
    ['amount', '共110元'],
    ['amount', '借款10000'],
    ['amount', '95588元'],
    ['amount', '13900001234元'],
    ['count', '第12345期'],
    ['count', '已发送10086条'],
    ['percent', '增长12345%'],
    ['ID card', '身份证440301199001011234'],
    ['ID card', '身份证11010119900307451X'],
    ['ID card', '身份证 4403 0119 9001 0112 34'],
    ['bank card', '卡号6222021234567890'],
    ['bank card', '卡号6222021234567890123'],
    ['bank card', '卡号 6222 0213 9000 0123'],
    ['bank card', '卡号 6222-0213-9000-0123-456'],
    ['order number', '交易流水号 20250101139000012345'],
    ['order number', '订单号DD2025061913900001234'],
    ['order number', '订单编号 12368'],
    ['longer digit run', '编码139000012345678'],
    ['longer digit run', '0013900001234'],
    ['grouped longer run', '139 0000 12345'],
    ['grouped longer run', '2025 95588'],
    ['verification code', '验证码：95371，5分钟内有效'],
    ['verification code', '动态码 12345'],
    ['masked number', '138****5678'],
    ['masked number', '尾号1234'],
    ['score', '+100'],
  ])('%s %j → nothing', (_what, text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds numbers right next to decoys', () => {
    expect(found('2025-06-19 13900001234')).toEqual([['13900001234', '+8613900001234', 'mobile']]);
    expect(found('08:30 95588')).toEqual([['95588', '95588', 'service']]);
    expect(found('2025-06-19 95588')).toEqual([['95588', '95588', 'service']]);
    expect(found('1,045.67元，请拨打13900001234')).toEqual([['13900001234', '+8613900001234', 'mobile']]);
    expect(found('电话号码：95588')).toEqual([['95588', '95588', 'service']]);
  });

  it('never splits a digit run: offsets never start or end inside one', () => {
    const r = prng(42);
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = 0; i < 20; i++) {
        const piece = Math.floor(r() * 10 ** Math.floor(1 + r() * 15)).toString();
        text += piece + ['，', ' ', '-', '元', '年', '电话', '.', '(', ')'][Math.floor(r() * 9)];
      }
      for (const m of findPhones(text)) {
        expect(/[0-9０-９]/.test(text[m.start - 1] ?? '')).toBe(false);
        expect(/[0-9０-９]/.test(text[m.end] ?? '')).toBe(false);
        expect(parsePhone(text.slice(m.start, m.end))?.key).toBe(m.key);
      }
    }
  });

  it('handles empty text, text without digits and a page of digits', () => {
    expect(findPhones('')).toEqual([]);
    expect(findPhones('没有号码的文本')).toEqual([]);
    expect(findPhones('1'.repeat(100_000))).toEqual([]);
    expect(findPhones('1 '.repeat(50_000))).toEqual([]);
  });

  it('recalls every number planted in generated text and reports no decoy (fresh seed)', () => {
    const { text, planted, decoys } = generateCorpus({ seed: 7, numbers: 1500, decoys: 1500, bytes: 300_000 });
    const matches = findPhones(text);
    const got = new Set(matches.map((m) => `${m.start}:${m.end}:${m.key}:${m.kind}`));
    const missed = planted.filter((p) => !got.has(`${p.start}:${p.end}:${p.key}:${p.kind}`));
    expect(missed.map((p) => text.slice(p.start, p.end))).toEqual([]);
    const inDecoy = matches.filter((m) => decoys.some((d) => m.start < d.end && d.start < m.end));
    expect(inDecoy.map((m) => text.slice(m.start, m.end))).toEqual([]);
    expect(matches.length).toBe(planted.length);
    for (const m of matches) expect(parsePhone(text.slice(m.start, m.end))?.key).toBe(m.key);
  });
});

describe('agreement with libphonenumber-js', () => {
  it('classifies Chinese national numbers exactly as PhoneNumber.getType() with the CN metadata', () => {
    const r = prng(86);
    const digit = () => String(Math.floor(r() * 10));
    const expectedKinds: Record<string, PhoneKind[]> = {
      MOBILE: ['mobile', 'virtual'],
      FIXED_LINE: ['landline', 'short', 'service'],
      SHARED_COST: ['hotline', 'service'],
      TOLL_FREE: ['hotline'],
    };
    // Random digits after prefixes that reach every type (and plenty of near misses).
    const prefixes = ['1', '13', '14', '16', '17', '19', '10', '2', '3', '4', '5', '6', '7', '8', '9', '400', '800', '950', '1010', '1096', '2196', '57196', '10800', '168'];
    const seen: Record<string, number> = {};
    let valid = 0;
    for (let n = 0; n < 20_000; n++) {
      let national = prefixes[n % prefixes.length];
      const len = Math.max(national.length + 1, 7 + Math.floor(r() * 6));
      while (national.length < len) national += digit();
      const libType = new PhoneNumber(`+86${national}` as E164Number, cnMetadata).getType();
      seen[libType ?? 'invalid'] = (seen[libType ?? 'invalid'] ?? 0) + 1;
      const ours = classifyDigits(`86${national}`, { plus: true, allowIdd: false });
      // Two documented exclusions: 12-digit 10800/21800 toll free and 160/168 premium-rate lines.
      const excluded = (libType === 'TOLL_FREE' && len === 12) || libType === 'PREMIUM_RATE';
      if (!libType || excluded) {
        expect(ours, `${national} (${libType})`).toBeNull();
      } else {
        valid++;
        expect(expectedKinds[libType], `${national} (${libType} → ${ours?.kind})`).toContain(ours?.kind);
      }
    }
    // The sample really exercises every type, not only invalid numbers.
    for (const type of [...Object.keys(expectedKinds), 'PREMIUM_RATE', 'invalid']) {
      expect(seen[type] ?? 0, type).toBeGreaterThan(20);
    }
    expect(valid).toBeGreaterThan(3000);
  });

  it('recognises libphonenumber example mobile numbers of every other country as intl E.164', () => {
    let n = 0;
    for (const country of getCountries(maxMetadata)) {
      if (country === 'CN') continue;
      const example = getExampleNumber(country as CountryCode, mobileExamples, maxMetadata);
      if (!example) continue;
      n++;
      // Documented limit: fewer than 8 digits after `+` is read as a score or count, not a number.
      if (example.number.length - 1 < 8) {
        expect(parsePhone(example.number), `${country} ${example.number}`).toBeNull();
        continue;
      }
      expect(parsePhone(example.number), `${country} ${example.number}`).toEqual({
        key: example.number,
        kind: 'intl',
        display: `+${example.countryCallingCode} ${example.nationalNumber}`,
      });
    }
    expect(n).toBeGreaterThan(200);
  });

  it('ships metadata that matches the installed libphonenumber-js', () => {
    const out = execFileSync(process.execPath, ['utils/phone/generate-metadata.mjs', '--check'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(out).toMatch(/up to date/);
  });
});
