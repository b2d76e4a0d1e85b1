import {
  Body,
  Controller,
  Get,
  Header,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type EvaluationForm,
  type EvaluationForms,
  type EvaluationKind,
  evaluationKindSchema,
  type EvaluationReminded,
  type EvaluationResults,
  type EvaluationSubmitted,
  type MyEvaluations,
  myEvaluationsQuerySchema,
  saveEvaluationFormSchema,
  setEvaluationStatusSchema,
  submitEvaluationSchema,
} from '@hadir/contracts';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { CurrentPersonId } from '../identity/session-auth.guard';
import { RateLimit } from '../rate-limit/rate-limit.guard';
import { EvaluationService } from './evaluation.service';

class SaveEvaluationFormDto extends createZodDto(saveEvaluationFormSchema) {}
class SetEvaluationStatusDto extends createZodDto(setEvaluationStatusSchema) {}
class SubmitEvaluationDto extends createZodDto(submitEvaluationSchema) {}
class MyEvaluationsQueryDto extends createZodDto(myEvaluationsQuerySchema) {}

const kindPipe = new ZodValidationPipe(evaluationKindSchema);

@ApiTags('evaluation')
@ApiBearerAuth()
@Controller('events/:eventId/evaluation')
export class EvaluationController {
  constructor(private readonly evaluation: EvaluationService) {}

  /** Organisers: the event's two forms, as prepared. */
  @Get('forms')
  forms(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
  ): Promise<EvaluationForms> {
    return this.evaluation.list(actorId, eventId);
  }

  @Put('forms/:formKind')
  save(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('formKind', kindPipe) kind: EvaluationKind,
    @Body() body: SaveEvaluationFormDto,
  ): Promise<EvaluationForm> {
    return this.evaluation.save(actorId, eventId, kind, body);
  }

  @Put('forms/:formKind/status')
  setStatus(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('formKind', kindPipe) kind: EvaluationKind,
    @Body() body: SetEvaluationStatusDto,
  ): Promise<EvaluationForm> {
    return this.evaluation.setStatus(actorId, eventId, kind, body.status);
  }

  /** Anyone in the event: the forms they are asked to answer, and which they have. */
  @Get('mine')
  mine(
    @CurrentPersonId() personId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Query() query: MyEvaluationsQueryDto,
  ): Promise<MyEvaluations> {
    return this.evaluation.mine(personId, eventId, query.sessionId);
  }

  @RateLimit(30)
  @Post('answers')
  submit(
    @CurrentPersonId() personId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Body() body: SubmitEvaluationDto,
  ): Promise<EvaluationSubmitted> {
    return this.evaluation.submit(personId, eventId, body);
  }

  @Get('forms/:formId/results')
  results(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('formId', ParseUUIDPipe) formId: string,
  ): Promise<EvaluationResults> {
    return this.evaluation.results(actorId, eventId, formId);
  }

  @RateLimit(30)
  @Get('forms/:formId/answers.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="evaluation.csv"')
  resultsCsv(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('formId', ParseUUIDPipe) formId: string,
  ): Promise<string> {
    return this.evaluation.resultsCsv(actorId, eventId, formId);
  }

  @RateLimit(10)
  @Post('forms/:formId/reminders')
  remind(
    @CurrentPersonId() actorId: string,
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('formId', ParseUUIDPipe) formId: string,
  ): Promise<EvaluationReminded> {
    return this.evaluation.remind(actorId, eventId, formId);
  }
}
