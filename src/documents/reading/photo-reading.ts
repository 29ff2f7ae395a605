import type { ReadAttempt } from './read-document.ts';
import type { ComparedFields, PhotoReading } from './types.ts';

/** Keeps of a reading what the dialog compares (the names, organisation name, the document's number) and its problems. */
export function toPhotoReading(attempt: ReadAttempt): PhotoReading {
  if (!attempt.ok) return { read: false };
  const { document, fields, problems, hasText } = attempt.reading;
  const compared: ComparedFields = {
    name: fields.name, nameLatin: fields.nameLatin, orgName: fields.orgName, idNumber: fields.idNumber ?? fields.uscc ?? fields.documentNumber,
  };
  const kept = Object.fromEntries(Object.entries(compared).filter(([, value]) => value)) as ComparedFields;
  return { read: true, document, problems, hasText, fields: kept };
}
