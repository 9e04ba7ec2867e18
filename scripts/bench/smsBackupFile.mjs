// Generates the benchmark's SMS Backup & Restore files: `messages` SMS (some drafts, which are
// skipped) in sms.xml and `calls` calls (some hidden callers) in calls.xml, shaped like the app's output.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBackupFiles(dir, { messages = 100_000, calls = 20_000 } = {}) {
  const start = Date.UTC(2023, 0, 1);
  const texts = ['你在【速借宝】的借款已逾期，请立即还款，否则联系你的紧急联系人。', '再不还款就把你的欠款信息发给你通讯录里所有人 &lt;后果自负&gt;', '您好，我下周发工资就还，请不要联系我的家人。', '【融e贷】您本月应还款1,045.67元已逾期&#10;请及时还款。退订回T', '已立案，明天移交法院，等着收传票吧 &#55357;&#56864;'];
  const sms = ["<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>", `<smses count="${messages}" backup_set="bench" backup_date="${start}" type="full">`];
  for (let i = 0; i < messages; i++) {
    const type = i % 50 === 7 ? 3 : i % 4 === 1 ? 2 : 1;
    const addr = `+86 1${55 + (i % 40)} ${String(1000 + (i % 977)).padStart(4, '0')} ${String((i * 7919) % 10000).padStart(4, '0')}`;
    sms.push(`  <sms protocol="0" address="${addr}" date="${start + i * 37_003}" type="${type}" subject="null" body="${texts[i % texts.length]} #${i}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="${start + i * 37_003 - 2000}" sub_id="1" readable_date="2023年1月1日 上午8:00:00" contact_name="(Unknown)" />`);
  }
  sms.push('</smses>');
  const cl = ["<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>", `<calls count="${calls}" backup_set="bench" backup_date="${start}" type="full">`];
  for (let i = 0; i < calls; i++) {
    cl.push(`  <call number="${i % 13 === 0 ? '' : `0755-8${String(1000000 + i).slice(-7)}`}" duration="${(i * 17) % 600}" date="${start + i * 91_007}" type="${1 + (i % 6)}" presentation="${i % 13 === 0 ? 2 : 1}" subscription_id="1" post_dial_digits="" subscription_component_name="com.android.phone" readable_date="2023年1月1日 上午8:00:00" contact_name="(Unknown)" />`);
  }
  cl.push('</calls>');
  const paths = { sms: join(dir, 'sms-bench.xml'), calls: join(dir, 'calls-bench.xml') };
  writeFileSync(paths.sms, sms.join('\n'));
  writeFileSync(paths.calls, cl.join('\n'));
  return paths;
}
