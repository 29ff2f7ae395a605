import type { DocumentKind } from '../domain/documents.ts';
import type { DocumentPhotoKind } from '../photos/types.ts';

/** Which family of photo checks each accepted document gets (an ID-1 card, a certificate, a passport page, a permit). */
export const PHOTO_KIND: Readonly<Record<DocumentKind, DocumentPhotoKind>> = {
  business_license: 'certificate', uscc_certificate: 'certificate', public_institution_certificate: 'certificate',
  overseas_registration: 'certificate', resident_id: 'id_card', temporary_id: 'id_card', household_booklet: 'other',
  household_certificate: 'other', residence_permit_hk_macao: 'id_card', travel_permit_hk_macao: 'permit',
  residence_permit_taiwan: 'id_card', travel_permit_taiwan: 'permit', passport: 'passport', foreign_permanent_resident_id: 'id_card',
};
