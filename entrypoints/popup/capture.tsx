/** Popup part: screenshot the page the popup was opened over, kept as hashed evidence. */
import { useState } from 'preact/hooks';
import { defineMessages } from '../../utils/i18n';
import { request } from '../../utils/messaging/client';
import type { PopupPart } from './sections';

const t = defineMessages({
  zh: { shot: '截图当前页面为证据', done: '已保存截图（SHA-256 {hash}…），可在「收集证据 → 手动记录」里附到一条记录上。', failed: '没有保存：{error}', open: '导入手机备份、手动记录', },
  en: { shot: 'Screenshot this page as evidence', done: 'Screenshot saved (SHA-256 {hash}…); attach it to a record under Collect evidence → Log by hand.', failed: 'Not saved: {error}', open: 'Import a phone backup, log by hand' },
});

function CapturePart() {
  const [status, setStatus] = useState('');
  return (
    <section class="an-popup-capture">
      <button
        type="button"
        class="an-btn"
        onClick={async () => {
          try {
            const r = await request('attachments/screenshot', {});
            setStatus(t('done', { hash: r.id.slice(0, 12) }));
          } catch (err) {
            setStatus(t('failed', { error: err instanceof Error ? err.message : String(err) }));
          }
        }}
      >
        {t('shot')}
      </button>{' '}
      <a href="/dashboard.html#/capture" target="_blank" rel="noopener">
        {t('open')}
      </a>
      {status && <p role="status">{status}</p>}
    </section>
  );
}

export const capturePart: PopupPart = { id: 'capture', component: CapturePart };
