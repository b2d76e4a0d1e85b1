/** Why a camera, microphone or screen could not be opened, in words people can act on. */
export type DeviceProblem = 'denied' | 'missing' | 'busy' | 'insecure' | 'failed';

export function deviceProblem(error: unknown): DeviceProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  if (name === 'InsecureContext') return 'insecure';
  return 'failed';
}

function mediaDevices(): MediaDevices {
  // Browsers offer cameras only on https or localhost.
  if (!navigator.mediaDevices) {
    throw Object.assign(new Error('Camera and microphone need https'), { name: 'InsecureContext' });
  }
  return navigator.mediaDevices;
}

export async function openCamera(deviceId: string | null): Promise<MediaStreamTrack> {
  const stream = await mediaDevices().getUserMedia({
    video: {
      ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
      width: { ideal: 1280 },
      height: { ideal: 720 },
      frameRate: { ideal: 30 },
    },
  });
  return stream.getVideoTracks()[0];
}

export async function openMicrophone(deviceId: string | null): Promise<MediaStreamTrack> {
  const stream = await mediaDevices().getUserMedia({
    audio: {
      ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
      echoCancellation: true,
      noiseSuppression: true,
      autoGainControl: true,
    },
  });
  return stream.getAudioTracks()[0];
}

export async function openScreen(): Promise<MediaStreamTrack> {
  const stream = await mediaDevices().getDisplayMedia({ video: { frameRate: { ideal: 15 } } });
  const track = stream.getVideoTracks()[0];
  // Slides and text: keep them sharp rather than smooth.
  track.contentHint = 'detail';
  return track;
}

export interface DeviceChoices {
  cameras: MediaDeviceInfo[];
  microphones: MediaDeviceInfo[];
}

/** Labels are empty until the page was allowed a device once; then they name the devices. */
export async function listDevices(): Promise<DeviceChoices> {
  const devices = await mediaDevices().enumerateDevices();
  return {
    cameras: devices.filter((device) => device.kind === 'videoinput'),
    microphones: devices.filter((device) => device.kind === 'audioinput'),
  };
}
