export * from './agenda/now-and-next';
export * from './agenda/calendar-dates';
export * from './agenda/speaker-conflicts';
