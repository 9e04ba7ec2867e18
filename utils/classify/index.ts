// Per-message classification: is this a collection message, which violations does it show, and
// which exact phrases of the original text show them.
//
// How (docs/CLASSIFY.md has the long form):
// 1. fold the text (normalize.ts) and keep a map back to the original;
// 2. find every lexicon cue (lexicon.ts), widened to the spellings collectors use (variants.ts);
// 3. drop violation cues that are negated (我们不会上门), quoted from someone else (自称“法院”), or in a
//    harmless setting (a joke, news, a game, an anti-fraud notice, 上门取件, a genuine 12368 notice);
// 4. decide collection from debt wording and from violation wording specific enough to imply it;
// 5. let the statistical model (model.ts) settle collection where it is confident, and let broad cue
//    words (gated.ts) count where it finds a violation likely — always with a phrase and a rule;
// 6. a non-collection message has no violations; odd_hours comes from the time alone.
import { beijingHour } from '../i18n/time';
import { parsePhone } from '../phone';
import { compile, expandVariants, findAll, type Gap, type Matcher } from './compile';
import { CUES, type Cue, type CueKind } from './lexicon';
import { GATED, type GatedCue } from './gated';
import { modelScores, type Scores } from './model';
import { normalize, toOriginal, type Normalized } from './normalize';
import type { RuleId } from './rules';
import { VIOLATIONS, type Violation } from './types';

export type { Violation, RecordViolation } from './types';
export { VIOLATIONS, RECORD_VIOLATIONS } from './types';
export { normalize, toOriginal } from './normalize';
export type { Normalized } from './normalize';

export interface MessageInput {
  text: string;
  /** Sender as written (a phone number, 95xxx, 106… port); used for the sender's kind. */
  from?: string;
  /** UTC ms. */
  at?: number;
}

export interface Hit {
  violation: Violation;
  /** The original text from `start` to `end` (padding characters inside a phrase included). */
  phrase: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** Rule in rules.ts the phrase is evidence of. */
  rule: RuleId;
  /** Lexicon cue that matched (for debugging and the eval's reasons). */
  cue: string;
}

export interface ClassifyOptions {
  /**
   * The statistical tie-breaker: the shipped model by default, `false` for the lexicon alone, or
   * another scorer (cross-validation trains one per fold).
   */
  model?: ((folded: string, sender: SenderClass) => Scores) | false;
  /** Read the message without the settings the model may overrule (OVERRULABLE_SETTINGS). */
  ignoreSettings?: boolean;
}

/**
 * Where the model's probabilities change the lexicon's answer (chosen by leave-one-set-out
 * cross-validation over the held-out sets, docs/CLASSIFY.md):
 * - collection: the lexicon's "no" becomes "yes" from `collectionOn`, its "yes" becomes "no" below
 *   `collectionOff` (an anti-fraud notice or a friend's chat that happens to use debt words);
 * - a violation the lexicon did not find counts from `violation` when a broad cue word (gated.ts)
 *   is present; the hit is the clause with that word;
 * - a message only the model calls collection must speak of money or debt, or show a violation found
 *   by a lexicon cue that implies collection, or by the model at `violationWithoutMoney` or more;
 * - from `overruleSetting`, the model overrules an anti-fraud or pre-due setting the lexicon found (an
 *   anti-fraud line under a lender's reminder, 记得还款 in an overdue notice, 提防 said to a neighbour):
 *   the message is read again without it and is collection if the lexicon then says so.
 */
export const MODEL_THRESHOLDS = { collectionOn: 0.5, collectionOff: 0.2, violation: 0.35, violationWithoutMoney: 0.5, overruleSetting: 0.9 } as const;

export interface Classification {
  collection: boolean;
  violations: Violation[];
  hits: Hit[];
  /** Beijing hour 0–23 of `at`, when `at` was given. */
  hourBeijing?: number;
}

// ---- time ----------------------------------------------------------------------------------------
/** Beijing hour of a UTC ms time, whatever the machine's time zone. */
export const beijingHourOf = beijingHour;

/** FACTS §1: collection is not allowed before 08:00 or from 22:00 Beijing time. */
export const ODD_HOURS = { from: 22, to: 8 } as const;

export function isOddHour(at: number): boolean {
  const h = beijingHourOf(at);
  return h >= ODD_HOURS.from || h < ODD_HOURS.to;
}

// ---- sender --------------------------------------------------------------------------------------
/** What the sender's number says: the courts' 12368, an institution's port/line, a person's phone. */
export type SenderClass = 'court' | 'institution' | 'person' | 'unknown';

export function senderClass(from: string | undefined): SenderClass {
  if (!from) return 'unknown';
  const p = parsePhone(from);
  if (!p) return 'unknown';
  // FACTS §4: 12368 is the courts' service number.
  if (p.key === '12368') return 'court';
  if (p.kind === 'mobile' || p.kind === 'virtual') return 'person';
  if (p.kind === 'intl') return 'unknown';
  return 'institution';
}

// ---- cue matching --------------------------------------------------------------------------------
interface CompiledCue extends Cue {
  matcher: Matcher;
}

interface CompiledGated extends GatedCue {
  matcher: Matcher;
}

let compiledGated: CompiledGated[] | null = null;
function gatedCues(): CompiledGated[] {
  compiledGated ??= GATED.map((g) => ({ ...g, matcher: compile(g.pattern) }));
  return compiledGated;
}

// Cues specific enough to show collection by themselves (lexicon.ts, `implies`).
const IMPLYING_CUES = new Set(CUES.filter((c) => c.implies).map((c) => c.id));

let compiled: CompiledCue[] | null = null;
function cues(): CompiledCue[] {
  // notAfter is widened like the patterns, so 公an马上上门 is read as 公安马上上门.
  compiled ??= CUES.map((c) => ({ ...c, matcher: compile(c.pattern), notAfter: c.notAfter && new RegExp(expandVariants(c.notAfter.source, true)) }));
  return compiled;
}

interface Found {
  cue: CompiledCue;
  start: number;
  end: number;
}

const CLAUSE_END = /[,。!?;:\n、]/;
const STRONG_NEGATION = /(?:不会|不得|不可以?|不能|不要|没有|并未|从未|从不|绝不|决不|禁止|严禁|切勿|请勿|无权|不准|不再|不允许|不应)/;
const BARE_NEGATION = /[不没未别勿]$/;
const A_NOT_A = /([\u4e00-\u9fff])不\1/g;

/** 我们不会上门 / 不得联系您的家人: a negation earlier in the same clause cancels the cue. */
function isNegated(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && start - from < 10 && !CLAUSE_END.test(text[from - 1]!)) from--;
  // 要不要 / 会不会 / 是不是 ask a question, they do not negate: 要不要让他们都知道 is a threat.
  const before = text.slice(from, start).replace(A_NOT_A, '');
  return STRONG_NEGATION.test(before) || BARE_NEGATION.test(before);
}

const QUOTES: Array<[string, string]> = [['“', '”'], ['"', '"'], ['「', '」'], ['『', '』'], ['‘', '’']];

/** Spans of the folded text that sit inside quotation marks. */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [open, close] of QUOTES) {
    let i = text.indexOf(open);
    while (i >= 0) {
      const j = text.indexOf(close, i + 1);
      if (j < 0) break;
      spans.push([i, j + 1]);
      i = text.indexOf(open, j + 1);
    }
  }
  return spans;
}

function insideAny(spans: Array<[number, number]>, start: number, end: number): boolean {
  return spans.some(([s, e]) => start >= s && end <= e);
}

const LAUGHING = /[\u{1F602}\u{1F923}\u{1F606}\u{1F604}\u{1F601}\u{1F61C}\u{1F92A}\u{1F61D}\u{1F60F}]/u;
const SECOND_PERSON = /你|您/;
const PERSON_ADDRESSED = /你|您|他|她/;

// Cues whose harm depends on the subject being the collector's people (a courier 上门 is harmless).
const VISIT_CUES = new Set(['th.visit', 'th.home-visit', 'th.nearby']);
// Debt wording of lenders and agents (逾期, 我司, 催收, 借款纠纷): collection whoever else is talking.
const FORMAL_DEBT = new Set(['debt.overdue', 'debt.overdue-state', 'debt.arrears-formal', 'debt.owed-us', 'debt.collector', 'debt.lawsuit']);
// Debt cues that other things than loans share (逾期 books, 未结清 invoices).
const NOT_LOAN_SENSITIVE = new Set(['debt.overdue', 'debt.overdue-state', 'debt.unpaid', 'debt.demand']);
// Debt cues that only show pressure, not a loan; a pre-due statement or a private debt cancels them.
const WEAK_DEBT = new Set(['debt.demand', 'debt.if-unpaid', 'debt.your-loan']);
// Debt wording aimed at the reader (欠我们平台, 你的借款, 今天还钱): gossip about others lacks it.
const DIRECTED_DEBT = new Set(['debt.owed-us', 'debt.your-loan', 'debt.demand', 'debt.if-unpaid']);
// 请…, 等着…, 否则…: wording that tells the reader what to do, for messages without 你/您.
const DIRECTIVE = /请|等着|否则|不然|立即|立刻|尽快|马上|速/;
// Money and debt words, for a message the model alone calls collection.
const MONEY_WORD = /钱|款|还|欠|债|账|贷|借|逾期|催/;
// 我们会… / 我司将…: the sender speaking as an organisation about what it will do to the reader.
const COLLECTOR_WE = /(?:我们|我司|本公司|平台)(?:已经?|会|将|要|就)/;
// Cue kinds that make a message harmless (an advert, a warning, news, a joke, private talk …).
const SETTING_KINDS = new Set<CueKind>(['relief_ad', 'not_overdue', 'personal', 'joke', 'narrative', 'warning', 'not_loan', 'claimant']);
// The settings lenders' own messages also carry, which the model may overrule when it is nearly sure:
// an anti-fraud line (谨防诈骗, 提防, a 反诈 header) and pre-due wording (记得还款). Not a library book, a joke,
// an advert, news, a family's talk or a case the reader brought.
const OVERRULABLE_SETTINGS = new Set(['ctx.warning', 'ctx.not-overdue']);

/** Classifies one message. Pure and synchronous; safe to call on any string. */
export function classifyMessage(msg: MessageInput, options: ClassifyOptions = {}): Classification {
  const text = typeof msg.text === 'string' ? msg.text : '';
  const norm = normalize(text);
  const t = norm.text;

  const sender = senderClass(msg.from);
  const found: Found[] = [];
  const kinds = new Set<CueKind>();
  const hasLatin = /[a-z]/.test(t);
  // Latin words separated by spaces in the original (ni ge lao lai) stay separate words.
  const gap = hasLatin ? (i: number) => i > 0 && i < norm.starts.length && norm.starts[i]! > norm.ends[i - 1]! : undefined;
  for (const cue of cues()) {
    if (cue.personOnly && sender !== 'person') continue;
    if (options.ignoreSettings && OVERRULABLE_SETTINGS.has(cue.id)) continue;
    for (const [start, end] of findAll(cue.matcher, t, hasLatin, gap)) {
      if (cue.negatable && isNegated(t, start)) continue;
      if (cue.notAfter && cue.notAfter.test(t.slice(Math.max(0, start - 8), start))) continue;
      found.push({ cue, start, end });
      kinds.add(cue.kind);
    }
  }

  const joke = kinds.has('joke') || LAUGHING.test(text);
  const narrative = kinds.has('narrative');
  const fiction = found.some((f) => f.cue.id === 'ctx.fiction');
  let warning = kinds.has('warning');
  const quoted = kinds.has('reported') ? quotedSpans(t) : [];
  // Private talk: jokes, gossip, money between friends. Only a lender's own wording overrides it.
  const casual = (joke || narrative || kinds.has('personal')) && sender !== 'institution' && sender !== 'court';

  // 逾期 of a library book, 款项还没结清 of a supplier: not a loan unless a loan word says so.
  const notLoan = kinds.has('not_loan') && !kinds.has('loan');
  const debtCues = found.filter((f) => f.cue.kind === 'debt' && !(notLoan && NOT_LOAN_SENSITIVE.has(f.cue.id)));
  const formalDebt = debtCues.some((f) => FORMAL_DEBT.has(f.cue.id));
  const strongDebt = formalDebt || debtCues.some((f) => !WEAK_DEBT.has(f.cue.id));
  const weakDebtStands = debtCues.length > 0 && !kinds.has('not_overdue') && !kinds.has('personal');
  // A lender's own reminder may end with 谨防诈骗: a warning that also tells the reader their own loan is
  // overdue (您的借款已逾期) is the lender speaking, not an anti-fraud notice quoting collectors.
  if (warning && debtCues.some((f) => f.cue.id === 'debt.your-loan') && debtCues.some((f) => f.cue.id === 'debt.overdue' || f.cue.id === 'debt.overdue-state')) warning = false;

  const violationCues = found.filter((f) => {
    const kind = f.cue.kind;
    if (!(VIOLATIONS as readonly string[]).includes(kind)) return false;
    if (casual && !formalDebt) return false;
    if (quoted.length && insideAny(quoted, f.start, f.end)) return false;
    // A visit threatens someone when a debt is pressed or a person (你 / 他) is aimed at:
    // 我明天上门拜访王总 is work, 上门取件 is a courier.
    if (VISIT_CUES.has(f.cue.id) && (kinds.has('service') || (!PERSON_ADDRESSED.test(t) && !debtCues.length))) return false;
    // An address read back (…3栋1单元，对吧？) is a courier's question when a delivery is the subject.
    if (f.cue.id === 'th.watched' && kinds.has('service')) return false;
    // A borrower named in full is a third person only when the message speaks to someone (你/您).
    if (f.cue.id === 'tp.named' && !SECOND_PERSON.test(t)) return false;
    if ((narrative || warning) && kind !== 'third_party' && kind !== 'contact_list') return false;
    if (kind === 'false_legal') {
      // A genuine court notice (12368) may speak of 立案, 传票, 执行 or 失信; FACTS §4: say
      // "verify by calling 12368", never call it fake from its wording alone.
      if (sender === 'court' && f.cue.courtWording) return false;
      // Without 你/您 or a debt the wording may be about someone else — unless a personal mobile
      // sends it: no court, police or lawyer serves papers by text from a handler's mobile.
      if (!SECOND_PERSON.test(t) && !strongDebt && !debtCues.some((d) => DIRECTED_DEBT.has(d.cue.id)) && !(sender === 'person' && (DIRECTIVE.test(t) || COLLECTOR_WE.test(t)))) return false;
    }
    return true;
  });

  // Two different weak threats (知道你孩子在哪上学 + 放学路上注意点) together are as clear as one strong one.
  const weakThreats = new Set(violationCues.filter((f) => f.cue.kind === 'threat' && !f.cue.implies).map((f) => f.cue.id));
  const implied =
    violationCues.some((f) => f.cue.implies) ||
    weakThreats.size >= 2 ||
    // Legal wording (传票, 已立案, 【执行局】) from a personal mobile is a collector posing as the law.
    (sender === 'person' && (SECOND_PERSON.test(t) || DIRECTIVE.test(t)) && violationCues.some((f) => f.cue.kind === 'false_legal'));
  // 逾期欠款已全部结清: a statement that the debt is paid, unless it still presses for something.
  const paidOff = found.some((f) => f.cue.id === 'ctx.paid-off') && !violationCues.length && !debtCues.some((f) => f.cue.id === 'debt.demand' || f.cue.id === 'debt.if-unpaid');
  // A debt-relief advert never says the reader owes the sender (您在我们平台的欠款).
  // Nor does it tell a third person of a named borrower's debt (您侄子的欠款…有人愿意代还): that is the lender.
  const reliefAd = kinds.has('relief_ad') && !debtCues.some((f) => f.cue.id === 'debt.owed-us') && !violationCues.some((f) => f.cue.kind === 'third_party');
  let collection =
    !reliefAd &&
    // News and stories about other people's debts do not speak to the reader.
    !(narrative && !SECOND_PERSON.test(t)) &&
    // Fiction quoting a collector's line is not collection even when it says 你 (你追的《…》更新了).
    !(fiction && !debtCues.some((f) => f.cue.id === 'debt.owed-us')) &&
    // A case the reader brought (您诉…一案) or a lawyer they hired writing to them.
    !(kinds.has('claimant') && !debtCues.some((f) => f.cue.id === 'debt.owed-us')) &&
    !(found.some((f) => f.cue.id === 'ctx.gossip') && !debtCues.some((f) => DIRECTED_DEBT.has(f.cue.id))) &&
    // 老公，银行说你信用卡逾期了: family passing on news of a debt, unless the writer says it is owed to them.
    !(found.some((f) => f.cue.id === 'ctx.kin-vocative') && sender !== 'institution' && !debtCues.some((f) => f.cue.id === 'debt.owed-us')) &&
    // Anti-fraud notices quote collectors' wording (逾期记录, 催收) to warn about it.
    !(warning && !debtCues.some((f) => f.cue.id === 'debt.owed-us')) &&
    !paidOff &&
    (formalDebt || (!casual && (strongDebt || weakDebtStands || implied)));

  // The model may say "collection" where the lexicon found nothing either way — not against a harmless
  // setting the lexicon did find (an advert, news, a warning, a friend's or a parent's chat, a library
  // book, a statement or a pre-due reminder with nothing overdue). One exception: an anti-fraud line or
  // pre-due wording is one phrase that lenders' own messages carry too (谨防诈骗 under a reminder,
  // 记得还款 in an overdue notice, 提防 said to a neighbour about the borrower); when the model is
  // nearly sure, the message is read again without it, its violation cues counting as in any other.
  const harmless = reliefAd || paidOff || warning || fiction || kinds.has('claimant') || (narrative && !SECOND_PERSON.test(t)) || casual || notLoan || (kinds.has('not_overdue') && !strongDebt);
  const model = options.model === false ? null : (options.model ?? modelScores);
  const overrulable = !joke && found.every((f) => !SETTING_KINDS.has(f.cue.kind) || OVERRULABLE_SETTINGS.has(f.cue.id));
  if (!collection && harmless && overrulable && model && !options.ignoreSettings && model(t, sender).collection >= MODEL_THRESHOLDS.overruleSetting) {
    // The lexicon itself must then find collection: the model does not decide it twice.
    if (classifyMessage(msg, { model: false, ignoreSettings: true }).collection) return classifyMessage(msg, { ...options, ignoreSettings: true });
  }
  let modelCollection = false;
  const score = !model || (!collection && harmless) ? null : model;
  const scores = score ? score(t, sender) : null;
  if (scores) {
    if (!collection && scores.collection >= MODEL_THRESHOLDS.collectionOn) {
      collection = true;
      modelCollection = true;
    } else if (collection && scores.collection < MODEL_THRESHOLDS.collectionOff) {
      collection = false;
    }
  }

  const violations = new Set<Violation>();
  const hits: Hit[] = [];
  if (collection) {
    const kept = pickHits(violationCues);
    for (const f of kept) {
      const v = f.cue.kind as Violation;
      violations.add(v);
      hits.push(toHit(text, norm, f, v));
    }
    if (scores && score) {
      for (const g of gatedCues()) {
        if (violations.has(g.violation) || scores[g.violation] < MODEL_THRESHOLDS.violation) continue;
        // A word in a clause the lexicon already read as another violation (家人 in 我们就联系你的家人,
        // a contact-list threat) is not fresh evidence of this one.
        const taken = kept.filter((f) => f.cue.kind !== g.violation).map((f): [number, number] => [f.start, f.end]);
        const hit = gatedHit(text, norm, g, hasLatin, gap, taken, (clause) => score(clause, sender)[g.violation]);
        if (hit) {
          violations.add(g.violation);
          hits.push(hit);
        }
      }
    }
  }
  // Collection is pressing for repayment: when only the model says so, the text must at least speak of
  // money or debt, or show a violation (a threat needs no money word) that the lexicon found or the
  // model holds more likely than not — not a meeting notice or a chat.
  // A weak lexicon cue (刀 at the end, 消息已经发过去) is no more evidence here than a broad word.
  if (modelCollection && !MONEY_WORD.test(t) && !hits.some((h) => IMPLYING_CUES.has(h.cue) || (scores?.[h.violation as keyof Scores] ?? 0) >= MODEL_THRESHOLDS.violationWithoutMoney)) {
    collection = false;
    hits.length = 0;
    violations.clear();
  }
  const result: Classification = { collection, violations: [], hits };
  if (typeof msg.at === 'number' && Number.isFinite(msg.at)) {
    result.hourBeijing = beijingHourOf(msg.at);
    if (collection && isOddHour(msg.at)) violations.add('odd_hours');
  }
  result.violations = VIOLATIONS.filter((v) => violations.has(v));
  hits.sort((a, b) => a.start - b.start || a.end - b.end);
  return result;
}

/**
 * A broad cue word's hit: the clause around it, so the user sees the words the flag rests on. When
 * several clauses have such a word, the one the model scores highest for the violation by itself.
 */
function gatedHit(original: string, norm: Normalized, g: CompiledGated, hasLatin: boolean, gap: Gap | undefined, taken: Array<[number, number]>, clauseScore: (clause: string) => number): Hit | null {
  const t = norm.text;
  const clauses = new Map<number, number>();
  for (const [start, end] of findAll(g.matcher, t, hasLatin, gap)) {
    let s = start;
    while (s > 0 && !CLAUSE_END.test(t[s - 1]!)) s--;
    let e = end;
    while (e < t.length && !CLAUSE_END.test(t[e]!)) e++;
    if (taken.some(([ts, te]) => ts < e && s < te)) continue;
    if (!clauses.has(s)) clauses.set(s, e);
  }
  let best: [number, number] | null = null;
  let bestScore = -1;
  for (const [s, e] of clauses) {
    const sc = clauses.size === 1 ? 1 : clauseScore(t.slice(s, e));
    if (sc > bestScore) { best = [s, e]; bestScore = sc; }
  }
  if (!best) return null;
  const { start, end } = toOriginal(norm, best[0], best[1]);
  const rule = g.violation === 'false_legal' && /黑名单|征信|失信/.test(t.slice(best[0], best[1])) ? 'false_legal.blacklist' : g.rule;
  return { violation: g.violation, phrase: original.slice(start, end), start, end, rule, cue: g.id };
}

/** Keeps one hit per overlapping group of the same violation: the longest phrase. */
function pickHits(cands: Found[]): Found[] {
  const sorted = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Found[] = [];
  for (const f of sorted) {
    if (kept.some((k) => k.cue.kind === f.cue.kind && k.start < f.end && f.start < k.end)) continue;
    kept.push(f);
  }
  return kept;
}

function toHit(original: string, norm: Normalized, f: Found, violation: Violation): Hit {
  const { start, end } = toOriginal(norm, f.start, f.end);
  return { violation, phrase: original.slice(start, end), start, end, rule: f.cue.rule!, cue: f.cue.id };
}
