/**
 * Form filling in three separate steps, like a password manager's autofill: collect the page's fields
 * with every hint about what they are (collect.ts), decide what each one is for (qualify.ts), then put
 * values in so that the page's own scripts notice (insert.ts). Nothing here submits a form.
 */

/** What a form field asks for. Values come from a draft (drafts.ts) and the user's own details. */
export type FieldRole =
  | 'company' // 投诉对象 / 被投诉方 / 商家
  | 'title'
  | 'problem' // 投诉问题
  | 'demand' // 投诉要求 / 诉求
  | 'details' // 详细描述 / 问题描述 / 举报内容
  | 'smsContent' // 短信内容 (verbatim)
  | 'amount' // 涉诉金额
  | 'reportedNumber' // 被举报号码 / 来电号码
  | 'reporterPhone' // 手机号码 / 联系电话 (the user's own)
  | 'reporterName'
  | 'idNumber'
  | 'email'
  | 'address'
  | 'date' // 发生日期 YYYY-MM-DD
  | 'time' // HH:mm
  | 'datetime' // YYYY-MM-DD HH:mm
  | 'duration' // 通话时长
  | 'category' // 不良类型 / 举报类型 (select, radios)
  | 'method' // how the harassment came (radios)
  | 'attachments'; // file inputs

/** Fields Anning must never fill: they stay with the user. */
export type BlockedRole = 'captcha' | 'sms_code' | 'password' | 'agreement';

export const FIELD_ROLES: readonly FieldRole[] = [
  'company', 'title', 'problem', 'demand', 'details', 'smsContent', 'amount', 'reportedNumber', 'reporterPhone',
  'reporterName', 'idNumber', 'email', 'address', 'date', 'time', 'datetime', 'duration', 'category', 'method', 'attachments',
];

export type ControlKind = 'text' | 'textarea' | 'select' | 'radio' | 'checkbox' | 'editable' | 'file';

export interface FieldHints {
  /** Text of <label for>, wrapping <label>, aria-labelledby. */
  label: string;
  aria: string;
  placeholder: string;
  /** name and id attributes. */
  name: string;
  id: string;
  /** Text just before the field in the page (a table cell, a div used as label), or a group's legend. */
  nearby: string;
  title: string;
  /** type attribute of inputs (text, tel, date …), lower case. */
  type: string;
}

export interface FieldOption {
  label: string;
  value: string;
  /** The <option> or the radio / checkbox input. */
  el: HTMLElement;
}

export interface CollectedField {
  /** Stable within one collection: 0, 1, 2 … in document order (frames and shadow roots in place). */
  index: number;
  kind: ControlKind;
  /** The control (for radio / checkbox groups, the first input of the group). */
  el: HTMLElement;
  /** Radio / checkbox group members and select options. */
  options: FieldOption[];
  hints: FieldHints;
  readOnly: boolean;
  /** The page's own maxlength, when it sets one. */
  maxLength?: number;
  /** For file inputs. */
  accept?: string;
  multiple?: boolean;
  /** `frame>shadow>…` where it was found, for the panel's report. */
  where: string;
}

export interface QualifiedField {
  field: CollectedField;
  role?: FieldRole;
  blocked?: BlockedRole;
  /** Higher is surer; 0 when nothing matched. */
  score: number;
}

export type FillStatus = 'filled' | 'shortened' | 'blocked' | 'no_value' | 'no_option' | 'failed' | 'unknown';

export interface FillOutcome {
  index: number;
  role?: FieldRole;
  blocked?: BlockedRole;
  /** The field's label as the page shows it, for the panel. */
  label: string;
  status: FillStatus;
  /** What was (or would have been) put in. */
  value: string;
  detail?: string;
}

/** Values for one fill: text per role, plus files for attachment inputs. */
export interface FillValues {
  text: Partial<Record<FieldRole, string>>;
  files?: File[];
}
