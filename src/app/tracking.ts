import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { settings } from '../db/schema.ts';

// A citizen proves an appeal is theirs by its tracking code. The code is an HMAC of the appeal's
// id under a secret of this installation: nothing to store, the same code on every retry (so an
// idempotent resubmission hands back the code the first reply may have lost), and staff can
// read it out again. Ten Crockford base-32 characters: 50 bits, guessed only by brute force,
// which the public endpoints' rate limits make hopeless.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const secrets = new WeakMap<Db, Promise<Buffer>>();

export function trackingSecret(db: Db): Promise<Buffer> {
  let s = secrets.get(db);
  if (!s) {
    s = (async () => {
      const fresh = randomBytes(32).toString('base64');
      await db.insert(settings).values({ key: 'tracking_secret', value: fresh }).onConflictDoNothing();
      const [row] = await db.select().from(settings).where(eq(settings.key, 'tracking_secret'));
      return Buffer.from(String(row!.value), 'base64');
    })();
    s.catch(() => secrets.delete(db));
    secrets.set(db, s);
  }
  return s;
}

export function trackingCode(secret: Buffer, appealId: string): string {
  const mac = createHmac('sha256', secret).update(appealId.toLowerCase()).digest();
  let out = '';
  let bits = 0;
  let acc = 0;
  for (const byte of mac) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 10) {
      out += ALPHABET[(acc >> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length >= 10) break;
    acc &= 0xff;
  }
  return out;
}

/** Accepts what people type: any case, spaces and dashes, O for 0, I and L for 1. */
export function normalizeTrackingCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function checkTrackingCode(secret: Buffer, appealId: string, code: string | undefined): boolean {
  if (!code) return false;
  const given = Buffer.from(normalizeTrackingCode(code));
  const expected = Buffer.from(trackingCode(secret, appealId));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
