/**
 * Two charts for harassment patterns: contacts per day (bars, night-time share darker) and a
 * day-by-hour heat map (night hours 22:00–08:00 outlined). Both are plain SVG/HTML that print, and
 * both carry their numbers as text for screen readers (a table behind the bars, cell labels).
 */
import { defineMessages } from '../utils/i18n';

const t = defineMessages({
  zh: { perDay: '每日联系次数', night: '其中夜间', heat: '按日期和小时的联系次数（北京时间）', day: '日期', hour: '时', total: '次', summary: '共 {days} 天，最多一天 {max} 次', none: '没有数据', cell: '{day} {hour}时：{n} 次' },
  en: { perDay: 'Contacts per day', night: 'of which at night', heat: 'Contacts by day and hour (Beijing time)', day: 'Day', hour: 'h', total: 'contacts', summary: '{days} days, at most {max} in one day', none: 'No data', cell: '{day} {hour}:00: {n}' },
});

export function DayBars(props: { data: Array<{ day: string; count: number; odd: number }>; width?: number; height?: number }) {
  const data = props.data;
  if (!data.length) return <p class="an-muted">{t('none')}</p>;
  // At most 24 px a bar and no wider than the data needs, so a few days don't turn into slabs.
  const bw = Math.min(24, (props.width ?? 720) / data.length);
  const w = Math.max(200, bw * data.length);
  const h = props.height ?? 160;
  const max = Math.max(...data.map((d) => d.count));
  return (
    <figure class="an-chart" data-testid="day-chart">
      <figcaption>{t('perDay')} · {t('summary', { days: data.length, max })}</figcaption>
      <svg viewBox={`0 0 ${w} ${h + 18}`} width={w} height={h + 18} role="img" aria-label={`${t('perDay')}：${t('summary', { days: data.length, max })}`} style={{ maxWidth: '100%', height: 'auto' }}>
        {data.map((d, i) => {
          const bh = (d.count / max) * h;
          const oh = (d.odd / max) * h;
          return (
            <g key={d.day}>
              <rect x={i * bw + bw * 0.1} y={h - bh} width={Math.max(1, bw * 0.8)} height={bh} class="an-bar" />
              {d.odd > 0 && <rect x={i * bw + bw * 0.1} y={h - oh} width={Math.max(1, bw * 0.8)} height={oh} class="an-bar-night" />}
              <title>{`${d.day}: ${d.count} (${t('night')} ${d.odd})`}</title>
            </g>
          );
        })}
        <text x="0" y={h + 14} class="an-axis">{data[0]!.day}</text>
        {data.length > 1 && <text x={w} y={h + 14} text-anchor="end" class="an-axis">{data[data.length - 1]!.day}</text>}
      </svg>
      <table class="an-visually-hidden">
        <thead><tr><th>{t('day')}</th><th>{t('total')}</th><th>{t('night')}</th></tr></thead>
        <tbody>{data.map((d) => <tr key={d.day}><td>{d.day}</td><td>{d.count}</td><td>{d.odd}</td></tr>)}</tbody>
      </table>
    </figure>
  );
}

export function HourHeatmap(props: { days: string[]; cells: number[][]; max: number; limit?: number }) {
  if (!props.days.length) return <p class="an-muted">{t('none')}</p>;
  const limit = props.limit ?? props.days.length;
  const from = Math.max(0, props.days.length - limit);
  const hours = Array.from({ length: 24 }, (_, h) => h);
  return (
    <figure class="an-chart" data-testid="heatmap">
      <figcaption>{t('heat')}</figcaption>
      <div class="an-heat-wrap">
        <table class="an-heat">
          <thead>
            <tr>
              <th scope="col">{t('day')}</th>
              {hours.map((h) => <th key={h} scope="col" class={h < 8 || h >= 22 ? 'an-heat-night' : ''}>{h}</th>)}
            </tr>
          </thead>
          <tbody>
            {props.days.slice(from).map((day, i) => (
              <tr key={day}>
                <th scope="row" class="an-nowrap">{day.slice(5)}</th>
                {props.cells[from + i]!.map((n, h) => (
                  <td key={h} class={h < 8 || h >= 22 ? 'an-heat-night' : ''} title={t('cell', { day, hour: h, n })}
                    style={n ? { background: `rgba(180, 35, 24, ${0.15 + 0.85 * (n / (props.max || 1))})`, color: n / (props.max || 1) > 0.5 ? '#fff' : undefined } : undefined}>
                    {n || ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
