/** What a single message can break. */
export type Violation = 'third_party' | 'contact_list' | 'threat' | 'insult' | 'false_legal' | 'odd_hours';

/** What the records of a case can break: the message violations plus too many contacts in a day. */
export type RecordViolation = Violation | 'frequency';

export const VIOLATIONS: readonly Violation[] = [
  'third_party', 'contact_list', 'threat', 'insult', 'false_legal', 'odd_hours',
];

export const RECORD_VIOLATIONS: readonly RecordViolation[] = [...VIOLATIONS, 'frequency'];
