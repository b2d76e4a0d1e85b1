export * from './common/errors';
export * from './common/ids';
export * from './identity/identity.schemas';
export * from './events/events.schemas';
export * from './live/rooms';
export * from './live/live.schemas';
export * from './live/live.events';
