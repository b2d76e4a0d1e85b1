import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type Me,
  redeemInvitationBodySchema,
  type SessionTokenResponse,
  updateProfileBodySchema,
} from '@hadir/contracts';
import { createZodDto } from 'nestjs-zod';
import { IdentityService } from './identity.service';
import { CurrentPersonId, Public } from './session-auth.guard';
import { RateLimit } from '../rate-limit/rate-limit.guard';

class RedeemInvitationDto extends createZodDto(redeemInvitationBodySchema) {}
class UpdateProfileDto extends createZodDto(updateProfileBodySchema) {}

@ApiTags('identity')
@Controller()
export class IdentityController {
  constructor(private readonly identity: IdentityService) {}

  @Public()
  // A venue's people share one address, and all sign in in the same few minutes.
  @RateLimit(120)
  @Post('auth/invitations/redeem')
  @HttpCode(200)
  redeem(@Body() body: RedeemInvitationDto): Promise<SessionTokenResponse> {
    return this.identity.redeemInvitation(body.token);
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentPersonId() personId: string): Promise<Me> {
    return this.identity.me(personId);
  }

  @ApiBearerAuth()
  @Patch('me')
  updateProfile(@CurrentPersonId() personId: string, @Body() body: UpdateProfileDto): Promise<Me> {
    return this.identity.updateProfile(personId, body);
  }
}
