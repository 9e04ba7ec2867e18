/** Small presentational pieces shared by the extension's pages. */
import type { ComponentChildren } from 'preact';

export function Button(props: {
  onClick?: () => void;
  kind?: 'primary' | 'plain' | 'danger';
  disabled?: boolean;
  type?: 'button' | 'submit';
  title?: string;
  children: ComponentChildren;
}) {
  return (
    <button
      type={props.type ?? 'button'}
      class={`an-btn an-btn-${props.kind ?? 'plain'}`}
      disabled={props.disabled}
      title={props.title}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

export function Stat(props: { label: string; value: string | number; testId?: string }) {
  return (
    <div class="an-stat">
      <div class="an-stat-value" data-testid={props.testId}>
        {props.value}
      </div>
      <div class="an-stat-label">{props.label}</div>
    </div>
  );
}

export function Empty(props: { children: ComponentChildren }) {
  return <p class="an-empty">{props.children}</p>;
}
