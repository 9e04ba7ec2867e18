// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { FlagController, type LookupResult } from '../../utils/flag/controller';
import { FlagPainter } from '../../utils/flag/paint';
import { MAY_HOLD_NUMBER, PIECE_LENGTH, readableParent, TextScanner, type Occurrence } from '../../utils/flag/scan';
import { findPhones } from '../../utils/phone';
import { generateCorpus, prng } from '../../scripts/bench/findPhones.corpus';
import { FlagCard, type CardInfo, type CardStats } from '../../utils/flag/card';
import { setLang } from '../../utils/i18n';

function page(html: string) {
  document.body.innerHTML = html;
}

/** What the scanner finds in text the user reads: short nodes are checked by the caller, as the controller does. */
function scanAll(root: Node = document.body): Occurrence[] {
  const out: Occurrence[] = [];
  const s = new TextScanner((node, found) => readableParent(node.parentElement) && out.push(...found));
  s.add(root);
  while (s.run(performance.now() + 50));
  return out;
}

afterEach(() => {
  document.body.innerHTML = '';
  for (const el of document.querySelectorAll('anning-flags')) el.remove();
});

const MIXED_PAGE = `
      <p>催收 <b>138 1234 5678</b> 和 +86-171-2875-3039</p>
      <input value="13900001234"><textarea>13900001235</textarea>
      <div contenteditable="true">正在输入 13900001236 <span>13900001237</span></div>
      <div contenteditable="false">只读 13900001238</div>
      <script>var x = "13900001239";</script><style>.a{content:"13900001240"}</style>
      <noscript>13900001241</noscript><select><option>13900001242</option></select>
      <p>金额 13812345678元 不是号码，订单 2025-06-19</p>`;

describe('scanning page text', () => {
  it('finds numbers by key in readable text only', () => {
    page(MIXED_PAGE);
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

  it('scans a very long text node in pieces across slices, finding exactly what one call finds', () => {
    const r = prng(11);
    const snippets = [
      '请回电 138 1234 5678，', 'SN13900001234 ', '金额13812345678元', 'whatsapp+86 139 0000 1235 ', '（010）8765 4321',
      '１３９００００１２３６', '订单 2025-06-19 ', '12368 法院 ', '1,045.67元 ', '10690000123456 95588 ', '第12345名',
    ];
    let text = '';
    while (text.length < 100_000) {
      text += snippets[Math.floor(r() * snippets.length)];
      // Fillers without digits just long enough to cut in: a cut then lies 32 characters from the
      // digits before it, and a few more from those after it, labels and units on both sides.
      text += '某'.repeat(50 + Math.floor(r() * 20));
    }
    const want = findPhones(text).map((m) => [m.start, m.end, m.key]);
    expect(want.length).toBeGreaterThan(300);
    page('<pre></pre>');
    document.querySelector('pre')!.textContent = text;
    // The real piece length, and pieces of 300 characters: some 300 cuts, many of them next to a number.
    for (const pieceLength of [PIECE_LENGTH, 300]) {
      const reports: Occurrence[][] = [];
      const s = new TextScanner((_n, f) => reports.push(f), undefined, pieceLength);
      s.add(document.body);
      let slices = 0;
      while (s.run(performance.now() - 1)) slices++;
      expect(slices).toBeGreaterThan(pieceLength === 300 ? 200 : 3);
      expect(reports).toHaveLength(1);
      expect(reports[0]!.map((o) => [o.start, o.end, o.key])).toEqual(want);
    }
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

describe('the prefilter before findPhones', () => {
  // Unanchored, so a whole node's text passes whenever the span of any number in it does.
  const passes = (text: string) => findPhones(text).every((m) => MAY_HOLD_NUMBER.test(text.slice(m.start, m.end)));

  it('lets through every number of the scanner corpus', () => {
    const { text, planted } = generateCorpus({ seed: 20261124, numbers: 3000, decoys: 1000, bytes: 300_000 });
    expect(findPhones(text).length).toBeGreaterThan(planted.length * 0.9);
    expect(passes(text)).toBe(true);
  });

  it('lets through every number in random digit soup (separators, full width, brackets, plus)', () => {
    const r = prng(3);
    const digits = ['1', '3', '8', '0', '9', '5', '6', '１', '３', '８'];
    const other = [' ', '-', '.', '(', ')', '（', '）', '+', '＋', '－', '\u3000', '—', '号', 'a', ':', '/'];
    let withNumbers = 0;
    for (let i = 0; i < 20_000; i++) {
      // Digit groups joined by 1–3 other characters: the widest gap the scanner bridges is 3.
      let s = '';
      const groups = 1 + Math.floor(r() * 6);
      for (let g = 0; g < groups; g++) {
        if (g) for (let k = 1 + Math.floor(r() * 3); k > 0; k--) s += other[Math.floor(r() * other.length)];
        for (let k = 1 + Math.floor(r() * 5); k > 0; k--) s += digits[Math.floor(r() * digits.length)];
      }
      if (findPhones(s).length) withNumbers++;
      if (!passes(s)) throw new Error(`prefilter turned away ${JSON.stringify(s)}`);
    }
    expect(withNumbers).toBeGreaterThan(200);
    expect(passes('请回电 138 - 1234 - 5678')).toBe(true);
    expect(findPhones('010 - 8765 - 4321')).toHaveLength(1);
    expect(passes('010 - 8765 - 4321')).toBe(true);
  });

  it('turns away text without three digits close together', () => {
    for (const s of ['没有号码的文本', '5月8日', '第1名 第2名', '1    2    3    4']) expect(MAY_HOLD_NUMBER.test(s)).toBe(false);
    expect(MAY_HOLD_NUMBER.test('1-2-3')).toBe(true);
  });
});

describe('the painter', () => {
  it('measures only the marks near the window when one text node holds many (bisection)', () => {
    page('<pre></pre>');
    const pre = document.querySelector('pre')!;
    pre.textContent = Array.from({ length: 200 }, (_, i) => `第${i}行 1380000${String(1000 + i)}`).join('\n');
    const node = pre.firstChild as Text;
    const marks = findPhones(node.data).map((m) => ({ node, parent: pre as Element, start: m.start, end: m.end, key: m.key, status: 'collector' as const }));
    expect(marks).toHaveLength(200);
    // A stand-in layout: one line of 20 px per mark, in text order (happy-dom lays nothing out).
    const lineOf = (offset: number) => marks.findIndex((m) => m.end >= offset);
    const rectAt = (r: Range) => {
      const top = lineOf(r.startOffset) * 20;
      return { left: 0, top, right: 100, bottom: top + 18, width: 100, height: 18, x: 0, y: top } as DOMRect;
    };
    let measured = 0;
    const proto = Range.prototype as unknown as Record<string, unknown>;
    const saved = [proto.getBoundingClientRect, proto.getClientRects];
    proto.getBoundingClientRect = function (this: Range) {
      measured++;
      return rectAt(this);
    };
    proto.getClientRects = function (this: Range) {
      measured++;
      return [rectAt(this)];
    };
    try {
      const layer = document.createElement('div');
      document.body.append(layer);
      const painter = new FlagPainter(layer, layer);
      const boxes = painter.layout(marks, { top: 1000, bottom: 1400 });
      // Lines 50–70: their tops lie within 1000–1400 (line 49 ends at 998).
      expect(boxes.map((b) => marks.indexOf(b.mark as (typeof marks)[number]))).toEqual(Array.from({ length: 21 }, (_, i) => 50 + i));
      expect(measured).toBeLessThan(21 + 2 * 9);
      // Without a band every mark is measured.
      measured = 0;
      expect(painter.layout(marks)).toHaveLength(200);
      expect(measured).toBe(200);
      // In columns or vertical writing, later text is not further down: every mark is measured, none
      // skipped by a bisection that would assume it.
      for (const style of ['column-count: 2', 'column-width: 12em', 'writing-mode: vertical-rl']) {
        const wrapper = document.createElement('div');
        wrapper.setAttribute('style', style);
        document.body.append(wrapper);
        wrapper.append(pre);
        measured = 0;
        const inColumns = new FlagPainter(layer, layer);
        expect(inColumns.layout(marks, { top: 1000, bottom: 1400 }), style).toHaveLength(200);
        expect(measured, style).toBe(200);
        document.body.append(pre);
        wrapper.remove();
      }
    } finally {
      [proto.getBoundingClientRect, proto.getClientRects] = saved;
    }
  });
});

describe('the flag controller', () => {
  const BOOK: Record<string, CardInfo> = {
    '+8613812345678': { key: '+8613812345678', display: '138 1234 5678', status: 'collector', label: 'A贷', lender: '', tags: [] },
    '12368': { key: '12368', display: '12368', status: 'safe', label: '法院', lender: '', tags: [] },
  };

  function setup(enabled = true, book = BOOK) {
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
        return { enabled, entries: keys.flatMap((k) => (book[k] ? [book[k]!] : [])) };
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

  it('flags and reports only readable text, though every number there is in the book', async () => {
    page(MIXED_PAGE);
    const all: Record<string, CardInfo> = {};
    for (const n of ['+8613812345678', '+8617128753039', ...Array.from({ length: 9 }, (_, i) => `+86139000012${34 + i}`)]) {
      all[n] = { key: n, display: n, status: 'collector', label: '', lender: '', tags: [] };
    }
    const { c, reports } = setup(true, all);
    c.start();
    await until(() => reports.length > 0);
    expect(reports.at(-1)!.map((f) => f.key)).toEqual(['+8613812345678', '+8613900001238', '+8617128753039']);
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

describe('the flag card', () => {
  it('names the violations found with the short names every screen shares', async () => {
    setLang('zh');
    const stats: CardStats = { messages: 5, calls: 2, violations: [{ violation: 'third_party', count: 2 }, { violation: 'odd_hours', count: 1 }] };
    const card = new FlagCard(
      document.body,
      { load: async () => stats, mark: async () => undefined, note: async () => undefined, open: async () => undefined },
      () => undefined,
      () => undefined,
    );
    card.show({ key: '+8613812345678', display: '138 1234 5678', status: 'collector', label: '', lender: '', tags: [] }, { left: 10, top: 10, bottom: 30 });
    for (let i = 0; i < 100 && !card.root.textContent?.includes('发现的问题'); i++) await new Promise((r) => setTimeout(r, 5));
    expect(card.root.textContent).toContain('发现的问题骚扰第三方 ×2、夜间催收 ×1');
    card.root.remove();
  });
});
