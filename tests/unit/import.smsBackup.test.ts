import { describe, expect, it } from 'vitest';
import { parseSmsBackupXml, SmsBackupFormatError, SmsBackupStream } from '../../utils/import/smsBackup';
import { EncodingError, firstInvalidUtf8, readUtf8Slices } from '../../utils/import/readText';

const sms = (attrs: string) => `<sms protocol="0" ${attrs} read="1" status="-1" locked="0" date_sent="0" readable_date="2025年6月19日 下午10:14:00" contact_name="(Unknown)" />`;
const smses = (...items: string[]) => `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="${items.length}">\n${items.join('\n')}\n</smses>`;
const AT = 1_750_342_440_000;

describe('parseSmsBackupXml: sms', () => {
  it('reads received and sent messages; number is the phone key, text verbatim', () => {
    const r = parseSmsBackupXml(smses(
      sms(`address="+86 171-2875-3039" date="${AT}" type="1" body="再不还款就通知你&#10;全部联系人"`),
      sms(`address="17128753039" date="${AT + 60_000}" type="2" body="请不要联系我的家人"`),
    ));
    expect(r.messages).toEqual([
      { number: '+8617128753039', direction: 'in', at: AT, text: '再不还款就通知你\n全部联系人' },
      { number: '+8617128753039', direction: 'out', at: AT + 60_000, text: '请不要联系我的家人' },
    ]);
    expect(r.calls).toEqual([]);
  });

  it('skips drafts, outbox, failed and queued messages', () => {
    const r = parseSmsBackupXml(smses(...[3, 4, 5, 6].map((t) => sms(`address="10086" date="${AT}" type="${t}" body="x"`)), sms(`address="10086" date="${AT}" type="1" body="收到"`)));
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]!.text).toBe('收到');
  });

  it('keeps a sender that is not a phone number as written', () => {
    const r = parseSmsBackupXml(smses(sms(`address="中国移动" date="${AT}" type="1" body="话费提醒"`)));
    expect(r.messages[0]!.number).toBe('中国移动');
  });

  it('keeps HTML in a body as text', () => {
    const r = parseSmsBackupXml(smses(sms(`address="10690057741" date="${AT}" type="1" body="&lt;b&gt;后果自负&lt;/b&gt;&amp;&lt;script&gt;"`)));
    expect(r.messages[0]!.text).toBe('<b>后果自负</b>&<script>');
  });

  it('joins emoji written as two surrogate character references', () => {
    const r = parseSmsBackupXml(smses(sms(`address="10086" date="${AT}" type="1" body="笑&#55357;&#56832;哭&#xD83D;&#xDE2D;"`)));
    expect(r.messages[0]!.text).toBe('笑😀哭😭');
  });
});

describe('parseSmsBackupXml: mms and calls', () => {
  it('reads MMS text parts and the sender / each recipient', () => {
    const xml = smses(
      `<mms date="${AT}" msg_box="1" address="13800138000~13900139000" m_type="132">
        <parts>
          <part seq="-1" ct="application/smil" text="&lt;smil&gt;&lt;/smil&gt;" />
          <part seq="0" ct="text/plain" text="你家人的电话我们都有" />
          <part seq="1" ct="image/jpeg" data="/9j/4AAQ" />
          <part seq="2" ct="text/plain" text="三天内还款" />
        </parts>
        <addrs><addr address="13800138000" type="137" /><addr address="13900139000" type="151" /></addrs>
      </mms>`,
      `<mms date="${AT}" msg_box="2" address="13800138000~13700137000" m_type="128">
        <parts><part ct="text/plain" text="别再打了" /></parts>
        <addrs><addr address="insert-address-token" type="137" /><addr address="13800138000" type="151" /><addr address="13700137000" type="151" /></addrs>
      </mms>`,
      `<mms date="${AT}" msg_box="3"><parts /><addrs /></mms>`,
    );
    const r = parseSmsBackupXml(xml);
    expect(r.messages).toEqual([
      { number: '+8613800138000', direction: 'in', at: AT, text: '你家人的电话我们都有\n三天内还款' },
      { number: '+8613800138000', direction: 'out', at: AT, text: '别再打了' },
      { number: '+8613700137000', direction: 'out', at: AT, text: '别再打了' },
    ]);
  });

  it('reads every call type, hidden callers included', () => {
    const calls = [1, 2, 3, 4, 5, 6].map((t, i) => `<call number="13800138000" duration="${i * 10}" date="${AT + i}" type="${t}" presentation="1" />`);
    calls.push(`<call number="" duration="0" date="${AT}" type="3" presentation="2" />`, `<call number="-1" duration="0" date="${AT}" type="1" presentation="3" />`);
    const r = parseSmsBackupXml(`<?xml version="1.0" encoding="UTF-8"?><calls count="8">${calls.join('')}</calls>`);
    expect(r.calls.map((c) => c.direction)).toEqual(['in', 'out', 'missed', 'voicemail', 'rejected', 'blocked', 'missed', 'in']);
    expect(r.calls[1]).toEqual({ number: '+8613800138000', direction: 'out', at: AT + 1, durationSec: 10 });
    expect(r.calls.slice(6).map((c) => c.number)).toEqual(['隐藏号码', '未知号码']);
  });
});

describe('parseSmsBackupXml: malformed files', () => {
  const err = (xml: string) => {
    try {
      parseSmsBackupXml(xml);
    } catch (e) {
      return e as SmsBackupFormatError;
    }
    throw new Error('no error');
  };

  it('refuses a truncated file with its position', () => {
    const e = err(smses(sms(`address="10086" date="${AT}" type="1" body="a"`)).slice(0, -20));
    expect(e).toBeInstanceOf(SmsBackupFormatError);
    expect(e.message).toMatch(/不完整/);
    expect(e.line).toBeGreaterThan(1);
  });

  it('refuses undefined entities, naming the line', () => {
    const e = err(smses(sms(`address="10086" date="${AT}" type="1" body="a"`), sms(`address="10086" date="${AT}" type="1" body="&nbsp;x"`)));
    expect(e.message).toMatch(/实体|entity/);
    expect(e.line).toBe(4);
  });

  it('refuses raw markup inside an attribute', () => {
    expect(err(smses(sms(`address="10086" date="${AT}" type="1" body="<b>x</b>"`))).message).toMatch(/第 3 行/);
  });

  it('refuses an HTML page, an unknown root and an empty file', () => {
    expect(err('<!DOCTYPE html><html><body>hi</body></html>').message).toMatch(/网页/);
    expect(err('<html><body>hi</body></html>').message).toMatch(/网页/);
    expect(err('<?xml version="1.0"?><contacts/>').message).toMatch(/根元素/);
    expect(err('').message).toMatch(/空|不完整/);
  });

  it('refuses a file declaring another encoding', () => {
    expect(err('<?xml version="1.0" encoding="GBK"?><smses/>').message).toMatch(/GBK/);
  });

  it('refuses records with missing or unreadable attributes, with line and column', () => {
    const e = err(smses(sms(`address="10086" date="${AT}" type="1" body="a"`), sms(`address="10086" type="1" body="b"`)));
    expect(e.message).toMatch(/^第 4 行第 \d+ 列：缺少 date 属性/);
    expect(err(smses(sms(`date="${AT}" type="1" body="b"`))).message).toMatch(/address/);
    expect(err(smses(sms(`address="1" date="${AT}" type="1"`))).message).toMatch(/body/);
    expect(err(smses(sms(`address="1" date="yesterday" type="1" body=""`))).message).toMatch(/毫秒/);
    expect(err(smses(sms(`address="1" date="${AT}" type="9" body=""`))).message).toMatch(/type/);
    expect(err(`<calls><call number="1" date="${AT}" type="1" duration="abc" /></calls>`).message).toMatch(/时长/);
  });

  it('refuses huge bodies rather than storing a cut one', () => {
    expect(err(smses(sms(`address="1" date="${AT}" type="1" body="${'长'.repeat(20_001)}"`))).message).toMatch(/过长/);
  });
});

describe('SmsBackupStream', () => {
  it('gives the same records however the text is cut, even inside an emoji reference', () => {
    const xml = smses(
      sms(`address="10086" date="${AT}" type="1" body="A&#55357;&#56832;B"`),
      sms(`address="10086" date="${AT + 1}" type="2" body="第二条&amp;"`),
    );
    const whole = parseSmsBackupXml(xml);
    for (let size = 1; size < 40; size += 3) {
      const got: string[] = [];
      const s = new SmsBackupStream({ message: (m) => got.push(m.text), call: () => undefined });
      for (let i = 0; i < xml.length; i += size) s.write(xml.slice(i, i + size));
      s.close();
      expect(got).toEqual(whole.messages.map((m) => m.text));
    }
  });

  it('reports rejections with their line and keeps counting', () => {
    const rej: number[] = [];
    const s = new SmsBackupStream({ message: () => undefined, call: () => undefined, reject: (r) => rej.push(r.line) });
    s.write(smses(sms(`address="1" type="1" body=""`), sms(`address="10086" date="${AT}" type="1" body="ok"`), sms(`address="1" type="1" body=""`)));
    const counts = s.close();
    expect(rej).toEqual([3, 5]);
    expect(counts).toMatchObject({ sms: 1, rejected: 2 });
  });
});

describe('reading a file as UTF-8', () => {
  const blob = (bytes: Uint8Array) => new Blob([bytes as BlobPart]);
  it('decodes across slices, characters cut in half included', async () => {
    const text = '安宁'.repeat(1000);
    let out = '';
    await readUtf8Slices(blob(new TextEncoder().encode(text)), (t) => void (out += t), { sliceBytes: 7 });
    expect(out).toBe(text);
  });
  it('refuses GBK bytes with the offset', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<smses>'), 0xb0, 0xb2, 0xc4, 0xfe]); // 安宁 in GBK
    const e = await readUtf8Slices(blob(bytes), () => undefined).catch((x) => x);
    expect(e).toBeInstanceOf(EncodingError);
    expect(e.byteOffset).toBe(7);
    expect(firstInvalidUtf8(bytes)).toBe(7);
  });
  it('refuses UTF-16 and compressed files up front', async () => {
    await expect(readUtf8Slices(blob(new Uint8Array([0xff, 0xfe, 0x3c, 0])), () => undefined)).rejects.toThrow(/UTF-16/);
    await expect(readUtf8Slices(blob(new Uint8Array([0x50, 0x4b, 3, 4])), () => undefined)).rejects.toThrow(/zip/);
  });
});
