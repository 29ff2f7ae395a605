import type { Verdict } from '../verdict.ts';
import { validateEmail } from '../contact/email.ts';
import { validateOrgNameEn } from '../contact/org-name-en.ts';
import { validateMobile, validatePhone } from '../contact/phone.ts';
import { validatePostalCode } from '../contact/postal-code.ts';
import { validateForeignPermanentResidentId } from './foreign-permanent-resident-id.ts';
import { validateOrgCertificateNumber } from './org-certificate-number.ts';
import { validatePassport, validatePassportCn } from './passports.ts';
import { validateResidencePermit } from './residence-permit.ts';
import { validateResidentId } from './resident-id.ts';
import { validateTravelPermitHkMacao, validateTravelPermitTaiwan } from './travel-permits.ts';
import { validateUscc } from './uscc.ts';

/** A profile field that can be checked on its own (the `dvbot validate FIELD` names). */
export type ValidateField =
  | 'uscc' | 'org-certificate-number' | 'resident-id' | 'residence-permit' | 'travel-permit-hk-macao'
  | 'travel-permit-taiwan' | 'passport-cn' | 'passport' | 'foreign-permanent-resident-id' | 'postal-code'
  | 'mobile' | 'phone' | 'email' | 'org-name-en';

/** Each field's validator with its default context (today's date, no region, mainland country code). */
export const VALIDATORS: Readonly<Record<ValidateField, (value: string) => Verdict>> = Object.freeze({
  'uscc': (v: string) => validateUscc(v),
  'org-certificate-number': (v: string) => validateOrgCertificateNumber(v),
  'resident-id': (v: string) => validateResidentId(v),
  'residence-permit': (v: string) => validateResidencePermit(v),
  'travel-permit-hk-macao': (v: string) => validateTravelPermitHkMacao(v),
  'travel-permit-taiwan': (v: string) => validateTravelPermitTaiwan(v),
  'passport-cn': (v: string) => validatePassportCn(v),
  'passport': (v: string) => validatePassport(v),
  'foreign-permanent-resident-id': (v: string) => validateForeignPermanentResidentId(v),
  'postal-code': (v: string) => validatePostalCode(v),
  'mobile': (v: string) => validateMobile(v),
  'phone': (v: string) => validatePhone(v),
  'email': (v: string) => validateEmail(v),
  'org-name-en': (v: string) => validateOrgNameEn(v),
});

/** True when `name` is one of the {@link ValidateField} names. */
export function isValidateField(name: string): name is ValidateField {
  return Object.hasOwn(VALIDATORS, name);
}
