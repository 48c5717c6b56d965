import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iinCheckDigit, isValidIin, maskIin, maskPersonalData, maskPhone, normalizePhone, publicAddress, redactPersonalData } from './identity.ts';

describe('IIN', () => {
  it('accepts numbers with a correct check digit and a real date', () => {
    // Built by hand: 900101 3 0001 + check digit.
    const base = '90010130001';
    const c = iinCheckDigit(base);
    expect(c).not.toBeNull();
    expect(isValidIin(base + String(c))).toBe(true);
    expect(isValidIin(base + String(((c ?? 0) + 1) % 10))).toBe(false);
  });

  it('uses the second weights when the first sum gives 10', () => {
    // Find an 11-digit start whose first weighted sum is 10, and check the fallback.
    let found = '';
    for (let n = 0; n < 100_000 && !found; n++) {
      const s = `850315${String(n).padStart(5, '0')}`.replace(/^(\d{6})(\d)/, '$13');
      const d = [...s].map(Number);
      const first = d.reduce((acc, x, i) => acc + x * (i + 1), 0) % 11;
      if (first === 10) found = s;
    }
    expect(found).not.toBe('');
    const w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    const second = [...found].map(Number).reduce((acc, x, i) => acc + x * (w2[i] ?? 0), 0) % 11;
    expect(iinCheckDigit(found)).toBe(second === 10 ? null : second);
  });

  it('rejects wrong length, letters, impossible dates', () => {
    expect(isValidIin('12345')).toBe(false);
    expect(isValidIin('9001013000a1')).toBe(false);
    const feb30 = '900230300011';
    expect(isValidIin(feb30)).toBe(false);
  });

  it('every number with its computed check digit validates when the date is real', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01'), max: new Date('2019-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 9999 }), (d, serial) => {
        const yy = String(d.getUTCFullYear() % 100).padStart(2, '0');
        const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
        const dd = String(d.getUTCDate()).padStart(2, '0');
        const century = d.getUTCFullYear() >= 2000 ? '5' : '3';
        const first11 = `${yy}${mm}${dd}${century}${String(serial).padStart(4, '0')}`;
        const c = iinCheckDigit(first11);
        if (c === null) return;
        expect(isValidIin(first11 + String(c))).toBe(true);
      }),
    );
  });

  it('is masked for display', () => {
    expect(maskIin('900101300015')).toBe('9001******15');
  });
});

describe('phone', () => {
  it('normalises the ways Kazakh numbers are written', () => {
    for (const v of ['+7 705 123 45 67', '87051234567', '8 (705) 123-45-67', '7051234567', '77051234567']) expect(normalizePhone(v)).toBe('+77051234567');
  });
  it('rejects what is not a Kazakh/Russian number', () => {
    for (const v of ['12345', '+1 202 555 0100', 'abc', '']) expect(normalizePhone(v)).toBeNull();
  });
  it('is masked for display', () => {
    expect(maskPhone('+77051234567')).toBe('+7 705 *** ** 67');
  });
});

describe('personal data in free text', () => {
  const written = [
    '+7 705 123 45 67',
    '87051234567',
    '7051234567',
    'тел.705-123-45-67',
    '8(7142)50-12-34',
    '8 7142 50 12 34',
    '+7 (705) 123-45-67',
  ];
  it('finds phones the ways people write them, and IINs with or without spaces', () => {
    for (const phone of written) {
      const out = redactPersonalData(`Звоните ${phone} после обеда`);
      expect(out, phone).toBe(phone.startsWith('тел.') ? 'Звоните тел.*** после обеда' : 'Звоните *** после обеда');
    }
    expect(redactPersonalData('ИИН 900101300017, ИИН 9001 0130 0017')).toBe('ИИН ***, ИИН ***');
    expect(redactPersonalData('пишите aigul.s@mail.kz')).toBe('пишите ***');
  });

  it('leaves dates, times, house numbers, sums and appeal numbers alone', () => {
    const text = 'С 23.11.2026 14:00 в доме 110/2 по обращению 109-2026-000123 на сумму 15 000 тенге';
    expect(redactPersonalData(text)).toBe(text);
    expect(maskPersonalData(text)).toBe(text);
  });

  it('masks for logs keeping the last digits', () => {
    expect(maskPersonalData('звонок с 8 (7142) 50-12-34')).toBe('звонок с +7 714 *** ** 34');
    expect(maskPersonalData('ИИН 9001 0130 0017')).toBe('ИИН 9001******17');
  });

  it('shows the public the building, never the flat', () => {
    expect(publicAddress('ул. Абая, 5, кв. 12')).toBe('ул. Абая, 5');
    expect(publicAddress('Абай көшесі, 5, пәтер 7')).toBe('Абай көшесі, 5');
    expect(publicAddress('ул. Абая 5, кв. 12, тел 8 705 123 45 67')).toBe('ул. Абая 5, тел ***');
  });
});
