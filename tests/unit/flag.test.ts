// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { FlagController, type LookupResult } from '../../utils/flag/controller';
import { readableParent, TextScanner, type Occurrence } from '../../utils/flag/scan';
import type { CardInfo } from '../../utils/flag/card';

function page(html: string) {
  document.body.innerHTML = html;
}

function scanAll(root: Node = document.body): Occurrence[] {
  const out: Occurrence[] = [];
  const s = new TextScanner((_node, found) => out.push(...found));
  s.add(root);
  while (s.run(performance.now() + 50));
  return out;
}

afterEach(() => {
  document.body.innerHTML = '';
  for (const el of document.querySelectorAll('anning-flags')) el.remove();
});

describe('scanning page text', () => {
  it('finds numbers by key in readable text only', () => {
    page(`
      <p>催收 <b>138 1234 5678</b> 和 +86-171-2875-3039</p>
      <input value="13900001234"><textarea>13900001235</textarea>
      <div contenteditable="true">正在输入 13900001236 <span>13900001237</span></div>
      <div contenteditable="false">只读 13900001238</div>
      <script>var x = "13900001239";</script><style>.a{content:"13900001240"}</style>
      <noscript>13900001241</noscript><select><option>13900001242</option></select>
      <p>金额 13812345678元 不是号码，订单 2025-06-19</p>`);
    expect(scanAll().map((o) => o.key)).toEqual(['+8613812345678', '+8617128753039', '+8613900001238']);
  });

  it('gives exact offsets into the text node', () => {
    page('<p>请回电：010-8765 4321，谢谢</p>');
    const [o] = scanAll();
    expect(o!.node.data.slice(o!.start, o!.end)).toBe('010-8765 4321');
    expect(o!.key).toBe('+861087654321');
  });

  it('skips long script-like text without scanning, and designMode documents', () => {
    const script = document.createElement('script');
    script.textContent = `var a = [${Array.from({ length: 100 }, (_, i) => 13800000000 + i).join(',')}];`;
    document.body.append(script);
    expect(scanAll()).toEqual([]);
    expect(readableParent(document.createElement('p'))).toBe(true);
  });

  it('stops at the deadline and resumes where it left off', () => {
    page(Array.from({ length: 300 }, (_, i) => `<p>号码 1380000${String(1000 + i)}</p>`).join(''));
    const found: Occurrence[] = [];
    const s = new TextScanner((_n, f) => found.push(...f));
    s.add(document.body);
    let slices = 0;
    while (s.run(performance.now() - 1)) slices++; // a deadline already past: one check's worth per slice
    expect(slices).toBeGreaterThan(5);
    expect(found).toHaveLength(300);
    expect(new Set(found.map((o) => o.key)).size).toBe(300);
  });
});

describe('the flag controller', () => {
  const BOOK: Record<string, CardInfo> = {
    '+8613812345678': { key: '+8613812345678', display: '138 1234 5678', status: 'collector', label: 'A贷', lender: '', tags: [] },
    '12368': { key: '12368', display: '12368', status: 'safe', label: '法院', lender: '', tags: [] },
  };

  function setup(enabled = true) {
    const lookups: string[][] = [];
    const reports: Array<Array<{ key: string; status: string }>> = [];
    const c = new FlagController({
      doc: document,
      mount: () => {
        const host = document.createElement('anning-flags');
        const container = document.createElement('div');
        host.attachShadow({ mode: 'closed' }).append(container);
        document.documentElement.append(host);
        return { host, container, remove: () => host.remove() };
      },
      lookup: async (keys): Promise<LookupResult> => {
        lookups.push([...keys].sort());
        return { enabled, entries: keys.flatMap((k) => (BOOK[k] ? [BOOK[k]!] : [])) };
      },
      report: (flags) => reports.push(flags),
      actions: { load: async () => ({ messages: 0, calls: 0, violations: [] }), mark: async () => undefined, note: async () => undefined, open: async () => undefined },
    });
    return { c, lookups, reports };
  }
  const until = async (pred: () => boolean) => {
    for (let i = 0; i < 200 && !pred(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(pred()).toBe(true);
  };

  it('asks the book only about the keys found, once each, and reports what it flagged', async () => {
    page('<p>138 1234 5678</p><p>+86 138-1234-5678</p><p>139 0000 1234</p><p>12368</p>');
    const { c, lookups, reports } = setup();
    c.start();
    await until(() => reports.length > 0);
    expect(lookups).toEqual([['+8613812345678', '+8613900001234', '12368']]);
    expect(reports.at(-1)).toEqual([
      { key: '+8613812345678', status: 'collector' },
      { key: '12368', status: 'safe' },
    ]);
    c.stop();
  });

  it('scans only added text, and only asks about new keys', async () => {
    page('<div id="list"><p>138 1234 5678</p></div>');
    const { c, lookups, reports } = setup();
    c.start();
    await until(() => reports.length > 0);
    const before = c.snapshot().stats.numbersFound;
    const list = document.getElementById('list')!;
    for (const text of ['12368 法院通知', '再次来电 13812345678', '陌生号码 13700001111']) {
      const p = document.createElement('p');
      p.textContent = text;
      list.append(p);
    }
    await until(() => c.snapshot().stats.numbersFound - before === 3 && reports.at(-1)?.length === 2);
    expect(lookups.slice(1).flat().sort()).toEqual(['+8613700001111', '12368']);
    c.stop();
  });

  it('stops and leaves nothing behind when the site is switched off', async () => {
    page('<p>138 1234 5678</p>');
    const { c, reports } = setup(false);
    c.start();
    await until(() => c.isStopped);
    expect(document.querySelector('anning-flags')).toBeNull();
    expect(reports.at(-1)).toEqual([]);
  });
});
