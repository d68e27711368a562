// The identity keys a ban records and sign-up and store verification are checked against
// (journey 4: "a ban blocks the same identity from coming back"). Each key is normalised the
// same way when it is stored and when it is matched, so trivial variations (case, spaces,
// punctuation, a "+tag" in a mailbox) do not get a banned seller back in.

/** E-mail: trimmed, lower-cased; a "+tag" in the local part is dropped. */
export function normaliseEmail(email: string): string {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return trimmed;
  const local = trimmed.slice(0, at).replace(/\+.*$/, '');
  return `${local}@${trimmed.slice(at + 1)}`;
}

/**
 * Phone: digits only, with a leading "+" when the number was given in international form
 * ("+86 138-0013-8000" → "+8613800138000"; "00 86 …" is the same as "+86 …"). Null when
 * fewer than 6 digits remain: that is no usable key.
 */
export function normalisePhone(phone: string): string | null {
  const trimmed = phone.trim();
  let digits = trimmed.replace(/\D/g, '');
  let international = trimmed.startsWith('+');
  if (!international && digits.startsWith('00')) {
    digits = digits.slice(2);
    international = true;
  }
  if (digits.length < 6) return null;
  return international ? `+${digits}` : digits;
}

/** Licence or registration number: upper-case letters and digits only ("91-4403 00x" → "914403 00X" → "91440300X"). */
export function normaliseLicenceNumber(licence: string): string | null {
  const key = licence.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
  return key.length >= 3 ? key : null;
}

/** An identity document's SHA-256 as stored on its Document row: lower-case hex. */
export function normaliseDocumentHash(sha256: string): string | null {
  const key = sha256.trim().toLowerCase();
  return /^[0-9a-f]{64}$/.test(key) ? key : null;
}

export interface IdentityKeys {
  emails: string[];
  phones: string[];
  licenceNumbers: string[];
  identityDocumentHashes: string[];
}

/** The distinct normalised keys of raw values (blank and unusable ones dropped). */
export function identityKeys(raw: {
  emails?: readonly (string | null | undefined)[];
  phones?: readonly (string | null | undefined)[];
  licenceNumbers?: readonly (string | null | undefined)[];
  identityDocumentHashes?: readonly (string | null | undefined)[];
}): IdentityKeys {
  const keep = <T>(values: readonly (string | null | undefined)[] | undefined, normalise: (value: string) => T | null): T[] => [
    ...new Set((values ?? []).filter((v): v is string => !!v && v.trim() !== '').map(normalise).filter((v): v is T => v !== null)),
  ];
  return {
    emails: keep(raw.emails, normaliseEmail),
    phones: keep(raw.phones, normalisePhone),
    licenceNumbers: keep(raw.licenceNumbers, normaliseLicenceNumber),
    identityDocumentHashes: keep(raw.identityDocumentHashes, normaliseDocumentHash),
  };
}
