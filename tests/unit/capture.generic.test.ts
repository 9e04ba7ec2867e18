// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findRepeatedItems, genericAdapter, readGenericItems, signature } from '../../utils/capture/adapters/generic';
import { selectionInput } from '../../utils/capture/menus';
import type { CaptureEnv } from '../../utils/capture/types';

const NOW = Date.UTC(2025, 5, 21, 4, 0); // 2025-06-21 12:00 Beijing

const INBOX = `
<div id="inbox">
  <div class="inbox-item"><div><span class="from">+86 171 2875 3039</span><span class="when">2025年6月19日 下午10:14</span></div><p class="body">逾期了，请还款。</p></div>
  <div class="inbox-item selected"><div><span class="from">+86 171 2875 3039</span></div><p class="body">&lt;b&gt;后果自负&lt;/b&gt;</p></div>
  <div class="inbox-item mine"><div><span class="from">我</span><span class="when">昨天 22:31</span></div><p class="body">请不要联系我的家人。</p></div>
  <div class="inbox-item"><div><span class="from">10690057741</span><span class="when">6月20日 上午7:02</span></div><p class="body">【融e贷】已逾期</p></div>
</div>
<ul id="chat">
  <li class="chat-line"><span class="who">催收专员小王</span>：<span class="said">你妈妈的电话是 139 0000 1234 吧？</span> <time>昨天 23:40</time></li>
  <li class="chat-line"><span class="who">催收专员小王</span>：<span class="said">明天我们上门。</span> <time>今天 06:12</time></li>
</ul>`;

describe('generic adapter', () => {
  it('finds the look-alike items from one picked message, ignoring state classes', () => {
    document.body.innerHTML = INBOX;
    expect(signature(document.querySelector('.selected')!)).toBe(signature(document.querySelector('.inbox-item')!));
    const picked = document.querySelectorAll('.body')[2]!;
    const items = findRepeatedItems(picked);
    expect(items).toHaveLength(4);
    // Picking the list container works too.
    expect(findRepeatedItems(document.getElementById('inbox')!)).toHaveLength(4);
  });

  it('reads sender, time and text; a message without its own time takes the one above', () => {
    document.body.innerHTML = INBOX;
    const items = readGenericItems(findRepeatedItems(document.querySelector('.body')!), NOW);
    expect(items.map((i) => [i.sender, i.time?.raw, i.text, i.direction])).toEqual([
      ['+86 171 2875 3039', '2025年6月19日 下午10:14', '逾期了，请还款。', 'in'],
      ['+86 171 2875 3039', '2025年6月19日 下午10:14', '<b>后果自负</b>', 'in'],
      ['+86 171 2875 3039', '昨天 22:31', '请不要联系我的家人。', 'out'],
      ['10690057741', '6月20日 上午7:02', '【融e贷】已逾期', 'in'],
    ]);
    expect(items[0]!.time!.at).toBe(Date.UTC(2025, 5, 19, 14, 14));
  });

  it('names the sender from a short leading piece when the page shows no number', async () => {
    document.body.innerHTML = INBOX;
    const items = readGenericItems(findRepeatedItems(document.querySelector('.said')!), NOW);
    expect(items.map((i) => [i.sender, i.text])).toEqual([
      ['催收专员小王', '你妈妈的电话是 139 0000 1234 吧？'],
      ['催收专员小王', '明天我们上门。'],
    ]);
    const env = { doc: document, url: new URL('https://x.test/'), now: NOW, signal: new AbortController().signal, onProgress: () => undefined } as CaptureEnv;
    const batches = [];
    for await (const b of genericAdapter(items, { peer: '', url: 'https://x.test/chat' }).capture(env)) batches.push(b);
    expect(batches[0]!.messages[0]).toMatchObject({ numberRaw: '催收专员小王', channel: 'other', sourceUrl: 'https://x.test/chat', atRaw: '昨天 23:40' });
  });

  it('marks items it cannot save and leaves them out', async () => {
    document.body.innerHTML = '<div><p class="m">没有时间的一条</p><p class="m">另一条</p></div>';
    const items = readGenericItems(findRepeatedItems(document.querySelector('.m')!), NOW);
    expect(items.every((i) => i.problem === '找不到时间')).toBe(true);
    const env = { doc: document, url: new URL('https://x.test/'), now: NOW, signal: new AbortController().signal, onProgress: () => undefined } as CaptureEnv;
    for await (const b of genericAdapter(items, { peer: '13800138000', url: 'u' }).capture(env)) expect(b.messages).toEqual([]);
  });
});

describe('save selection as evidence', () => {
  it('takes the one phone number in the selection as the sender, else names the page', () => {
    expect(selectionInput(' 13800138000：再不还钱就上门 ', 'https://weibo.example/p/1')).toMatchObject({ numberRaw: '13800138000', text: '13800138000：再不还钱就上门', channel: 'other' });
    expect(selectionInput('找你家人 13800138000 和 13900139000', 'https://a.example/x').numberRaw).toBe('网页选中文字（a.example）');
  });
});
