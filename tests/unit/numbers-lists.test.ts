import { describe, expect, it } from 'vitest';
import {
  detectListFormat,
  describeListError,
  ListError,
  parseCsvList,
  parseJsonList,
  parseList,
  parseTextList,
  serializeList,
} from '../../utils/numbers/lists';

function errorOf(fn: () => unknown): ListError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ListError) return e;
    throw e;
  }
  throw new Error('expected a ListError');
}

describe('plain-text lists', () => {
  it('reads one number per line with optional # label, comments and headers', () => {
    const list = parseTextList(
      ['! Title: 某平台催收号码', '! Status: suspected', '# a comment line', '', '138 1234 5678 # 某某贷 催收', '+86-139-0000-1234', '  95188  # 客服'].join('\r\n'),
    );
    expect(list.title).toBe('某平台催收号码');
    expect(list.status).toBe('suspected');
    expect(list.items.map((i) => [i.key, i.label, i.line])).toEqual([
      ['+8613812345678', '某某贷 催收', 5],
      ['+8613900001234', '', 6],
      ['95188', '客服', 7],
    ]);
  });

  it('rejects the whole list at the first line that is not a number, naming the line', () => {
    const e = errorOf(() => parseTextList('13812345678\n13900001234 # ok\nhello world # oops\n13700001111'));
    expect(e.code).toBe('not_a_number');
    expect(e.line).toBe(3);
    expect(e.message).toBe('line 3: “hello world” is not a phone number');
    expect(describeListError(e.code, e.line, e.detail, 'zh')).toBe('第 3 行：“hello world”不是电话号码');
  });

  it('rejects a bad status header and an empty list', () => {
    expect(errorOf(() => parseTextList('! Status: maybe\n13812345678')).line).toBe(1);
    expect(errorOf(() => parseTextList('# only comments\n\n')).code).toBe('empty');
  });
});

describe('CSV lists', () => {
  it('reads English or Chinese headers, quoted fields and tags', () => {
    const csv = '\uFEFF号码,标签,平台,分类,状态,备注\n"138 1234 5678","张三, 催收员",某某贷,催收;骚扰,催收,"多行\n备注"\n010-12345678,,,法院,safe,\n';
    const list = parseCsvList(csv);
    expect(list.items).toHaveLength(2);
    expect(list.items[0]).toMatchObject({ key: '+8613812345678', label: '张三, 催收员', lender: '某某贷', tags: ['催收', '骚扰'], status: 'collector', notes: '多行\n备注', line: 2 });
    // The second record starts on line 4: the quoted note spans lines 2–3.
    expect(list.items[1]).toMatchObject({ key: '+861012345678', status: 'safe', line: 4 });
  });

  it('names the line of a bad number and of a bad status', () => {
    const bad = errorOf(() => parseCsvList('number,label\n13812345678,a\n12,b\n'));
    expect([bad.code, bad.line, bad.detail]).toEqual(['not_a_number', 3, '12']);
    const status = errorOf(() => parseCsvList('number,status\n13812345678,bad\n'));
    expect([status.code, status.line]).toEqual(['bad_status', 2]);
  });

  it('needs a number column', () => {
    expect(errorOf(() => parseCsvList('name,label\n1,2\n')).code).toBe('no_number_column');
  });
});

describe('JSON lists', () => {
  it('reads the anning-numbers object and bare arrays', () => {
    const list = parseJsonList(JSON.stringify({ format: 'anning-numbers', version: 1, title: 'T', status: 'collector', numbers: [{ number: '13812345678', tags: ['催收'] }, '4008123456'] }));
    expect(list.title).toBe('T');
    expect(list.status).toBe('collector');
    expect(list.items.map((i) => i.key)).toEqual(['+8613812345678', '4008123456']);
    expect(parseJsonList('["13812345678"]').items[0]!.key).toBe('+8613812345678');
  });

  it('names the line of a bad entry and of a syntax error', () => {
    const text = '{\n  "numbers": [\n    {"number": "13812345678"},\n    {"number": "not a phone"}\n  ]\n}';
    const e = errorOf(() => parseJsonList(text));
    expect([e.code, e.line]).toEqual(['not_a_number', 4]);
    const syntax = errorOf(() => parseJsonList('{\n  "numbers": [\n    "13812345678",,\n  ]\n}'));
    expect(syntax.code).toBe('bad_json');
    expect(syntax.line).toBe(3);
    expect(errorOf(() => parseJsonList('{"numbers": 5}')).code).toBe('bad_shape');
    expect(errorOf(() => parseJsonList('{"format":"other","numbers":[]}')).code).toBe('bad_shape');
  });
});

describe('round trips and format detection', () => {
  const entries = [
    { key: '+8613812345678', display: '138 1234 5678', label: '=cmd|x', lender: '某某贷', tags: ['催收', '骚扰'], status: 'collector' as const, notes: 'n1' },
    { key: '95588', display: '95588', label: '工商银行', lender: '', tags: ['银行·持牌机构'], status: 'safe' as const, notes: '' },
  ];
  for (const format of ['text', 'csv', 'json'] as const) {
    it(`${format} export reads back to the same numbers`, () => {
      const text = serializeList(entries, format, 'mine');
      expect(detectListFormat(text)).toBe(format);
      const back = parseList(text, format);
      expect(back.items.map((i) => i.key)).toEqual(entries.map((e) => e.key));
      if (format !== 'text') expect(back.items.map((i) => i.status)).toEqual(['collector', 'safe']);
    });
  }
  it('CSV export defuses spreadsheet formulas', () => {
    expect(serializeList(entries, 'csv')).toContain("'=cmd|x");
  });
});
