import { createHmac } from 'node:crypto';
import { lt } from 'drizzle-orm';
import { createChallenge, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { Challenge, Solution } from 'altcha-lib/types';
import type { Db } from '../db/client.ts';
import { usedChallenges } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import { trackingSecret } from './tracking.ts';

// Public forms are protected without third-party CAPTCHAs (nothing external is reachable, and
// citizens should not label traffic lights): a proof-of-work the browser solves while the
// citizen types (ALTCHA's scheme: find a counter whose SHA-256 starts with N zero hex digits,
// ~16^N hashes, a second or two on a phone at N = 4), a honeypot field people never see, and
// rate limits per address. Each solved challenge is accepted once (recorded in the database).

const CHALLENGE_TTL_MS = 30 * 60_000;

export class ProofOfWork {
  private secret: Promise<string> | null = null;
  constructor(
    private readonly db: Db,
    readonly difficulty: number,
  ) {}

  private key(): Promise<string> {
    // Derived from the installation's secret: every process of one deployment agrees.
    if (!this.secret) {
      this.secret = trackingSecret(this.db).then((s) => createHmac('sha256', s).update('proof-of-work').digest('base64'));
      // A failure (the database was away) is not remembered: the next request tries again.
      this.secret.catch(() => {
        this.secret = null;
      });
    }
    return this.secret;
  }

  async challenge(): Promise<Challenge | null> {
    if (this.difficulty === 0) return null;
    return createChallenge({
      algorithm: 'SHA-256',
      cost: 1,
      deriveKey,
      keyPrefix: '0'.repeat(this.difficulty),
      // Wall-clock time: the library checks expiry against it.
      expiresAt: new Date(Date.now() + CHALLENGE_TTL_MS),
      hmacSignatureSecret: await this.key(),
    });
  }

  /** `payload`: base64 of JSON {challenge, solution}, as the portal sends it. */
  async verify(payload: string | undefined): Promise<void> {
    if (this.difficulty === 0) return;
    if (!payload) throw new AppError('CHALLENGE_FAILED');
    let parsed: { challenge: Challenge; solution: Solution };
    try {
      parsed = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as typeof parsed;
    } catch {
      throw new AppError('CHALLENGE_FAILED');
    }
    const p = parsed?.challenge?.parameters;
    if (!p || typeof p.nonce !== 'string' || !parsed.solution || p.keyPrefix !== '0'.repeat(this.difficulty)) throw new AppError('CHALLENGE_FAILED');
    const r = await verifySolution({ challenge: parsed.challenge, solution: parsed.solution, deriveKey, hmacSignatureSecret: await this.key() }).catch(() => null);
    if (!r?.verified) throw new AppError('CHALLENGE_FAILED');
    // Spent once, in the database: every process of the deployment agrees, restarts included.
    const now = new Date();
    const [spent] = await this.db
      .insert(usedChallenges)
      .values({ nonce: p.nonce, expiresAt: new Date(Math.max(now.getTime(), (p.expiresAt ?? 0) * 1000)) })
      .onConflictDoNothing()
      .returning({ nonce: usedChallenges.nonce });
    if (!spent) throw new AppError('CHALLENGE_FAILED');
    // Expired ones can never be replayed (the signature's expiry is checked): a few go each time.
    if (Math.random() < 0.05) await this.db.delete(usedChallenges).where(lt(usedChallenges.expiresAt, now));
  }
}

/** The field is hidden from people (and labelled "leave empty" for screen readers); bots fill it. */
export const HONEYPOT_FIELD = 'website';

export function checkHoneypot(value: unknown): void {
  if (typeof value === 'string' && value.trim() !== '') throw new AppError('SPAM_REJECTED');
}
