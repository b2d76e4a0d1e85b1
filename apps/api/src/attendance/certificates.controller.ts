import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CertificateCheck } from '@hadir/contracts';
import { Public } from '../identity/session-auth.guard';
import { RateLimit } from '../rate-limit/rate-limit.guard';
import { AttendanceService } from './attendance.service';

/** The public check behind a certificate's QR code: no sign-in, the code is what is known. */
@ApiTags('attendance')
@Controller('certificates')
export class CertificatesController {
  constructor(private readonly attendance: AttendanceService) {}

  @Public()
  @RateLimit(30)
  @Get(':code')
  check(@Param('code') code: string): Promise<CertificateCheck> {
    return this.attendance.check(code);
  }
}
