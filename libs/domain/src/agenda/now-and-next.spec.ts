import { isJoinable, nowAndNext } from './now-and-next';

const session = (id: string, startsAt: string, endsAt: string) => ({ id, startsAt, endsAt });

describe(nowAndNext.name, () => {
  const opening = session('opening', '2021-09-13T02:00:00Z', '2021-09-13T03:00:00Z');
  const talk = session('talk', '2021-09-13T03:00:00Z', '2021-09-13T04:00:00Z');
  const lunch = session('lunch', '2021-09-13T05:00:00Z', '2021-09-13T06:00:00Z');

  it('should treat an end time as exclusive so back-to-back sessions do not overlap', () => {
    const result = nowAndNext([talk, opening, lunch], new Date('2021-09-13T03:00:00Z'));
    expect(result.now.map((s) => s.id)).toEqual(['talk']);
    expect(result.next?.id).toBe('lunch');
  });

  it('should list nothing as now in a gap and name the next session', () => {
    const result = nowAndNext([lunch, talk, opening], new Date('2021-09-13T04:30:00Z'));
    expect(result.now).toEqual([]);
    expect(result.next?.id).toBe('lunch');
  });

  it('should report parallel sessions in start order', () => {
    const workshop = session('workshop', '2021-09-13T02:30:00Z', '2021-09-13T03:30:00Z');
    const result = nowAndNext([workshop, opening], new Date('2021-09-13T02:45:00Z'));
    expect(result.now.map((s) => s.id)).toEqual(['opening', 'workshop']);
    expect(result.next).toBeNull();
  });
});

describe(isJoinable.name, () => {
  const block = {
    startsAt: '2021-09-14T06:00:00Z',
    endsAt: '2021-09-14T08:00:00Z',
    kind: 'breakout_block',
    streamed: false,
  };

  it('should offer a breakout block that is not streamed, from before it starts until it ends', () => {
    expect(isJoinable(block, new Date('2021-09-14T05:00:00Z'))).toBe(true);
    expect(isJoinable(block, new Date('2021-09-14T07:59:59Z'))).toBe(true);
    expect(isJoinable(block, new Date('2021-09-14T08:00:00Z'))).toBe(false);
  });

  it('should offer a streamed session and not one only in the hall', () => {
    const at = new Date('2021-09-14T06:30:00Z');
    expect(isJoinable({ ...block, kind: 'plenary', streamed: true }, at)).toBe(true);
    expect(isJoinable({ ...block, kind: 'plenary' }, at)).toBe(false);
  });
});
