import { type AttendanceMode } from '@hadir/contracts';
import { useState } from 'react';
import { readStored, writeStored } from '../../../shared/lib/storage';
import { useMe } from '../../auth/hooks/useMe';

const KEY = 'hadir.presenceMode';

/**
 * How this device follows sessions: what the person chose here last, else what they registered
 * as. A phone in the hall stays "in the hall" for every session that day.
 */
export function usePresenceMode(): [AttendanceMode | undefined, (mode: AttendanceMode) => void] {
  const { data: me } = useMe();
  const [chosen, setChosen] = useState<AttendanceMode | null>(() => {
    const stored = readStored(KEY);
    return stored === 'remote' || stored === 'in_person' ? stored : null;
  });
  const choose = (mode: AttendanceMode) => {
    writeStored(KEY, mode);
    setChosen(mode);
  };
  return [chosen ?? me?.attendanceMode, choose];
}
