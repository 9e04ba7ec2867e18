/**
 * Step 2: decide what each collected field is for, from its hints, with the Chinese words portals use
 * (投诉对象 / 被投诉方 / 商家; 投诉要求 / 诉求; 详细描述 / 问题描述 / 举报内容; 被举报号码 / 来电号码;
 * 手机号码 / 联系电话; 涉诉金额; 发生时间 …). Captcha, SMS-code, password and agreement fields are
 * recognised first and marked blocked: Anning never fills them.
 */
import type { BlockedRole, CollectedField, FieldHints, FieldRole, QualifiedField } from './types';

interface Pattern {
  /** Matched against label, aria label, placeholder, title and nearby text (weighted). */
  text?: RegExp;
  /** Matched against name and id. */
  attr?: RegExp;
}

const BLOCKED: Array<[BlockedRole, Pattern]> = [
  ['sms_code', { text: /短信(验证|校验)?码|手机(验证|校验)码|动态(验证)?码|验证码.{0,4}(短信|手机)|(获取|发送)验证码|sms ?code|verification code sent/i, attr: /sms_?code|p_?code|phone_?code|mobile_?code|dynamic_?code|smscode|msg_?code/i }],
  ['captcha', { text: /验证码|校验码|图形码|captcha|verify ?code|看不清/i, attr: /captcha|vcode|verify_?code|check_?code|validate_?code|w_?code|auth_?code|img_?code|yzm/i }],
  ['password', { text: /密码|password|口令/i, attr: /pass(word)?|pwd/i }],
  ['agreement', { text: /同意|协议|已阅读|已阅|承诺|声明|知晓|知悉|条款|须知|阅读并|agree|terms/i, attr: /agree|protocol|terms|accept/i }],
];

/** Ordered: more specific roles first (被举报号码 before 手机号码, 短信内容 before 内容). */
const ROLES: Array<[FieldRole, Pattern]> = [
  ['reportedNumber', { text: /被(举报|投诉)(人)?(的)?(电话|号码|手机)|来电号码|骚扰(电话)?号码|对方(电话|号码)|(举报|涉事|催收|主叫|发送方?|短信|来电|呼叫)号码|号码来源|发件人号码|被举报电话/, attr: /reported|caller|sms_?phone|bad_?phone|target_?phone|from_?number|calling/i }],
  ['smsContent', { text: /短信(的)?(内容|原文|文本)|信息(原文|内容)|消息内容/, attr: /sms_?text|msg_?content|message_?content/i }],
  ['company', { text: /投诉对象|被投诉(方|企业|单位|商家|公司|机构|平台|对象)|被举报(平台|机构|公司|单位|对象|企业|方)|^商家|商家名称|平台名称|机构名称|公司(全称|名称)|企业(全称|名称)|被反映(单位|对象)|涉事(平台|公司|机构)|反映对象/, attr: /company|merchant|target|org(an)?i?[sz]ation|enterprise|platform|corp/i }],
  ['title', { text: /标题|主题|^(投诉|反映|举报|信访)事项$|title|subject/i, attr: /title|subject/i }],
  ['demand', { text: /投诉要求|投诉请求|请求事项|诉求|您的要求|期望|希望(得到|如何)|解决(方式|要求)|要求$|处理要求/, attr: /demand|appeal|request|expect/i }],
  ['problem', { text: /投诉问题|问题类型|投诉类型|主要问题/, attr: /problem|issue/i }],
  ['category', { text: /不良类型|举报类型|骚扰类型|(举报|投诉)?(类别|分类)|信息类型|事项类型|业务类型/, attr: /bad_?type|category|cate|kind/i }],
  ['method', { text: /骚扰方式|举报方式|来电方式|呼叫方式|^方式|通话类型|来电类型/, attr: /^type$|method|way/i }],
  ['details', { text: /详细(描述|情况|说明|内容)|问题描述|举报内容|投诉内容|具体(情况|内容|描述)|事实(与|和)理由|情况(说明|描述)|详情|描述|补充说明|反映(内容|事项|问题)|信访(内容|事项)|^内容|内容$/, attr: /content|detail|desc|remark|memo|body|message/i }],
  ['amount', { text: /涉诉金额|涉及金额|涉案金额|金额|借款(本金|金额)|款项/, attr: /amount|money|price|sum/i }],
  ['idNumber', { text: /身份证|证件号|证件号码/, attr: /id_?card|id_?no|idnum|card_?no|certno|cert_?num/i }],
  ['email', { text: /邮箱|电子邮件|e-?mail/i, attr: /e?mail/i }],
  ['reporterPhone', { text: /手机号码|手机号|联系电话|联系方式|联系手机|(您|你)的(电话|手机)|举报人(电话|手机)|投诉人(电话|手机)|本人(电话|手机)|^电话|^手机/, attr: /phone|mobile|tel|cellphone/i }],
  ['reporterName', { text: /真实姓名|姓名|举报人|投诉人|联系人|信访人|称呼/, attr: /real_?name|user_?name|^name$|full_?name|contact_?name/i }],
  ['address', { text: /通讯地址|联系地址|详细地址|住址|地址/, attr: /address|addr/i }],
  ['duration', { text: /通话时长|时长|持续时间/, attr: /duration|length/i }],
  ['datetime', { text: /(发生|事发|来电|骚扰|接收|收到)(时间|日期)|时间|日期/, attr: /time|date/i }],
  ['attachments', { text: /上传|附件|图片|截图|证据|凭证|照片/, attr: /file|upload|image|img|attach|pic/i }],
];

const WEIGHTS: Array<[keyof FieldHints, number]> = [['label', 4], ['aria', 4], ['placeholder', 3], ['nearby', 2], ['title', 2]];

const tidy = (s: string) => s.replace(/^[*＊\s]+|[*＊:：\s]+$/g, '');

/**
 * Weight of the best hint that matches, plus a small bonus for matching late in the hint: Chinese
 * compounds put the head last, so 投诉问题描述 is a 描述 (details), not a 投诉问题.
 */
function scoreFor(p: Pattern, h: FieldHints): number {
  let score = 0;
  if (p.text) {
    for (const [k, w] of WEIGHTS) {
      const hint = tidy(h[k]);
      if (!hint) continue;
      const m = p.text.exec(hint);
      if (m) score = Math.max(score, w + 0.5 * ((m.index + m[0].length) / hint.length));
    }
  }
  if (p.attr && ((h.name && p.attr.test(h.name)) || (h.id && p.attr.test(h.id)))) score = Math.max(score, 1) + (score ? 0.5 : 0);
  return score;
}

/** Splits 时间 into date, time or date+time by the field's type or the format its placeholder shows. */
function timeKind(f: CollectedField): FieldRole {
  const h = f.hints;
  if (h.type === 'date') return 'date';
  if (h.type === 'time') return 'time';
  if (h.type === 'datetime-local') return 'datetime';
  const fmt = `${h.placeholder} ${h.title}`;
  const hasDate = /y{2,4}|年|mm-dd|dd|日期/i.test(fmt);
  const hasTime = /hh|时|分|:mm|HH/.test(fmt);
  if (hasDate && !hasTime) return 'date';
  if (hasTime && !hasDate) return 'time';
  if (hasDate && hasTime) return 'datetime';
  const all = `${h.label} ${h.nearby} ${h.aria}`;
  if (/日期/.test(all) && !/时间/.test(all)) return 'date';
  if (/几点|时刻|时分/.test(all)) return 'time';
  return 'datetime';
}

export function qualifyField(f: CollectedField): QualifiedField {
  const h = f.hints;
  if (h.type === 'password') return { field: f, blocked: 'password', score: 9 };
  for (const [role, p] of BLOCKED) {
    // Agreement boxes are checkboxes; a text field labelled 声明 is not one.
    if (role === 'agreement' && f.kind !== 'checkbox') continue;
    if (role !== 'agreement' && f.kind !== 'text') continue;
    const s = scoreFor(p, h);
    if (s > 0) return { field: f, blocked: role, score: s };
  }
  if (f.kind === 'file') return { field: f, role: 'attachments', score: 3 };
  let best: QualifiedField = { field: f, score: 0 };
  for (const [role, p] of ROLES) {
    if (role === 'attachments') continue;
    // Choices (select, radio) can only be a category, method or other closed list.
    const s = scoreFor(p, h);
    if (s > best.score) best = { field: f, role, score: s };
  }
  if (best.role === 'datetime') best.role = timeKind(f);
  if (best.role === 'date' || best.role === 'time' || best.role === 'datetime') {
    // A picker input: keep as is. Dates never go into long text boxes.
    if (f.kind === 'textarea' || f.kind === 'editable') best = { field: f, score: 0 };
  }
  if (f.kind === 'select' || f.kind === 'radio' || f.kind === 'checkbox') {
    if (best.role && !['category', 'method', 'problem', 'company'].includes(best.role)) {
      // A closed list labelled 类型 after all? Prefer category.
      if (/类型|类别|分类/.test(`${h.label}${h.nearby}`)) best = { field: f, role: 'category', score: 2 };
      else best = { field: f, score: 0 };
    }
  }
  // A big text box nobody labelled is most likely the description.
  if (!best.role && (f.kind === 'textarea' || f.kind === 'editable')) best = { field: f, role: 'details', score: 0.5 };
  return best;
}

export function qualifyFields(fields: CollectedField[]): QualifiedField[] {
  return fields.map(qualifyField);
}

/** True when the qualified fields look like a complaint form (not a search box or a login). */
export function looksLikeComplaintForm(q: QualifiedField[]): boolean {
  const roles = new Set(q.filter((x) => x.role && x.score >= 1).map((x) => x.role));
  const hasText = roles.has('details') || roles.has('smsContent');
  const strong = ['company', 'demand', 'reportedNumber', 'problem', 'title', 'category'].filter((r) => roles.has(r as FieldRole)).length;
  return hasText && strong >= 1;
}
