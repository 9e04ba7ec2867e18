/**
 * The CSV mapping step: the first rows of the file, a "this column is …" choice above each column,
 * and what each previewed row would become (or why it would be refused) under the current mapping.
 */
import { csvRowToInput, CSV_FIELDS, type CsvField, type CsvMapping } from '../utils/import/csv';
import { defineMessages } from '../utils/i18n';
import { formatBeijing } from '../utils/i18n/time';

const t = defineMessages({
  zh: {
    column: '第 {n} 列', ignore: '（不导入）', number: '号码', time: '时间', text: '内容', direction: '方向', kind: '记录类型（短信/通话）', duration: '通话时长',
    hasHeader: '第一行是表头', defaultKind: '没有「记录类型」列时，每行是', message: '短信', call: '通话',
    defaultDirection: '没有「方向」列时，每行是', in: '收到 / 打来', out: '发出 / 打出', missed: '未接',
    result: '将保存为', needed: '请至少指定「号码」和「时间」两列。', refused: '不能导入：{why}',
  },
  en: {
    column: 'Column {n}', ignore: '(skip)', number: 'Number', time: 'Time', text: 'Text', direction: 'Direction', kind: 'Record kind (SMS/call)', duration: 'Call length',
    hasHeader: 'First row is a header', defaultKind: 'Without a kind column, each row is a', message: 'message', call: 'call',
    defaultDirection: 'Without a direction column, each row is', in: 'received / incoming', out: 'sent / outgoing', missed: 'missed',
    result: 'Will be saved as', needed: 'Choose at least the Number and Time columns.', refused: 'Can’t import: {why}',
  },
});

function fieldOf(m: CsvMapping, col: number): CsvField | '' {
  return CSV_FIELDS.find((f) => m[f] === col) ?? '';
}

export function CsvMappingTable(props: { rows: string[][]; mapping: CsvMapping; now: number; onChange: (m: CsvMapping) => void }) {
  const m = props.mapping;
  const width = Math.max(0, ...props.rows.map((r) => r.length));
  const setColumn = (col: number, field: CsvField | '') => {
    const next = { ...m };
    for (const f of CSV_FIELDS) if (next[f] === col) next[f] = -1;
    if (field) next[field] = col;
    props.onChange(next);
  };
  const body = m.hasHeader ? props.rows.slice(1) : props.rows;
  return (
    <div class="an-csv" data-testid="csv-mapping">
      <label>
        <input type="checkbox" checked={m.hasHeader} onChange={(e) => props.onChange({ ...m, hasHeader: (e.currentTarget as HTMLInputElement).checked })} />{' '}
        {t('hasHeader')}
      </label>{' '}
      <label>
        {t('defaultKind')}{' '}
        <select value={m.defaultKind} onChange={(e) => props.onChange({ ...m, defaultKind: (e.currentTarget as HTMLSelectElement).value as 'message' })}>
          <option value="message">{t('message')}</option>
          <option value="call">{t('call')}</option>
        </select>
      </label>{' '}
      <label>
        {t('defaultDirection')}{' '}
        <select value={m.defaultDirection} onChange={(e) => props.onChange({ ...m, defaultDirection: (e.currentTarget as HTMLSelectElement).value as 'in' })}>
          <option value="in">{t('in')}</option>
          <option value="out">{t('out')}</option>
          <option value="missed">{t('missed')}</option>
        </select>
      </label>
      {(m.number < 0 || m.time < 0) && <p class="an-bad">{t('needed')}</p>}
      <div class="an-scroll">
        <table class="an-table">
          <thead>
            <tr>
              {Array.from({ length: width }, (_, col) => (
                <th key={col} scope="col">
                  <select
                    aria-label={t('column', { n: col + 1 })}
                    data-column={col}
                    value={fieldOf(m, col)}
                    onChange={(e) => setColumn(col, (e.currentTarget as HTMLSelectElement).value as CsvField | '')}
                  >
                    <option value="">{t('ignore')}</option>
                    {CSV_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {t(f)}
                      </option>
                    ))}
                  </select>
                  {m.hasHeader && <div class="an-muted">{props.rows[0]?.[col] ?? ''}</div>}
                </th>
              ))}
              <th scope="col">{t('result')}</th>
            </tr>
          </thead>
          <tbody>
            {body.map((row, i) => {
              const r = m.number >= 0 && m.time >= 0 ? csvRowToInput(row, m, props.now) : null;
              return (
                <tr key={i}>
                  {Array.from({ length: width }, (_, col) => (
                    <td key={col} class="an-text">
                      {row[col] ?? ''}
                    </td>
                  ))}
                  <td class="an-text">
                    {r === null
                      ? ''
                      : 'error' in r
                        ? <span class="an-bad">{t('refused', { why: r.error })}</span>
                        : 'message' in r
                          ? `${t('message')} · ${t(r.message.direction)} · ${formatBeijing(r.message.at, false)}`
                          : `${t('call')} · ${t(r.call.direction === 'in' || r.call.direction === 'out' ? r.call.direction : 'missed')} · ${formatBeijing(r.call.at, false)} · ${r.call.durationSec}s`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
