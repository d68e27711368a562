// A brand agent registering a brand, editing it, and an agency asking to act for a brand
// under a power of attorney. Messages are catalogue keys under `validation.`.
import { z } from 'zod';
import { checkboxField, countryField, dateField, documentIdField, idField, requiredText, versionField, websiteField } from './fields';
import { firstParam, type SearchParams } from './list-filters';

export const BRAND_NAME_MAX = 120;
export const BRAND_CATEGORY_MAX = 80;
export const BRAND_SEARCH_MAX = 80;

const brandFields = {
  name: requiredText(BRAND_NAME_MAX),
  category: requiredText(BRAND_CATEGORY_MAX),
  website: websiteField,
};

/** A brand owner registers a brand it owns. */
export const RegisterBrandSchema = z.object({
  ...brandFields,
  ownsBrand: checkboxField.refine((v) => v, 'validation.ownsBrandRequired'),
});
export type RegisterBrandInput = z.output<typeof RegisterBrandSchema>;

export const UpdateBrandSchema = z.object({ brandId: idField, version: versionField, ...brandFields });
export type UpdateBrandInput = z.output<typeof UpdateBrandSchema>;

/** A power of attorney: the document and the last day it is valid (in the future). */
export function powerOfAttorneyFields(clock: () => Date = () => new Date()) {
  return {
    powerOfAttorneyDocumentId: documentIdField('validation.powerOfAttorneyRequired'),
    validUntil: dateField().refine((d) => d.getTime() > clock().getTime(), 'validation.validUntilPast'),
  };
}

/** An agency asks to act for a brand already on Assay (or renews / resubmits its request). */
export const RequestAgencyAuthorizationSchema = z.object({ brandId: idField, ...powerOfAttorneyFields() });
export type RequestAgencyAuthorizationInput = z.output<typeof RequestAgencyAuthorizationSchema>;

/** An agency registers a brand on its owner's behalf: the brand, its owner, and its power. */
export const RegisterBrandForOwnerSchema = z.object({
  ...brandFields,
  ownerName: requiredText(160),
  ownerCountry: countryField,
  ...powerOfAttorneyFields(),
});
export type RegisterBrandForOwnerInput = z.output<typeof RegisterBrandForOwnerSchema>;

/** The agency's brand search (`?q=`) and chosen brand (`?brand=`) from the URL. */
export function parseBrandSearch(params: SearchParams): { q: string | null; brandId: string | null } {
  const q = (firstParam(params, 'q') ?? '').trim().slice(0, BRAND_SEARCH_MAX);
  const brand = z.uuid().safeParse(firstParam(params, 'brand'));
  return { q: q || null, brandId: brand.success ? brand.data : null };
}
