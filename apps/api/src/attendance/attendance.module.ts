import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CheckInModule } from '../checkin/check-in.module';
import { EventsModule } from '../events/events.module';
import { IdentityModule } from '../identity/identity.module';
import { LiveEmitterModule } from '../realtime/live-emitter.module';
import { AttendanceCorrectionsService } from './attendance-corrections.service';
import { AttendanceNowService } from './attendance-now.service';
import { AttendanceGateway } from './attendance.gateway';
import { AttendanceController } from './attendance.controller';
import { AttendanceService } from './attendance.service';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';
import { AttendanceCorrectionEntity } from './entities/attendance-correction.entity';
import { AttendanceRuleEntity } from './entities/attendance-rule.entity';
import { CertificateEntity } from './entities/certificate.entity';
import { PresenceIntervalEntity } from './entities/presence-interval.entity';
import { PresenceLogService } from './presence-log.service';

/** The attendance ledger: the evidence of who was present in which session and how, and its figures. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      PresenceIntervalEntity,
      AttendanceCorrectionEntity,
      AttendanceRuleEntity,
      CertificateEntity,
    ]),
    CheckInModule,
    EventsModule,
    IdentityModule,
    LiveEmitterModule,
  ],
  controllers: [AttendanceController, CertificatesController],
  providers: [
    PresenceLogService,
    AttendanceService,
    AttendanceCorrectionsService,
    CertificatesService,
    AttendanceNowService,
    AttendanceGateway,
  ],
  exports: [PresenceLogService, AttendanceService],
})
export class AttendanceModule {}
