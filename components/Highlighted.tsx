/** Captured text with the classifier's phrases marked. Text nodes only: markup in a message stays text. */
import type { Hit } from '../utils/classify';
import { violationName } from '../utils/i18n/violationNames';

export function Highlighted(props: { text: string; hits: Hit[] }) {
  const hits = props.hits.filter((h) => h.end > h.start).sort((a, b) => a.start - b.start);
  const parts = [];
  let at = 0;
  for (const h of hits) {
    if (h.start < at) continue; // overlapping phrases: the first one is marked
    if (h.start > at) parts.push(props.text.slice(at, h.start));
    parts.push(
      <mark key={`${h.start}-${h.violation}`} class={`an-mark an-mark-${h.violation}`} title={violationName(h.violation)}>
        {props.text.slice(h.start, h.end)}
      </mark>,
    );
    at = h.end;
  }
  parts.push(props.text.slice(at));
  return <span class="an-text">{parts}</span>;
}
