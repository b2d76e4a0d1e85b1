import { ANNOUNCEMENT_MAX_LENGTH, createAnnouncementSchema } from './announcements.schemas';
import { rooms } from '../live/rooms';

describe('createAnnouncementSchema', () => {
  const valid = {
    id: '6f1c1d5e-4a8b-4c8e-9a51-0f7b3c2d1e00',
    eventId: '0b6e3f4a-2c1d-4e5f-8a9b-1c2d3e4f5a6b',
    text: '  Lunch is served in the foyer  ',
  };

  it('should trim the text a moderator typed', () => {
    expect(createAnnouncementSchema.parse(valid).text).toBe('Lunch is served in the foyer');
  });

  it('should reject text that is only spaces, so nothing empty is broadcast', () => {
    const result = createAnnouncementSchema.safeParse({ ...valid, text: '   ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Write something to announce');
  });

  it(`should reject more than ${ANNOUNCEMENT_MAX_LENGTH} characters`, () => {
    const result = createAnnouncementSchema.safeParse({
      ...valid,
      text: 'x'.repeat(ANNOUNCEMENT_MAX_LENGTH + 1),
    });
    expect(result.error?.issues[0]?.path).toEqual(['text']);
  });

  it('should require a client-generated UUID so that a resend can be recognised', () => {
    expect(createAnnouncementSchema.safeParse({ ...valid, id: '42' }).success).toBe(false);
  });
});

describe('rooms', () => {
  it('should spell room names as the live conventions say', () => {
    expect(rooms.sessionStaff('s1')).toBe('session:s1:staff');
    expect(rooms.event('e1')).toBe('event:e1');
    expect(rooms.person('p1')).toBe('person:p1');
  });
});
