// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { googleMessages } from '../../utils/capture/adapters/googleMessages';
import { googleVoice } from '../../utils/capture/adapters/googleVoice';
import { xiaomiCloud } from '../../utils/capture/adapters/xiaomi';
import { huaweiCloud } from '../../utils/capture/adapters/huawei';
import { CaptureError, type CaptureBatch, type CaptureEnv, type SiteAdapter } from '../../utils/capture/types';

const NOW = Date.UTC(2025, 5, 20, 4, 0); // 2025-06-20 12:00 Beijing
const fast = () => new Promise<void>((ok) => setTimeout(ok, 0));

function env(over: Partial<CaptureEnv> = {}): CaptureEnv & { progress: number[] } {
  const progress: number[] = [];
  return { doc: document, url: new URL(location.href), now: NOW, signal: new AbortController().signal, onProgress: (p) => progress.push(p.done), sleep: fast, progress, ...over };
}

async function all(adapter: SiteAdapter, e: CaptureEnv): Promise<CaptureBatch> {
  const out: CaptureBatch = { messages: [], calls: [] };
  for await (const b of adapter.capture(e)) {
    out.messages.push(...b.messages);
    out.calls.push(...b.calls);
  }
  return out;
}

afterEach(() => {
  document.body.innerHTML = '';
});

/** A Google Messages-like page keeping `win` messages in the DOM, loading 7 older on scroll to top. */
function gmPage(total: number, win = 10) {
  document.body.innerHTML = `<mws-conversations-list><mws-conversation-list-item><a aria-selected="true"><h3 data-e2e-conversation-name>+86 171 2875 3039</h3></a></mws-conversation-list-item></mws-conversations-list>
    <div id="scroller" style="overflow-y: auto; height: 100px"></div>`;
  const scroller = document.getElementById('scroller')!;
  const msgs = Array.from({ length: total }, (_, i) => ({ id: `m${i}`, at: Date.UTC(2025, 5, 19, 14, 0) + i * 60_000, text: i === 5 || i === 6 ? '同一句话' : `第${i}条` }));
  if (total > 6) msgs[6]!.at = msgs[5]!.at; // the same text twice in one minute
  let start = Math.max(0, total - win);
  const render = () => {
    scroller.replaceChildren(
      ...msgs.slice(start, start + win).map((m) => {
        const w = document.createElement('mws-message-wrapper');
        w.setAttribute('msg-id', m.id);
        w.setAttribute('is-outgoing', String(Number(m.id.slice(1)) % 4 === 0));
        const d = new Date(m.at + 8 * 3600e3);
        const part = document.createElement('mws-text-message-part');
        part.setAttribute('aria-label', `对方说：${m.text}。已收到 ${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${d.getUTCHours() >= 12 ? '下午' : '上午'}${d.getUTCHours() % 12 || 12}:${String(d.getUTCMinutes()).padStart(2, '0')}。`);
        part.innerHTML = '<div class="text-msg-content"></div>';
        part.firstElementChild!.textContent = m.text;
        w.append(part);
        return w;
      }),
    );
  };
  scroller.addEventListener('scroll', () => {
    if (scroller.scrollTop > 5 || start === 0) return;
    start = Math.max(0, start - 7);
    render();
  });
  render();
  return msgs;
}

describe('Google Messages adapter', () => {
  it('scrolls the windowed conversation back to its start, oldest first, each message once', async () => {
    const msgs = gmPage(47);
    const e = env();
    const { messages } = await all(googleMessages, e);
    expect(messages.map((m) => m.text)).toEqual(msgs.map((m) => m.text));
    expect(messages[0]).toMatchObject({ numberRaw: '+86 171 2875 3039', at: msgs[0]!.at, atPrecision: 'min', direction: 'out', channel: 'sms' });
    expect(messages[5]!.atRaw).toMatch(/2025年6月19日 下午10:05/);
    expect(Math.max(...e.progress)).toBe(47);
  });

  it('stops when asked, keeping the newest part it read', async () => {
    gmPage(47);
    const ctrl = new AbortController();
    const e = env({ signal: ctrl.signal, onProgress: (p) => p.done >= 17 && ctrl.abort() });
    const { messages } = await all(googleMessages, e);
    expect(messages.length).toBeGreaterThanOrEqual(17);
    expect(messages.length).toBeLessThan(47);
    expect(messages.at(-1)!.text).toBe('第46条');
  });

  it('refuses to guess a time it cannot read', async () => {
    gmPage(3);
    document.querySelector('mws-text-message-part')!.setAttribute('aria-label', '对方说：你好。');
    await expect(all(googleMessages, env())).rejects.toThrow(CaptureError);
  });
});

describe('Google Voice adapter', () => {
  it('reads gv-message-item / gv-annotation, inheriting a group time', async () => {
    document.body.innerHTML = `<gv-conversation-header><h2 gv-test-id="conversation-title">+86 171 2875 3039</h2></gv-conversation-header>
      <div style="overflow-y:auto">
        <gv-message-item data-id="a" class="incoming"><div class="timestamp">6月19日 下午10:14</div><gv-annotation>还钱</gv-annotation></gv-message-item>
        <gv-message-item data-id="b" class="incoming"><gv-annotation>&lt;b&gt;后果自负&lt;/b&gt;</gv-annotation></gv-message-item>
        <gv-message-item data-id="c" class="outgoing"><div class="timestamp">昨天 下午10:20</div><gv-annotation>别打了</gv-annotation></gv-message-item>
      </div>`;
    const { messages } = await all(googleVoice, env());
    expect(messages.map((m) => [m.direction, m.text, m.atRaw])).toEqual([
      ['in', '还钱', '6月19日 下午10:14'],
      ['in', '<b>后果自负</b>', '6月19日 下午10:14'],
      ['out', '别打了', '昨天 下午10:20'],
    ]);
    expect(messages[0]!.at).toBe(Date.UTC(2025, 5, 19, 14, 14));
    expect(messages[2]!.at).toBe(Date.UTC(2025, 5, 19, 14, 20));
  });
});

function jsonFetch(handler: (url: URL, init?: RequestInit) => unknown): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const body = handler(new URL(String(input)), init);
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200 });
  }) as typeof fetch;
}

describe('小米云服务 adapter', () => {
  const uuid = 'u123';
  const thread = (n: number) => Array.from({ length: n }, (_, i) => ({ entry: { id: String(i), folder: i % 2 ? '1' : '0', body: `短信${i}`, localTime: 1_750_000_000_000 + i * 1000 } }));
  const api = (mode: 'ok' | 'changed' | 'logout' = 'ok') =>
    jsonFetch((url) => {
      if (mode === 'logout') return { code: 401, description: 'not login' };
      const offset = Number(url.searchParams.get('offset'));
      if (url.pathname === '/sms/full/thread') return { code: 0, result: 'ok', data: { entries: offset ? [] : [{ entry: { id: 't', threadId: 7, recipients: '+8617128753039', localTime: 1_750_000_000_000 } }] } };
      if (url.pathname === `/sms/${uuid}/full/thread/7/pagination`) {
        const page = thread(73).reverse().slice(offset, offset + 50);
        if (mode === 'changed' && offset > 0) (page[0]!.entry as Record<string, unknown>).folder = 'inbox';
        return { code: 0, data: { entries: page } };
      }
      if (url.pathname === `/phonecall/${uuid}/full`) return { code: 0, data: { entries: [{ number: '13800138000', type: 'missed', duration: '0', date: '1750000000000' }] } };
      throw new Error(`unexpected ${url}`);
    });
  const page = () => {
    document.cookie = `userId=${uuid}`;
    return new URL('https://i.mi.com/sms');
  };

  it('pages through threads and the call log, oldest first', async () => {
    const url = page();
    const { messages, calls } = await all(xiaomiCloud, env({ url, fetch: api() }));
    expect(messages).toHaveLength(73);
    expect(messages[0]).toMatchObject({ numberRaw: '+8617128753039', text: '短信0', direction: 'in', atPrecision: 'ms' });
    expect(messages[1]!.direction).toBe('out');
    expect(calls).toEqual([expect.objectContaining({ numberRaw: '13800138000', direction: 'missed', durationSec: 0, at: 1_750_000_000_000 })]);
  });

  it('says so when logged out, and refuses a changed format before yielding the thread', async () => {
    const url = page();
    await expect(all(xiaomiCloud, env({ url, fetch: api('logout') }))).rejects.toThrow(/未登录/);
    const yielded: number[] = [];
    const run = async () => {
      for await (const b of xiaomiCloud.capture(env({ url, fetch: api('changed') }))) yielded.push(b.messages.length);
    };
    await expect(run()).rejects.toThrow(/格式/);
    expect(yielded).toEqual([]);
    await expect(all(xiaomiCloud, env({ url, fetch: jsonFetch(() => '<!doctype html><html>登录</html>') }))).rejects.toThrow(/未登录/);
  });

  it('recognises its pages only', () => {
    expect(xiaomiCloud.ready(document, new URL('https://i.mi.com/sms'))).toBe(true);
    expect(xiaomiCloud.ready(document, new URL('https://example.com/sms'))).toBe(false);
  });
});

describe('华为云空间 adapter', () => {
  const sms = Array.from({ length: 130 }, (_, i) => ({ PeerAddress: '106575201234567', Direction: i % 3 ? 1 : '2', Text: `短信${i}`, ActivityTime: i % 2 ? 1_750_000_000_000 + i * 60_000 : '2025-06-15 23:06:40' }));
  const api = (mode: 'ok' | 'changed' = 'ok') =>
    jsonFetch((url, init) => {
      const headers = init?.headers as Record<string, string>;
      if (headers.CSRFToken !== 'tok') return { code: '1001' };
      const { pageIndex, pageSize } = JSON.parse(String(init?.body));
      if (url.pathname.endsWith('getAllMessage.action')) {
        const SMSInfo = sms.slice((pageIndex - 1) * pageSize, pageIndex * pageSize).map((m) => ({ ...m }));
        if (mode === 'changed') delete (SMSInfo[3] as Record<string, unknown>).Text;
        return { code: '0', SMSInfo };
      }
      return { code: 0, CallRecordInfo: [{ PeerAddress: '', CallType: '3', Duration: 0, ActivityTime: 1_750_000_000_000 }] };
    });
  const setup = () => {
    document.head.innerHTML = '<meta name="csrf-token" content="tok">';
    return new URL('https://cloud.huawei.com/contact');
  };

  it('reads all pages with the CSRF token; times as ms or Beijing text', async () => {
    const { messages, calls } = await all(huaweiCloud, env({ url: setup(), fetch: api() }));
    expect(messages).toHaveLength(130);
    const text = messages.find((m) => m.text === '短信0')!;
    expect(text).toMatchObject({ direction: 'out', at: Date.UTC(2025, 5, 15, 15, 6, 40), atPrecision: 's', atRaw: '2025-06-15 23:06:40' });
    expect(calls).toEqual([expect.objectContaining({ numberRaw: '未知号码', direction: 'missed' })]);
  });

  it('refuses a page with a missing field, and a page without a token', async () => {
    await expect(all(huaweiCloud, env({ url: setup(), fetch: api('changed') }))).rejects.toThrow(/格式/);
    document.head.innerHTML = '';
    await expect(all(huaweiCloud, env({ url: new URL('https://cloud.huawei.com/'), fetch: api() }))).rejects.toThrow(/CSRF/);
  });
});
