import type { ReadAttempt } from './read-document.ts';
import type { PhotoReading } from './types.ts';

/** Keeps of a reading what the dialog compares (name, organisation name, the document's number) and its problems. */
export function toPhotoReading(attempt: ReadAttempt): PhotoReading {
  if (!attempt.ok) return { read: false };
  const { document, fields, problems, hasText } = attempt.reading;
  const idNumber = fields.idNumber ?? fields.uscc ?? fields.documentNumber;
  return {
    read: true, document, problems, hasText,
    fields: { ...(fields.name ? { name: fields.name } : {}), ...(fields.orgName ? { orgName: fields.orgName } : {}), ...(idNumber ? { idNumber } : {}) },
  };
}
