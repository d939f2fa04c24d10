import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RoleGrant } from '../modules/people/role-grant.entity';
import { Session } from './session.entity';
import type { Viewer } from './viewer';

export const SESSION_COOKIE = 'tandem_session';
/** Writing last_seen_at on every request would turn every read into a write; once a minute is enough. */
const TOUCH_INTERVAL_MS = 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

type ViewerRequest = FastifyRequest & { viewer?: Viewer | null };

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Resolves (once per request) the person behind the session cookie, or null. */
  async viewerFor(req: ViewerRequest): Promise<Viewer | null> {
    if (req.viewer !== undefined) return req.viewer;
    req.viewer = await this.loadViewer(req);
    return req.viewer;
  }

  private async loadViewer(req: FastifyRequest): Promise<Viewer | null> {
    const raw = req.cookies?.[SESSION_COOKIE];
    if (!raw) return null;
    const unsigned = req.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) return null;

    const session = await this.db
      .getRepository(Session)
      .createQueryBuilder('s')
      .innerJoin('s.person', 'p')
      .where('s.token_hash = :hash', { hash: hashToken(unsigned.value) })
      .andWhere('s.expires_at > now()')
      .andWhere('p.deactivated_at IS NULL')
      .getOne();
    if (!session) return null;

    const grants = await this.db.getRepository(RoleGrant).find({
      where: { personId: session.personId },
      select: { role: true, scopeKind: true, countryCode: true, organisationId: true },
    });

    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.db.query(
        `UPDATE session SET last_seen_at = now(),
           expires_at = LEAST(absolute_expires_at, now() + make_interval(secs => $2))
         WHERE id = $1`,
        [session.id, this.config.SESSION_IDLE_HOURS * 3600],
      );
    }
    return { personId: session.personId, sessionId: session.id, grants };
  }

  /** Creates a session inside the caller's transaction and returns the cookie token. */
  async create(
    manager: EntityManager,
    personId: string,
    req: FastifyRequest,
  ): Promise<{ token: string; session: Session }> {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const session = manager.create(Session, {
      tokenHash: hashToken(token),
      personId,
      lastSeenAt: new Date(now),
      expiresAt: new Date(now + this.config.SESSION_IDLE_HOURS * 3600_000),
      absoluteExpiresAt: new Date(now + this.config.SESSION_ABSOLUTE_DAYS * 86400_000),
      ip: req.ip ?? null,
      userAgent: (req.headers['user-agent'] ?? '').slice(0, 300) || null,
    });
    await manager.save(session);
    return { token, session };
  }

  setCookie(reply: FastifyReply, token: string): void {
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.isProduction,
      signed: true,
      maxAge: this.config.SESSION_ABSOLUTE_DAYS * 86400,
    });
  }

  clearCookie(reply: FastifyReply): void {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  async end(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.delete(Session, { id: sessionId });
  }

  /** Ends every session of the person except the one given (after a password change). */
  async endOthers(manager: EntityManager, personId: string, keepSessionId: string): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(Session)
      .where('person_id = :personId AND id <> :keep', { personId, keep: keepSessionId })
      .execute();
    return result.affected ?? 0;
  }
}
