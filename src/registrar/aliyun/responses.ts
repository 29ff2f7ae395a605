import { z } from 'zod';

// The API documents most scalars as strings but some deployments answer numbers (ids, statuses): accept both, keep strings.
const text = z.union([z.string(), z.number()]).transform(String);
const optionalText = text.optional();
const realNameStatus = z.enum(['NONAUDIT', 'AUDITING', 'SUCCEED', 'FAILED']);

/** The error envelope every failed call returns (RequestId, Code, Message). */
export const ErrorBody = z.object({ RequestId: z.string().optional(), Code: z.string(), Message: z.string().optional() });

/** SaveRegistrantProfile: the new profile's id. */
export const SaveRegistrantProfileBody = z.object({ RequestId: z.string(), RegistrantProfileId: text });

/** Calls that answer with nothing but a RequestId (RegistrantProfileRealNameVerification). */
export const RequestIdBody = z.object({ RequestId: z.string() });

const RegistrantProfile = z.object({
  RegistrantProfileId: text,
  RealNameStatus: realNameStatus,
  CreateTime: optionalText,
  UpdateTime: optionalText,
});
/** One profile as QueryRegistrantProfiles lists it (the fields read here). */
export type RegistrantProfileRecord = z.infer<typeof RegistrantProfile>;

/** QueryRegistrantProfiles: profiles wrapped XML-style in RegistrantProfiles.RegistrantProfile[]. */
export const QueryRegistrantProfilesBody = z.object({
  RequestId: z.string(),
  RegistrantProfiles: z.object({ RegistrantProfile: z.array(RegistrantProfile).default([]) }).optional(),
});

const FailRecord = z.object({ Date: optionalText, FailReason: z.string().default(''), DomainNameVerificationStatus: optionalText });
// Docs show Data.FailRecord[], the SDK model a bare Data[]: accept both shapes.
const FailRecords = z
  .union([z.array(FailRecord), z.object({ FailRecord: z.array(FailRecord).default([]) }).transform((d) => d.FailRecord)])
  .optional()
  .transform((records) => records ?? []);

/** QueryFailReasonFor…RealNameVerification (profile and domain flavours). */
export const FailReasonsBody = z.object({ RequestId: z.string(), Data: FailRecords });

/** SaveTaskForSubmittingDomainRealNameVerificationByRegistrantProfileID: the async task number. */
export const SaveTaskBody = z.object({ RequestId: z.string(), TaskNo: text });

/** QueryDomainByDomainName: the fields the domain diagnosis reads. */
export const QueryDomainBody = z.object({
  RequestId: z.string(),
  DomainName: z.string(),
  InstanceId: z.string(),
  RealNameStatus: realNameStatus.optional(),
  DomainNameVerificationStatus: realNameStatus.optional(),
  DomainStatus: optionalText,
  DomainType: optionalText,
  EmailVerificationClientHold: z.boolean().optional(),
  ExpirationDateStatus: optionalText,
  RegistrantUpdatingStatus: optionalText,
  TransferOutStatus: optionalText,
  TransferProhibitionLock: optionalText,
  UpdateProhibitionLock: optionalText,
  RegistrationDate: optionalText,
  RegistrationDateLong: z.number().optional(),
});

/** The parsed QueryDomainByDomainName answer. */
export type DomainRecord = z.infer<typeof QueryDomainBody>;

const TaskDetail = z.object({
  TaskNo: optionalText,
  DomainName: optionalText,
  TaskStatusCode: z.number().optional(),
  TaskStatus: optionalText,
  FailReason: optionalText,
  ErrorMsg: optionalText,
});

/** QueryTaskDetailList: details wrapped in Data.TaskDetail[]. */
export const QueryTaskDetailListBody = z.object({
  RequestId: z.string(),
  Data: z.object({ TaskDetail: z.array(TaskDetail).default([]) }).optional(),
});

// Inference: for a name that is not in the account the API answers without DomainName/InstanceId (or with an error code).
const isEmptyDomainAnswer = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>).RequestId === 'string' && !(v as Record<string, unknown>).InstanceId;

/** QueryDomainByDomainName, where an answer without an instance means "not in this account" (undefined). */
export const QueryDomainAnswer = z
  .preprocess((v) => (isEmptyDomainAnswer(v) ? null : v), QueryDomainBody.nullable())
  .transform((v) => v ?? undefined);
