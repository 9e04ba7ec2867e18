import { describe, expect, it } from 'vitest';
import { csvProducer, csvRowToInput, guessMapping, previewCsv, readTimeCell } from '../../utils/import/csv';
import type { ProducedBatch } from '../../utils/import/run';

const NOW = Date.UTC(2025, 5, 20, 4, 0);

describe('CSV import', () => {
  it('guesses the mapping from a Chinese header', () => {
    const m = guessMapping(['对方号码', '时间', '类型', '内容']);
    expect(m).toMatchObject({ number: 0, time: 1, direction: 2, text: 3, kind: -1, duration: -1, defaultKind: 'message', hasHeader: true });
    const calls = guessMapping(['记录类型', '号码', '通话时长', '呼叫类型', '日期']);
    expect(calls).toMatchObject({ kind: 0, number: 1, duration: 2, direction: 3, time: 4, defaultKind: 'call' });
  });

  it('previews with quotes, embedded line breaks and a BOM', () => {
    const p = previewCsv('\uFEFF号码,时间,内容\n13800138000,2025-06-19 22:14,"第一行\n第二行, 含逗号"\n');
    expect(p.rows).toEqual([['号码', '时间', '内容'], ['13800138000', '2025-06-19 22:14', '第一行\n第二行, 含逗号']]);
  });

  it('reads times in many forms, as Beijing time', () => {
    expect(readTimeCell('1750342440000', NOW)).toEqual({ at: 1_750_342_440_000, precision: 'ms' });
    expect(readTimeCell('1750342440', NOW)).toEqual({ at: 1_750_342_440_000, precision: 's' });
    expect(readTimeCell('2025/6/19 22:14', NOW)).toEqual({ at: Date.UTC(2025, 5, 19, 14, 14), precision: 'min' });
    expect(readTimeCell('2025-06-19T22:14:00+08:00', NOW)).toEqual({ at: Date.UTC(2025, 5, 19, 14, 14), precision: 's' });
    expect(readTimeCell('不知道', NOW)).toBeNull();
  });

  it('turns rows into messages or calls, or says why not', () => {
    const m = guessMapping(['号码', '时间', '方向', '内容', '时长', '记录类型']);
    expect(csvRowToInput(['13800138000', '2025-06-19 22:14', '收到', '还钱', '', '短信'], m, NOW)).toMatchObject({ message: { direction: 'in', text: '还钱', atRaw: '2025-06-19 22:14' } });
    expect(csvRowToInput(['13800138000', '2025-06-19 22:14', '未接', '', '0', '通话'], m, NOW)).toMatchObject({ call: { direction: 'missed', durationSec: 0 } });
    expect(csvRowToInput(['13800138000', '2025-06-19 22:14', '呼出', '', '1分5秒', '通话'], m, NOW)).toMatchObject({ call: { direction: 'out', durationSec: 65 } });
    expect(csvRowToInput(['', '2025-06-19 22:14', '收到', 'x', '', '短信'], m, NOW)).toEqual({ error: '没有号码' });
    expect(csvRowToInput(['1', 'xx', '收到', 'x', '', '短信'], m, NOW)).toMatchObject({ error: expect.stringMatching(/时间/) });
    expect(csvRowToInput(['1', '2025-06-19 22:14', '侧面', 'x', '', '短信'], m, NOW)).toMatchObject({ error: expect.stringMatching(/方向/) });
    expect(csvRowToInput(['1', '2025-06-19 22:14', '未接', 'x', '', '短信'], m, NOW)).toMatchObject({ error: expect.stringMatching(/短信的方向/) });
  });

  it('reports rejected rows with their file line (multi-line cells counted) and emits nothing then', async () => {
    const text = '号码,时间,内容\n13800138000,2025-06-19 22:14,"两行\n内容"\n13800138000,坏时间,x\n13800138000,2025-06-19 22:15,ok\n';
    const m = guessMapping(['号码', '时间', '内容']);
    const emitted: ProducedBatch[] = [];
    const r = await csvProducer(text, m, NOW, 'a.csv')(async (b) => void emitted.push(b));
    expect(r.rejected).toBe(1);
    expect(r.rejections[0]).toMatchObject({ line: 4 });
    expect(emitted).toEqual([]);
    const good = await csvProducer(text.replace('坏时间', '2025-06-19 22:16'), m, NOW, 'a.csv')(async (b) => void emitted.push(b));
    expect(good.rejected).toBe(0);
    expect(emitted[0]!.messages).toHaveLength(3);
    expect(emitted[0]!.messageLines).toEqual([2, 4, 5]);
  });
});
