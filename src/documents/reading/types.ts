import type { Localized } from '../../i18n/localized.ts';

/** One line of text as the OCR found it (structurally the same as src/photos/read's OcrLine). */
export type TextLine = { text: string; confidence: number; box: { x: number; y: number; width: number; height: number } };

/**
 * Which side or kind of document the text came from. `permit`: the one-line zone of the mainland's own exit-entry
 * permits; the permits of Hong Kong, Macao and Taiwan residents have kinds of their own.
 */
export type ReadDocumentKind =
  | 'resident_id_front' | 'resident_id_back' | 'business_license' | 'passport' | 'permit'
  | 'residence_permit_front' | 'residence_permit_back' | 'travel_permit_hk_macao' | 'travel_permit_taiwan'
  | 'foreign_permanent_resident_id';

/**
 * The fields the registry compares, as printed on the document (dates YYYY-MM-DD; `validUntil` may be 长期). `name` is
 * the name as the document writes it first (Chinese where it has one); `nameLatin` the romanised name beside it.
 */
export type ReadFieldName =
  | 'name' | 'nameLatin' | 'idNumber' | 'birthDate' | 'sex' | 'ethnicity' | 'address' | 'issuer' | 'validFrom' | 'validUntil'
  | 'orgName' | 'uscc' | 'documentNumber' | 'nationality' | 'lastName' | 'firstName';

/** Something the document itself says is wrong (not a misread: those are retried or left unread). */
export type ReadingProblemCode =
  | 'id_number_check' | 'birth_date_differs' | 'expired' | 'uscc_check' | 'mrz_check' | 'document_number_invalid';

/** One problem, with what to tell the registrant. */
export type ReadingProblem = { code: ReadingProblemCode; message: Localized };

/** What was read from one photo: only the fields found, each with a confidence 0..1. */
export type DocumentReading = {
  document: ReadDocumentKind | null;
  fields: Partial<Record<ReadFieldName, string>>;
  confidence: Partial<Record<ReadFieldName, number>>;
  problems: ReadingProblem[];
  /** False when the photo carries no text at all: it does not look like a document. */
  hasText: boolean;
};

/** The fields of a reading the profile is compared with. */
export type ComparedFields = { name?: string; nameLatin?: string; orgName?: string; idNumber?: string };

/**
 * What the documents step keeps of a reading: only the fields compared with the profile, the document's own problems,
 * and whether any text was found. `read: false` when the text could not be read (nothing is refused for that).
 */
export type PhotoReading =
  | { read: true; document: ReadDocumentKind | null; fields: ComparedFields; problems: ReadingProblem[]; hasText: boolean }
  | { read: false };
