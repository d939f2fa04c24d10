import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SessionsRepository } from './sessions.repository';
import type { Viewer } from './viewer';

export const SESSION_COOKIE = 'tandem_session';
/** Writing last_seen_at on every request would turn every read into a write; once a minute is enough. */
const TOUCH_INTERVAL_MS = 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

type ViewerRequest = FastifyRequest & { viewer?: Viewer | null };

/**
 * Server-side sessions: the cookie carries a random token, the database only its SHA-256 hash. Nothing
 * is kept in the process, so any replica answers any request.
 */
@Injectable()
export class SessionsService {
  /** The lookup under way for a request (a request is forgotten with it). */
  private readonly lookups = new WeakMap<FastifyRequest, Promise<Viewer | null>>();

  constructor(
    private readonly repo: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Resolves (once per request) the person behind the session cookie, or null. The lookup itself is
   * shared: the guards of an operation's root fields run at once, and each used to start its own.
   */
  async viewerFor(req: ViewerRequest): Promise<Viewer | null> {
    if (req.viewer !== undefined) return req.viewer;
    let pending = this.lookups.get(req);
    if (!pending) {
      pending = this.loadViewer(req);
      this.lookups.set(req, pending);
    }
    req.viewer = await pending;
    return req.viewer;
  }

  private async loadViewer(req: FastifyRequest): Promise<Viewer | null> {
    const raw = req.cookies?.[SESSION_COOKIE];
    if (!raw) return null;
    const unsigned = req.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) return null;
    const session = await this.repo.live(hashToken(unsigned.value));
    if (!session) return null;
    if (Date.now() - session.last_seen_at.getTime() > TOUCH_INTERVAL_MS)
      await this.repo.touch(session.id, this.config.SESSION_IDLE_HOURS * 3600);
    return { personId: session.person_id, sessionId: session.id, grants: session.grants };
  }

  /** Creates a session inside the caller's transaction and returns the cookie token. */
  async create(
    manager: EntityManager,
    personId: string,
    req: FastifyRequest,
  ): Promise<{ token: string; sessionId: string }> {
    const token = randomBytes(32).toString('base64url');
    const sessionId = await this.repo.insert(manager, {
      tokenHash: hashToken(token),
      personId,
      idleSeconds: this.config.SESSION_IDLE_HOURS * 3600,
      absoluteSeconds: this.config.SESSION_ABSOLUTE_DAYS * 86400,
      ip: req.ip ?? null,
      userAgent: (req.headers['user-agent'] ?? '').slice(0, 300) || null,
    });
    return { token, sessionId };
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
    await this.repo.delete(manager, sessionId);
  }

  /** Ends every session of the person except the one given (after a password change). */
  endOthers(manager: EntityManager, personId: string, keepSessionId: string): Promise<number> {
    return this.repo.deleteOfPerson(manager, personId, keepSessionId);
  }

  /** Ends every session of the person (after a password reset: whoever had the old password is out). */
  endAll(manager: EntityManager, personId: string): Promise<number> {
    return this.repo.deleteOfPerson(manager, personId, null);
  }
}
