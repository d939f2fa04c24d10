import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Errors } from '../common/domain-error';
import { Access } from './access';
import { Policy, POLICY_KEY } from './policy.decorator';
import type { RequestContext } from './request-context';
import { SessionsService } from './sessions.service';

/** Deny by default: an operation without a declared policy is refused, even for an admin. */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.get<Policy | undefined>(POLICY_KEY, context.getHandler());
    if (!policy) throw Errors.forbidden('This operation declares no access policy.');
    if (policy.kind === 'public') return true;

    const req =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<RequestContext>().req
        : context.switchToHttp().getRequest<RequestContext['req']>();
    const viewer = await this.sessions.viewerFor(req);
    if (!viewer) throw Errors.unauthenticated();
    if (policy.kind === 'permission' && !Access.allows(viewer, policy.permission)) throw Errors.forbidden();
    return true;
  }
}
