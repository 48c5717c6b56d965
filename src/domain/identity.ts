// Kazakh personal identifiers: IIN (ИИН / ЖСН) and phone numbers.

const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weighted(d: number[], w: number[]): number {
  let s = 0;
  for (let i = 0; i < 11; i++) s += (d[i] ?? 0) * (w[i] ?? 0);
  return s % 11;
}

/** The check digit of the first 11 digits, or null when no check digit exists (such a number is never issued). */
export function iinCheckDigit(first11: string): number | null {
  const d = [...first11].map(Number);
  let c = weighted(d, W1);
  if (c === 10) c = weighted(d, W2);
  return c === 10 ? null : c;
}

/** 12 digits: YYMMDD, a century/sex digit, serial, check digit; the date must exist. */
export function isValidIin(iin: string): boolean {
  if (!/^\d{12}$/.test(iin)) return false;
  const mm = Number(iin.slice(2, 4));
  const dd = Number(iin.slice(4, 6));
  const c = Number(iin[6]);
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return false;
  if (c >= 1 && c <= 6) {
    const century = [1800, 1800, 1900, 1900, 2000, 2000][c - 1] ?? 1900;
    const year = century + Number(iin.slice(0, 2));
    const date = new Date(Date.UTC(year, mm - 1, dd));
    if (date.getUTCMonth() !== mm - 1 || date.getUTCDate() !== dd) return false;
  } else if (c !== 0) {
    return false; // 0 is used for foreigners' numbers; 7–9 never occur
  }
  return iinCheckDigit(iin.slice(0, 11)) === Number(iin[11]);
}

/** +7XXXXXXXXXX from the ways people write a Kazakh number, or null. */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s()\-.]/g, '');
  if (!/^\+?\d+$/.test(digits)) return null;
  let d = digits.replace(/^\+/, '');
  if (d.length === 10) d = `7${d}`;
  else if (d.length === 11 && d.startsWith('8')) d = `7${d.slice(1)}`;
  if (d.length !== 11 || !d.startsWith('7')) return null;
  return `+${d}`;
}

/** +7 705 *** ** 67 — for logs and for roles that need not see the number. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const d = phone.replace(/\D/g, '');
  if (d.length < 4) return '***';
  return `+${d.slice(0, 1)} ${d.slice(1, 4)} *** ** ${d.slice(-2)}`;
}

/** 8501******34 */
export function maskIin(iin: string | null | undefined): string | null {
  if (!iin) return null;
  return `${iin.slice(0, 4)}******${iin.slice(-2)}`;
}

// Numbers as people write them: "+7 705 123 45 67", "87051234567", "тел.705-123-45-67",
// "8(7142)50-12-34", an IIN as "9001 0130 0123". A run of digits with spaces, dashes or brackets
// between them is a phone when it has 10–11 digits, an IIN when it has 12. Longer runs (appeal
// numbers such as 109-2026-000123) and shorter ones (dates, house numbers) are left alone.
const NUMBER_IN_TEXT = /(?<![\p{L}\p{N}])\+?\(?\d[\d\s()-]{7,22}\d(?![\p{L}\p{N}])/gu;
const EMAIL_IN_TEXT = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

function replaceNumbers(s: string, phone: (digits: string) => string, iin: (digits: string) => string): string {
  return s.replace(NUMBER_IN_TEXT, (m) => {
    const digits = m.replace(/\D/g, '');
    if (digits.length === 10 || digits.length === 11) return phone(digits);
    if (digits.length === 12) return iin(digits);
    return m;
  });
}

/** Phones and IINs in free text, masked as staff of other lines see them (logs use it too). */
export function maskPersonalData(s: string): string {
  return replaceNumbers(
    s,
    (d) => maskPhone(d.length === 10 ? `7${d}` : `7${d.slice(1)}`) ?? '***',
    (d) => maskIin(d) ?? '***',
  );
}

/** Free text for the public: phones, IINs and e-mail addresses removed entirely. */
export function redactPersonalData(s: string): string {
  return replaceNumbers(s, () => '***', () => '***').replace(EMAIL_IN_TEXT, '***');
}

/** An address for the public: the building, never the flat ("кв. 12", "пәтер 5", "apt 3"). */
export function publicAddress(s: string): string {
  return redactPersonalData(s.replace(/,?\s*(кв\.?|квартира|пәтер|п\.|apt\.?|apartment|flat)\s*№?\s*\d+[\p{L}]?/giu, '')).trim();
}
