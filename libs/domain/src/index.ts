export * from './agenda/now-and-next';
export * from './agenda/calendar-dates';
export * from './agenda/speaker-conflicts';
export * from './agenda/wall-clock';
export * from './people/csv';
export * from './people/time-zones';
export * from './people/people-csv';
export * from './checkin/door-verdict';
