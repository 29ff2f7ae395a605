import { z } from 'zod';
import { RegistrarError } from '../../errors.ts';
import type { JsonKv } from '../types.ts';

const FailureCodeSchema = z.enum([
  'data_check_failed', 'wrong_type_or_length', 'holder_mismatch', 'unclear', 'incomplete', 'not_in_database',
  'number_not_found', 'identity_invalid', 'no_document', 'overseas_user', 'contact_invalid', 'sensitive_word', 'chinese_name_required',
]);

const Outcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('SUCCEED') }),
  z.object({ status: z.literal('FAILED'), reason: FailureCodeSchema }),
]);

/** A stored simulated profile: no personal data, only what the review needs. */
export const ProfileRecord = z.object({
  profileId: z.string(),
  registrantType: z.enum(['individual', 'enterprise']),
  submittedAt: z.number(),
  outcome: Outcome,
});
/** A stored simulated profile. */
export type ProfileRecord = z.infer<typeof ProfileRecord>;

/** A stored association of a profile with a domain. */
export const AssociationRecord = z.object({ profileId: z.string(), taskNo: z.string(), submittedAt: z.number(), outcome: Outcome });
/** A stored association. */
export type AssociationRecord = z.infer<typeof AssociationRecord>;

/** A stored simulated domain, created the first time the domain is seen. */
export const DomainRecord = z.object({ domain: z.string(), firstSeenAt: z.number(), association: AssociationRecord.optional() });
/** A stored simulated domain. */
export type DomainRecord = z.infer<typeof DomainRecord>;

/** Reads and validates one record; a record that does not parse is an outage, not "unknown". */
export async function readRecord<T>(kv: JsonKv, key: string, schema: z.ZodType<T>): Promise<T | undefined> {
  let raw: unknown;
  try {
    raw = await kv.get(key);
  } catch (cause) {
    throw new RegistrarError('simulated registrar store unreadable', { cause });
  }
  if (raw === undefined || raw === null) return undefined;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new RegistrarError(`simulated registrar record ${key} is corrupt`, { cause: parsed.error });
  return parsed.data;
}

/** Writes one record, turning store failures into RegistrarError. */
export async function writeRecord(kv: JsonKv, key: string, value: unknown): Promise<void> {
  try {
    await kv.set(key, value);
  } catch (cause) {
    throw new RegistrarError('simulated registrar store unwritable', { cause });
  }
}
