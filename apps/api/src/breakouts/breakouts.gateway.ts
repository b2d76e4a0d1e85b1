import { UseInterceptors } from '@nestjs/common';
import { type OnGatewayDisconnect, WebSocketGateway } from '@nestjs/websockets';
import {
  type AssignBreakout,
  type AutoAssignBreakout,
  type BreakoutActivity,
  type BreakoutBroadcast,
  type BreakoutChatMessage,
  type BreakoutHelp,
  type BreakoutNotesText,
  type BreakoutNotesUpdate,
  type BreakoutRoomRef,
  type BreakoutRoomState,
  type BreakoutSessionRef,
  type BreakoutSet,
  type BreakoutSetRef,
  type BreakoutState,
  type BroadcastBreakout,
  type ChooseBreakoutRoom,
  type CloseBreakout,
  type EnterBreakoutRoom,
  type ExtendBreakout,
  type OpenBreakout,
  type ReuseBreakout,
  type SaveBreakoutSet,
  type SendBreakoutChat,
  type ShowBreakoutNotes,
} from '@hadir/contracts';
import { LiveHandler } from '../realtime/live-handler.decorator';
import { LiveAckInterceptor } from '../realtime/live-ack.interceptor';
import { LIVE_GATEWAY_OPTIONS } from '../realtime/live.options';
import type { LiveSocket } from '../realtime/live.types';
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

  @LiveHandler('breakout:state.get')
  state(socket: LiveSocket, input: BreakoutSessionRef): Promise<BreakoutState> {
    return this.breakouts.state(socket.data.personId, input.sessionId);
  }

  @LiveHandler('breakout:set.save')
  save(socket: LiveSocket, input: SaveBreakoutSet): Promise<BreakoutSet> {
    return this.breakouts.save(socket.data.personId, input);
  }

  @LiveHandler('breakout:set.delete')
  remove(socket: LiveSocket, input: BreakoutSetRef): Promise<BreakoutSetRef> {
    return this.breakouts.remove(socket.data.personId, input.setId);
  }

  @LiveHandler('breakout:assign')
  assign(socket: LiveSocket, input: AssignBreakout): Promise<BreakoutSet> {
    return this.breakouts.assign(socket.data.personId, input);
  }

  @LiveHandler('breakout:assign.auto')
  autoAssign(socket: LiveSocket, input: AutoAssignBreakout): Promise<BreakoutSet> {
    return this.breakouts.autoAssign(socket.data.personId, input);
  }

  @LiveHandler('breakout:assign.reuse')
  reuse(socket: LiveSocket, input: ReuseBreakout): Promise<BreakoutSet> {
    return this.breakouts.reuse(socket.data.personId, input);
  }

  @LiveHandler('breakout:room.choose')
  choose(socket: LiveSocket, input: ChooseBreakoutRoom): Promise<BreakoutSet> {
    return this.breakouts.choose(socket.data.personId, input);
  }

  @LiveHandler('breakout:open')
  open(socket: LiveSocket, input: OpenBreakout): Promise<BreakoutSet> {
    return this.breakouts.open(socket.data.personId, input);
  }

  @LiveHandler('breakout:extend')
  extend(socket: LiveSocket, input: ExtendBreakout): Promise<BreakoutSet> {
    return this.breakouts.extend(socket.data.personId, input);
  }

  @LiveHandler('breakout:close')
  close(socket: LiveSocket, input: CloseBreakout): Promise<BreakoutSet> {
    return this.breakouts.close(socket.data.personId, input);
  }

  @LiveHandler('breakout:broadcast')
  broadcast(socket: LiveSocket, input: BroadcastBreakout): Promise<BreakoutBroadcast> {
    return this.breakouts.broadcast(socket.data.personId, input);
  }

  @LiveHandler('breakout:help')
  help(socket: LiveSocket, input: BreakoutHelp): Promise<BreakoutSet> {
    return this.breakouts.help(socket.data.personId, input);
  }

  @LiveHandler('breakout:notes.show')
  showNotes(socket: LiveSocket, input: ShowBreakoutNotes): Promise<BreakoutSet> {
    return this.breakouts.showNotes(socket.data.personId, input);
  }

  @LiveHandler('breakout:room.enter')
  enter(socket: LiveSocket, input: EnterBreakoutRoom): Promise<BreakoutRoomState> {
    return this.rooms.enter(socket, input);
  }

  @LiveHandler('breakout:room.leave')
  leave(socket: LiveSocket, input: BreakoutRoomRef): Promise<BreakoutRoomRef> {
    return this.rooms.leave(socket, input.roomId);
  }

  @LiveHandler('breakout:chat.send')
  send(socket: LiveSocket, input: SendBreakoutChat): Promise<BreakoutChatMessage> {
    return this.rooms.send(socket.data.personId, input);
  }

  @LiveHandler('breakout:notes.update')
  editNotes(socket: LiveSocket, input: BreakoutNotesUpdate): Promise<null> {
    return this.rooms.editNotes(socket, input);
  }

  @LiveHandler('breakout:notes.get')
  notes(socket: LiveSocket, input: BreakoutRoomRef): Promise<BreakoutNotesText> {
    return this.rooms.notesText(socket.data.personId, input.roomId);
  }

  @LiveHandler('breakout:activity.watch')
  activity(socket: LiveSocket, input: BreakoutSetRef): Promise<BreakoutActivity> {
    return this.rooms.watchActivity(socket.data.personId, input.setId);
  }
}
