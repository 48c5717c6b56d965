import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, maskPersonalData } from './logger.ts';

describe('logs never hold personal data in clear', () => {
  it('masks phones in the ways people write them, and IINs', () => {
    const line = maskPersonalData('caller +7 705 123 45 67, also 87051234567 and 8(705)1234567, IIN 900101300017, order 12345');
    expect(line).not.toMatch(/123 45 67|87051234567|1234567|900101300017/);
    expect(line).toContain('+7 705 *** ** 67');
    expect(line).toContain('9001******17');
    expect(line).toContain('order 12345');
  });

  it('the logger applies it, and drops credentials', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const log = createLogger('info', sink);
    log.info({ citizen: { phone: '+77051234567', iin: '900101300017' }, body: { password: 'hunter22', token: 'jt_abc' }, req: { headers: { authorization: 'Bearer jt_secret' } } }, 'registered');
    await new Promise((r) => setImmediate(r));
    const out = lines.join('');
    expect(out).toContain('registered');
    for (const secret of ['77051234567', '900101300017', 'hunter22', 'jt_abc', 'jt_secret']) expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
  });
});

describe('errors in logs', () => {
  it('keep what identifies the failure and drop the values of a failed statement', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "citizens_pkey"'), { code: '23505', constraint: 'citizens_pkey', detail: 'Key (email)=(a.serikova@mail.kz) already exists.' });
    createLogger('info', sink).error({ err: new Error('Failed query: insert into citizens …\nparams: Айгүл Серікова,a.serikova@mail.kz,+77051234567', { cause }) }, 'unhandled error');
    await new Promise((r) => setImmediate(r));
    const line = JSON.parse(lines.join('')) as { err: { type: string; message: string; cause: { code: string; constraint: string }; stack: string } };
    expect(line.err.type).toBe('Error');
    expect(line.err.message).toBe('Failed query: insert into citizens …\nparams: [redacted]');
    expect(line.err.cause).toMatchObject({ code: '23505', constraint: 'citizens_pkey' });
    expect(line.err.stack).toContain('logger.test.ts');
    expect(lines.join('')).not.toMatch(/Айгүл|serikova|7051234567/);
  });
});
