import {
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AccessService } from './access.service';

export const PUBLIC_ROUTE = 'hadir:public';

/** Opts a route out of the session check that guards every route by default. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

interface AuthenticatedRequest extends Request {
  personId?: string;
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const session = await this.access.requireSession(
      bearerToken(request.headers.authorization) ?? '',
    );
    request.personId = session.personId;
    return true;
  }
}

/** The signed-in person's id, set by SessionAuthGuard. */
export const CurrentPersonId = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const personId = context.switchToHttp().getRequest<AuthenticatedRequest>().personId;
  if (!personId) throw new Error('CurrentPersonId used on a public route');
  return personId;
});
