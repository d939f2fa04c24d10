import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Errors } from '../common/domain-error';
import type { RequestContext } from './request-context';
import type { Viewer } from './viewer';

/** The viewer resolved by PolicyGuard; only valid on operations that are not @Public. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const req =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<RequestContext>().req
      : context.switchToHttp().getRequest<RequestContext['req']>();
  const viewer = req.viewer;
  if (!viewer) throw Errors.unauthenticated();
  return viewer;
});
