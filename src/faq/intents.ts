/** Every question the FAQ recognizes, plus `out_of_scope` for anything else. */
export type IntentId =
  | 'why_unverified'
  | 'review_time'
  | 'failure_reason'
  | 'fix_profile_info'
  | 'still_inaccessible'
  | 'domain_status_meaning'
  | 'required_documents'
  | 'photo_requirements'
  | 'merge_id_card'
  | 'special_suffix'
  | 'enhanced_verification'
  | 'cost'
  | 'account_verification'
  | 'contact_verification'
  | 'email_suffix'
  | 'profile_reuse'
  | 'no_certificate_number'
  | 'next_steps'
  | 'human_agent'
  | 'out_of_scope';

/** The intents that have an answer in the seed (everything but `out_of_scope`). */
export const IN_SCOPE_INTENTS: readonly Exclude<IntentId, 'out_of_scope'>[] = [
  'why_unverified', 'review_time', 'failure_reason', 'fix_profile_info', 'still_inaccessible', 'domain_status_meaning',
  'required_documents', 'photo_requirements', 'merge_id_card', 'special_suffix', 'enhanced_verification', 'cost',
  'account_verification', 'contact_verification', 'email_suffix', 'profile_reuse', 'no_certificate_number', 'next_steps',
  'human_agent',
];

/** Every intent id, `out_of_scope` last. */
export const INTENT_IDS: readonly IntentId[] = [...IN_SCOPE_INTENTS, 'out_of_scope'];

/** True when a string is one of the intent ids (for parsing stored or typed values). */
export function isIntentId(value: string): value is IntentId {
  return (INTENT_IDS as readonly string[]).includes(value);
}
