import { UseInterceptors } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayDisconnect,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import {
  type AssignBreakout,
  assignBreakoutSchema,
  type AutoAssignBreakout,
  autoAssignBreakoutSchema,
  type BreakoutActivity,
  type BreakoutBroadcast,
  type BreakoutChatMessage,
  type BreakoutHelp,
  breakoutHelpSchema,
  type BreakoutNotesText,
  type BreakoutNotesUpdate,
  breakoutNotesUpdateSchema,
  type BreakoutRoomRef,
  breakoutRoomRefSchema,
  type BreakoutRoomState,
  type BreakoutSessionRef,
  breakoutSessionRefSchema,
  type BreakoutSet,
  type BreakoutSetRef,
  breakoutSetRefSchema,
  type BreakoutState,
  type BroadcastBreakout,
  broadcastBreakoutSchema,
  type ChooseBreakoutRoom,
  chooseBreakoutRoomSchema,
  type CloseBreakout,
  closeBreakoutSchema,
  type EnterBreakoutRoom,
  enterBreakoutRoomSchema,
  type ExtendBreakout,
  extendBreakoutSchema,
  type OpenBreakout,
  openBreakoutSchema,
  type ReuseBreakout,
  reuseBreakoutSchema,
  type SaveBreakoutSet,
  saveBreakoutSetSchema,
  type SendBreakoutChat,
  sendBreakoutChatSchema,
  type ShowBreakoutNotes,
  showBreakoutNotesSchema,
} from '@hadir/contracts';
import { ZodValidationPipe } from 'nestjs-zod';
import { LiveAckInterceptor } from '../live/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../live/live.options';
import type { LiveSocket } from '../live/live.types';
import { BreakoutRoomsService } from './breakout-rooms.service';
import { BreakoutsService } from './breakouts.service';

/** Breakout rooms on the live namespace. Each service call checks who may do it first. */
@WebSocketGateway(LIVE_GATEWAY_OPTIONS)
@UseInterceptors(LiveAckInterceptor)
export class BreakoutsGateway implements OnGatewayDisconnect<LiveSocket> {
  constructor(
    private readonly breakouts: BreakoutsService,
    private readonly rooms: BreakoutRoomsService,
  ) {}

  handleDisconnect(socket: LiveSocket): void {
    this.rooms.disconnected(socket);
  }

  @SubscribeMessage('breakout:state.get')
  state(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(breakoutSessionRefSchema)) input: BreakoutSessionRef,
  ): Promise<BreakoutState> {
    return this.breakouts.state(socket.data.personId, input.sessionId);
  }

  @SubscribeMessage('breakout:set.save')
  save(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(saveBreakoutSetSchema)) input: SaveBreakoutSet,
  ): Promise<BreakoutSet> {
    return this.breakouts.save(socket.data.personId, input);
  }

  @SubscribeMessage('breakout:set.delete')
  remove(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(breakoutSetRefSchema)) input: BreakoutSetRef,
  ): Promise<BreakoutSetRef> {
    return this.breakouts.remove(socket.data.personId, input.setId);
  }

  @SubscribeMessage('breakout:assign')
  assign(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(assignBreakoutSchema)) input: AssignBreakout,
  ): Promise<BreakoutSet> {
    return this.breakouts.assign(socket.data.personId, input);
  }

  @SubscribeMessage('breakout:assign.auto')
  autoAssign(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(autoAssignBreakoutSchema)) input: AutoAssignBreakout,
  ): Promise<BreakoutSet> {
    return this.breakouts.autoAssign(socket.data.personId, input);
  }

  @SubscribeMessage('breakout:assign.reuse')
  reuse(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(reuseBreakoutSchema)) input: ReuseBreakout,
  ): Promise<BreakoutSet> {
    return this.breakouts.reuse(socket.data.personId, input);
  }

  @SubscribeMessage('breakout:room.choose')
  choose(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(chooseBreakoutRoomSchema)) input: ChooseBreakoutRoom,
  ): Promise<BreakoutSet> {
    return this.breakouts.choose(socket.data.personId, input);
  }

  @SubscribeMessage('breakout:open')
  open(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(openBreakoutSchema)) input: OpenBreakout,
  ): Promise<BreakoutSet> {
    return this.breakouts.open(socket.data.personId, input);
  }

  @SubscribeMessage('breakout:extend')
  extend(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(extendBreakoutSchema)) input: ExtendBreakout,
  ): Promise<BreakoutSet> {
    return this.breakouts.extend(socket.data.personId, input);
  }

  @SubscribeMessage('breakout:close')
  close(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(closeBreakoutSchema)) input: CloseBreakout,
  ): Promise<BreakoutSet> {
    return this.breakouts.close(socket.data.personId, input);
  }

  @SubscribeMessage('breakout:broadcast')
  broadcast(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(broadcastBreakoutSchema)) input: BroadcastBreakout,
  ): Promise<BreakoutBroadcast> {
    return this.breakouts.broadcast(socket.data.personId, input);
  }

  @SubscribeMessage('breakout:help')
  help(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(breakoutHelpSchema)) input: BreakoutHelp,
  ): Promise<BreakoutSet> {
    return this.breakouts.help(socket.data.personId, input);
  }

  @SubscribeMessage('breakout:notes.show')
  showNotes(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(showBreakoutNotesSchema)) input: ShowBreakoutNotes,
  ): Promise<BreakoutSet> {
    return this.breakouts.showNotes(socket.data.personId, input);
  }

  @SubscribeMessage('breakout:room.enter')
  enter(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(enterBreakoutRoomSchema)) input: EnterBreakoutRoom,
  ): Promise<BreakoutRoomState> {
    return this.rooms.enter(socket, input);
  }

  @SubscribeMessage('breakout:room.leave')
  leave(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(breakoutRoomRefSchema)) input: BreakoutRoomRef,
  ): Promise<BreakoutRoomRef> {
    return this.rooms.leave(socket, input.roomId);
  }

  @SubscribeMessage('breakout:chat.send')
  send(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(sendBreakoutChatSchema)) input: SendBreakoutChat,
  ): Promise<BreakoutChatMessage> {
    return this.rooms.send(socket.data.personId, input);
  }

  @SubscribeMessage('breakout:notes.update')
  editNotes(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(breakoutNotesUpdateSchema)) input: BreakoutNotesUpdate,
  ): Promise<null> {
    return this.rooms.editNotes(socket, input);
  }

  @SubscribeMessage('breakout:notes.get')
  notes(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(breakoutRoomRefSchema)) input: BreakoutRoomRef,
  ): Promise<BreakoutNotesText> {
    return this.rooms.notesText(socket.data.personId, input.roomId);
  }

  @SubscribeMessage('breakout:activity.watch')
  activity(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody(new ZodValidationPipe(breakoutSetRefSchema)) input: BreakoutSetRef,
  ): Promise<BreakoutActivity> {
    return this.rooms.watchActivity(socket.data.personId, input.setId);
  }
}
